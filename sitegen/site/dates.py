"""Dates in Russian, as readers expect them ("8 апреля 2021")."""
from __future__ import annotations

from datetime import date

_GENITIVE = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
             "сентября", "октября", "ноября", "декабря")


def ru_date(value: date | None, missing: str = "дата не указана") -> str:
    if value is None:
        return missing
    return f"{value.day} {_GENITIVE[value.month - 1]} {value.year}"
