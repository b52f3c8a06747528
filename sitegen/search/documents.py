"""Articles as search documents: the indexed fields and the record a result shows."""
from __future__ import annotations

import html
import re

from sitegen.model import Article
from sitegen.site.dates import ru_date
from sitegen.site.pages import article_path

BODY_CHARS = 1000  # the body prefix that is indexed and shown in snippets
FIELDS = (("title", 10), ("persons", 5), ("countries", 5), ("organizations", 3), ("body", 1))

_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_BLOCK = re.compile(r"^\s{0,3}(?:#+|>|[*+\-]|\d+[.)])\s+", re.M)
_INLINE = re.compile(r"\\([\\`*_\[\]|#+\-.!()<>&])|[*_`]{1,3}|<[^>]+>")  # escapes kept, markers and tags dropped
_SPACE = re.compile(r"\s+")


def plain_text(markdown: str, limit: int = BODY_CHARS) -> str:
    """Readable plain text of a Markdown body, cut at a word boundary near ``limit`` characters."""
    text = _INLINE.sub(lambda m: m.group(1) or "", _BLOCK.sub("", _LINK.sub(r"\1", markdown[: limit * 2])))
    text = _SPACE.sub(" ", html.unescape(text)).strip()
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit] + " …"


def _names(items) -> list[str]:
    return [item.name for item in items]


def index_document(ref: str, article: Article, body: str) -> dict:
    """The fields lunr indexes (entity names joined into one text so each word is a term)."""
    return {"id": ref, "title": article.title, "body": body,
            "persons": " ; ".join(_names(article.persons)), "countries": " ; ".join(_names(article.countries)),
            "organizations": " ; ".join(_names(article.organizations))}


def store_record(article: Article, body: str) -> list:
    """What a result shows: [title, url, ISO date, Russian date, source, persons, countries, text]."""
    return [article.title, article_path(article), article.date.isoformat() if article.date else "",
            ru_date(article.date, "") if article.date else "", article.source or "",
            _names(article.persons), _names(article.countries), body]
