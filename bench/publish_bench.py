"""Publishing speed at scale: related articles, per-entity timelines, feed and sitemap for N articles.

    python3 bench/publish_bench.py [--articles 10000] [--seed 0]

Articles are synthetic, with a skewed (Zipf-like) choice of entities as in real news: one country
in nearly every article, a few frequent people, a long tail of rare ones. Prints one JSON line and
writes it to bench/out/publish_bench.json.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sitegen.config import Config  # noqa: E402
from sitegen.model import Article, Country, Person  # noqa: E402
from sitegen.site.feed import atom_feed  # noqa: E402
from sitegen.site.index import build_index  # noqa: E402
from sitegen.site.pages import plan_pages  # noqa: E402
from sitegen.site.related import related_articles  # noqa: E402
from sitegen.site.sitemap import sitemap_xml  # noqa: E402

COUNTRIES = ["KZ", "RU", "CN", "UZ", "KG", "TJ", "TM", "AZ", "US", "DE", "FR", "TR", "IN", "JP", "GB"]


def corpus(n: int, seed: int) -> list[Article]:
    rng = random.Random(seed)
    people = [f"Персона {i}" for i in range(max(50, n // 5))]
    start = date(2015, 1, 1)
    articles = []
    for i in range(n):
        persons = {people[min(int(rng.paretovariate(1.1)) - 1, len(people) - 1)] for _ in range(rng.randint(0, 4))}
        codes = {"KZ"} if rng.random() < .95 else set()
        codes |= {COUNTRIES[min(int(rng.paretovariate(1.3)), len(COUNTRIES) - 1)] for _ in range(rng.randint(0, 3))}
        articles.append(Article(
            id=f"a{i:06d}", slug=f"article-{i}", title=f"Статья {i}", body=f"Текст статьи {i}.\n\nВторой абзац.",
            date=start + timedelta(days=rng.randint(0, 3650)) if rng.random() < .9 else None,
            persons=[Person(p) for p in sorted(persons)], countries=[Country(c, c) for c in sorted(codes)]))
    return articles


def timed(fn, *args):
    t = time.perf_counter()
    result = fn(*args)
    return result, time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args(argv)
    articles = corpus(args.articles, args.seed)
    config = Config(base_url="https://example.github.io/digest/")
    site, t_index = timed(build_index, articles)
    related, t_related = timed(related_articles, site)
    pages, t_plan = timed(plan_pages, site)
    _feed, t_feed = timed(atom_feed, config, site.articles)
    dates = {a.id: a.date for a in site.articles if a.date}
    _sitemap, t_sitemap = timed(sitemap_xml, config.base_url, pages, dates)
    biggest = max(len(e.articles) for e in site.countries)
    result = {
        "articles": len(articles), "persons": len(site.persons), "countries": len(site.countries),
        "largest_entity_articles": biggest,
        "with_related": sum(1 for r in related.values() if r),
        "index_s": round(t_index, 3), "related_s": round(t_related, 3),
        "related_ms_per_article": round(1000 * t_related / len(articles), 3),
        "plan_pages_s": round(t_plan, 3), "feed_s": round(t_feed, 3), "sitemap_s": round(t_sitemap, 3),
        "pages": len(pages),
    }
    line = json.dumps(result, ensure_ascii=False)
    print(line)
    out = ROOT / "bench" / "out"
    out.mkdir(parents=True, exist_ok=True)
    (out / "publish_bench.json").write_text(line + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
