"""Person mentions in tokenised text: full names, initials, bare surnames, Chinese-style pairs."""
from __future__ import annotations

from dataclasses import dataclass

from sitegen.entities.morph import fold, known, parse
from sitegen.entities.names import first_nominative, gender_fits, info, surname_nominatives
from sitegen.entities.roles import find_role
from sitegen.entities.tokens import Token


@dataclass
class Mention:
    kind: str  # "full" | "pair" | "init" | "bare"
    surnames: list[str]  # candidate nominatives of the surname, best first (lower case)
    first: str | None = None  # nominative first name, or an initial such as "м." (lower case)
    patronymic: str | None = None
    role: str | None = None
    titled: bool = False  # a title stands right before the name
    weak: bool = False  # a common word: only a fuller mention elsewhere makes it a person
    sentence_start: bool = False
    word: str = ""  # the surname as written


def _is_word(tok: Token) -> bool:
    return tok.kind == "word" and tok.cap and tok.cyrillic


def runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Indices of maximal runs of capitalised words and initials, joined by spaces only."""
    out: list[list[int]] = []
    cur: list[int] = []
    for i, tok in enumerate(tokens):
        ok = _is_word(tok) or tok.kind == "init"
        if ok and cur and text[tokens[cur[-1]].end:tok.start] in ("", " ", "\u00a0"):
            cur.append(i)
            continue
        if cur:
            out.append(cur)
        cur = [i] if ok else []
    if cur:
        out.append(cur)
    return out


def find_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """All person mentions in one tokenised paragraph."""
    out: list[Mention] = []
    for run in runs(text, tokens):
        out.extend(_parse_run(tokens, run))
    return out


def _surname_ok(tok: Token, after_first: bool = False) -> bool:
    """Whether a word can be a surname (after a first name, any word but a place can)."""
    wi = info(tok.text)
    return tok.kind == "word" and not wi.geo and (after_first or wi.surname or bool(wi.first) or not wi.known)


def _parse_run(tokens: list[Token], run: list[int]):
    n, i = len(run), 0
    while i < n:
        tok = tokens[run[i]]
        nxt = tokens[run[i + 1]] if i + 1 < n else None
        role, cases = find_role(tokens, run[i])
        if tok.kind == "init":
            if nxt is not None and _surname_ok(nxt):
                yield Mention("init", surname_nominatives(nxt.text, cases), first=fold(tok.text.replace(" ", "")),
                              role=role, titled=role is not None, word=nxt.text)
                i += 2
            else:
                i += 1
            continue
        wi = info(tok.text)
        if wi.first and nxt is not None and nxt.kind == "word":
            j, patr = i + 1, None
            if info(nxt.text).patronymic and not info(nxt.text).surname:
                if i + 2 < n and _surname_ok(tokens[run[i + 2]], True):
                    patr, j = nxt.text, i + 2
                else:
                    i += 2
                    continue
            sur = tokens[run[j]]
            if _surname_ok(sur, True):
                first, gender, case = _agree(tok.text, sur.text)
                yield Mention("full", surname_nominatives(sur.text, frozenset({case}), gender), first=first,
                              patronymic=patr and first_patronymic(patr, case), role=role,
                              titled=role is not None, sentence_start=tok.sentence_start, word=sur.text)
                i = j + 1
                continue
        if nxt is not None and nxt.kind == "word" and _pair(tok, nxt):
            second = surname_nominatives(nxt.text, cases)
            yield Mention("pair", second, first=fold(tok.text), role=role, titled=role is not None,
                          sentence_start=tok.sentence_start, word=nxt.text)
            i += 2
            continue
        if not (wi.geo or (wi.first and not wi.surname)):
            yield Mention("bare", surname_nominatives(tok.text, cases), role=role, titled=role is not None,
                          sentence_start=tok.sentence_start, word=tok.text, weak=wi.common)
        i += 1


def _pair(a: Token, b: Token) -> bool:
    """Two words neither of which the dictionary knows as anything: "Вэй Фэнхэ", "Си Цзиньпин"."""
    wa, wb = info(a.text), info(b.text)
    short = len(a.text) <= 3 and not a.sentence_start
    return (not wa.known or short) and not wa.geo and not wb.known and not wb.geo


def _agree(first: str, surname: str) -> tuple[str, str | None, str]:
    """First name's nominative, gender and case, chosen to agree with the surname."""
    readings = info(first).first
    for case, gender, lem in readings:
        for p in parse(surname.lower()):
            if "Surn" in p.tag and p.tag.case == case and gender_fits(p, gender) and "plur" not in p.tag:
                return lem, gender, case
    case, gender, lem = readings[0]
    return lem, gender, case


def first_patronymic(word: str, case: str) -> str:
    for p in parse(word.lower()):
        if "Patr" in p.tag and p.tag.case == case:
            form = p.inflect({"nomn"})
            if form:
                return form.word
    return fold(word)


__all__ = ["Mention", "find_mentions", "first_nominative"]
