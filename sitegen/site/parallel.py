"""Rendering many pages on every core: forked workers inherit the renderer, return bytes."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from sitegen.cache import DiskCache
from sitegen.markup import render_markdown
from sitegen.site.pages import Page
from sitegen.site.render import Renderer

MIN_PAGES_PER_WORKER = 300
_shared: tuple[Renderer, list[Page]] | None = None  # set before forking, read by the workers


def _render_range(bounds: tuple[int, int]) -> list[tuple[str, bytes]]:
    renderer, pages = _shared
    return [(page.path, renderer.render(page).encode("utf-8")) for page in pages[bounds[0]:bounds[1]]]


def _convert(sources: list[str]) -> list[str]:
    return [render_markdown(source) for source in sources]


def markdown_html(sources: list[str], cache: DiskCache | None = None, jobs: int = 0) -> dict[str, str]:
    """``{markdown: sanitised html}`` for ``sources``, reusing and refreshing ``cache``."""
    out: dict[str, str] = {}
    missing: list[str] = []
    for source in dict.fromkeys(sources):
        html = cache.get(_digest(source)) if cache else None
        if html is None:
            missing.append(source)
        else:
            out[source] = html
    jobs = min(jobs or os.cpu_count() or 1, len(missing) // MIN_PAGES_PER_WORKER)
    if jobs <= 1:
        converted = _convert(missing)
    else:
        step = -(-len(missing) // (jobs * 4))
        chunks = [missing[i:i + step] for i in range(0, len(missing), step)]
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            converted = [html for part in pool.map(_convert, chunks) for html in part]
    out.update(zip(missing, converted))
    if cache:
        for source, html in out.items():
            cache.put(_digest(source), html)
    return out


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def render_pages(renderer: Renderer, pages: list[Page], jobs: int = 0) -> dict[str, bytes]:
    """``{path: html bytes}`` for ``pages``; uses ``jobs`` processes (0: one per core) when it pays."""
    global _shared
    jobs = min(jobs or os.cpu_count() or 1, len(pages) // MIN_PAGES_PER_WORKER)
    if jobs <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return {page.path: renderer.render(page).encode("utf-8") for page in pages}
    step = -(-len(pages) // (jobs * 4))
    ranges = [(i, min(i + step, len(pages))) for i in range(0, len(pages), step)]
    _shared = (renderer, pages)
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            return {path: data for part in pool.map(_render_range, ranges) for path, data in part}
    finally:
        _shared = None
