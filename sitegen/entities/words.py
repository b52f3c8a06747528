"""What one word can be in a person's name, from its dictionary readings alone (no context): a first
name, a noun for a thing or for people, a syllable of an East Asian name, a place's name, …"""
from __future__ import annotations

import re
from functools import lru_cache

from sitegen.entities.countries import word_countries
from sitegen.entities.morph import fold, known, lemma, low, parse
from sitegen.entities.names import info
from sitegen.entities.roles import role_head

# Nouns after which a capitalised word names a thing, not a person ("агентство Рейтер", "в городе Грозном").
NOT_PERSON_AFTER = frozenset("""
агентство газета журнал издание телеканал радиостанция радио сайт портал компания корпорация концерн
фирма холдинг банк фонд клуб команда центр завод комбинат театр музей университет институт академия
город село деревня поселок посёлок область район край округ улица проспект площадь переулок река озеро
остров гора станция аэропорт порт провинция штат регион республика бренд марка операция проект программа
метро тайфун ураган циклон шторм лига суд
""".split())


# Prepositions after which a capitalised word is likelier a place than a person ("в Пушкине", "из Королёва").
PLACE_PREPOSITIONS = frozenset("в во из под над".split())


def first_name(word: str, before_name: bool) -> bool:
    """A first name: one the dictionary knows, or any before another name word; not a guess for a
    word alone the dictionary lacks ("на улице Сатпаева", "фонд Ерлана Карина")."""
    wi = info(word)
    return bool(wi.first) and (wi.known or before_name)


# Nouns whose genitive is usually someone's, not an organisation's ("администрация Байдена", "визит Моди",
# "по словам Орбана"): a person fits the slot after them. (Verbs of saying are left out: "сообщил Росстат".)
PERSON_SLOT_HEADS = frozenset("""
администрация окружение визит слово речь выступление интервью высказывание приезд инаугурация отставка
соратник помощник советник адвокат предшественник преемник правительство кабинет коалиция
закон теорема эффект принцип уравнение
""".split())  # and the laws of science named after their discoverers: "закон Гука", "эффект Доплера"


@lru_cache(maxsize=100_000)
def person_slot(word: str) -> bool:
    """Whether a person fits right after this lower-case word (one of PERSON_SLOT_HEADS)."""
    return word.islower() and lemma(word) in PERSON_SLOT_HEADS


# Endings of towns' names the dictionary may lack, in any case ("Шымкента", "Актобе", "Джалал-Абада").
_PLACE_ENDINGS = re.compile(r"(?:кент|абад|ск|град|бург|поль|горск|тау|обе)(?:а|у|е|ом)?$")


def place_shaped(word: str) -> bool:
    """Whether a word ends like a town's name (see _PLACE_ENDINGS): no person after "администрация"."""
    return _PLACE_ENDINGS.search(word.lower()) is not None


@lru_cache(maxsize=10_000)
def people_noun(word: str) -> bool:
    return any("NOUN" in p.tag and "anim" in p.tag and "plur" in p.tag and "nomn" in p.tag
               and "Name" not in p.tag and "Surn" not in p.tag for p in parse(word.lower()))


THING_PREFIXES = frozenset(fold(w)[:3] for w in NOT_PERSON_AFTER)


@lru_cache(maxsize=100_000)
def thing_noun(word: str) -> bool:
    """One of NOT_PERSON_AFTER in any form (the prefix test spares most words a dictionary look-up)."""
    return fold(word)[:3] in THING_PREFIXES and lemma(word) in NOT_PERSON_AFTER


@lru_cache(maxsize=100_000)
def place_first_name(word: str, nxt: str) -> bool:
    """A first name read as a place rather ("Абай": a town too), before a surname in a case the
    name can be in ("Абаю Кунанбаеву"), or before a word the dictionary lacks ("Хасан Насралла"):
    a first name after all."""
    cases = {case for case, _, _ in info(word).place_first}
    wi = info(nxt)
    if not cases or wi.geo or wi.common or word_countries(word):  # not "посол Израиля Йоав Галант"
        return False
    return any(("Surn" in p.tag or not wi.known) and p.tag.case in cases for p in parse(nxt.lower())) \
        and (not wi.known or not wi.first)


@lru_cache(maxsize=100_000)
def nominative_pair(word: str, surname: str) -> bool:
    """Whether a noun and a surname can both be nominatives of one gender ("Мирра Андреева", not "Кубок
    Гагарина"), or be in one case and gender with the surname indeclinable ("Камалы Харрис")."""
    readings = {(p.tag.case, p.tag.gender) for p in parse(word) if "NOUN" in p.tag and "sing" in p.tag}
    return any("Surn" in p.tag and (p.tag.case, p.tag.gender) in readings and (p.tag.case == "nomn" or "Fixd" in p.tag)
               and p.tag.case != "accs" for p in parse(surname))


