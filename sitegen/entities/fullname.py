"""A run of two or three name words read as one person's name: first name (and patronymic or middle
name) and surname, each in the nominative, the case told by agreement between the words and with
the context (agreement.py); foreign names the dictionary lacks declined by rule (names.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from sitegen.entities.agreement import (
    NOMINATIVE, agree, apposition, genders_differ, governed_cases, indeclinable_name, name_context, only_nominative,
    patronymic_nominative, same_ending, verb_gender,
)
from sitegen.entities.countries import word_countries
from sitegen.entities.mention import Mention
from sitegen.entities.morph import fold, known, low, parse
from sitegen.entities.names import CASES, deinflect, info, surname_nominatives
from sitegen.entities.roles import name_role
from sitegen.entities.tokens import Token
from sitegen.entities.words import PLACE_PREPOSITIONS, no_genitive, nominative_pair, oblique_noun, place_first_name

# A woman's surname in an oblique case (a man's never ends so): "Нукеновой", "Ильиной".
_WOMANS_OBLIQUE = re.compile(r"(?:ов|ев|ёв|ин|ын)ой$")


def read_full(tokens: list[Token], idx: list[int], words: list[Token]) -> Mention | None:
    role, cases = name_role(tokens, idx[0], idx[-1])
    given, sur = words[0].text, words[-1].text
    middle = words[1].text if len(words) == 3 else None
    if not middle and (known(f"{given}-{sur}") or word_countries(f"{given}-{sur}")):
        return None  # "Коста Рика" for "Коста-Рика"
    if middle and len(given) <= 3:  # "Ли Со Ён": family name first
        return Mention("pair", [low(sur)], first=f"{low(given)} {low(middle)}", role=role, titled=role is not None,
                       sentence_start=words[0].sentence_start, word=sur, nominative=True)
    if not middle and info(given).first and info(sur).patronymic and not info(sur).surname \
            and not genders_differ(given, sur):
        return _named(given, sur, role)  # "Владимир Владимирович": no surname (not "Светлана Алексиевич")
    if info(given).first or place_first_name(given, sur):
        context = name_context(tokens, idx[0], idx[-1], cases)
        first, gender, case = agree(given, sur, *context)
        app = apposition(tokens, idx[0])
        if app and (case, gender) != app and not (case and _surname_in(sur, case)):
            # "японец Сатоси Фурукава", "миллиардеру Илону Маску": the noun's case, not the dictionary's guess
            first = deinflect(given, *app, stem=2) if case else first
            case, gender = app
        if app and (case, gender) == app:  # the noun's case, not one after a thing ("испанку": a flu too)
            context = (frozenset({case}), gender, context[2])
        elif context[0] == NOMINATIVE and gender != "femn" and case != "nomn" and given.endswith(("а", "я")) \
                and (context[1] == "femn" or context[1] is None and not known(given)):
            # "заявила Камала Харрис", "Ннека Угбома - руководитель": a woman's name unknown, in the nominative
            first, gender, case = low(given), "femn", "nomn"
        elif context[:2] == (frozenset({"nomn"}), gender) and case not in (None, "nomn") \
                and fold(given).endswith("у") and not _surname_in(sur, case):
            first, case = low(given), "nomn"  # "Бернарду Силва продлил" (not "Ивану Петрову позвонил Лавров")
        elif context[1] and case == "nomn" and not known(given):
            gender = context[1]  # "артистка Макпал Жунусова выступила": the verb tells a guessed name's gender
        elif case is None and not known(given) and _WOMANS_OBLIQUE.search(sur):
            gender = "femn"  # "убийство Салтанат Нукеновой": a guessed undeclined name, a woman's surname declined
        if context[0] and case not in context[0] and same_ending(given, sur) \
                and not indeclinable_name(given):  # no reading fits the context:
            pair = _pair_nominative(given, sur, context[0])  # declined like the surname ("с Саулем Альваресом")
            if pair[0] != low(given):
                return Mention("full", pair[1], first=pair[0], patronymic=middle and low(middle), role=role,
                               titled=role is not None, sentence_start=words[0].sentence_start, word=sur)
        patr = patronymic_nominative(middle, case) if middle and info(middle).patronymic else (middle and low(middle))
        known_cases = frozenset({case}) if case else context[0]  # "Тьяго Мотта остался": the verb's nominative
        return Mention("full", surname_nominatives(sur, known_cases, gender), first=first, patronymic=patr,
                       role=role, titled=role is not None, sentence_start=words[0].sentence_start, word=sur,
                       nominative=case == "nomn" or case is None and only_nominative(given), case_unknown=case is None)
    if info(sur).first and not info(sur).surname and known(given) and any("ADJF" in p.tag for p in parse(given)):
        return None  # "Папа Римский Бенедикт", "Святой Николай": an epithet and a first name
    if role is None and idx[0] > 0 and tokens[idx[0] - 1].text.lower() in PLACE_PREPOSITIONS:
        return None  # "в Ла Пасе", "в Сан Хосе": no first name, after "в": a place
    subject = frozenset({"nomn"}) if verb_gender(tokens, idx[0], idx[-1]) else None  # "Жоау Мариу прибыл"
    cases = cases or subject or governed_cases(tokens, idx[0])
    app = apposition(tokens, idx[0]) if cases is None else None
    if app:  # "полькой Игой Свёнтек", "хорватку Донну Векич": the noun's case and gender
        first, surnames = deinflect(given, *app, stem=2), surname_nominatives(sur, frozenset(app[:1]), app[1])
        return Mention("pair", surnames, first=first, patronymic=middle and low(middle), role=role,
                       titled=role is not None, sentence_start=words[0].sentence_start, word=sur,
                       nominative=app[0] == "nomn")
    if cases is None and known(given) and nominative_pair(given, sur) or oblique_noun(given) and no_genitive(sur):
        cases = NOMINATIVE  # "завоевали Мирра Андреева и …": a noun and a surname of one gender, both nominatives;
        # "Тору Камикава": a common word in an oblique case only, the surname guessed a nominative only
    first, surnames = _pair_nominative(given, sur, cases)
    return Mention("pair", surnames, first=first, patronymic=middle and low(middle), role=role,
                   titled=role is not None, sentence_start=words[0].sentence_start, word=sur,
                   nominative=surnames[0] == low(sur), case_unknown=cases is None and first == low(given))


def _named(given: str, patronymic: str, role: str | None) -> Mention:
    """A first name and patronymic without a surname ("Владимир Владимирович"); ``surnames`` in
    case the patronymic is a surname after all ("Александр Карпович", with "Карпович" elsewhere)."""
    cases = {p.tag.case for p in parse(patronymic) if "Patr" in p.tag}
    readings = info(given).first
    case, _, first = next((r for r in readings if r[0] in cases), readings[0])
    return Mention("named", surname_nominatives(patronymic, frozenset({case})), first=first,
                   patronymic=patronymic_nominative(patronymic, case), role=role, titled=role is not None,
                   word=patronymic)


def _pair_nominative(given: str, sur: str, cases: frozenset | None) -> tuple[str, list[str]]:
    """Both words of an unknown foreign name declined alike ("Бесселю Коку") → nominative."""
    for case in (c for c in CASES if not cases or c in cases):  # in a fixed order, not a set's
        g, s = deinflect(given, case), deinflect(sur, case)
        if g != low(given) and (s != low(sur) or _woman_undeclined(sur, case)):  # "Камалы Харрис"
            return g, list(dict.fromkeys([s, low(sur)]))
    return low(given), surname_nominatives(sur, cases)


@lru_cache(maxsize=100_000)
def _surname_in(word: str, case: str) -> bool:
    """Whether the dictionary reads the word as a surname (or an adjective, "Навальному") in that case."""
    return any(p.tag.case == case and ("Surn" in p.tag or "ADJF" in p.tag) for p in parse(word.lower()))


@lru_cache(maxsize=100_000)
def _woman_undeclined(surname: str, case: str) -> bool:
    """A woman's surname the dictionary has as indeclinable, in that case ("Харрис")."""
    return any("Surn" in p.tag and "Fixd" in p.tag and p.tag.gender == "femn" and p.tag.case == case
               for p in parse(surname.lower()))
