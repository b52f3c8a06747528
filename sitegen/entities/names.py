"""What a capitalised word can be in a person's name, and its nominative form.

Everything comes from pymorphy3's grammemes (Name, Surn, Patr, Geox, Orgn) plus a few
suffix rules for surnames the dictionary does not know (Central Asian, Caucasian,
Chinese, ...), whose guessed lemmas are often wrong ("Тлеуберди" → "тлеубердь").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sitegen.entities.morph import known, low, parse

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_SURNAME_LIKE = re.compile(
    r"(ов|ев|ёв|ин|ын|ский|цкий|ская|цкая|ова|ева|ёва|ина|ына|енко|ко|ян|янц|дзе|швили|ук|юк|ович|евич|"
    r"бек|бай|беков|баев|улы|уулу|заде|оглу|ли)(а|у|ым|ом|ем|е|ой|ую|ого|ому|им)?$"
)
# A known word read only as a plural is still a surname with these endings ("Токаев" ← "токай"),
# not with "-ли" ("Представители").
_PLURAL_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын)$")
# Masculine oblique endings of surnames the dictionary lacks: case → [(ending, replacement)].
_MASC = {  # "-ии", "-ию", "-ией": a surname in "-ия" ("Хании", "Гахарию", "Берией")
    "gent": [("ого", "ий"), ("его", "ий"), ("ии", "ия"), ("я", "й"), ("а", ""), ("ы", "а"), ("и", "а")],
    "accs": [("ого", "ий"), ("его", "ий"), ("ию", "ия"), ("я", "й"), ("а", ""), ("у", "а")],
    "datv": [("ому", "ий"), ("ему", "ий"), ("ии", "ия"), ("ю", "й"), ("у", ""), ("е", "а")],
    "ablt": [("ым", ""), ("им", ""), ("ией", "ия"), ("ем", "й"), ("ом", ""), ("ой", "а")],
    "loct": [("ом", "ий"), ("ии", "ия"), ("е", "")],
}
# Endings that turn into "а" (masculine surnames in -а, "Зумы" → "Зума") only after these stems.
_A_STEMS = {"ы": "бвдзлмнпрстфц", "и": "гкхжшчщ", "у": "бвгджзклмнпрстфхцчшщ", "е": "бвгджзклмнпрстфхцчшщ",
            "ой": "бвгдзклмнпрстфх"}
_FEMN = {
    "gent": [("ской", "ская"), ("цкой", "цкая"), ("ой", "а")],
    "datv": [("ской", "ская"), ("цкой", "цкая"), ("ой", "а")],
    "ablt": [("ской", "ская"), ("цкой", "цкая"), ("ой", "а")],
    "loct": [("ской", "ская"), ("цкой", "цкая"), ("ой", "а")],
    "accs": [("скую", "ская"), ("цкую", "цкая"), ("у", "а")],
}
_VOWELS = set("аеёиоуыэюя")
_FOREIGN_I = re.compile(r"[гкхжшчщ]и$")  # the genitive of a man's name in -а, or an indeclinable foreign name
_HUSHING = set("жшчщц")  # "-ем" after these is a hard stem's ending ("Бабичем" → "Бабич")
_PARTICLE = re.compile(r"(?<![\w-])(?:Аль|Эль|Ас|Ад|Аш|Ат|Ибн|Бен|Бин|Фон|Ван|Де|Ди|Дю|Дель|Ла|Ле|Да)(?=-[А-ЯЁ])"
                       r"|(?<=\w )(?:Фон|Ван|Де|Дю|Дель|Делла|Дер|Да|Дос|Бин|Бен|Ибн|Аль|Эль)(?= [А-ЯЁ])")


@dataclass(frozen=True)
class WordInfo:
    """The readings of one capitalised word that matter for names."""

    first: tuple  # ((case, gender, lemma), ...) readings as a first name
    patronymic: bool
    surname: bool  # a dictionary surname, or a word the dictionary lacks
    known_surname: float  # score of the dictionary's surname readings
    geo: bool  # mostly a place or organisation name
    known: bool
    plural_name: bool = False  # a name's plural or vocative only ("Киран", "Илон"): likelier a foreign name
    geo_score: float = 0.0  # score of the place and organisation readings ("Ростову": a city as much as a surname)
    place_first: tuple = ()  # first-name readings of a word read as a place rather ("Абай", "Абаю")

    @property
    def common(self) -> bool:
        """A known word with no proper-name reading (a title, a noun, an adjective)."""
        return self.known and not (self.first or self.patronymic or self.known_surname or self.plural_name)


def _sing(p) -> bool:
    return "plur" not in p.tag


@lru_cache(maxsize=200_000)
def info(word: str) -> WordInfo:
    """Name readings of a word (case-insensitive)."""
    lw = word.lower()
    parses = parse(lw)
    is_known = known(lw)
    first = _first_readings(lw, parses)
    geo_first = sum(p.score for p in parses if ("Geox" in p.tag or "Orgn" in p.tag) and _sing(p))
    place_first = ()
    if first and is_known and geo_first >= sum(p.score for p in parses if "Name" in p.tag and _sing(p)):
        first, place_first = (), first  # "Астана": a place before a name
    patr = any("Patr" in p.tag and _sing(p) and p.score >= 0.2 for p in parses)
    surn = sum(p.score for p in parses if "Surn" in p.tag and _sing(p))
    geo = sum(p.score for p in parses if ("Geox" in p.tag or "Orgn" in p.tag) and _sing(p))
    name = sum(p.score for p in parses if "Name" in p.tag and _sing(p))
    if not is_known or (surn == 0 and all(not _sing(p) for p in parses) and _PLURAL_SURNAME.search(lw)):
        # Unknown, or known only as a plural that looks like a surname ("Токаев" ← "токай").
        surn_known = 0.0
        is_surname = True
        is_known = is_known and bool(first)
    else:
        surn_known = surn
        is_surname = surn >= 0.1
    plural_name = name == 0 and any("Name" in p.tag for p in parses) and all(not _sing(p) for p in parses) \
        or not first and all("Name" in p.tag for p in parses)  # "Илон": read only as "Илона" in the plural or vocative
    return WordInfo(first, patr, is_surname, surn_known, is_known and geo > max(surn, name), is_known, plural_name,
                    geo if is_known else 0.0, place_first)


def _first_readings(lw: str, parses) -> tuple:
    if "-" in lw:
        parts = lw.split("-")
        if not all(parts) or not any(info(p).first for p in parts):
            return ()
        last = info(parts[-1]).first or tuple((c, "masc", parts[-1]) for c in CASES)
        genders = {g for part in parts[:-1] for _, g, _ in info(part).first}
        if len(genders) == 1 and any(g in genders for _, g, _ in last):  # "Касым-Жомарта": a man's, as "Касым" is
            last = tuple(r for r in last if r[1] in genders)
        out = []
        for case, gender, lem in last:
            heads = []
            for part in parts[:-1]:
                same = [l for c, g, l in info(part).first if c == case]
                heads.append(same[0] if same else part)
            out.append((case, gender, "-".join([*heads, lem])))
        return tuple(dict.fromkeys(out))
    out = tuple(dict.fromkeys(
        (p.tag.case, p.tag.gender, low(p.normal_form)) for p in parses
        if "Name" in p.tag and _sing(p) and p.tag.case in CASES))
    if _FOREIGN_I.search(lw) and out and all(r[1] == "masc" and r[2] == lw[:-1] + "а" for r in out) and not known(lw):
        return tuple((case, "masc", lw) for case in CASES)  # "Риши": no "Риша" the dictionary knows, a foreign name
    return out


def gender_fits(p, gender: str | None) -> bool:
    """Whether a parse can be of the given gender ("masc"/"femn"; None fits all)."""
    if gender not in ("masc", "femn") or "ms-f" in p.tag or p.tag.gender is None:
        return True
    return p.tag.gender == gender


def surname_like(word: str) -> bool:
    """Whether a word has a typical surname ending (for words the dictionary lacks)."""
    return bool(_SURNAME_LIKE.search(word.lower())) and len(word) > 4


def surname_nominatives(word: str, cases: frozenset | None = None, gender: str | None = None) -> list[str]:
    """Candidate nominative forms of a surname, best first (lower case).

    ``cases``/``gender`` come from agreement (with the first name or a title) when known.
    The surface form is always among the candidates (surnames that do not decline)."""
    return list(_surname_nominatives(low(word), cases, gender))


@lru_cache(maxsize=200_000)
def _surname_nominatives(lw: str, cases: frozenset | None, gender: str | None) -> tuple[str, ...]:
    out: list[str] = []
    if cases and "nomn" in cases:
        out.append(lw)
    parts = lw.split("-")
    if len(parts) > 1 and all(parts):  # a double surname declines part by part: "Немировича-Данченко"
        joined = "-".join(_surname_nominatives(part, cases, gender)[0] for part in parts)
        if joined != lw:
            out.append(joined)
    # A man's reading first when nothing tells the gender ("поручили Нарышкину"): news name more men.
    for p in sorted(parse(lw), key=lambda p: p.tag.gender == "femn" and gender is None):
        if "Surn" not in p.tag or not _sing(p) or (cases and p.tag.case not in cases):
            continue
        if not gender_fits(p, gender):
            continue
        form = p.inflect({"nomn"})
        if form:
            out.append(low(form.word))
    out += _adjective_nominatives(lw, cases, gender)  # "Холодного" → "холодный", not "холодний"
    out += _noun_nominatives(lw, cases, gender)  # "Орлу" → "орёл", "Уса" → "ус"
    for case in (c for c in CASES if not cases or c in cases):  # in a fixed order, not a set's
        for g in ((gender,) if gender in ("masc", "femn") else ("masc", "femn")):
            out.append(deinflect(lw, case, g))
    out.append(lw)
    return tuple(dict.fromkeys(out))


# Endings of the surnames declined as adjectives that the dictionary may lack: "Ковальской", "Вишневецкой"
# (not a guessed "камикавый" for "Камикавой", a foreign name in -а).
_ADJECTIVE_SURNAMES = ("ский", "цкий", "ской", "цкой")


def _adjective_nominatives(lw: str, cases: frozenset | None, gender: str | None) -> list[str]:
    """Nominatives of a surname declined as an adjective ("Бедного", "Тёплой"), when the
    dictionary has no surname reading of the form."""
    if any("Surn" in p.tag for p in parse(lw)) or not lw.endswith(("ого", "его", "ому", "ему", "ым", "им", "ой", "ую")):
        return []
    out = []
    for p in parse(lw):
        if "ADJF" in p.tag and _sing(p) and (not cases or p.tag.case in cases) and gender_fits(p, gender) \
                and p.tag.gender in ("masc", "femn") and (known(lw) or p.normal_form.endswith(_ADJECTIVE_SURNAMES)):
            form = p.inflect({"nomn", p.tag.gender})
            if form:
                out.append(low(form.word))
    return out


def _noun_nominatives(lw: str, cases: frozenset | None, gender: str | None) -> list[str]:
    """The nominative of a man's surname that is a masculine common noun in the case agreement
    gives ("Дмитрия Уса" → "ус", "Ивану Орлу" → "орёл", "Петру Ежу" → "ёж"): the dictionary knows
    its fleeting vowel and short stem; no surname reading of the form, no oblique case unknown. A
    person's accusative is the genitive ("оправдал Дмитрия Уса"), an inanimate noun's is not."""
    if not cases or "nomn" in cases or gender != "masc" or not known(lw) or any("Surn" in p.tag for p in parse(lw)):
        return []  # not a guess: "Мерца" is no "мерец"
    cases = cases | {"gent"} if "accs" in cases else cases
    return [low(p.normal_form) for p in parse(lw)
            if "NOUN" in p.tag and p.tag.gender == "masc" and _sing(p) and p.tag.case in cases]


def rule_nominatives(word: str) -> list[str]:
    """The surface form and what the suffix rules make of it in every case (no dictionary look-up)."""
    lw = low(word)
    return list(dict.fromkeys([lw, *(deinflect(lw, c, g) for c in CASES for g in ("masc", "femn"))]))


def deinflect(word: str, case: str, gender: str = "masc", stem: int = 3) -> str:
    """Undo a surname's case ending by rule (for words the dictionary lacks), keeping a stem of
    ``stem`` letters at least (a first name's may be shorter: "Игой" → "ига"); lower case."""
    return _deinflect(low(word), case, gender, stem)


@lru_cache(maxsize=200_000)
def _deinflect(lw: str, case: str, gender: str, min_stem: int = 3) -> str:
    for end, repl in (_MASC if gender == "masc" else _FEMN).get(case, ()):
        if lw.endswith(end) and len(lw) - len(end) >= min_stem:
            stem = lw[: len(lw) - len(end)]
            if repl == "а" and gender == "masc" and stem[-1] not in _A_STEMS[end]:
                continue
            if repl == "й" and stem[-1] not in _VOWELS:  # a soft stem: "Игорем", "Игоря" → "Игорь"
                repl = "ь" if end in ("я", "ю") or stem[-1] not in _HUSHING else ""
            return stem + repl
    return lw


def title_case(text: str) -> str:
    """Capitalise each part of a name: "касым-жомарт токаев" → "Касым-Жомарт Токаев"."""
    out = re.sub(r"(^|[\s\-.’'])([а-яёa-z])", lambda m: m.group(1) + m.group(2).upper(), text)
    return _PARTICLE.sub(lambda m: m.group(0).lower(), out)
