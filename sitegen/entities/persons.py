"""People in an article: mentions grouped into persons, named in the nominative."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sitegen.entities.mention import Mention
from sitegen.entities.morph import fold, low, parse
from sitegen.entities.names import info, surname_like, surname_nominatives, title_case
from sitegen.entities.words import place_shaped
from sitegen.model import Person


@dataclass
class _Group:
    surname: str
    first: str | None = None  # a first name, or an initial ("м.")
    first_nominative: bool = False  # the first name was seen in the nominative
    pair: bool = False
    alts: frozenset = frozenset()  # other nominatives a bare surname's case allows ("Королёву": -ёв or -ёва)
    mentions: int = 0
    eponyms: int = 0  # mentions inside a name of a thing ("фонд имени Ахмата Кадырова")
    roles: Counter = field(default_factory=Counter)
    forms: Counter = field(default_factory=Counter)

    def name(self) -> str:
        if not self.first:
            return title_case(self.surname)
        n = len(self.first.split())  # no particle among the given names: "Во Ван Тхыонг", not "Во ван"
        parts = title_case(f"{self.first} {self.surname}").split(" ")
        return " ".join([p[:1].upper() + p[1:] for p in parts[:n]] + parts[n:])

    def add(self, m: Mention, form: str) -> None:
        self.mentions += 1
        self.eponyms += m.eponym
        self.forms[title_case(form)] += 1
        if m.role:
            self.roles[m.role] += 1

    def absorb(self, other: "_Group") -> None:
        """Take another group's mentions (the same person under a misspelt surname)."""
        self.mentions += other.mentions
        self.eponyms += other.eponyms
        self.forms.update(other.forms)
        self.roles.update(other.roles)
        if other.first and (not self.first or self.first.endswith(".") and not other.first.endswith(".")):
            self.first, self.first_nominative = other.first, other.first_nominative

    def first_fits(self, first: str | None) -> bool:
        """Whether a mention's first name (or initial) can be this group's."""
        if not first or not self.first:
            return True
        if first.endswith(".") or self.first.endswith("."):
            return _initials(first) == _initials(self.first)[: len(_initials(first))] or \
                _initials(self.first) == _initials(first)[: len(_initials(self.first))]
        return fold(first) == fold(self.first) or _variant(fold(first), fold(self.first))


def _variant(a: str, b: str) -> bool:
    """Two spellings of one first name ("раймон"/"раймонд"): one extends the other by a letter;
    or the man's and the woman's name one oblique form can be of ("Юлию": "юлий" or "юлия")."""
    short, long = sorted((a, b), key=len)
    if len(a) == len(b) >= 4:
        return a[:-1] == b[:-1] and {a[-1], b[-1]} == {"й", "я"}
    return len(short) >= 4 and long.startswith(short) and len(long) - len(short) == 1


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.replace(".", " ").replace("-", " ").split() if part)


