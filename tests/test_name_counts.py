"""Corpus name counts kept article by article give the tables a fresh count gives, and say what changed."""
from __future__ import annotations

import json
import random

from conftest import FACTRU
from sitegen.entities.corpus import NameCounts, NameTables
from sitegen.entities.merge import reads, rename
from sitegen.model import Organization, Person


def _names(rnd: random.Random, people: list[str]) -> tuple[list[Person], list[Organization]]:
    """One article's names: full names, declined and bare surnames, initials; organisations with aliases."""
    persons = []
    for name in rnd.sample(people, 4):
        words = name.split()
        form = rnd.randrange(5)
        if form == 1 and len(words) >= 2:
            name = f"{words[0]} {words[-1]}а"  # a declined surname, as the extraction sometimes leaves it
        elif form == 2:
            name = words[-1]
        elif form == 3 and len(words) >= 2:
            name = f"{words[0][0]}. {words[-1]}"
        persons.append(Person(name, mentions=rnd.randint(1, 3)))
    orgs = [Organization(rnd.choice(["ООН", "Организация Объединённых Наций", "ОДКБ", "ШОС", "МИД РК"]),
                         mentions=rnd.randint(1, 2), aliases=rnd.sample(["ООН", "Объединённые Нации", "МИД"], 1))]
    return persons, orgs


def _fresh(names: list) -> NameTables:
    counts = NameCounts()
    for item in names:
        counts.add(item)
    counts.refresh()
    return counts.tables


def test_counts_follow_additions_and_removals_exactly():
    gold = json.loads((FACTRU / "gold.json").read_text(encoding="utf-8"))
    people = sorted({" ".join([*p.get("firstnames", [])[:1], *p.get("lastnames", [])[:1]]).strip()
                     for doc in gold.values() for p in doc["persons"]} - {""})[:60]
    rnd = random.Random(11)
    corpus = [_names(rnd, people) for _ in range(150)]
    counts = NameCounts()
    for item in corpus:
        counts.add(item)
    counts.refresh()
    for step in range(120):
        at = rnd.randrange(len(corpus))
        before = {i: rename(*item, counts.tables) for i, item in enumerate(corpus)}
        counts.remove(corpus[at])
        if step % 3:
            corpus[at] = _names(rnd, people)
            counts.add(corpus[at])
        else:
            del corpus[at]
            before = {i - (i > at): v for i, v in before.items() if i != at}
        changed = counts.refresh()
        assert counts.tables == _fresh(corpus), f"step {step}"
        for i, item in enumerate(corpus):  # an article reading no changed entry keeps its names
            if i != at and not reads(*item) & changed:
                assert rename(*item, counts.tables) == before[i], f"step {step}, article {i}"


def test_declined_variants_take_the_most_frequent_spelling():
    counts = NameCounts()
    for name in ["Си Цзиньпин"] * 3 + ["Си Цзиньпина"]:
        counts.add(([Person(name)], []))
    counts.refresh()
    assert counts.tables.spelling["си цзиньпина"] == "Си Цзиньпин"
    assert counts.tables.by_surname["цзиньпин"] == {"Си Цзиньпин"}
