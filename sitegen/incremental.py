"""Incremental rebuilds: keep the last good site in memory and redo only what a set of changed files touches.

A title or body edit (the common case) keeps the site's structure: the old page plan stays valid and only
the pages showing that article are re-rendered.  Any other change to an article (date, slug, people, …),
a new or deleted page re-plans the site: the index is updated for the changed articles only
(``update_index``), names are re-merged only where they changed (``serve.names``), the pages showing
the same objects as before are kept, and the pages whose shape or articles changed are re-rendered.
A template change re-renders the pages whose template uses it.  The search
index is left to the caller (it is the slow part): ``Outcome.search`` says when it is out of date,
``write_search`` takes the rebuilt files.
"""
from __future__ import annotations

import dataclasses
import hashlib
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.build import BuildReport, unique_ids
from sitegen.cache import DiskCache
from sitegen.config import Config
from sitegen.content import read_page
from sitegen.errors import InputError, TemplateError
from sitegen.memory import gc_paused
from sitegen.model import Article
from sitegen.serve import deps
from sitegen.serve.names import LiveNames
from sitegen.site.assets import asset_files
from sitegen.site.generate import generate_site, site_wide_files
from sitegen.site.index import SiteIndex, build_index, digest_order, update_index
from sitegen.site.pages import Page, plan_pages
from sitegen.site.parallel import markdown_html
from sitegen.site.render import Renderer
from sitegen.site.writer import remove_files, write_files, write_tree
from sitegen.sync import SEED_SUFFIXES, ContentSet, SyncReport, list_content, list_seeds, scan_content, sync_content

Stamp = tuple[int, int, int]
WARM_LISTING = 20  # pages listing at least this many articles are rendered once more after a full build


@dataclass
class Outcome:
    """What one rebuild did."""

    written: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    search: bool = False  # the search index needs rebuilding
    full: bool = False
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed)


def stamp(path: Path) -> Stamp | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _is_under(path: Path, folder: Path) -> bool:
    return path.is_relative_to(folder)


