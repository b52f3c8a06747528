"""Country names from CLDR (through Babel): ISO 3166 code ↔ Russian name."""
from __future__ import annotations

from functools import lru_cache

from babel import Locale

from sitegen.model import Country

# Where CLDR's Russian name is not the one Russian news use as a heading.
_HEADING = {"US": "США"}


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """ISO alpha-2 code → Russian name, for countries only (no regions or groupings)."""
    names = {}
    for code, name in Locale("ru").territories.items():
        if len(code) == 2 and code.isalpha() and code not in {"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"}:
            names[code] = _HEADING.get(code, name)
    return names


@lru_cache(maxsize=1)
def _codes_by_name() -> dict[str, str]:
    out = {_fold(name): code for code, name in Locale("ru").territories.items() if code in country_names()}
    out.update({_fold(name): code for code, name in country_names().items()})
    return out


def _fold(name: str) -> str:
    return name.strip().lower().replace("ё", "е")


def country_by_code(code: str) -> Country | None:
    code = code.strip().upper()
    name = country_names().get(code)
    return Country(code=code, name=name) if name else None


def resolve_country(name_or_code: str) -> Country | None:
    """A country from its Russian CLDR name (any case) or its ISO code, else None."""
    code = _codes_by_name().get(_fold(name_or_code))
    return country_by_code(code or name_or_code)
