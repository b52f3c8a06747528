"""Boilerplate removal: keep the article's title and paragraphs, drop the page around them.

Every decision is made per line from evidence (length, sentence punctuation, share of stop words and
digits, position relative to the densest run of prose, closeness to the headline) and from the
corpus: a line that recurs on pages of several different articles is boilerplate by definition.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from sitegen.ingest import meta
from sitegen.ingest.body import body_lines, body_span
from sitegen.ingest.headline import find_title, over_standfirst, title_from_lead
from sitegen.ingest.lines import Line, make_line
from sitegen.ingest.source import find_source, find_url
from sitegen.ingest.untag import untag
from sitegen.model import CleanPage, RawPage

MIN_BODY_CHARS = 80  # less article text than this is not an article
MIN_UNTITLED_CHARS = 200  # nor is this little without a headline over it
TRUSTED = 5  # corpus boilerplate lines on a page that show the corpus knows its site
_DIGITS = re.compile(r"\d+")
_BULLETS = "•·▪►◦*‣∙ "
_CYRILLIC = re.compile(r"[а-яё]", re.I)
_LETTER = re.compile(r"[^\W\d_]")


@lru_cache(maxsize=1 << 16)
def normalize_line(line: str) -> str:
    """A line's identity across pages: case, spacing, bullets and the values of numbers ignored."""
    return _DIGITS.sub("0", " ".join(line.lower().split()).lstrip(_BULLETS))


def corpus_boilerplate(texts: Iterable[str], min_pages: int = 3) -> frozenset[str]:
    """Lines that recur on pages of at least ``min_pages`` different articles.

    Pages are grouped by their longest line (nearly always an article paragraph), so copies of one
    article syndicated to several pages do not turn its text into boilerplate. HTML is stripped as
    ``clean`` strips it. Linear in corpus size.
    """
    pages: dict[str, set[str]] = {}
    for text in texts:
        lines = {normalize_line(x) for x in untag(text).splitlines() if x.strip()}
        if not lines:
            continue
        key = hashlib.blake2b(max(lines, key=len).encode(), digest_size=8).hexdigest()
        pages.setdefault(key, set()).update(lines)
    counts: Counter[str] = Counter()
    for lines in pages.values():
        counts.update(lines)
    return frozenset(line for line, n in counts.items() if n >= min_pages)


def page_lines(text: str) -> list[Line]:
    """The page's non-empty lines (markup stripped, spacing normalised) with their evidence."""
    texts = (" ".join(x.split()) for x in untag(text).splitlines())
    return [make_line(t) for t in texts if t]


def clean(raw: RawPage, boilerplate: frozenset[str] = frozenset()) -> CleanPage:
    """Split a page into title, metadata and body paragraphs."""
    lines = page_lines(raw.text)
    boiler = {i for i, line in enumerate(lines) if normalize_line(line.text) in boilerplate}
    dated = {i for i, line in enumerate(lines) if meta.is_date_line(line)}
    skip = boiler | dated
    trusted = len(boiler) >= TRUSTED
    spans = body_span(lines, skip, trusted)
    prose = [i for a, b in spans for i in range(a, b + 1) if lines[i].prose and i not in skip]
    title_at = over_standfirst(lines, find_title(lines, prose, boiler, dated), skip)
    title = lines[title_at].text if title_at is not None else ""
    skip |= {i for i, line in enumerate(lines) if title and line.text == title}
    author, byline_at = meta.find_author(lines, prose, title_at)
    if byline_at is not None:
        skip.add(byline_at)
    body = body_lines(lines, spans, skip, trusted)
    page = CleanPage(path=raw.path, title=title, paragraphs=[lines[i].text for i in body])
    page.warnings.extend(_check(page, lines, MIN_BODY_CHARS if title else MIN_UNTITLED_CHARS))
    if not page.paragraphs:
        return page
    body_set = set(body)
    page.url = find_url(lines, body_set)
    page.date = meta.find_date(lines, body, title_at, page.url)
    page.source = find_source(lines, title, page.url, "\n".join(x.text for x in lines))
    page.author = author
    if not page.title:
        page.title = title_from_lead(page.paragraphs[0])
        page.warnings.append("no headline found: the title is the lead's first sentence")
    return page


def _check(page: CleanPage, lines: list[Line], min_chars: int) -> list[str]:
    """Warnings about a page that is not (or not quite) a Russian news article."""
    chars = sum(len(p) for p in page.paragraphs)
    if not lines:
        return ["no text on the page"]
    if chars < min_chars:
        found = bool(page.paragraphs)
        page.paragraphs = []
        if found:
            return [f"no article text found: only {chars} characters of prose"
                    f"{'' if page.title else ' and no headline'}, too little for an article"]
        return [f"no article text found: the page's {len(lines)} line(s) look like menus, widgets and links"
                " (boilerplate only?)"]
    body = "".join(page.paragraphs)[:600]
    letters = len(_LETTER.findall(body)) or 1
    if len(_CYRILLIC.findall(body)) / letters < 0.3:
        return ["the article is not in Russian: people, places and organisations may be missed"]
    return []
