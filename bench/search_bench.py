"""Search benchmark: index size (raw, gzip), index build time, bytes and time to the first result.

    python3 bench/search_bench.py [--articles 10000] [--content DIR] [--processes N] [--json FILE]

Measures the five seeds (built through the real pipeline) and a large corpus: ``--content DIR``
(content pages of a built project, e.g. from ``bench/make_corpus.py`` seeds) or, by default,
N articles composed in memory from the factRuEval texts (real Russian news sentences, random dates,
people and countries). For each: builds the search files, renders search.html into a throw-away
dist/, opens it in headless Chromium over file:// and over HTTP under a sub-path with a query in the
URL, and reads the page's own stats (time since navigation, shards loaded before the first result).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

from browser import launch_chromium, static_server  # noqa: E402
from sitegen.build import BuildReport, load_articles  # noqa: E402
from sitegen.config import load_config  # noqa: E402
from sitegen.model import Article, Country, Person  # noqa: E402
from sitegen.search import search_files  # noqa: E402
from sitegen.site.assets import asset_files  # noqa: E402
from sitegen.site.index import build_index  # noqa: E402
from sitegen.site.pages import Page  # noqa: E402
from sitegen.site.render import Renderer  # noqa: E402

FACTRU = REPO.parent / "shared" / "data" / "factru-dev" / "texts"
QUERIES = ("Казахстаном", "переговорах", "Токаева", "президент России")
PERSONS = ("Касым-Жомарт Токаев", "Сергей Лавров", "Владимир Путин", "Шавкат Мирзиёев", "Си Цзиньпин",
           "Мухтар Тлеуберди", "Ильхам Алиев", "Нурсултан Назарбаев")
COUNTRIES = (("KZ", "Казахстан"), ("RU", "Россия"), ("UZ", "Узбекистан"), ("CN", "Китай"), ("AZ", "Азербайджан"),
             ("US", "США"), ("TR", "Турция"), ("KG", "Киргизия"))


def synthetic_articles(n: int, seed: int = 0) -> list[Article]:
    """``n`` distinct articles made of paragraphs of the factRuEval texts, newest first."""
    rng = random.Random(seed)
    paragraphs = [p.strip() for f in sorted(FACTRU.glob("*.txt"))
                  for p in f.read_text(encoding="utf-8", errors="replace").splitlines() if len(p.strip()) > 40]
    start = date(2026, 1, 1)
    articles = []
    for i in range(n):
        body = rng.sample(paragraphs, rng.randint(3, 8))
        title = " ".join(body[0].split()[:rng.randint(6, 12)]).rstrip(",.:;")
        articles.append(Article(
            id=f"b{i}", slug=f"bench-{i:05d}", title=title, body="\n\n".join(body[1:]),
            date=start - timedelta(days=i // 8), source=rng.choice(("Акорда", "Kazinform", "ТАСС", "МИД РК")),
            persons=[Person(p) for p in rng.sample(PERSONS, rng.randint(0, 3))],
            countries=[Country(c, name) for c, name in rng.sample(COUNTRIES, rng.randint(1, 3))]))
    return articles


def seed_articles(workdir: Path) -> list[Article]:
    """The five seeds through the real pipeline (sitegen build), loaded back as articles."""
    shutil.copytree(REPO / "seeds", workdir / "seeds")
    subprocess.run([sys.executable, "-m", "sitegen", "build"], cwd=workdir, check=True, capture_output=True)
    return content_articles(workdir / "content")


def content_articles(content: Path) -> list[Article]:
    return build_index(load_articles(content, BuildReport())).articles


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the shard-building pool)."""
    return sum(resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime
               for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))


