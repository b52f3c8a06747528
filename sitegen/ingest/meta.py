"""Metadata around the body: publication date and byline, judged by where they sit on the page."""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from sitegen.ingest import dates
from sitegen.ingest.lines import Line
from sitegen.ingest.source import byline, is_credit

ZONE = 8  # non-empty lines around the title and body where page metadata sits
STANDALONE = 0.5  # a line that is at least this much date is a date line
_PUBLISHED = re.compile(r"опубликов|публикац|размещ|добавлен|обновл|дата|published|posted|updated", re.I)
_TODAY = re.compile(r"\bсегодня\W{1,3}$", re.I)


def is_date_line(line: Line) -> bool:
    """A line that is (mostly) a single full date: page furniture, never body."""
    # a full date has a day and a four-digit year
    return line.digits >= 5 and line.words <= 10 and _is_date_text(line.text, line.words)


@lru_cache(maxsize=1 << 14)
def _is_date_text(text: str, words: int) -> bool:
    found = dates.mentions(text)
    if len(found) != 1 or found[0].year is None:
        return False
    share, other_words = dates.date_share(text, found[0])
    return share >= STANDALONE or other_words <= 2 or (
        words <= 8 and _PUBLISHED.search(text[: found[0].start]) is not None)


def zones(n: int, body: list[int], title: int | None) -> tuple[range, range]:
    """Indices of the header (title to body) and footer (just after the body) zones."""
    if not body:
        return range(0), range(0)
    top = body[0] - ZONE if title is None or title >= body[0] else min(title - 2, body[0] - ZONE)
    return range(max(0, top), body[0]), range(body[-1] + 1, min(n, body[-1] + 1 + ZONE))


def _looks_like_list(lines: list[Line], i: int, title: int | None) -> bool:
    """A date next to another headline: an item of a news list, not this page's date."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and j != title and not lines[j].prose and lines[j].words >= 4 \
                and not lines[j].furniture and not lines[j].sentence_end and lines[j].digit_share < 0.2 \
                and byline(lines[j]) is None:
            return True
    return False


def _labelled(lines: list[Line], where: Iterable[int]) -> date | None:
    for i in where:
        if lines[i].digits < 5:
            continue
        for m in dates.mentions(lines[i].text):
            if m.year and _PUBLISHED.search(lines[i].text[: m.start]):
                return m.resolve()
    return None


def _standalone(lines: list[Line], where: Iterable[int], title: int | None) -> date | None:
    for i in where:
        if is_date_line(lines[i]) and not is_credit(lines[i].text) and not _looks_like_list(lines, i, title):
            if d := dates.mentions(lines[i].text)[0].resolve():
                return d
    return None


def _today(lines: list[Line], body: list[int], years: list[int]) -> date | None:
    """"сегодня, 8 апреля" in the lead, with the year taken from the page's other dates."""
    if not years:
        return None
    for i in body[:3]:
        for m in dates.mentions(lines[i].text):
            if m.year is None and _TODAY.search(lines[i].text[: m.start]):
                return m.resolve(max(set(years), key=years.count))
    return None


def find_date(lines: list[Line], body: list[int], title: int | None, url: str | None) -> date | None:
    """The publication date, or None when the page does not state one.

    Preference: a labelled date ("Опубликовано …") near the article, a date line between headline
    and body, the date in the page's URL, a date line just after the body, "сегодня, 8 апреля" in the
    lead. Dates inside the body, ranges, copyright years and dated news lists are never taken.
    """
    head, foot = zones(len(lines), body, title)
    near = [*head, *foot]
    url_day = dates.url_date(url) if url else None
    found = (_labelled(lines, near) or _standalone(lines, head, title) or url_day
             or _standalone(lines, foot, title))
    if found:
        return found
    years = [m.year for i in near if lines[i].digits >= 5 for m in dates.mentions(lines[i].text) if m.year]
    return _today(lines, body, years + ([url_day.year] if url_day else []))


def find_author(lines: list[Line], body: list[int], title: int | None) -> tuple[str | None, int | None]:
    """The byline's author and its line, searched next to the headline and after the body."""
    head, foot = zones(len(lines), body, title)
    for i in [*head, *foot]:
        if i != title and (name := byline(lines[i])):
            return name, i
    return None, None
