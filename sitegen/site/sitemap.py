"""sitemap.xml: every HTML page of the site as an absolute URL under ``base_url``."""
from __future__ import annotations

from datetime import date
from xml.etree import ElementTree as ET

from sitegen.site.pages import Page
from sitegen.site.urls import absolute_url

SITEMAP_PATH = "sitemap.xml"
_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
_SKIP = {"404.html", "search.html"}


def sitemap_xml(base_url: str, pages: list[Page], dates: dict[str, date]) -> bytes:
    """The sitemap of ``pages``; ``dates`` maps article ids to their dates."""
    root = ET.Element("urlset", xmlns=_NS)
    for page in pages:
        if page.path in _SKIP:
            continue
        url = ET.SubElement(root, "url")
        ET.SubElement(url, "loc").text = absolute_url(base_url, page.path)
        lastmod = _lastmod(page, dates)
        if lastmod:
            ET.SubElement(url, "lastmod").text = lastmod.isoformat()
    ET.indent(root)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8") + b"\n"



def _lastmod(page: Page, dates: dict[str, date]) -> date | None:
    """An article page's own date; for a listing, the newest article it lists."""
    article = page.context.get("article")
    if article is not None:
        return article.date
    return max((dates[i] for i in page.deps if i in dates), default=None)
