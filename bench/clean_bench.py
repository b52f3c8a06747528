"""Cleaning quality and speed: body lines kept, boilerplate lines dropped, metadata found.

    python3 bench/clean_bench.py [--pages N] [--seed S] [--split heldout|train|all] [--no-corpus]
                                 [--speed N [--jobs J]]
    python3 bench/clean_bench.py --factru [--no-score]

Scores the five seeds against tests/gold/ and N generated pages (bench/boilerplate.py) whose
boilerplate wording and article texts come from the held-out split by default: the cleaning rules
were developed on the seeds and the "train" split only. Generated pages are cleaned with the
corpus boilerplate of all N pages, as ``sitegen build`` would (``--no-corpus``: each page alone).

``--factru``: the factRuEval texts are plain article text with no page boilerplate at all, so
cleaning should keep every line: reports the share of their non-empty lines ``clean`` keeps (as a
paragraph or as the title), the texts that lose lines, and (unless ``--no-score``) the entity scores
of ``sitegen extract --json`` on them next to the extractor run on the raw paragraphs.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from boilerplate import FACTRU_TEXTS, GOLD, REPO, SEEDS, generate, load_articles  # noqa: E402

from sitegen.ingest.clean import clean, corpus_boilerplate  # noqa: E402
from sitegen.model import RawPage  # noqa: E402


def _norm(text: str) -> str:
    return " ".join(text.split())


def score_lines(gold: list[tuple[str, str]], kept: list[str], tally: Counter) -> None:
    """Add one page's line decisions to ``tally`` (gold labels: body / title / boiler / blank)."""
    left = Counter(_norm(p) for p in kept)
    for text, label in gold:
        text = _norm(text)
        if not text or label == "blank":
            continue
        was_kept = left[text] > 0
        if was_kept:
            left[text] -= 1
        truth = "body" if label == "body" else "boiler"
        tally[f"{truth}_{'kept' if was_kept else 'dropped'}"] += 1


def report(name: str, tally: Counter, meta: Counter, pages: int) -> dict:
    bk, bd, xk, xd = (tally[k] for k in ("body_kept", "body_dropped", "boiler_kept", "boiler_dropped"))
    out = {
        "pages": pages,
        "body_recall": bk / ((bk + bd) or 1), "body_precision": bk / ((bk + xk) or 1),
        "boilerplate_recall": xd / ((xk + xd) or 1), "boilerplate_precision": xd / ((xd + bd) or 1),
        **{f"{k}_accuracy": meta[k] / pages for k in ("title", "date", "source", "author", "url")},
        "no_article": meta["no_article"],
    }
    print(f"== {name}: {pages} pages, {bk + bd} body lines, {xk + xd} boilerplate lines")
    for key, value in out.items():
        print(f"  {key:24s} {value:.4f}" if isinstance(value, float) else f"  {key:24s} {value}")
    return out


def _meta_hits(page, truth: dict, names: tuple[str, ...], meta: Counter) -> None:
    meta["title"] += page.title == truth["title"]
    meta["date"] += (page.date.isoformat() if page.date else None) == truth["date"]
    meta["source"] += page.source in names
    meta["author"] += page.author == truth["author"]
    meta["url"] += page.url == truth["url"] or bool(page.url and truth["url"] and page.url.endswith(
        truth["url"].split("://")[-1]))
    meta["no_article"] += not page.paragraphs


def bench_seeds() -> dict:
    tally, meta = Counter(), Counter()
    golds = sorted(GOLD.glob("*.json"))
    for gpath in golds:
        gold = json.loads(gpath.read_text(encoding="utf-8"))
        text = (SEEDS / gold["file"]).read_text(encoding="utf-8")
        lines = text.splitlines()
        body = set(gold["body_lines"])
        labels = [(x, "body" if i in body else "boiler") for i, x in enumerate(lines, 1)]
        page = clean(RawPage(SEEDS / gold["file"], text, ""))
        score_lines(labels, page.paragraphs, tally)
        _meta_hits(page, gold, (gold["source"],), meta)
    return report("seeds", tally, meta, len(golds))


def bench_generated(n: int, seed: int, split: str, use_corpus: bool) -> dict:
    articles = load_articles()
    if split != "all":  # hold out half of the article texts too
        articles = [a for i, a in enumerate(articles) if i % 2 == (split == "heldout")]
    pages = list(generate(n, seed, split, articles))
    texts = [p.text for p in pages]
    t0 = time.process_time()
    boilerplate = corpus_boilerplate(texts) if use_corpus else frozenset()
    t1 = time.process_time()
    cleaned = [clean(RawPage(Path(f"gen/{i}.txt"), t, ""), boilerplate) for i, t in enumerate(texts)]
    t2 = time.process_time()
    tally, meta = Counter(), Counter()
    for page, truth in zip(cleaned, pages):
        score_lines(truth.lines, page.paragraphs, tally)
        names = (truth.source, truth.domain) if truth.source else (None,)
        _meta_hits(page, truth.labels(), names, meta)
    out = report(f"generated ({split} split, seed {seed}, {'with' if use_corpus else 'without'} corpus)",
                 tally, meta, n)
    print(f"  corpus_boilerplate       {1000 * (t1 - t0) / n * 1000:.1f} ms per 1,000 pages (CPU time)")
    print(f"  clean                    {1000 * (t2 - t1) / n * 1000:.1f} ms per 1,000 pages (CPU time, one core)")
    return out


