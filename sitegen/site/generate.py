"""Articles → every file of the site, as ``{path: bytes}`` (no disk writes here)."""
from __future__ import annotations

from sitegen.config import Config
from sitegen.model import Article
from sitegen.search import search_files
from sitegen.site.assets import asset_files
from sitegen.site.index import build_index
from sitegen.site.pages import plan_pages
from sitegen.site.render import Renderer


def generate_site(config: Config, articles: list[Article], extra_head: str = "") -> dict[str, bytes]:
    site = build_index(articles)
    renderer = Renderer(config, site, extra_head=extra_head)
    files = {page.path: renderer.render(page).encode("utf-8") for page in plan_pages(site)}
    files.update(search_files(site.articles))
    files.update(asset_files(config.templates_dir))
    files[".nojekyll"] = b""
    return files
