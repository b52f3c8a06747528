"""Corpus-wide merging of entity names across articles.

Linear in the corpus size: one pass collects the full names (and organisation aliases) seen
anywhere, a second renames each article's short or variant names to them.  A name is only ever
renamed, never dropped: the name it had is kept among the person's aliases."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from sitegen.entities.morph import fold
from sitegen.entities.names import rule_nominatives
from sitegen.model import Article, Organization, Person


Names = tuple[list[Person], list[Organization]]  # one article's people and organisations


@dataclass
class NameTables:
    """What renaming one article's names reads from the whole corpus."""

    spelling: dict[str, str]  # folded person name → its corpus spelling
    by_surname: dict[str, set[str]]  # surname → the full names (spellings) that carry it
    org_spelling: dict[str, str]
    org_alias: dict[str, str]  # folded alias → the organisation's spelling

    def changed(self, other: NameTables) -> set[tuple[str, str]]:
        """The entries (as ``reads`` names them) that answer differently in ``other``."""
        out = {("p", k) for k in _differing(self.spelling, other.spelling)}
        out |= {("s", k) for k in _differing(self.by_surname, other.by_surname)}
        return out | {("o", k) for k in _differing(self.org_spelling, other.org_spelling)
                      | _differing(self.org_alias, other.org_alias)}


def merge_corpus(articles: list[Article]) -> list[Article]:
    """Give each person (and organisation) one canonical name across the corpus."""
    tables = name_tables([(a.persons, a.organizations) for a in articles])
    for a in articles:
        a.persons, a.organizations = rename(a.persons, a.organizations, tables)
    return articles


def name_tables(names: list[Names]) -> NameTables:
    """The corpus-wide spellings from every article's names (as extracted, before renaming)."""
    spelling = _spellings(p for persons, _ in names for p in persons)
    _unify_declensions(spelling, Counter(_key(p.name) for persons, _ in names for p in persons))
    by_surname: dict[str, set[str]] = defaultdict(set)
    for persons, _ in names:
        for p in persons:
            words = _key(p.name).split()
            if len(words) >= 2 and not words[0].endswith("."):
                by_surname[words[-1]].add(spelling[_key(p.name)])
    org_spelling = _spellings(o for _, orgs in names for o in orgs)
    org_alias = {_key(alias): org_spelling[_key(o.name)] for _, orgs in names for o in orgs for alias in o.aliases}
    return NameTables(spelling, dict(by_surname), org_spelling, org_alias)


def rename(persons: list[Person], orgs: list[Organization], tables: NameTables) -> Names:
    """One article's names under the corpus spellings, same names merged."""
    return (_merge_persons([_rename(p, tables.spelling, tables.by_surname) for p in persons]),
            _merge_orgs([_rename_org(o, tables.org_spelling, tables.org_alias) for o in orgs]))


def reads(persons: list[Person], orgs: list[Organization]) -> set[tuple[str, str]]:
    """The table entries ``rename`` reads for these names (see ``NameTables.changed``)."""
    out = {("o", _key(o.name)) for o in orgs}
    for p in persons:
        words = _key(p.name).split()
        out.add(("p", _key(p.name)))
        if _bare(words):
            out.add(("s", words[-1]))
    return out


def _differing(a: dict, b: dict) -> set[str]:
    return {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}


@lru_cache(maxsize=1 << 16)  # called for every name of every article on each merge
def _key(name: str) -> str:
    return " ".join(fold(name).split())


def _spellings(items) -> dict[str, str]:
    """Folded name → its most used spelling in the corpus."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for item in items:
        votes[_key(item.name)][" ".join(item.name.split())] += max(item.mentions, 1)
    return {k: max(c.items(), key=lambda kv: (kv[1], "ё" in kv[0], kv[0]))[0] for k, c in votes.items()}


def _unify_declensions(spelling: dict[str, str], counts: Counter) -> None:
    """"Си Цзиньпина" in one article, "Си Цзиньпин" in ten: the same first name and a surname
    that declines to the other's form → the more frequent form (``spelling`` is updated)."""
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in counts:
        words = key.split()
        if len(words) < 2:
            continue
        for cand in rule_nominatives(words[-1]):
            shared[(" ".join(words[:-1]), cand)].append(key)
    for keys in shared.values():
        if len(keys) > 1:
            best = max(keys, key=lambda k: (counts[k], -len(k), k))
            for k in keys:
                if k != best and _key(spelling[k]) == k:
                    spelling[k] = spelling[best]


def _rename(p: Person, spelling: dict[str, str], by_surname: dict[str, set[str]]) -> Person:
    """A surname alone or with initials → the corpus's one full name with that surname."""
    key = _key(p.name)
    words = key.split()
    name = spelling.get(key, p.name)
    if _bare(words):
        full = [f for f in by_surname.get(words[-1], ()) if _initials_fit(words[:-1], _key(f).split()[:-1])]
        if len(full) == 1:
            name = full[0]
    if name == p.name:
        return p
    aliases = sorted({*p.aliases, p.name} - {name})
    return Person(name=name, mentions=p.mentions, role=p.role, aliases=aliases)


def _bare(words: list[str]) -> bool:
    """A surname alone or after initials: a name the corpus's full names may complete."""
    return bool(words) and (len(words) == 1 or all(w.endswith(".") for w in words[:-1]))


def _initials_fit(initials: list[str], firsts: list[str]) -> bool:
    letters = "".join(part[0] for w in initials for part in w.replace(".", " ").replace("-", " ").split())
    given = "".join(part[0] for w in firsts for part in w.replace("-", " ").split())
    return given.startswith(letters)


def _merge_persons(persons: list[Person]) -> list[Person]:
    merged: dict[str, Person] = {}
    for p in persons:
        have = merged.get(p.name)
        if have is None:
            merged[p.name] = Person(p.name, p.mentions, p.role, list(p.aliases))
            continue
        have.mentions += p.mentions
        have.role = have.role or p.role
        have.aliases = sorted(set(have.aliases) | set(p.aliases))
    return sorted(merged.values(), key=lambda p: (-p.mentions, p.name))


def _rename_org(o: Organization, spelling: dict[str, str], alias: dict[str, str]) -> Organization:
    name = alias.get(_key(o.name)) or spelling.get(_key(o.name), o.name)
    if name == o.name:
        return o
    return Organization(name=name, mentions=o.mentions, aliases=sorted({*o.aliases, o.name} - {name}))


def _merge_orgs(orgs: list[Organization]) -> list[Organization]:
    merged: dict[str, Organization] = {}
    for o in orgs:
        have = merged.get(o.name)
        if have is None:
            merged[o.name] = Organization(o.name, o.mentions, list(o.aliases))
        else:
            have.mentions += o.mentions
            have.aliases = sorted(set(have.aliases) | set(o.aliases))
    return sorted(merged.values(), key=lambda o: (-o.mentions, o.name))