@lru_cache(maxsize=100_000)
def second_word(first: str, word: str) -> bool:
    """Whether a word no name part can still be the surname after a first name: a common word
    in its case ("Лев Толстой"), or a place's name, not a country's, after a sure first name
    ("Стивен Харпер", "Джек Лондон")."""
    if info(word).geo:  # not a title before a place: "Аким Алматы"
        cases = {case for case, _, _ in info(first).first}
        return not rarely_a_name(first, 0.5) and not word_countries(word) and role_head(first) is None \
            and any(p.tag.case in cases and "Geox" in p.tag for p in parse(word.lower()))
    return not (rarely_a_name(first, 0.5) and not same_case(first, word))


@lru_cache(maxsize=100_000)
def same_case(first: str, word: str) -> bool:
    """Whether a word can stand in a case the first name is in ("Льва Толстого", not "Слава Богу"):
    only a word read as nothing but singular nouns and adjectives in other oblique cases cannot (a
    surname may be read as a plural, "Озерец", or as a verb; a woman's may not decline)."""
    cases = {"nomn", *(case for case, _, _ in info(first).first)}
    return any(p.tag.case in cases or "plur" in p.tag or not p.tag.case for p in parse(word.lower()))


def foreign_syllable(word: str) -> bool:
    """A longer syllable of a Vietnamese name the dictionary lacks, no first name ("Нгуен", "Суан", "Тхыонг")."""
    return len(syllable(word)) <= 6 and not known(word) and not info(word).first


# Words no syllable of a name is read as: three short ones together may still be prepositions
# and particles ("Ли Со Ён"), a short word elsewhere not.
GRAMMAR_WORDS = ("NPRO", "VERB", "ADVB", "PRED", "NUMR")  # not INTJ: "Нгуен Фу Чонг"


FUNCTION_WORDS = ("PREP", "CONJ", "PRCL")


@lru_cache(maxsize=10_000)
def syllable_word(word: str, strict: bool) -> bool:
    """Not a pronoun, verb or the like (``strict``: nor a preposition), most likely reading ("Кто Он Был")."""
    tag = parse(word.lower())[0].tag
    return not any(t in tag for t in (*GRAMMAR_WORDS, *(FUNCTION_WORDS if strict else ())))


def syllable(word: str) -> str:
    """A short syllable without the case ending Russian gives it ("Ына" → "ын", "Муном" → "мун";
    a soft stem keeps its soft sign: "Ёлем" → "ёль")."""
    lw = low(word)
    for end in ("ом", "ем", "а", "я", "у", "ю", "е"):
        if lw.endswith(end) and len(lw) - len(end) >= 2 and lw[-len(end) - 1] not in "аеёиоуыэюя":
            soft = end in ("ем", "я", "ю") and lw[-len(end) - 1] not in "жшчщцй"
            return lw[: -len(end)] + ("ь" if soft else "")
    return lw


@lru_cache(maxsize=100_000)
def noun(word: str) -> bool:
    """A noun, most likely reading (not "Путин Посетил", "Путин И Байден" of a headline in title case)."""
    return "NOUN" in parse(word.lower())[0].tag


@lru_cache(maxsize=100_000)
def rarely_a_name(word: str, below: float = 0.1) -> bool:
    """A word whose first-name reading is a long shot ("Герой": "Гера" in the instrumental; with
    ``below`` 0.5, "Слава": more often the noun)."""
    return sum(p.score for p in parse(word) if "Name" in p.tag) < below


def lower_after_hyphen(word: str) -> bool:
    """A hyphened word whose later part is in lower case: no name's ("Жан-Марк", "Римский-Корсаков")."""
    return "-" in word and any(part[:1].islower() for part in word.split("-")[1:])


def surname_not_place(word: str) -> bool:
    """A dictionary surname with no place reading: a person even after "над", "в" ("суд над Ходорковским")."""
    wi = info(word)
    return wi.known and wi.geo_score == 0 and wi.known_surname >= 0.5


@lru_cache(maxsize=100_000)
def forms(word: str, nouns: bool) -> frozenset:
    """(case, gender, number) of a word's adjective readings (and noun readings if ``nouns``)."""
    return frozenset((p.tag.case, p.tag.gender, p.tag.number) for p in parse(word)
                     if "ADJF" in p.tag and "Apro" not in p.tag and "Poss" not in p.tag or (nouns and "NOUN" in p.tag))


@lru_cache(maxsize=100_000)
def oblique_noun(word: str) -> bool:
    """A word the dictionary has only as a common noun in an oblique case ("Тору": "тору", "тору")."""
    parses = parse(word.lower())
    return known(word) and all("NOUN" in p.tag and p.tag.case not in ("nomn", None) and "Name" not in p.tag
                               and "Surn" not in p.tag for p in parses)


@lru_cache(maxsize=100_000)
def no_genitive(word: str) -> bool:
    """A word the dictionary lacks, guessed in no genitive ("Камикава"): no owner of a thing before it."""
    return not known(word) and not any(p.tag.case == "gent" for p in parse(word.lower()))
