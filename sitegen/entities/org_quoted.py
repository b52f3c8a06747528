"""Quoted organisation names after a type word: партия «Яблоко», ООО «Ромашка», пишет «Коммерсантъ»."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import lemma, parse
from sitegen.entities.quotes import QUOTES_CLOSE, QUOTES_OPEN
from sitegen.entities.tokens import Token

# Lemmas of the common nouns that introduce an organisation's name in quotes.
TYPES = frozenset("""
партия движение компания авиакомпания газета журнал еженедельник издание издательство клуб банк агентство
фонд холдинг концерн группировка организация ассоциация объединение общество корпорация завод фабрика
театр телеканал радиостанция фракция блок альянс фирма предприятие оператор автоконцерн производитель центр
""".split())
# Legal forms: before a quoted name they are no part of it (ООО «Ромашка» → "Ромашка").
LEGAL_FORMS = frozenset("ооо оао зао пао ао нао гуп фгуп муп мунп ано нко ип тоо".split())
# Verbs that credit a news outlet: "сообщает «Интерфакс»", "пишет «Коммерсантъ»".
_CREDITS = frozenset("сообщать передавать писать цитировать".split())
_INSIDE = set("-.")  # punctuation a quoted name may contain ("Лента.ру", "Новой волны-2009")


@lru_cache(maxsize=100_000)
def type_word(word: str) -> bool:
    """A common noun naming a kind of organisation, or a verb crediting an outlet."""
    if lemma(word) in TYPES:
        return True
    p = parse(word)[0]
    return "VERB" in p.tag and p.tag.tense == "pres" and p.tag.person == "3per" and p.normal_form in _CREDITS


def quoted_after(tokens: list[Token], i: int, limit: int = 8):
    """(name, end) for a capitalised name in quotes opening at ``tokens[i]``, or None."""
    if i >= len(tokens) or tokens[i].text not in QUOTES_OPEN:
        return None
    k = i + 1
    while k < len(tokens) and k - i <= limit and tokens[k].text not in QUOTES_CLOSE:
        if tokens[k].kind == "punct" and tokens[k].text not in _INSIDE:
            return None
        k += 1
    if k >= len(tokens) or k == i + 1 or tokens[k].text not in QUOTES_CLOSE:
        return None
    first = tokens[i + 1]
    if first.kind != "word" or not first.text[0].isupper():
        return None
    body = tokens[i + 1].start, tokens[k - 1].end
    return body, k + 1


@lru_cache(maxsize=100_000)
def member_noun(word: str) -> bool:
    """A lower-case noun for a person (аналитик, болельщик, представитель): a quoted name after
    it is the person's organisation."""
    if not word.islower():
        return False
    p = parse(word)[0]
    return "NOUN" in p.tag and "anim" in p.tag and not {"Name", "Surn", "Patr"} & p.tag.grammemes
