#!/usr/bin/env python3
"""Score and time entity extraction on the factRuEval dev texts.

    python3 bench/entities_bench.py [--no-cli] [--errors even|odd|all] [--data DIR] [--pages N]

Runs ``extract_entities`` on each text's paragraphs (split on blank lines) in two worker
processes, scores the output with the data set's score.py (person, strict person, country
P/R/F1; organisations too with bench/data/org_score.py where the set has an orgs.json) on all documents, the even-numbered and the odd-numbered half, and prints words per
second (wall clock on both cores, and CPU time a core, which other load disturbs less). It then scores ``python3 -m sitegen extract --json`` on the same files end to end (the
cleaning stage runs first; ``--no-cli`` skips this). ``--errors`` lists per-document misses and
false hits of one half (develop on the even half, keep the odd half held out).

``--pages N`` also times extraction on N generated news pages (bench/make_corpus.py, read and
cleaned by sitegen.ingest first, outside the timing), split between two worker processes: CPU
ms per page and words/s of a first pass (new words: dictionary look-ups) and a second pass
(per-word caches warm), and words/s of both cores together (wall clock).
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sitegen.entities import extract_entities  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent / "data"))
import org_score  # noqa: E402

DATA = Path("/work/shared/data/factru-dev")


def _extract(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    ents = extract_entities("", paras)
    return {"path": path, "words": len(text.split()),
            "persons": [{"name": p.name, "mentions": p.mentions} for p in ents.persons],
            "countries": [{"code": c.code, "name": c.name, "mentions": c.mentions} for c in ents.countries],
            "organizations": [{"name": o.name, "aliases": o.aliases} for o in ents.organizations]}


def _cpu(paths: list[str]) -> float:
    """CPU seconds to extract the texts (after a pass that fills the per-word caches)."""
    for path in paths:
        _extract(path)
    t0 = time.process_time()
    for path in paths:
        _extract(path)
    return time.process_time() - t0


def _warm(_: int) -> None:
    extract_entities("", ["Сергей Лавров посетил Казахстан."])


def _timed(pages: list[tuple[str, list[str]]]) -> tuple[float, float]:
    """CPU seconds of a first and a second pass of extraction over the pages."""
    out = []
    for _ in range(2):
        t0 = time.process_time()
        for title, paragraphs in pages:
            extract_entities(title, paragraphs)
        out.append(time.process_time() - t0)
    return out[0], out[1]


def page_speed(n: int) -> None:
    """Time extraction on n generated pages, half in each of two worker processes."""
    from sitegen.ingest import clean, read_seed

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, str(Path(__file__).with_name("make_corpus.py")), str(n), tmp], check=True)
        pages = []
        for path in sorted(Path(tmp).glob("*.txt")):
            page = clean(read_seed(path))
            pages.append((page.title, list(page.paragraphs)))
    words = sum(len(t.split()) + sum(len(p.split()) for p in ps) for t, ps in pages)
    halves = [pages[0::2], pages[1::2]]
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_warm, range(2)))
        t0 = time.perf_counter()
        cpu = list(pool.map(_timed, halves))
        wall = time.perf_counter() - t0
    first, second = sum(c[0] for c in cpu), sum(c[1] for c in cpu)
    print(f"pages: {len(pages)} generated pages, {words} words ({words / len(pages):.0f} a page), 2 processes")
    print(f"pages: first pass {first / len(pages) * 1000:.2f} ms/page CPU, {words / first:,.0f} words/s a core; "
          f"second pass {second / len(pages) * 1000:.2f} ms/page CPU, {words / second:,.0f} words/s a core; "
          f"both cores {2 * words / wall:,.0f} words/s (wall, both passes)")


def _scorer(data: Path):
    """The data set's own score.py, or bench/data/'s copy of factRuEval's for sets in its format."""
    path = data / "score.py" if (data / "score.py").exists() else Path(__file__).parent / "data" / "score.py"
    spec = importlib.util.spec_from_file_location("factru_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _half(gold: dict, parity: int | None) -> dict:
    if parity is None:
        return gold
    return {d: g for d, g in gold.items() if int(re.sub(r"\D", "", d) or 0) % 2 == parity}


def report(label: str, scorer, gold: dict, preds: dict, orgs: dict | None = None) -> None:
    """Person, strict person and country P/R/F1 (and organisations', where the set has orgs.json)."""
    for name, parity in (("all", None), ("even", 0), ("odd", 1)):
        sub = _half(gold, parity)
        res = scorer.score(sub, preds)
        if orgs:
            res["org"] = org_score.score(_half(orgs, parity), preds)
        figures = "  ".join(f"{k} P {p:.3f} R {r:.3f} F1 {f:.3f}" for k, (p, r, f) in res.items())
        print(f"{label:5s} {name:4s} ({len(sub):3d} docs)  {figures}")


def errors(gold: dict, preds: dict, scorer, orgs: dict | None = None) -> None:
    for doc, g in sorted(gold.items()):
        pred = preds.get(doc, {})
        names = [p["name"] for p in pred.get("persons", [])]
        lasts = [{scorer.fold(x) for x in gp["lastnames"]} for gp in g["persons"]]
        ignored = {scorer.fold(x) for ig in g["persons_ignored"] for x in ig}
        hit, extra = set(), []
        for name in names:
            ws = set(scorer.words(name))
            idx = next((i for i, l in enumerate(lasts) if ws & l), None)
            if idx is None and not ws & ignored or idx in hit:
                extra.append(name)
            hit.add(idx)
        missed = [" ".join(gp["firstnames"][:1] + gp["lastnames"]) for i, gp in enumerate(g["persons"]) if i not in hit]
        pc = {c["code"] for c in pred.get("countries", [])}
        gc = set(g["countries"])
        if missed or extra or pc != gc:
            print(f"{doc}: missed {missed} extra {extra} countries -{sorted(gc - pc)} +{sorted(pc - gc)}")
        if orgs and doc in orgs:
            _, extra, missed = org_score.match(orgs[doc], pred.get("organizations", []))
            if extra or missed:
                print(f"{doc}: organisations missed {missed} extra {extra}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--no-cli", dest="cli", action="store_false", help="skip scoring `sitegen extract --json`")
    ap.add_argument("--errors", choices=["even", "odd", "all"])
    ap.add_argument("--pages", type=int, default=0, help="also time N generated pages (bench/make_corpus.py)")
    args = ap.parse_args()
    if args.pages:
        page_speed(args.pages)
    gold = json.loads((args.data / "gold.json").read_text(encoding="utf-8"))
    scorer = _scorer(args.data)
    orgs_file = args.data / "orgs.json"
    orgs = json.loads(orgs_file.read_text(encoding="utf-8")) if orgs_file.exists() else None
    files = sorted(str(p) for p in (args.data / "texts").glob("*.txt"))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_warm, range(2)))
        t0 = time.perf_counter()
        records = list(pool.map(_extract, files, chunksize=4))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(pool.map(_extract, files, chunksize=4))
        warm = time.perf_counter() - t0
        cpu = sum(pool.map(_cpu, [files[0::2], files[1::2]]))
    words = sum(r["words"] for r in records)
    preds = {Path(r["path"]).stem: r for r in records}
    report("direct", scorer, gold, preds, orgs)
    print(f"speed: {len(files)} texts, {words} words; first pass {words / cold:,.0f} words/s, "
          f"second pass (parse cache warm) {words / warm:,.0f} words/s, both cores (wall), 2 processes; "
          f"{cold / len(files) * 2000:.2f} / {warm / len(files) * 2000:.2f} ms a text; "
          f"{words / cpu:,.0f} words/s a core (CPU time, caches warm: steadier on a busy machine)")
    if args.cli:
        with tempfile.NamedTemporaryFile("w+", suffix=".jsonl", delete=False) as out:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "sitegen", "extract", "--json", *files], stdout=out,
                           stderr=subprocess.DEVNULL, cwd=Path(__file__).resolve().parents[1],
                           env={**os.environ}, check=False)
            took = time.perf_counter() - t0
        cli = {}
        for line in Path(out.name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                cli[Path(obj["path"]).stem] = obj
        os.unlink(out.name)
        print(f"cli: {len(cli)} of {len(files)} texts printed, {took:.1f} s wall, {words / took:,.0f} words/s "
              f"(process start-up, dictionary loading and cleaning included, all cores)")
        report("cli", scorer, gold, cli, orgs)
    if args.errors:
        errors(_half(gold, {"even": 0, "odd": 1, "all": None}[args.errors]), preds, scorer, orgs)


if __name__ == "__main__":
    main()
