"""Seeds → content pages: derive what changed, never overwrite an editor's page."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from sitegen.cache import DiskCache
from sitegen.content import ContentPage, generate_page, read_page, write_page
from sitegen.errors import InputError
from sitegen.ingest.clean import corpus_boilerplate
from sitegen.ingest.decode import read_seed
from sitegen.markup import paragraphs_to_markdown
from sitegen.model import Article, RawPage
from sitegen.pipeline import SeedResult, page_boilerplate, process_seed, seed_key
from sitegen.slugs import slugify, unique_slug
from sitegen.timing import Stopwatch
from sitegen.workers import map_in_order

SEED_SUFFIXES = {".txt", ".text", ".html", ".htm"}


@dataclass
class SyncReport:
    generated: list[Path] = field(default_factory=list)
    unchanged: int = 0
    kept_edited: int = 0
    removed: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    worker_cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds per per-seed stage


def seed_id(seed: Path) -> str:
    """A stable id for a seed: its file name, hashed (renaming a seed makes a new article)."""
    return hashlib.sha1(seed.name.encode("utf-8")).hexdigest()[:16]


def list_seeds(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        return []
    return sorted(p for p in seeds_dir.iterdir()
                  if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith("."))


def list_content(content_dir: Path) -> list[Path]:
    if not content_dir.is_dir():
        return []
    return sorted(p for p in content_dir.glob("*.md") if not p.name.startswith("."))


@dataclass
class ContentSet:
    """The content folder as read once per build: parsed pages, and the files that failed."""

    pages: dict[Path, ContentPage] = field(default_factory=dict)
    errors: dict[Path, str] = field(default_factory=dict)
    cache: DiskCache | None = None

    def remember(self, page: ContentPage) -> None:
        """Hold a page just written, and cache it under its file's stamp for the next build."""
        self.pages[page.path] = page
        self.errors.pop(page.path, None)
        if self.cache:
            self.cache.put(_stamp(page.path), page)

    @property
    def articles(self) -> list[Article]:
        return [page.article for page in self.pages.values()]


def scan_content(content_dir: Path, cache: DiskCache | None = None) -> ContentSet:
    """Parse every content page (unchanged ones come from ``cache``); bad ones are recorded, not raised."""
    found = ContentSet(cache=cache)
    for path in list_content(content_dir):
        page = cache.get(_stamp(path)) if cache else None
        try:
            found.remember(page or read_page(path))
        except InputError as exc:
            found.errors[path] = str(exc)
    return found


def _stamp(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


def sync_content(seeds_dir: Path, content_dir: Path, jobs: int = 0,
                 progress: Callable[[int], None] | None = None, content: ContentSet | None = None,
                 watch: Stopwatch | None = None) -> SyncReport:
    """Bring ``content_dir`` up to date with the seeds.

    ``content`` is the folder as already read (it is updated in place); without it, it is read here.
    """
    watch = watch or Stopwatch()
    content = content if content is not None else scan_content(content_dir)
    report = SyncReport()
    stage = watch.stage("read")
    stage.__enter__()
    seeds = list_seeds(seeds_dir)
    existing = {page.provenance.seed: page for page in content.pages.values() if page.provenance.seed}

    raws: list[RawPage] = []
    for seed in seeds:
        try:
            raws.append(read_seed(seed))
        except InputError as exc:
            report.failures.append(str(exc))
            existing.pop(seed.name, None)  # keep its content page as it is
    boilerplate = corpus_boilerplate(raw.text for raw in raws)

    todo: list[tuple[RawPage, ContentPage | None]] = []
    for raw in raws:
        current = existing.pop(raw.path.name, None)
        if current and current.provenance.edited:
            report.kept_edited += 1
            if current.provenance.seed_hash != raw.digest:
                report.warnings.append(
                    f"{current.path}: edited by hand, kept; its seed {raw.path} has changed since")
        elif current and current.provenance.key == seed_key(raw.digest, page_boilerplate(raw, boilerplate)):
            report.unchanged += 1
        else:
            todo.append((raw, current))
    stage.__exit__(None, None, None)
    if progress:
        progress(len(raws) - len(todo))

    with watch.stage("clean+extract"):
        results = map_in_order(partial(process_seed, boilerplate=boilerplate), [raw for raw, _ in todo], jobs, progress)
    for result in results:
        for name, seconds in result.cpu.items():
            report.worker_cpu[name] = report.worker_cpu.get(name, 0.0) + seconds
    with watch.stage("content"):
        _store(todo, results, existing, content_dir, content, report, jobs)
    return report


def _store(todo: list[tuple[RawPage, ContentPage | None]], results: list[SeedResult],
           orphans: dict[str, ContentPage], content_dir: Path, content: ContentSet, report: SyncReport,
           jobs: int = 0) -> None:
    """Write the regenerated pages; remove the generated pages of ``orphans`` (their seed is gone).

    Slugs are handed out here, in order; the pages are rendered and written on every core."""
    slugs_taken = {path.stem for path in [*content.pages, *content.errors]}
    pages = []
    for (raw, current), result in zip(todo, results):
        if result.error:
            report.failures.append(result.error)
            continue
        report.warnings.extend(f"{raw.path}: {w}" for w in result.page.warnings)
        article = _article(raw.path, result, current, slugs_taken)
        path = article.content_path = current.path if current else content_dir / f"{article.slug}.md"
        pages.append((article, raw.path.name, result.digest, result.key, path))
    for page in map_in_order(_write_generated, pages, jobs):
        content.remember(page)
        report.generated.append(page.path)

    for seed_name, page in orphans.items():
        if page.provenance.edited:
            report.warnings.append(f"{page.path}: its seed {seed_name} is gone; kept because it was edited")
        else:
            page.path.unlink(missing_ok=True)
            del content.pages[page.path]
            report.removed.append(page.path)


def _write_generated(task: tuple[Article, str, str, str, Path]) -> ContentPage:
    """Render one generated page, write it, and return it as reading it back would give it."""
    text, page = generate_page(*task)
    write_page(page.path, text)
    return page


def _article(seed: Path, result: SeedResult, current: ContentPage | None, taken: set[str]) -> Article:
    page, entities = result.page, result.entities
    ident = seed_id(seed)
    if current:
        slug = current.article.slug
    else:
        slug = unique_slug(slugify(page.title, fallback=ident), taken, ident)
        taken.add(slug)
    return Article(
        id=ident, slug=slug, title=page.title or seed.stem, body=paragraphs_to_markdown(page.paragraphs),
        date=page.date, source=page.source, url=page.url, author=page.author,
        persons=entities.persons, countries=entities.countries, organizations=entities.organizations,
    )
