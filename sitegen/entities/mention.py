"""One mention of a person in a paragraph, as mentions.py finds it and persons.py groups it."""
from __future__ import annotations

from dataclasses import dataclass, field

from sitegen.entities.agreement import singular_verb


@dataclass
class Mention:
    kind: str  # "full" | "pair" | "init" | "bare" | "named" (first name and patronymic)
    surnames: list[str]  # candidate nominatives of the surname, best first (lower case)
    first: str | None = None  # nominative first name, or an initial such as "м." (lower case)
    patronymic: str | None = None
    role: str | None = None
    titled: bool = False  # a title stands right before the name
    weak: bool = False  # a common word: only a fuller mention elsewhere makes it a person
    sentence_start: bool = False
    word: str = ""  # the surname as written
    nominative: bool = False  # the first name was written in the nominative
    place: bool = False  # right after "в", "из", "под": likelier a place than a person
    adjective: bool = False  # an adjective agreeing with the next word ("Московской области")
    first_only: bool = False  # a first name, not a surname ("Рой", "Анна")
    described: bool = False  # a noun for a person stands right before it ("бразилец Неймар", "певица Шакира")
    particle: bool = False  # the surname has a particle ("де Голль"): a surname for sure
    next_word: str = ""  # the word right after the name, if a word follows; ":" for a colon
    case_unknown: bool = False  # an indeclinable first name or an initial ("Кофи Аннану"): the surname's case is a guess
    slot: bool = False  # the word before fits a person ("администрация Байдена", "визит Моди")
    roster: bool = False  # in a list opened by a noun for people and a colon ("Вратари: Уорд — Набоков")
    crowd: bool = False  # in a list right after a noun for people in the plural ("звёзды Анитта и Паблло Виттар")
    eponym: bool = False  # after "имени", "им.": in an institution's, a street's or a prize's name
    mates: list | None = field(default=None, repr=False, compare=False)  # mentions of one enumeration

    @property
    def subject(self) -> bool:
        """A singular verb follows ("Гусейнов заявил"), or a colon opening the words quoted
        ("Лавров: переговоры продолжатся"): the name is the sentence's subject."""
        return self.next_word == ":" and self.sentence_start or bool(self.next_word) and singular_verb(self.next_word)