def group_persons(mentions: list[Mention], text: str = "") -> list[Person]:
    """Merge an article's mentions: "Лавров", "С. Лавров", "Сергей Лавров" are one person
    (``text``: the article's, to see which words it also writes in lower case)."""
    groups: list[_Group] = []
    # Names written in the nominative first: "Дарига Назарбаева объяснила" names the person whom
    # "Дарига Назарбаева" after "дочь Нурсултана Назарбаева" (read as a man's genitive) also is.
    for m in sorted((m for m in mentions if m.kind in ("full", "pair")), key=lambda m: not m.nominative):
        g = _find(groups, m.surnames[:1], m.first) or _find(groups, m.surnames, m.first, m.kind == "pair")
        if g is None and m.first:  # "Бен Ладен" after "Усама бен Ладен": the particle read as a first name
            g = _find(groups, [f"{m.first} {s}" for s in m.surnames], None)
            if g is not None:
                g.add(m, g.surname)
                continue
        if g is None:
            g = _find_alt(groups, m)  # "Кофи Аннана" … "Кофи Аннан": the surname both forms allow
        if g is None:
            g = _Group(m.surnames[0], m.first, pair=m.kind == "pair",
                       alts=frozenset(fold(s) for s in m.surnames) if m.case_unknown else frozenset())
            groups.append(g)
        elif m.first and not m.first.endswith(".") and g.first and \
                (g.first.endswith(".") or m.nominative and not g.first_nominative or g.pair and m.kind == "full"):
            g.first = m.first  # spelled out beats an initial; nominative beats declined; the dictionary's beats a guess
            g.pair = g.pair and m.kind == "pair"
        g.first_nominative = g.first_nominative or m.nominative
        g.add(m, _full_form(m, g))
    for m in (m for m in mentions if m.kind == "init"):
        g = _find(groups, m.surnames, m.first)
        if g is None:
            g = _Group(m.surnames[0], m.first, alts=frozenset(fold(s) for s in m.surnames) if m.case_unknown else frozenset())
            groups.append(g)
        g.add(m, f"{m.first} {g.surname}")
    _attach_named(mentions, groups)
    lone = _lone_groups(mentions, groups, text)
    people = [_person(g) for g in _without_eponyms(_merge_typos(groups + lone))]
    return sorted(people, key=lambda p: (-p.mentions, p.name))


def _attach_named(mentions: list[Mention], groups: list[_Group]) -> None:
    """First name and patronymic: one more mention of the only full name they fit, else a
    person of their own when the "patronymic" is used alone elsewhere or the name follows a
    title (news name officials in full: a surname after all)."""
    for m in (m for m in mentions if m.kind == "named"):
        fits = [g for g in groups if g.first and g.first_fits(m.first)]
        if len(fits) == 1:  # "Владимир Владимирович" of "Владимир Путин"
            fits[0].add(m, f"{m.first} {m.patronymic} {fits[0].surname}")
        elif not fits and (m.titled or _seen_alone(m, mentions)):  # "Александр Карпович" … "Карпович"
            g = _Group(m.surnames[0], m.first)
            groups.append(g)
            g.add(m, f"{m.first} {g.surname}")


def _merge_typos(groups: list[_Group]) -> list[_Group]:
    """A surname misspelt by one letter ("Сааакашвили", "Бонер" beside "Бенер") is the more
    mentioned person's, when the first names fit."""
    out: list[_Group] = []
    for g in sorted(groups, key=lambda g: (-g.mentions, not g.first)):
        host = next((h for h in out if _one_typo(fold(h.surname), fold(g.surname)) and h.first_fits(g.first)), None)
        if host is None:
            out.append(g)
        else:
            host.absorb(g)
    return out


def _without_eponyms(groups: list[_Group]) -> list[_Group]:
    """Not a person named only in a thing's name ("фонд имени Ахмата Кадырова") whose surname
    another person of the article has: which of the two the thing honours is anyone's guess."""
    named = {fold(g.surname) for g in groups if g.eponyms < g.mentions}
    return [g for g in groups if g.eponyms < g.mentions or fold(g.surname) not in named]


def _one_typo(a: str, b: str) -> bool:
    """One letter changed, added or dropped inside the word (not at its end, where declension
    and gender differ: "Иванов", "Иванова"), in words of five letters or more."""
    if min(len(a), len(b)) < 5 or a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 and diff[0] < len(a) - 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long) - 1)) and long[:-1] != short


