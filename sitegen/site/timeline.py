"""A person's or country's articles as a timeline: years, then months, newest first."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitegen.model import Article

MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
          "сентябрь", "октябрь", "ноябрь", "декабрь")
UNDATED = "Без даты"


@dataclass
class Period:
    label: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class Year:
    label: str
    months: list[Period] = field(default_factory=list)


def timeline(articles: list[Article]) -> list[Year]:
    """Group ``articles`` (newest first, undated last) by year and month, keeping their order."""
    years: list[Year] = []
    for article in articles:
        year = str(article.date.year) if article.date else UNDATED
        month = MONTHS[article.date.month - 1] if article.date else ""
        if not years or years[-1].label != year:
            years.append(Year(year))
        months = years[-1].months
        if not months or months[-1].label != month:
            months.append(Period(month))
        months[-1].articles.append(article)
    return years
