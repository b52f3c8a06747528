"""Articles → every file of the site, as ``{path: bytes}`` (no disk writes here)."""
from __future__ import annotations

from collections.abc import Callable

from sitegen.cache import DiskCache
from sitegen.config import Config
from sitegen.markup import render_markdown
from sitegen.model import Article
from sitegen.search import search_files
from sitegen.site.assets import asset_files
from sitegen.site.feed import FEED_PATH, atom_feed
from sitegen.site.index import SiteIndex, build_index
from sitegen.site.pages import Page, plan_pages
from sitegen.site.parallel import markdown_html, render_pages
from sitegen.site.render import Renderer
from sitegen.site.sitemap import SITEMAP_PATH, sitemap_xml
from sitegen.timing import Stopwatch


def generate_site(config: Config, articles: list[Article], extra_head: str = "",
                  watch: Stopwatch | None = None) -> dict[str, bytes]:
    watch = watch or Stopwatch()
    with watch.stage("render"):
        site = build_index(articles)
        renderer = Renderer(config, site, extra_head=extra_head)
        pages = plan_pages(site)
        cache = DiskCache(config.root, "markdown")
        sources = [text for a in site.articles for text in (a.body, a.lead)]
        renderer.preload_markdown(markdown_html(sources, cache, config.jobs))
        cache.save()
        files = render_pages(renderer, pages, config.jobs)
        files.update(site_wide_files(config, site, pages, renderer.markdown))
        files.update(asset_files(config.templates_dir))
    with watch.stage("index"):
        cache = DiskCache(config.root, "search")
        files.update(search_files(site.articles, config.jobs or None, cache))
        cache.save()
    return files


def site_wide_files(config: Config, site: SiteIndex, pages: list[Page],
                    markdown: Callable[[str], str] = render_markdown) -> dict[str, bytes]:
    """The files beside pages, search and assets: feed, sitemap (with a base URL), .nojekyll."""
    files = {FEED_PATH: atom_feed(config, site.articles, markdown=markdown), ".nojekyll": b""}
    if config.base_url:  # a sitemap must list absolute URLs
        files[SITEMAP_PATH] = sitemap_xml(config.base_url, pages, {a.id: a.date for a in site.articles if a.date})
    return files