def build_dist(articles: list[Article], out: Path, processes: int | None) -> tuple[dict[str, bytes], float, float]:
    """search.html, assets and search files in ``out``; returns the search files, build wall and CPU seconds."""
    articles = build_index(articles).articles  # newest first, as the build passes them
    t0, cpu0 = time.perf_counter(), _cpu()
    files = search_files(articles, processes)
    seconds = time.perf_counter() - t0
    cpu = _cpu() - cpu0
    config = load_config(REPO)
    page = Renderer(config, build_index(articles)).render(Page("search.html", "search.html", {}))
    for path, data in {**files, **asset_files(config.templates_dir), "search.html": page.encode()}.items():
        (out / path).parent.mkdir(parents=True, exist_ok=True)
        (out / path).write_bytes(data)
    return files, seconds, cpu


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def browser_timings(dist: Path, files: dict[str, bytes]) -> list[dict]:
    """First-result time and payload, per query, over file:// and HTTP under /digest/."""
    static = [dist / p for p in ("search.html", "assets/search.js", "assets/search-ru.js", "assets/search-key.js",
                                 "assets/style.css", "assets/search.css")]
    static_bytes = [p.read_bytes() for p in static if p.exists()]
    fixed = [files[p] for p in files if p.startswith("assets/vendor/")] + [files["search/meta.js"]] + static_bytes
    shards = [files[p] for p in sorted(files) if p.startswith("search/shard-")]
    rows = []
    with launch_chromium() as context, static_server(dist, "/digest/") as base:
        for where, root in (("file", dist.as_uri() + "/"), ("http", base)):
            for query in QUERIES:
                page = context.new_page()
                page.goto(f"{root}search.html?q={query}")
                page.wait_for_function("window.SITEGEN_SEARCH_STATS.firstResultMs !== null", timeout=120_000)
                page.wait_for_function("window.SITEGEN_SEARCH_STATS.allShardsMs != null", timeout=300_000)
                stats = page.evaluate("window.SITEGEN_SEARCH_STATS")
                again = query.upper()  # the same query in other letters is not memoised: a search of every shard
                page.fill("#search-q", again)
                page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=again)
                full_ms = page.evaluate("window.SITEGEN_SEARCH_STATS.lastSearchMs")
                loaded = fixed + shards[:stats["firstResultShards"]]
                rows.append({"where": where, "query": query, "first_result_ms": round(stats["firstResultMs"]),
                             "all_shards_ms": round(stats["allShardsMs"]), "results": stats["results"],
                             "full_index_query_ms": round(full_ms, 1),
                             "first_result_shards": stats["firstResultShards"],
                             "bytes_before_first_result": sum(map(len, loaded)),
                             "gzip_bytes_before_first_result": sum(map(gz, loaded))})
                page.close()
    return rows


def measure(name: str, articles: list[Article], processes: int | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        dist = Path(tmp)
        files, seconds, cpu = build_dist(articles, dist, processes)
        index = [data for path, data in files.items() if path.startswith("search/")]
        result = {"corpus": name, "articles": len(articles), "index_build_s": round(seconds, 2),
                  "index_build_cpu_s": round(cpu, 2),
                  "load": round(os.getloadavg()[0], 1),
                  "shards": len(index) - 1, "index_bytes": sum(map(len, index)),
                  "index_gzip_bytes": sum(map(gz, index)),
                  "vendor_gzip_bytes": sum(gz(d) for p, d in files.items() if p.startswith("assets/vendor/")),
                  "browser": browser_timings(dist, files)}
    return result


def report(result: dict) -> str:
    mb = 1024 * 1024
    lines = [f"{result['corpus']}: {result['articles']} articles, {result['shards']} shard(s), "
             f"index built in {result['index_build_s']} s ({result['index_build_cpu_s']} CPU-s, load average {result['load']}), "
             f"{result['index_bytes'] / mb:.2f} MiB raw / {result['index_gzip_bytes'] / mb:.2f} MiB gzip "
             f"(+ lunr/lunr-languages {result['vendor_gzip_bytes'] / 1024:.0f} KiB gzip)"]
    for row in result["browser"]:
        lines.append(f"  {row['where']:<4} {row['query']!r:<20} first result {row['first_result_ms']:>5} ms "
                     f"({row['first_result_shards']} shard(s), {row['bytes_before_first_result'] / mb:.2f} MiB raw / "
                     f"{row['gzip_bytes_before_first_result'] / mb:.2f} MiB gzip), all shards {row['all_shards_ms']} ms, "
                     f"{row['results']} results, query over all shards {row['full_index_query_ms']} ms")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10_000, help="size of the synthetic corpus")
    ap.add_argument("--content", type=Path, help="use these content pages instead of a synthetic corpus")
    ap.add_argument("--processes", type=int, help="index build processes (default: all cores)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        results.append(measure("seeds", seed_articles(Path(tmp)), args.processes))
    print(report(results[-1]), flush=True)
    if args.content:
        big = ("content", content_articles(args.content))
    else:
        big = ("synthetic factRuEval", synthetic_articles(args.articles))
    results.append(measure(*big, args.processes))
    print(report(results[-1]), flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
