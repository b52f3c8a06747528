"""The full build: seeds → content → site, stage by stage, with a report of what happened."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.config import Config
from sitegen.content import read_page
from sitegen.entities.merge import merge_corpus
from sitegen.errors import InputError
from sitegen.model import Article
from sitegen.site.generate import generate_site
from sitegen.site.writer import write_tree
from sitegen.sync import list_content, list_seeds, sync_content


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def seconds(self) -> float:
        return sum(self.timings.values())

    @property
    def ok(self) -> bool:
        return not self.failures


def load_articles(content_dir: Path, report: BuildReport) -> list[Article]:
    """Every readable content page as an article; unreadable ones are reported, not fatal."""
    articles, ids = [], {}
    for path in list_content(content_dir):
        try:
            article = read_page(path).article
        except InputError as exc:
            report.failures.append(str(exc))
            continue
        if article.id in ids:
            report.warnings.append(f"{path}: same id as {ids[article.id]}; using the file name as its id")
            article.id = f"{article.id}-{article.slug}"
        ids[article.id] = path
        articles.append(article)
    return articles


def build(config: Config, progress: Callable[[str, int, int], Callable[[int], None]] | None = None,
          extra_head: str = "") -> BuildReport:
    """Run every stage; raise only for errors that stop the whole build (config, templates)."""
    report = BuildReport()
    t0 = time.perf_counter()
    seeds = list_seeds(config.path("seeds"))
    tick = progress("seeds", len(seeds), 0) if progress else None
    sync = sync_content(config.path("seeds"), config.path("content"), config.jobs, tick)
    report.warnings += sync.warnings
    report.failures += sync.failures
    t1 = time.perf_counter()
    articles = merge_corpus(load_articles(config.path("content"), report))
    t2 = time.perf_counter()
    files = generate_site(config, articles, extra_head=extra_head)
    t3 = time.perf_counter()
    write_tree(config.path("out"), files)
    t4 = time.perf_counter()
    report.articles = len(articles)
    report.pages = sum(1 for p in files if p.endswith(".html"))
    report.timings = {"content": t1 - t0, "load": t2 - t1, "render": t3 - t2, "write": t4 - t3}
    return report