def _lone_groups(mentions: list[Mention], groups: list[_Group], text: str) -> list[_Group]:
    """Bare surnames: into the full name they belong to, else a person of their own when the
    evidence suffices (_lone_ok) or when they stand in an enumeration of people (_listed)."""
    lone: list[_Group] = []
    taken = {id(m) for m in mentions if m.kind != "bare"}
    bare = [m for m in mentions if m.kind == "bare"]
    places = {fold(m.surnames[0]) for m in bare if m.place and info(m.word).geo_score}  # "в Королёве"
    doubtful = []
    for m in sorted(bare, key=lambda m: m.sentence_start):  # mid-sentence evidence first
        g = _find(groups, m.surnames, None, not m.first_only) or _find_alt(groups, m) or _named_man(groups, m)
        if g is None and m.first_only:
            doubtful.append(m)
            continue
        g = g or _find(lone, m.surnames, None) or _find_alt(lone, m)
        if g is None:
            if not _lone_ok(m) or places & {fold(s) for s in m.surnames} \
                    or m.sentence_start and _lower_elsewhere(m.word, text):  # "Мороз ударил", "мороз" elsewhere
                doubtful.append(m)
                continue
            g = _Group(m.surnames[0], alts=frozenset(fold(s) for s in m.surnames))
            lone.append(g)
        taken.add(id(m))
        g.add(m, g.surname if not g.pair or fold(g.surname) in {fold(s) for s in m.surnames} else m.surnames[0])
    for m in doubtful:
        if _listed(m, taken):
            g = _find(lone, m.surnames, None)
            if g is None:
                g = _Group(m.surnames[0])
                lone.append(g)
            g.add(m, g.surname)
    return lone


def _named_man(groups: list[_Group], m: Mention) -> _Group | None:
    """A surname in -а or -у the context read as a woman's ("Большунова поздравила Елена Вяльбе",
    "назначил Сорокину штраф"), when the article names a man whose surname it is in an oblique
    case, and no woman."""
    if not m.word.endswith(("а", "я", "у", "ю")) or len(set(m.surnames) - {low(m.word)}) > 1:
        return None
    return _find([g for g in groups if g.first and not g.first.endswith(".")], surname_nominatives(m.word), None)


