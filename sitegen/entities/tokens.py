"""Tokens of running text: words, initials, numbers and punctuation, with sentence starts."""
from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?P<init>[А-ЯЁ]\.(?:\s?-?[А-ЯЁ]\.)?(?=\s?[А-ЯЁ][а-яё])|(?<=[а-яё] )[А-ЯЁ]\.\s?[А-ЯЁ]\.)"
    r"|(?P<word>[А-ЯЁа-яёA-Za-z]+(?:[-‐’'][А-ЯЁа-яёA-Za-z]+)*)"
    r"|(?P<num>\d+)"
    r"|(?P<punct>\S)"
)
_ENDS = set(".!?…")
_PARTICLE = re.compile(r"(?:аль|эль|ал|ас|ад|аш|ат|ибн|бен|бин|абу|фон|ван|де|ди|дю|дель|ла|ле|да)-[А-ЯЁ][а-яё]")
_OPEN = set("«\"„“”'(—–-[")


@dataclass(frozen=True)
class Token:
    text: str
    kind: str  # "word" | "init" | "num" | "punct"
    start: int
    end: int
    sentence_start: bool = False

    @property
    def cap(self) -> bool:
        """A word that starts with a capital and is not all capitals (no abbreviations), or a
        surname with a particle ("эль-Масри", "аль-Асад", "фон-Браун")."""
        t = self.text
        if self.kind != "word":
            return False
        if _PARTICLE.match(t):
            return True
        return t[0].isupper() and not (len(t) > 1 and t.replace("-", "").isupper())

    @property
    def upper(self) -> bool:
        """An all-capitals word of two letters or more (an abbreviation)."""
        return self.kind == "word" and len(self.text) > 1 and self.text.replace("-", "").isupper()

    @property
    def cyrillic(self) -> bool:
        return bool(re.match(r"[А-ЯЁа-яё]", self.text))


def tokenize(text: str) -> list[Token]:
    """Split a paragraph into tokens; mark the first word of each sentence."""
    out: list[Token] = []
    start = True
    last = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if "\n" in text[last:m.start()]:
            start = True
        last = m.end()
        tok = m.group(kind)
        if kind == "punct":
            out.append(Token(tok, kind, m.start(), m.end()))
            if tok in _ENDS:
                start = True
            elif tok not in _OPEN:
                start = start or tok == ":"
            continue
        out.append(Token(tok, kind, m.start(), m.end(), start))
        start = False
    return out


def gap(text: str, a: Token, b: Token) -> str:
    """The text between two tokens."""
    return text[a.end:b.start]
