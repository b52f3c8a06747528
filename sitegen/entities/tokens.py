"""Tokens of running text: words, initials, numbers and punctuation, with sentence starts."""
from __future__ import annotations

import re
from functools import lru_cache

_TOKEN = re.compile(
    r"(?P<init>[А-ЯЁ]\.(?:\s?-?[А-ЯЁ]\.)?(?=\s?[А-ЯЁ][а-яё])|(?<=[а-яё] )[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
    r"|(?P<word>[А-ЯЁа-яёA-Za-z]+(?:[-‐’'][А-ЯЁа-яёA-Za-z]+)*)"
    r"|(?P<num>\d+)"
    r"|(?P<punct>\S)"
)
_ENDS = set(".!?…")
_PARTICLE = re.compile(r"(?:аль|эль|ал|ас|ад|аш|ат|ибн|бен|бин|абу|фон|ван|де|ди|дю|дель|ла|ле|да)-[А-ЯЁ][а-яё]")
_OPEN = set("«\"„“”'(—–-[")


_CYRILLIC = re.compile(r"[А-ЯЁа-яё]")
# "-младший", "-старший" after a capitalised name: no part of the surname ("Буш-младший").
_EPITHET = re.compile(r"(?<=[а-яё])-(?:младш|старш)[а-яё]+$")


@lru_cache(maxsize=200_000)
def _flags(text: str) -> tuple[bool, bool, bool]:
    """(cap, upper, cyrillic) of a word; see Token."""
    upper = len(text) > 1 and text.replace("-", "").isupper()
    cap = bool(_PARTICLE.match(text)) or (text[0].isupper() and not upper)
    return cap, upper, bool(_CYRILLIC.match(text))


class Token:
    """One token. ``cap``: a word that starts with a capital and is not all capitals (no
    abbreviations), or a surname with a particle ("эль-Масри", "аль-Асад", "фон-Браун");
    ``upper``: an all-capitals word of two letters or more (an abbreviation)."""

    __slots__ = ("text", "kind", "start", "end", "sentence_start", "cap", "upper", "cyrillic")

    def __init__(self, text: str, kind: str, start: int, end: int, sentence_start: bool = False):
        self.text = text
        self.kind = kind  # "word" | "init" | "num" | "punct"
        self.start = start
        self.end = end
        self.sentence_start = sentence_start
        if kind == "word":
            self.cap, self.upper, self.cyrillic = _flags(text)
        else:
            self.cap = self.upper = False
            self.cyrillic = bool(_CYRILLIC.match(text))

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.kind!r}, {self.start}, {self.end}, {self.sentence_start})"


def tokenize(text: str) -> list[Token]:
    """Split a paragraph into tokens; mark the first word of each sentence."""
    out: list[Token] = []
    start = True
    last = 0
    lines = "\n" in text
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        s, e = m.span()
        if lines and s > last and "\n" in text[last:s]:
            start = True
        last = e
        tok = m.group(kind)
        if kind == "punct":
            out.append(Token(tok, kind, s, e))
            if tok in _ENDS:
                start = True
            elif tok not in _OPEN:
                start = start or tok == ":"
            continue
        epithet = _EPITHET.search(tok) if kind == "word" and "-" in tok else None
        if epithet:  # "Буша-младшего": the name, then the epithet as words of their own
            cut = s + epithet.start()
            out += [Token(tok[:epithet.start()], kind, s, cut, start), Token("-", "punct", cut, cut + 1),
                    Token(tok[epithet.start() + 1:], kind, cut + 1, e)]
        else:
            out.append(Token(tok, kind, s, e, start))
        start = False
    return out
