"""The full build: seeds → content → site, stage by stage, with a report of what happened."""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.config import Config
from sitegen.entities.merge import merge_corpus
from sitegen.model import Article
from sitegen.site.generate import generate_site
from sitegen.site.writer import write_tree
from sitegen.sync import list_seeds, scan_content, sync_content


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
    content = scan_content(content_dir)
    report.failures += list(content.errors.values())
    return unique_ids(content.articles, report)


def unique_ids(articles: list[Article], report: BuildReport) -> list[Article]:
    """Articles with distinct ids: a copied page keeps its own by taking its file name."""
    seen: dict[str, Path | None] = {}
    for article in articles:
        if article.id in seen:
            report.warnings.append(f"{article.content_path}: same id as {seen[article.id]}; using its slug in the id")
            article.id = f"{article.id}-{article.slug}"
        seen[article.id] = article.content_path
    return articles


def build(config: Config, progress: Callable[[str, int, int], Callable[[int], None]] | None = None,
          extra_head: str = "") -> BuildReport:
    """Run every stage; raise only for errors that stop the whole build (config, templates)."""
    report = BuildReport()
    t0 = time.perf_counter()
    seeds = list_seeds(config.path("seeds"))
    tick = progress("seeds", len(seeds), 0) if progress else None
    content = scan_content(config.path("content"))
    sync = sync_content(config.path("seeds"), config.path("content"), config.jobs, tick, content)
    report.warnings += sync.warnings
    report.failures += sync.failures + list(content.errors.values())
    t1 = time.perf_counter()
    articles = merge_corpus(unique_ids(content.articles, report))
    t2 = time.perf_counter()
    files = generate_site(config, articles, extra_head=extra_head)
    t3 = time.perf_counter()
    write_tree(config.path("out"), files)
    t4 = time.perf_counter()
    report.articles = len(articles)
    report.pages = sum(1 for p in files if p.endswith(".html"))
    report.timings = {"content": t1 - t0, "load": t2 - t1, "render": t3 - t2, "write": t4 - t3}
    return report
