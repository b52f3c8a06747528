"""Russian plural forms: 1 статья, 2 статьи, 5 статей, 21 статья."""
from __future__ import annotations


def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """``n`` followed by the noun form Russian grammar asks for."""
    tens, units = n % 100, n % 10
    form = many if 11 <= tens <= 14 else one if units == 1 else few if 2 <= units <= 4 else many
    return f"{n} {form}"
