"""Build the search index and ship it as a script, so it loads over file:// too."""
from __future__ import annotations

import json

from sitegen.model import Article
from sitegen.site.pages import article_path


def search_files(articles: list[Article]) -> dict[str, bytes]:
    """The files the search page needs: ``{site path: bytes}``."""
    docs = [{"id": a.id, "title": a.title, "url": article_path(a), "date": a.date.isoformat() if a.date else None,
             "source": a.source, "body": a.body[:2000]} for a in articles]
    payload = json.dumps({"docs": docs}, ensure_ascii=False, separators=(",", ":"))
    return {"search-index.js": f"window.SITEGEN_SEARCH={payload};\n".encode("utf-8")}
