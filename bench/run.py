#!/usr/bin/env python3
"""Speed and scale: full builds of 1,000 and 10,000 generated pages, stage by stage.

Usage: python3 bench/run.py [--sizes 1000 10000] [--no-browser] [--json OUT]

For each size it generates a corpus with bench/make_corpus.py (kept in bench/out/ for reuse), then
runs, each in a fresh process so peak memory is its own:
  1. a cold build (empty content/ and cache): every page read, cleaned, extracted, rendered;
  2. a warm build with nothing changed (the caches at work);
  3. a build after editing one content page (title changed by hand);
and reports per stage wall time, CPU time (own + worker processes) and peak memory, the search
index size (raw and gzip) and, in headless Chromium, the time to the first search result.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))


def one_build(root: str) -> None:
    """Child mode: build ``root`` in this process and print the figures as JSON."""
    from sitegen.build import build
    from sitegen.config import load_config
    from sitegen.timing import peak_memory_mib

    config = load_config(Path(root), templates=REPO / "templates")
    start = time.perf_counter()
    report = build(config)
    wall = time.perf_counter() - start
    print(json.dumps({"wall": wall, "stages": report.watch.wall, "cpu": report.watch.cpu,
                      "peak_mib": peak_memory_mib(), "articles": report.articles, "pages": report.pages,
                      "failures": len(report.failures), "warnings": len(report.warnings)}))


def run_build(root: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", str(root)], capture_output=True, text=True,
                         check=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def corpus(n: int) -> Path:
    root = OUT / f"corpus-{n}"
    seeds = root / "seeds"
    if not seeds.is_dir() or len(list(seeds.glob("*.txt"))) != n:
        shutil.rmtree(root, ignore_errors=True)
        subprocess.run([sys.executable, str(REPO / "bench" / "make_corpus.py"), str(n), str(seeds)], check=True)
    return root


def cold(root: Path) -> None:
    for name in ("content", "dist", ".sitegen-cache"):
        shutil.rmtree(root / name, ignore_errors=True)


def edit_one(root: Path) -> None:
    page = sorted((root / "content").glob("*.md"))[len(list((root / "content").glob("*.md"))) // 2]
    text = page.read_text(encoding="utf-8")
    page.write_text(re.sub(r"^title: (.*)$", r"title: \1 (правка)", text, count=1, flags=re.M), encoding="utf-8")


def search_figures(dist: Path, browser: bool) -> dict:
    files = {p.relative_to(dist).as_posix(): p.read_bytes()
             for p in [*dist.glob("search/*"), *dist.glob("assets/vendor/*")] if p.is_file()}
    index = [data for path, data in files.items() if path.startswith("search/")]
    result = {"index_bytes": sum(map(len, index)),
              "index_gzip_bytes": sum(len(gzip.compress(d, 6)) for d in index)}
    if browser:
        from search_bench import browser_timings

        rows = browser_timings(dist, files)
        result["first_result_ms"] = {f"{r['where']} {r['query']}": r["first_result_ms"] for r in rows}
        result["gzip_bytes_before_first_result"] = max(r["gzip_bytes_before_first_result"] for r in rows)
    return result


def measure(n: int, browser: bool) -> dict:
    root = corpus(n)
    cold(root)
    result = {"pages": n, "cold": run_build(root), "warm": run_build(root)}
    edit_one(root)
    result["one_edit"] = run_build(root)
    result["search"] = search_figures(root / "dist", browser)
    return result


def show(result: dict) -> str:
    lines = [f"== {result['pages']} pages"]
    for run in ("cold", "warm", "one_edit"):
        r = result[run]
        stages = "  ".join(f"{k} {v:.1f}s/{r['cpu'].get(k, 0):.1f}cpu" for k, v in r["stages"].items())
        lines.append(f"{run:>8}: {r['wall']:.1f}s wall, peak {r['peak_mib']:.0f} MiB, {r['articles']} articles, "
                     f"{r['pages']} pages, {r['failures']} failures | {stages}")
    s = result["search"]
    lines.append(f"  search index {s['index_bytes'] / 2**20:.1f} MiB raw, {s['index_gzip_bytes'] / 2**20:.1f} MiB gzip")
    if "first_result_ms" in s:
        lines.append(f"  first search result: {s['first_result_ms']} ms; "
                     f"{s['gzip_bytes_before_first_result'] / 2**20:.2f} MiB gzip downloaded before it")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--no-browser", action="store_true", help="skip the time-to-first-result measurement")
    ap.add_argument("--json", type=Path, default=OUT / "run.json")
    ap.add_argument("--one", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        one_build(args.one)
        return 0
    print(f"cores: {os.cpu_count()}, load average at start: {os.getloadavg()[0]:.1f}")
    results = []
    for n in args.sizes:
        results.append(measure(n, not args.no_browser))
        print(show(results[-1]), flush=True)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