class LiveSite:
    """The last good build of one project, updated file by file; writes to ``out`` under ``lock``."""

    def __init__(self, config: Config, extra_head: str = "", lock: threading.Lock | None = None):
        self.config = config
        self.extra_head = extra_head
        self.lock = lock or threading.Lock()
        self.ready = False
        self.pending: set[str] = set()  # changed templates not yet in a good build
        self.stamps: dict[Path, Stamp | None] = {}
        self.content = ContentSet()  # each content page as last read well, and the ones now broken
        self.names = LiveNames()  # the corpus name merge; ``renamed`` cleared by each good rebuild
        self.seed_errors: list[str] = []
        self.build_error: str | None = None
        self.config_error: str | None = None  # set by the caller when sitegen.toml is broken
        self.articles: dict[str, Article] = {}  # by id, as the site shows them
        self.prints: dict[str, tuple[Article, int]] = {}  # each article and its fingerprint
        self.order: list[str] = []  # article ids in digest order
        self.position: dict[str, int] = {}
        self.site: SiteIndex | None = None
        self.renderer: Renderer | None = None
        self.pages: dict[str, Page] = {}
        self.sigs: dict[str, int] = {}
        self.related_memo: dict = {}  # related articles as last computed (see related_articles)
        self.hashes: dict[str, bytes] = {}
        self.asset_paths: set[str] = set()
        self.search_paths: set[str] = set()

    # ------------------------------------------------------------ inputs

    @property
    def dirs(self) -> dict[str, Path]:
        c = self.config
        return {"seeds": c.path("seeds").resolve(), "content": c.path("content").resolve(),
                "templates": c.templates_dir.resolve(), "out": c.path("out").resolve()}

    @property
    def errors(self) -> list[str]:
        """Every problem that keeps part of the site from being current, one line each."""
        found = [*self.seed_errors, *self.content.errors.values()]
        found += [e for e in (self.build_error, self.config_error) if e]
        return list(dict.fromkeys(found))

    def _inputs(self) -> list[Path]:
        d = self.dirs
        return [*list_seeds(d["seeds"]), *list_content(d["content"]),
                *(p for p in d["templates"].rglob("*") if p.is_file())]

    def articles_in_order(self) -> list[Article]:
        """The articles newest first (safe to call from another thread while a rebuild runs)."""
        articles, order = self.articles, self.order
        return [articles[i] for i in order if i in articles]

    # ------------------------------------------------------------ full build

    def full_build(self) -> Outcome:
        """Sync, load and generate everything; on a template error keep the old site, raise nothing."""
        t0 = time.perf_counter()
        d = self.dirs
        self.stamps = {p: stamp(p) for p in self._inputs()}
        self.content = scan_content(d["content"])
        sync = sync_content(d["seeds"], d["content"], jobs=self.config.jobs, content=self.content)
        self._synced(sync)
        self.names = LiveNames()
        for path, page in self.content.pages.items():
            self.names.take(path, page.article)
        merged = self._merge()
        try:
            files = generate_site(self.config, merged, extra_head=self.extra_head)
        except TemplateError as exc:
            self.build_error, self.ready = str(exc), False
            return Outcome(seconds=time.perf_counter() - t0, full=True)
        site = build_index(merged)
        self.related_memo = {}
        pages = plan_pages(site, self.related_memo)
        with self.lock:
            write_tree(d["out"], files)
        self._commit_site(merged, site, pages)
        self.renderer = Renderer(self.config, site, extra_head=self.extra_head)
        sources = [text for a in site.articles for text in (a.body, a.lead)]  # converted just now: cached
        self.renderer.preload_markdown(markdown_html(sources, DiskCache(self.config.root, "markdown"),
                                                      self.config.jobs))
        self._warm(pages)
        memo: dict = {}
        self.sigs = {p.path: deps.page_signature(p, memo) for p in pages}
        self.hashes = {path: digest(data) for path, data in files.items()}
        self.asset_paths = set(asset_files(self.config.templates_dir))
        self.build_error, self.ready, self.pending = None, True, set()
        return Outcome(written=sorted(files), full=True, seconds=time.perf_counter() - t0)

    def _warm(self, pages: list[Page]) -> None:
        """Render here the pages listing many articles (rendered by worker processes just now): their
        article fragments are then cached for the edits to come, which re-render such pages most."""
        for page in pages:
            if len(page.deps) >= WARM_LISTING:
                self.renderer.render(page)

    def _synced(self, sync: SyncReport) -> None:
        """Take in what a sync did: its seed errors, and its pages as on disk (what editors see)."""
        seeds = str(self.dirs["seeds"])
        self.seed_errors = [msg for msg in sync.failures if msg.startswith(seeds)]
        for path in sync.generated:
            self._reread(path)
        self.stamps.update({p: stamp(p) for p in [*sync.generated, *sync.removed]})

    def _commit_site(self, merged: list[Article], site: SiteIndex, pages: list[Page]) -> None:
        self.articles = {a.id: a for a in merged}
        self.prints = {a.id: _print(a) for a in merged}
        self.names.renamed.clear()
        self.order = [a.id for a in site.articles]
        self.position = {i: n for n, i in enumerate(self.order)}
        self.site = site
        self.pages = {p.path: p for p in pages}

    # ------------------------------------------------------------ incremental

    def update(self, paths: set[Path]) -> Outcome | None:
        """Bring the site up to date with changed ``paths``; None when nothing relevant changed."""
        if not self.ready:
            return self.full_build()
        with gc_paused():
            return self._update(paths)

    def _update(self, paths: set[Path]) -> Outcome | None:
        t0 = time.perf_counter()
        d = self.dirs
        inputs = [d["seeds"], d["content"], d["templates"]]
        paths = {Path(p) for p in paths if not _is_under(Path(p), d["out"])
                 and any(_is_under(Path(p), folder) for folder in inputs)}
        fresh = {p: stamp(p) for p in paths}
        changed = {p for p in paths if fresh[p] != self.stamps.get(p, ())}
        if not changed and not self.pending:
            return None
        self.stamps.update(fresh)
        if any(_is_under(p, d["seeds"]) and p.suffix.lower() in SEED_SUFFIXES for p in changed):
            self._synced(sync_content(d["seeds"], d["content"], jobs=self.config.jobs, content=self.content))
        for path in changed:
            if _is_under(path, d["content"]) and path.suffix == ".md":
                self._reread(path)
        self.pending |= {p.relative_to(d["templates"]).as_posix() for p in changed if _is_under(p, d["templates"])}
        try:
            outcome = self._rebuild(self.pending)
        except TemplateError as exc:
            self.build_error = str(exc)
            return Outcome(seconds=time.perf_counter() - t0)
        self.build_error, self.pending = None, set()
        outcome.seconds = time.perf_counter() - t0
        return outcome

    def _reread(self, path: Path) -> None:
        """Re-read one content page; a broken page keeps its last good article and records its error."""
        self.content.errors.pop(path, None)
        if not path.exists():
            self.content.pages.pop(path, None)
            self.names.take(path, None)
            return
        try:
            page = self.content.pages[path] = read_page(path)
        except InputError as exc:
            self.content.errors[path] = str(exc)
            return
        self.names.take(path, page.article)

    def _merge(self) -> list[Article]:
        """The corpus with merged names (see ``LiveNames``), ids made unique."""
        articles = unique_ids(self.content.articles, BuildReport())
        self.names.merge(self.content.pages)
        return articles

    def _in_order(self, by_id: dict[str, Article], touched: set[str]) -> bool:
        """Whether the digest order still holds: each touched article still sorts between its neighbours."""
        for ident in touched:
            at = self.position[ident]
            near = [by_id[i] for i in self.order[max(0, at - 1):at + 2]]
            if digest_order(near) != near:
                return False
        return True

    def _rebuild(self, templates: set[str]) -> Outcome:
        merged = self._merge()
        by_id = {a.id: a for a in merged}
        prints = {}
        for a in merged:  # a merge renames in place: an article it renamed is printed anew
            known = self.prints.get(a.id)
            prints[a.id] = known if known and known[0] is a and a.id not in self.names.renamed else _print(a)
        touched = {i for i, (_, fp) in prints.items() if self.prints.get(i, (None, None))[1] != fp}
        touched |= self.prints.keys() - prints.keys()
        same = (by_id.keys() == self.articles.keys()
                and all(deps.structure(by_id[i]) == deps.structure(self.articles[i]) for i in touched)
                and self._in_order(by_id, touched))
        if same:
            site, plan, removed = self.site, self.pages, []
            todo = {path for path, page in plan.items() if not page.deps.isdisjoint(touched)}
            sigs = self.sigs
        else:
            site = update_index(self.site, by_id, touched) or build_index(merged)
            plan = {p.path: p for p in plan_pages(site, self.related_memo, self.pages)}
            touched |= deps.moved_entities(self.site, site)
            memo: dict = {}
            sigs = {path: self.sigs[path] if p is self.pages.get(path) else deps.page_signature(p, memo)
                    for path, p in plan.items()}
            todo = {path for path, p in plan.items()
                    if sigs[path] != self.sigs.get(path) or not p.deps.isdisjoint(touched)}
            removed = sorted(self.pages.keys() - plan.keys())
        todo |= self._template_users(plan, templates)
        renderer = self._renderer(site, templates)
        renderer.forget(touched)
        files, swapped = {}, {}
        for path in sorted(todo):
            page = plan[path]
            if page is self.pages.get(path):  # planned before: show its articles as they are now
                page = swapped[path] = Page(page.path, page.template, deps.swap_articles(page.context, by_id),
                                            page.deps)
            files[path] = renderer.render(page).encode("utf-8")
        order = [a.id for a in site.articles]
        if touched or not same:
            files.update(site_wide_files(self.config, _current(site, by_id), list(plan.values()), renderer.markdown))
        if any(t.startswith("assets/") for t in templates):
            assets = asset_files(self.config.templates_dir)
            removed += sorted(self.asset_paths - assets.keys())
            self.asset_paths = set(assets)
            files.update(assets)
        written = self._write(files, removed)
        plan.update(swapped)
        if not same:
            self.sigs, self.site, self.pages = sigs, site, plan
            self.order, self.position = order, {i: n for n, i in enumerate(order)}
        self.articles, self.prints = by_id, prints
        self.names.renamed.clear()
        return Outcome(written=written, removed=removed, search=bool(touched) or not same)

    def _renderer(self, site: SiteIndex, templates: set[str]) -> Renderer:
        """The renderer for ``site``: the last one (compiled templates, converted Markdown) unless a
        template changed; a re-planned site only swaps the index its links are looked up in."""
        renderer = self.renderer
        if templates or renderer is None:
            renderer = self.renderer = Renderer(self.config, site, extra_head=self.extra_head)
        elif renderer.site is not site:
            renderer.site = renderer.env.globals["site"] = site
        return renderer

    def _template_users(self, plan: dict[str, Page], changed: set[str]) -> set[str]:
        """Pages whose template uses one of the ``changed`` template files."""
        if not changed:
            return set()
        env = Renderer(self.config, self.site).env
        changed = changed | deps.inliners(env, {Path(t).name for t in changed if t.startswith("assets/")})
        users = set()
        for name in {p.template for p in plan.values()}:
            uses = deps.template_uses(env, name)
            if uses is None or uses & changed:
                users.add(name)
        return {path for path, p in plan.items() if p.template in users}

    def _write(self, files: dict[str, bytes], removed: list[str]) -> list[str]:
        fresh = {path: digest(data) for path, data in files.items()}
        files = {path: data for path, data in files.items() if self.hashes.get(path) != fresh[path]}
        with self.lock:
            write_files(self.dirs["out"], files)
            remove_files(self.dirs["out"], removed)
            self.hashes.update({path: fresh[path] for path in files})
            for path in removed:
                self.hashes.pop(path, None)
        return sorted(files)

    # ------------------------------------------------------------ search

    def write_search(self, files: dict[str, bytes]) -> list[str]:
        """Write freshly built search files (see sitegen.serve.background), drop the ones no longer made."""
        stale = sorted(self.search_paths - files.keys())
        self.search_paths = set(files)
        return self._write(files, stale)


def _print(article: Article) -> tuple[Article, int]:
    return (article, deps.fingerprint(article))


def _current(site: SiteIndex, by_id: dict[str, Article]) -> SiteIndex:
    """``site`` with its article list in current versions (entity lists are only read for structure)."""
    return dataclasses.replace(site, articles=[by_id.get(a.id, a) for a in site.articles])
