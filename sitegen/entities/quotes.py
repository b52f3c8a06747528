"""Capitalised words in quotes: a title or a brand's name, not a person's ("«Фэйсбук»")."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import known, parse
from sitegen.entities.tokens import Token

QUOTES_OPEN = set("«„“\"")
QUOTES_CLOSE = set("»“”\"")


def quoted(tokens: list[Token], run: list[int]) -> bool:
    """A name in quotes is a title or a brand: «Фэйсбук»; so is a word the dictionary has only as a
    plural common noun opening quoted words in lower case: «Протоколов сионских мудрецов»."""
    before = tokens[run[0] - 1].text if run[0] > 0 else ""
    after = tokens[run[-1] + 1] if run[-1] + 1 < len(tokens) else None
    if before in QUOTES_OPEN and after is not None and after.kind == "word" and after.text.islower() \
            and {"NOUN", "ADJF"} & {parse(after.text)[0].tag.POS}:  # not speech: «Токаев прав»
        return len(run) == 1 and _plural_noun(tokens[run[0]].text)
    return before in QUOTES_OPEN and after is not None and after.text in QUOTES_CLOSE


@lru_cache(maxsize=10_000)
def _plural_noun(word: str) -> bool:
    """A word the dictionary reads only as a plural common noun ("Протоколов"), no name."""
    parses = parse(word)
    return known(word) and all("NOUN" in p.tag and "plur" in p.tag and "Surn" not in p.tag and "Name" not in p.tag
                               for p in parses)
