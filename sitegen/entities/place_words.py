"""Capitalised words an adjective before them marks as a place's, not a person's: the plural noun of a
name of several words ("Объединённых Арабских Эмиратов"), a word after "в", "из" and an adjective
agreeing with it ("в китайском Чунцине", like "в Чунцине")."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import parse
from sitegen.entities.tokens import Token
from sitegen.entities.words import PLACE_PREPOSITIONS, forms


@lru_cache(maxsize=50_000)
def _plural_forms(word: str, pos: str) -> frozenset[str]:
    """Cases of the word's plural readings as ``pos`` (plural nouns have a gender, adjectives none)."""
    return frozenset(p.tag.case for p in parse(word) if p.tag.POS == pos and p.tag.number == "plur")


@lru_cache(maxsize=50_000)
def _plural_noun(word: str) -> bool:
    """Known only as a plural common noun: "Эмиратов", "Островах" (no surname, no first name)."""
    ps = parse(word)
    return bool(ps) and all(p.tag.POS == "NOUN" and p.tag.number == "plur" and "inan" in p.tag
                            and not {"Surn", "Name"} & p.tag.grammemes for p in ps)


def plural_name_noun(tokens: list[Token], k: int) -> bool:
    """A plural common noun after a capitalised adjective agreeing with it, mid-sentence: the last
    word of a place's name of several words ("Арабских Эмиратов", "Соломоновых Островов")."""
    if k == 0 or tokens[k - 1].kind != "word" or tokens[k].kind != "word" or tokens[k - 1].sentence_start:
        return False
    prev, word = tokens[k - 1].text, tokens[k].text
    return prev[0].isupper() and _plural_noun(word) \
        and bool(_plural_forms(prev, "ADJF") & _plural_forms(word, "NOUN"))


def after_place_adjective(tokens: list[Token], k: int) -> bool:
    """"в", "из" and a lower-case adjective agreeing with the word: a place's position, as right after
    the preposition ("в китайском Чунцине", "из соседнего Королёва")."""
    if k < 2 or tokens[k - 1].kind != "word" or not tokens[k - 1].text.islower():
        return False
    return tokens[k - 2].text.lower() in PLACE_PREPOSITIONS \
        and bool(forms(tokens[k - 1].text, False) & forms(tokens[k].text.lower(), True))


# Nouns for a settlement: the one or two capitalised words after one name it ("в посёлке Цаган Аман").
SETTLEMENTS = frozenset("город село деревня посёлок поселок аул кишлак станица хутор".split())


def settlement_name(tokens: list[Token], run: list[int]) -> bool:
    """A run of one or two words right after a noun for a settlement: the place's name, no person
    (three or more may go on with one: "главой села Ивановка Пётр Сидоров"; unless a title ends in
    the noun: "мэр города Лужков", checked by the caller)."""
    k = run[0]
    return len(run) <= 2 and k > 0 and tokens[k - 1].kind == "word" and tokens[k - 1].text.islower() \
        and _settlement(tokens[k - 1].text)


@lru_cache(maxsize=50_000)
def _settlement(word: str) -> bool:
    return any(p.tag.POS == "NOUN" and p.normal_form in SETTLEMENTS for p in parse(word)[:1])
