"""The Atom feed of the digest (feedgen), newest articles first; deterministic for the same corpus."""
from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, timezone

from feedgen.feed import FeedGenerator
from markupsafe import Markup

from sitegen.config import Config
from sitegen.markup import render_markdown
from sitegen.model import Article
from sitegen.site.pages import article_path
from sitegen.site.urls import absolute_url

FEED_PATH = "feed.xml"
FEED_SIZE = 50
_EPOCH = date(1970, 1, 1)


def entry_id(article: Article) -> str:
    """A permanent id that survives moving the site (a name-based UUID of the article's id)."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"sitegen:article:{article.id}").urn


def atom_feed(config: Config, articles: list[Article], size: int = FEED_SIZE,
              markdown: Callable[[str], str] = render_markdown) -> bytes:
    """The feed XML for ``articles`` (already newest first); undated ones get the newest date.

    ``markdown`` converts article text to HTML (a renderer passes its cached conversion)."""
    newest = next((a.date for a in articles if a.date), _EPOCH)
    fg = FeedGenerator()
    fg.id(uuid.uuid5(uuid.NAMESPACE_URL, f"sitegen:feed:{config.site_title}").urn)
    fg.title(config.site_title)
    fg.subtitle(config.site_description)
    fg.author({"name": config.site_title})
    fg.language(config.language)
    fg.link(href=absolute_url(config.base_url, "index.html"), rel="alternate", type="text/html")
    fg.link(href=absolute_url(config.base_url, FEED_PATH), rel="self", type="application/atom+xml")
    fg.updated(_stamp(newest))
    fg.generator("sitegen")
    for article in articles[:size]:
        entry = fg.add_entry(order="append")
        entry.id(entry_id(article))
        entry.title(article.title)
        entry.link(href=absolute_url(config.base_url, article_path(article)), rel="alternate", type="text/html")
        entry.updated(_stamp(article.date or newest))
        if article.date:
            entry.published(_stamp(article.date))
        if article.author or article.source:
            entry.author({"name": article.author or article.source})
        entry.summary(Markup(markdown(article.lead)).striptags())
        entry.content(str(markdown(article.body)), type="html")
        for item in [*article.persons, *article.countries]:
            entry.category(term=item.name)
    return fg.atom_str(pretty=True)


def _stamp(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc)
