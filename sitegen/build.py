"""The full build: seeds → content → site, stage by stage, with a report of what happened."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.cache import DiskCache
from sitegen.config import Config
from sitegen.entities.merge import merge_corpus
from sitegen.memory import settle
from sitegen.model import Article
from sitegen.site.generate import generate_site
from sitegen.site.writer import write_tree
from sitegen.sync import list_seeds, scan_content, sync_content
from sitegen.timing import Stopwatch


@dataclass
class BuildReport:
    articles: int = 0
    pages: int = 0
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    content: dict[str, int] = field(default_factory=dict)  # content pages generated / unchanged / kept / removed
    watch: Stopwatch = field(default_factory=Stopwatch)

    @property
    def timings(self) -> dict[str, float]:
        return self.watch.wall

    @property
    def seconds(self) -> float:
        return self.watch.total

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


def build(config: Config, progress: Callable[[str, int], Callable[[int], None]] | None = None) -> BuildReport:
    """Run every stage; raise only for errors that stop the whole build (config, templates).

    Meant for a process that builds once: what it loads stays out of the garbage collector's reach.

    ``progress(label, total)`` may return a callback that is told how many seeds are done.
    """
    report = BuildReport()
    watch = report.watch
    tick = progress("seeds", len(list_seeds(config.path("seeds")))) if progress else None
    cache = DiskCache(config.root, "content")
    with watch.stage("read"):
        content = scan_content(config.path("content"), cache)
    settle()
    sync = sync_content(config.path("seeds"), config.path("content"), config.jobs, tick, content, watch)
    cache.save()  # before merging, which renames entities in these very objects
    report.content = {"generated": len(sync.generated), "unchanged": sync.unchanged,
                      "kept as edited": sync.kept_edited, "removed": len(sync.removed)}
    report.warnings += sync.warnings
    report.failures += sync.failures + list(content.errors.values())
    with watch.stage("merge"):
        articles = merge_corpus(unique_ids(content.articles, report))
    settle()  # the corpus lives until the build ends: no collection need walk it again
    files = generate_site(config, articles, watch=watch)
    with watch.stage("write"):
        write_tree(config.path("out"), files)
    report.articles = len(articles)
    report.pages = sum(1 for p in files if p.endswith(".html"))
    return report