def factru_line_recall(texts: list[tuple[str, str]]) -> tuple[int, int, dict[str, list[str]]]:
    """Lines kept, lines in all, and the lines lost per text, cleaning the texts as one corpus."""
    boilerplate = corpus_boilerplate(t for _, t in texts) if len(texts) >= 3 else frozenset()
    kept = total = 0
    lost: dict[str, list[str]] = {}
    for name, text in texts:
        page = clean(RawPage(Path(name), text, ""), boilerplate)
        left = Counter([*page.paragraphs, page.title])
        for line in (_norm(x) for x in text.splitlines()):
            if not line:
                continue
            total += 1
            if left[line] > 0:
                left[line] -= 1
                kept += 1
            else:
                lost.setdefault(name, []).append(line)
    return kept, total, lost


def _score(jsonl: str, data: Path) -> str:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8") as f:
        f.write(jsonl)
        f.flush()
        return subprocess.run([sys.executable, str(data / "score.py"), str(data), f.name],
                              capture_output=True, text=True, check=True).stdout


def bench_factru(texts_dir: Path = FACTRU_TEXTS, score: bool = True) -> dict:
    """Line recall of ``clean`` on boilerplate-free article texts, and the CLI entity scores."""
    files = sorted(texts_dir.glob("*.txt"))
    texts = [(f.name, f.read_text(encoding="utf-8")) for f in files]
    t0 = time.process_time()
    kept, total, lost = factru_line_recall(texts)
    ms = 1000 * (time.process_time() - t0) / len(texts)
    print(f"== factRuEval texts: {len(texts)} texts, {total} non-empty lines")
    print(f"  line_recall              {kept / total:.4f}  ({total - kept} lines lost in {len(lost)} texts)")
    print(f"  texts_fully_kept         {1 - len(lost) / len(texts):.4f}")
    print(f"  clean                    {ms:.2f} ms per text (CPU time, with the corpus pass)")
    for name, lines in sorted(lost.items()):
        print(f"  - {name}: " + " | ".join(x[:60] for x in lines))
    out = {"line_recall": kept / total, "texts_losing_lines": len(lost)}
    if score:
        data = texts_dir.parent
        cli = subprocess.run([sys.executable, "-m", "sitegen", "extract", "--json", *map(str, files)], cwd=REPO,
                             capture_output=True, text=True)
        print("  CLI (sitegen extract --json | score.py):")
        print("".join(f"    {x}\n" for x in _score(cli.stdout, data).splitlines()), end="")
        from sitegen.entities import extract_entities  # noqa: PLC0415

        raw = []
        for f, (_, text) in zip(files, texts):
            ents = extract_entities("", [_norm(x) for x in text.splitlines() if x.strip()])
            raw.append(json.dumps({"path": str(f), "persons": [{"name": p.name} for p in ents.persons],
                                   "countries": [{"code": c.code} for c in ents.countries]}, ensure_ascii=False))
        print("  extractor on the raw paragraphs (no cleaning, no title):")
        print("".join(f"    {x}\n" for x in _score("\n".join(raw) + "\n", data).splitlines()), end="")
    return out


class _Clean:
    """Picklable cleaner with the corpus boilerplate bound (for the worker pool)."""

    def __init__(self, boilerplate: frozenset[str]):
        self.boilerplate = boilerplate

    def __call__(self, text: str) -> int:
        return len(clean(RawPage(Path("page.txt"), text, ""), self.boilerplate).paragraphs)


def bench_speed(n: int, jobs: int, seed: int) -> None:
    """Wall time to find the corpus boilerplate of ``n`` pages and clean them on ``jobs`` processes."""
    from multiprocessing import Pool  # noqa: PLC0415

    texts = [p.text for p in generate(n, seed, "all")]
    t0 = time.perf_counter()
    boilerplate = corpus_boilerplate(texts)
    t1 = time.perf_counter()
    with Pool(jobs) as pool:
        kept = sum(pool.map(_Clean(boilerplate), texts, chunksize=100))
    t2 = time.perf_counter()
    print(f"== speed: {n} pages, {jobs} processes: corpus_boilerplate {t1 - t0:.2f} s, clean {t2 - t1:.2f} s wall "
          f"({1000 * (t2 - t1) / n * 1000:.0f} ms per 1,000 pages), {kept} paragraphs kept")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--split", choices=["heldout", "train", "all"], default="heldout")
    ap.add_argument("--no-corpus", action="store_true")
    ap.add_argument("--speed", type=int, default=0, metavar="N", help="also time N pages on --jobs processes")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--factru", action="store_true", help="line recall and entity scores on the factRuEval texts")
    ap.add_argument("--no-score", action="store_true", help="with --factru: skip the entity scores")
    args = ap.parse_args(argv)
    if args.factru:
        bench_factru(score=not args.no_score)
        return 0
    bench_seeds()
    bench_generated(args.pages, args.seed, args.split, not args.no_corpus)
    if args.speed:
        bench_speed(args.speed, args.jobs, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main())
