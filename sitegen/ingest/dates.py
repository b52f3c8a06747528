"""Dates written the ways Russian (and English) news pages write them."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_RU = "январ февра март апрел ма июн июл август сентябр октябр ноябр декабр".split()
_EN = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH_WORD = (r"(?P<mon>январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|"
               r"октябр[ья]|ноябр[ья]|декабр[ья]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|"
               r"july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_RANGE_BEFORE = r"(?<![\d.:/])(?<!\d\s[-–—])(?<!\d[-–—])"
_RANGE_AFTER = r"(?!\s?[-–—]\s?\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)(?:\s?(?:г\.|года?\b))?"
PATTERNS = [
    re.compile(_RANGE_BEFORE + r"\b(?P<day>[0-3]?\d)\s+" + _MONTH_WORD + r"(?:,?\s*" + _YEAR + r")?" + _RANGE_AFTER, re.I),
    re.compile(r"\b" + _MONTH_WORD + r"\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+" + _YEAR, re.I),
    re.compile(_RANGE_BEFORE + r"\b(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)?\d\d)(?![\d.])"
               r"(?:\s?(?:г\.|года?\b))?" + _RANGE_AFTER),
    re.compile(_RANGE_BEFORE + r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
]
URL_DATE = re.compile(r"/(?P<year>(?:19|20)\d\d)[/-](?P<month>[01]?\d)[/-](?P<day>[0-3]?\d)(?:[/-]|\b)")
_TIME = re.compile(r"\b[0-2]?\d:[0-5]\d\b")
_WEEKDAY = re.compile(r"\b(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|monday|tuesday|"
                      r"wednesday|thursday|friday|saturday|sunday|пн|вт|ср|чт|пт|сб|вс)\b", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a line; ``year`` is None when the text gave day and month only."""

    day: int
    month: int
    year: int | None
    start: int
    end: int

    def resolve(self, year: int | None = None) -> date | None:
        try:
            return date(self.year or year, self.month, self.day) if (self.year or year) else None
        except ValueError:
            return None


def _month(token: str) -> int:
    t = token.lower()
    for table in (_RU, _EN):
        for i, stem in enumerate(table, 1):
            if t.startswith(stem):
                return i
    return 0


@lru_cache(maxsize=1 << 14)
def mentions(text: str) -> tuple[DateMention, ...]:
    """Every single date (not a range) written in ``text``."""
    found: list[DateMention] = []
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(f.start <= m.start() < f.end for f in found):
                continue
            g = m.groupdict()
            month = _month(g["mon"]) if g.get("mon") else int(g["month"])
            year = int(g["year"]) if g.get("year") else None
            if year is not None and year < 100:
                year += 2000
            if 1 <= month <= 12 and 1 <= int(g["day"]) <= 31:
                found.append(DateMention(int(g["day"]), month, year, m.start(), m.end()))
    return tuple(sorted(found, key=lambda d: d.start))


def url_date(url: str) -> date | None:
    m = URL_DATE.search(url)
    if not m:
        return None
    try:
        return date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None


def date_share(text: str, mention: DateMention) -> tuple[float, int]:
    """How much of the line the date (with its time and weekday) makes up: share of letters and
    digits, and the number of other words."""
    rest = _WEEKDAY.sub("", _TIME.sub("", text[: mention.start] + text[mention.end:]))
    rest_chars = sum(1 for c in rest if c.isalnum())
    date_chars = sum(1 for c in text[mention.start:mention.end] if c.isalnum())
    return date_chars / ((date_chars + rest_chars) or 1), sum(1 for w in rest.split() if any(map(str.isalnum, w)))
