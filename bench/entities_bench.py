#!/usr/bin/env python3
"""Score and time entity extraction on the factRuEval dev texts.

    python3 bench/entities_bench.py [--no-cli] [--errors even|odd|all] [--data DIR]

Runs ``extract_entities`` on each text's paragraphs (split on blank lines) in two worker
processes, scores the output with the data set's score.py (person, strict person, country
P/R/F1) on all documents, the even-numbered and the odd-numbered half, and prints words per
second. It then scores ``python3 -m sitegen extract --json`` on the same files end to end (the
cleaning stage runs first; ``--no-cli`` skips this). ``--errors`` lists per-document misses and
false hits of one half (develop on the even half, keep the odd half held out).
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

DATA = Path("/work/shared/data/factru-dev")


def _extract(path: str) -> dict:
    text = Path(path).read_text(encoding="utf-8")
    paras = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    ents = extract_entities("", paras)
    return {"path": path, "words": len(text.split()),
            "persons": [{"name": p.name, "mentions": p.mentions} for p in ents.persons],
            "countries": [{"code": c.code, "name": c.name, "mentions": c.mentions} for c in ents.countries]}


def _warm(_: int) -> None:
    extract_entities("", ["Сергей Лавров посетил Казахстан."])


def _scorer(data: Path):
    spec = importlib.util.spec_from_file_location("factru_score", data / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _half(gold: dict, parity: int | None) -> dict:
    if parity is None:
        return gold
    return {d: g for d, g in gold.items() if int(re.sub(r"\D", "", d) or 0) % 2 == parity}


def report(label: str, scorer, gold: dict, preds: dict) -> None:
    for name, parity in (("all", None), ("even", 0), ("odd", 1)):
        sub = _half(gold, parity)
        res = scorer.score(sub, preds)
        figures = "  ".join(f"{k} P {p:.3f} R {r:.3f} F1 {f:.3f}" for k, (p, r, f) in res.items())
        print(f"{label:5s} {name:4s} ({len(sub):3d} docs)  {figures}")


def errors(gold: dict, preds: dict, scorer) -> None:
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


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--no-cli", dest="cli", action="store_false", help="skip scoring `sitegen extract --json`")
    ap.add_argument("--errors", choices=["even", "odd", "all"])
    args = ap.parse_args()
    gold = json.loads((args.data / "gold.json").read_text(encoding="utf-8"))
    scorer = _scorer(args.data)
    files = sorted(str(p) for p in (args.data / "texts").glob("*.txt"))
    with ProcessPoolExecutor(2) as pool:
        list(pool.map(_warm, range(2)))
        t0 = time.perf_counter()
        records = list(pool.map(_extract, files, chunksize=4))
        cold = time.perf_counter() - t0
        t0 = time.perf_counter()
        list(pool.map(_extract, files, chunksize=4))
        warm = time.perf_counter() - t0
    words = sum(r["words"] for r in records)
    preds = {Path(r["path"]).stem: r for r in records}
    report("direct", scorer, gold, preds)
    print(f"speed: {len(files)} texts, {words} words; first pass {words / cold:,.0f} words/s, "
          f"second pass (parse cache warm) {words / warm:,.0f} words/s, 2 processes")
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
        report("cli", scorer, gold, cli)
    if args.errors:
        errors(_half(gold, {"even": 0, "odd": 1, "all": None}[args.errors]), preds, scorer)


if __name__ == "__main__":
    main()
