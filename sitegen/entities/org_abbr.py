"""All-capital organisation abbreviations: unknown to the dictionary ("ОДКБ"), its abbreviations or
names of one ("МЧС", "ТАСС"), or words it reads otherwise after a lower-case word ("члены МОК")."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.countries import ALIASES
from sitegen.entities.morph import fold, known, parse
from sitegen.entities.tokens import Token

_CYRILLIC = frozenset("АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя")


def abbreviation(tok: Token) -> bool:
    """Whether an all-capitals token is an organisation's abbreviation."""
    return tok.upper and _abbreviation_word(tok.text)


@lru_cache(maxsize=100_000)
def _abbreviation_word(t: str) -> bool:
    """An all-capitals Cyrillic word that names an organisation (not a country, not a Roman numeral):
    unknown, or a dictionary abbreviation or name of one ("МЧС", "ТАСС")."""
    if not (t[0] in _CYRILLIC and 2 <= len(t) <= 8) or fold(t) in ALIASES:
        return False
    parses = parse(t.lower())
    if not known(t.lower()):
        return len(t) >= 3 and not any("ROMN" in p.tag for p in parses)
    return any("Orgn" in p.tag or "Abbr" in p.tag and "Geox" in p.tag for p in parses)  # "ТАСС" too


def capitalised_word(tokens: list[Token], i: int) -> bool:
    """A dictionary word of three letters or more in capitals after a lower-case word, never an
    abbreviation or a thing's noun in the dictionary (ТЭК): an organisation's abbreviation read
    as a verb, a pronoun or a person ("члены МОК", "президент ФИФА")."""
    return i > 0 and tokens[i - 1].kind == "word" and tokens[i - 1].text.islower() and _plain_caps(tokens[i].text)


@lru_cache(maxsize=100_000)
def _plain_caps(t: str) -> bool:
    if not (t[0] in _CYRILLIC and 3 <= len(t) <= 8) or fold(t) in ALIASES or not known(t.lower()):
        return False
    return not any("Abbr" in p.tag or "ROMN" in p.tag or {"NOUN", "inan"} <= p.tag.grammemes for p in parse(t.lower()))
