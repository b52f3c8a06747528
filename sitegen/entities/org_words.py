"""One-word organisation names: words the dictionary tags Orgn ("Госдумы" → "Госдума", "Минфин")
and compounds of a state prefix and a noun ("Росавиация", "Евросоюз") or of a bank ("Сбербанк")."""
from __future__ import annotations

import os
import re
from functools import lru_cache

from sitegen.entities.morph import fold, known, parse

# Clipped first parts of compound names of bodies and state companies ("Рос-атом", "Мин-промторг").
_PREFIXES = ("рос", "гос", "мин", "мос", "евро")
_PERSON = frozenset({"Name", "Surn", "Patr"})


@lru_cache(maxsize=100_000)
def org_word(word: str, quoted: bool) -> str | None:
    """The nominative of a capitalised word read as an organisation's name, or None. A word also
    read as a first name or surname ("Спартак") counts only in quotes."""
    parses = parse(word)
    if not quoted and any(_PERSON & p.tag.grammemes for p in parses):
        return None
    is_known, place = known(word), any("Geox" in p.tag for p in parses)
    best = next((p for p in parses if "Orgn" in p.tag and "Abbr" not in p.tag), None) if is_known and not place else None
    if best is None and "NOUN" in parses[0].tag and _compound(fold(word), fold(parses[0].normal_form), is_known):
        best = parses[0]  # a place's reading too: "Евросоюз"
    if best is None:
        return None
    return word if fold(best.normal_form) == fold(word) else _cased(best.normal_form, word)


def _cased(normal: str, word: str) -> str:
    """The dictionary form with the word's capitals at the start of each hyphened part ("Аль-Каида")."""
    parts = zip(normal.split("-"), word.split("-"))
    return "-".join(n[0].upper() + n[1:] if w[:1].isupper() else n for n, w in parts)


def _compound(word: str, normal: str, is_known: bool) -> bool:
    """A state prefix and at least four letters more, in a dictionary word an inanimate noun the
    dictionary knows; or a bank's compound name ("Сбербанк", "Центробанк")."""
    if normal.endswith("банк") and len(normal) >= 7:
        return True
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 4:
            return not is_known or _known_thing(normal[len(prefix):]) or _known_thing(rest)
    return False


def _known_thing(rest: str) -> bool:
    """A dictionary word of four letters or more read first as an inanimate noun, no place ("атом")."""
    tag = parse(rest)[0].tag
    return len(rest) >= 4 and known(rest) and {"NOUN", "inan"} <= tag.grammemes and "Geox" not in tag


def clipped(word: str, name: str) -> bool:
    """Whether a compound clips a name's first word and keeps (the start of) the second:
    "Госдума" of "Государственная дума", "Минобороны" of "Министерство обороны России"."""
    words = fold(name).split()
    if len(words) < 2:
        return False
    w, first, second = fold(word), words[0], words[1]
    for m in range(3, min(len(first), len(w) - 2)):
        rest = w[m:]
        if w[:m] == first[:m] and (second.startswith(rest) or rest.startswith(second)):
            return len(rest) >= 3
    return False


@lru_cache(maxsize=100_000)
def nominative(word: str, case: str, gender=None, number=None) -> str:
    """The nominative of a noun or an adjective read in ``case`` (an adjective in the head noun's
    ``gender`` and ``number``, its adjective reading first: "Малого" → "Малый"); the word itself
    if it has no such reading."""
    parses = parse(word)
    if gender or number:
        parses = sorted(parses, key=lambda p: "ADJF" not in p.tag)
    for p in parses:
        if p.tag.case == case and ("NOUN" in p.tag or "ADJF" in p.tag):
            want = {"nomn"}
            if "ADJF" in p.tag:
                want |= {number} if number == "plur" else {x for x in (gender,) if x}
            form = p.inflect(want) or p.inflect({"nomn"})
            if form:
                w = _closest(p, form, word.lower())
                return w[0].upper() + w[1:] if word[0].isupper() else w
    return word


def _closest(p, form, word: str) -> str:
    """Of the forms with ``form``'s tag in ``p``'s lexeme, the one sharing most letters at the start
    with ``word``: "Высшей" → "высшая", not "высочайшая"."""
    if "Supr" not in form.tag:  # only superlatives have several forms of one tag
        return form.word
    same = [f.word for f in p.lexeme if f.tag == form.tag]
    return max(same, key=lambda w: (len(os.path.commonprefix([w, word])), w == form.word), default=form.word)


def genitive_name(words: list[str]) -> str:
    """A quoted name read in the genitive, in the nominative up to its first noun: «Новых людей» →
    "Новые люди", «Голоса Америки» → "Голос Америки", «Финама» → "Финам"; else as written."""
    for h, word in enumerate(words):
        if h + 1 < len(words) and any(p.tag.case == "gent" and "ADJF" in p.tag for p in parse(word)):
            continue
        head = next((p for p in parse(word) if p.tag.case == "gent" and "NOUN" in p.tag), None)
        if head is None:
            if len(words) == 1 and not known(word):
                return _guessed_nominative(word)
            break
        tag = head.tag
        front = [nominative(w, "gent", tag.gender, tag.number) for w in words[:h]]
        return " ".join(front + [nominative(word, "gent"), *words[h + 1:]])
    return " ".join(words)


def _guessed_nominative(word: str) -> str:
    """A genitive the dictionary lacks, undone by rule: "Хезболлы" → "Хезболла", "Финама" → "Финам"."""
    if word.endswith("ы") or word.endswith("и") and word[-2:-1] in "кгхжшчщ":
        return word[:-1] + "а"
    if word.endswith("а") and word[-2:-1] not in "аеёиоуыэюяь":
        return word[:-1]
    return word


def compound_initials(word: str) -> str:
    """The abbreviation a state-prefix compound spells: "Евросоюз" → "ес", "Госдума" → "гд"; or ""."""
    w = fold(word)
    prefix = next((p for p in _PREFIXES if w.startswith(p) and len(w) - len(p) >= 4), None)
    return prefix[0] + w[len(prefix)] if prefix else ""


_MIXED = re.compile(r"[А-ЯЁ][а-яё]+[А-ЯЁ]{2,}")


@lru_cache(maxsize=100_000)
def mixed_case(word: str) -> str | None:
    """A Cyrillic name with an abbreviation inside ("БелТА", "АвтоВАЗа" → "АвтоВАЗ"), or None."""
    m = _MIXED.match(word)
    return m.group(0) if m and len(word) - m.end() <= 3 else None
