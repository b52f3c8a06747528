"""Organisation names in Latin letters in Russian text: "Reuters", "NASA", "Samsung Electronics"."""
from __future__ import annotations

import re

from sitegen.entities.quotes import QUOTES_CLOSE, QUOTES_OPEN
from sitegen.entities.tokens import Token

_LATIN = re.compile(r"[A-Z][A-Za-z]*(?:[-'’.][A-Za-z]+)*$")
_ROMAN = re.compile(r"[IVXLCDM]+$")


def latin_name(text: str, tokens: list[Token], i: int):
    """(name or None, end) of capitalised Latin words from ``tokens[i]``; None if there are none.
    The name is None for a Roman numeral or a single letter, a model before a number ("Airbus
    A321", "STS-119"), a title in quotes or English words ("Like a Prayer"), the original spelling
    of the name before it in brackets ("Барри Лоуенкрон (Barry Lowenkron)"). Letters the tokenizer
    leaves out ("Itaú", "BOTAŞ") and a domain ("Lenta.ru") stay in the word."""
    j, n = i, len(tokens)
    while j < n and _word(tokens[j]):
        j += 1
        while j < n and tokens[j].start == tokens[j - 1].end and _glued(tokens, j):
            j += 1
    if j == i:
        return None
    k = j + 1 if j + 1 < n and tokens[j].text == "-" else j
    model = k < n and tokens[k].kind == "num" and tokens[k].start == tokens[k - 1].end
    quoted = i > 0 and (tokens[i - 1].text in QUOTES_OPEN or _english(tokens[i - 1])) or j < n and _english(tokens[j])
    gloss = i > 1 and tokens[i - 1].text == "(" and (tokens[i - 2].cyrillic or tokens[i - 2].text in QUOTES_CLOSE)
    name = text[tokens[i].start:tokens[j - 1].end]
    return (None if model or quoted or gloss or len(name) < 2 else name), j


def _glued(tokens: list[Token], j: int) -> bool:
    """A letter outside A-Z, or a dot and a lower-case word right after it ("Lenta.ru")."""
    tok = tokens[j]
    if tok.kind == "punct":
        return tok.text.isalpha() or tok.text == "." and j + 1 < len(tokens) and tokens[j + 1].start == tok.end \
            and tokens[j + 1].kind == "word" and tokens[j + 1].text.islower() and not tokens[j + 1].cyrillic
    return tok.kind == "word" and not tok.cyrillic and tokens[j - 1].kind == "punct"


def _english(tok: Token) -> bool:
    return tok.kind == "word" and not tok.cyrillic and tok.text.islower()


def _word(tok: Token) -> bool:
    return tok.kind == "word" and not tok.cyrillic and bool(_LATIN.match(tok.text)) \
        and not _ROMAN.match(tok.text) and (len(tok.text) > 1 or tok.text in "AO")
