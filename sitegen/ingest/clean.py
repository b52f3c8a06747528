"""Boilerplate removal: keep the article's title and paragraphs, drop the page around them."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitegen.ingest import meta
from sitegen.model import CleanPage, RawPage

_SPACE = re.compile(r"\s+")


def normalize_line(line: str) -> str:
    return _SPACE.sub(" ", line).strip().lower()


def corpus_boilerplate(texts: Iterable[str], min_pages: int = 3) -> frozenset[str]:
    """Lines that recur in several pages of the corpus: boilerplate by definition."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({normalize_line(l) for l in text.splitlines() if l.strip()})
    return frozenset(line for line, n in counts.items() if n >= min_pages)


def clean(raw: RawPage, boilerplate: frozenset[str] = frozenset()) -> CleanPage:
    """Split a page into title, metadata and body paragraphs."""
    lines = [l.strip() for l in raw.text.splitlines()]
    lines = [l for l in lines if l and normalize_line(l) not in boilerplate]
    title = next((l for l in lines if 3 <= len(l.split()) <= 25 and not l.endswith(".")), "")
    paragraphs = [l for l in lines if len(l.split()) >= 12 and l != title]
    page = CleanPage(path=raw.path, title=title, paragraphs=paragraphs)
    page.date = meta.find_date(raw.text)
    if not paragraphs:
        page.warnings.append("no article text found (only boilerplate?)")
    return page