def _lower_elsewhere(word: str, text: str) -> bool:
    """Whether the text also writes the word in lower case (a common word, then)."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _find(groups: list[_Group], surnames: list[str], first: str | None, by_first: bool = False):
    """The group, most mentioned first, whose surname is among the candidates."""
    wanted = {fold(s) for s in surnames}
    hits = [g for g in groups if (fold(g.surname) in wanted or fold(g.surname).rpartition(" ")[2] in wanted
                                  or (by_first and g.pair and fold(g.first) in wanted)
                                  or (g.pair and " " in g.first and fold(g.first).partition(" ")[0] in wanted))
            and g.first_fits(first)]  # the family name of "Ким Чен Ын": "Ким"
    return max(hits, key=lambda g: g.mentions, default=None)


def _find_alt(groups: list[_Group], m: Mention) -> _Group | None:
    """The person whose declined surname allows this mention's nominative ("Королёву", then
    "Королёв"; "Кофи Аннана", then "Кофи Аннан"): the group takes the name both allow."""
    fits = [g for g in groups if g.alts and g.first_fits(m.first)]
    alts = {a for g in fits for a in g.alts}
    wanted = [s for s in m.surnames if fold(s) in alts]
    if not wanted:
        return None
    g = next(g for g in fits if fold(wanted[0]) in g.alts)
    g.surname, g.alts = wanted[0], g.alts & {fold(s) for s in m.surnames}
    return g


def _full_form(m: Mention, g: _Group) -> str:
    return " ".join(x for x in (m.first, m.patronymic, g.surname) if x)


def _lone_ok(m: Mention) -> bool:
    """Whether a surname seen alone (no fuller mention in the article) is a person."""
    wi = info(m.word)
    if m.weak or m.place:
        return False
    if m.particle or m.described and not wi.known and not m.word.endswith(("ии", "ий")):  # "де Голль", "бразилец Неймар"
        return True
    if m.titled:  # not an organisation's name in the genitive: "глава Росавиации", "руководитель Ростехнологий"
        return wi.known or surname_like(m.word) or not m.word.endswith(("ии", "ий"))
    if wi.known:
        if wi.geo_score >= wi.known_surname and not m.subject:
            return False  # "уступил Ростову": as much a city (or a team named after it) as a surname
        if m.subject and wi.known_surname and _only_surname_subject(m.word):
            return True  # "Песков заявил": "песков" as a common noun is a plural, no subject of "заявил"
        if not m.sentence_start and wi.known_surname and _surname_or_adjective(m.word):
            return True  # "переговоры с Лавровым": capitalised mid-sentence, no adjective ("лавровым") alone
        return wi.known_surname >= (0.6 if m.sentence_start and not m.subject else 0.3)
    if m.subject and _only_surname_subject(m.word):
        return True  # a word the dictionary lacks, every nominative a surname's, before a verb: "Шольц заявил"
    if m.slot and not m.sentence_start and not place_shaped(m.word):
        return True  # unknown to the dictionary, capitalised mid-sentence after "визит", "администрация"
    return surname_like(m.word) and (not m.sentence_start or m.subject)  # "Гусейнов заявил, что…"


@lru_cache(maxsize=100_000)
def _surname_or_adjective(word: str) -> bool:
    """Whether the word's readings are all a surname's or an adjective's (m.adjective has
    already ruled out an adjective before its noun)."""
    return all("Surn" in p.tag or "ADJF" in p.tag for p in parse(word.lower()))


@lru_cache(maxsize=100_000)
def _only_surname_subject(word: str) -> bool:
    """Whether the word's only nominative singular readings are a surname's."""
    nom = [p for p in parse(word.lower()) if p.tag.case == "nomn" and "sing" in p.tag]
    return bool(nom) and all("Surn" in p.tag for p in nom)


def _seen_alone(m: Mention, mentions: list[Mention]) -> bool:
    """Whether the word is also used on its own, as a surname is and a patronymic is not."""
    wanted = {fold(s) for s in m.surnames}
    return any(x.kind == "bare" and not x.sentence_start and fold(x.surnames[0]) in wanted for x in mentions)


def _listed(m: Mention, taken: set[int]) -> bool:
    """A surname in an enumeration of surnames ("Бернс (Рой, Грин)", "Вратари: Уорд — Набоков"):
    every item is a single word and most of the others are people."""
    if m.roster and 2 * sum(id(x) in taken or x.first_only or not info(x.word).known for x in m.mates) >= len(m.mates):
        return not (m.adjective or m.place or info(m.word).geo)  # "Вратари: Уорд — Набоков", not "Спонсоры: Сбербанк"
    if m.adjective or m.place or not m.mates or (m.weak and m.sentence_start):
        return False
    if m.crowd and not info(m.word).known and any(x.kind != "bare" for x in m.mates):
        return True  # "звёзды Анитта и Паблло Виттар": a name the dictionary lacks, beside a full one
    others = [x for x in m.mates if x is not m and not (x.weak and x.sentence_start)]  # not "Переговоры"
    if any(x.kind != "bare" for x in others) and (sum(x.kind == "bare" for x in others) < 4 or info(m.word).known):
        return False  # a full name among them: only a long list vouches, for words the dictionary lacks
    people = sum(id(x) in taken for x in others)
    if people >= 2 and 2 * people >= len(others):
        return True
    wi = info(m.word)
    if len(others) == 1 and people == 1 and not wi.geo and (wi.known_surname >= 0.5 or not wi.known):
        return True  # "Жапаров и Ташиев посетили Ош", "переговоры Лаврова и Рубио": a surname paired with a person
    # A line-up of foreign surnames ("Касильяс — Рамос, Пике, Пуйоль, Капдевила"): most of the
    # others are words the dictionary lacks, one at least is a person or a first name, and
    # fewer than half are first names (not "Катрина, Рита, Вильма и Айк", hurricanes).
    names = sum(x.first_only for x in others)
    vouch = sum(id(x) in taken for x in others) + names
    foreign = sum(id(x) in taken or x.first_only or not info(x.word).known for x in others)
    return len(others) >= 3 and vouch >= 1 and 2 * foreign > len(others) and 2 * names < len(others) \
        and not info(m.word).geo


def _person(g: _Group) -> Person:
    name = g.name()
    aliases = sorted(f for f in g.forms if f != name)
    role = g.roles.most_common(1)[0][0] if g.roles else None
    return Person(name=name, mentions=g.mentions, role=role, aliases=aliases)
