"""Corpus-wide merging of entity names across articles.

Linear in the corpus size: one pass counts the full names (and organisation aliases) seen anywhere
(``corpus.NameCounts``), a second renames each article's short or variant names to them.  A name is only ever
renamed, never dropped: the name it had is kept among the person's aliases."""
from __future__ import annotations

from sitegen.entities.corpus import NameCounts, Names, NameTables, Token
from sitegen.entities.corpus import name_key as _key
from sitegen.model import Article, Organization, Person


def merge_corpus(articles: list[Article]) -> list[Article]:
    """Give each person (and organisation) one canonical name across the corpus."""
    counts = NameCounts()
    for a in articles:
        counts.add((a.persons, a.organizations))
    counts.refresh()
    for a in articles:
        a.persons, a.organizations = rename(a.persons, a.organizations, counts.tables)
    return articles


def rename(persons: list[Person], orgs: list[Organization], tables: NameTables) -> Names:
    """One article's names under the corpus spellings, same names merged."""
    return (_merge_persons([_rename(p, tables.spelling, tables.by_surname) for p in persons]),
            _merge_orgs([_rename_org(o, tables.org_spelling, tables.org_alias) for o in orgs]))


def reads(persons: list[Person], orgs: list[Organization]) -> set[Token]:
    """The table entries ``rename`` reads for these names (as ``NameCounts.refresh`` names them)."""
    out = {("o", _key(o.name)) for o in orgs}
    for p in persons:
        words = _key(p.name).split()
        out.add(("p", _key(p.name)))
        if _bare(words):
            out.add(("s", words[-1]))
    return out


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
