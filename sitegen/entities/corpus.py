"""The corpus-wide name tables that merging reads, kept as running counts: adding or removing one
article's names updates them in time proportional to that article, not to the corpus."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

from sitegen.entities.morph import fold
from sitegen.entities.names import rule_nominatives
from sitegen.model import Organization, Person

Names = tuple[list[Person], list[Organization]]  # one article's people and organisations
Token = tuple[str, str]  # a table entry: ("p", person key), ("s", surname) or ("o", organisation key)


@lru_cache(maxsize=1 << 16)  # called for every name of every article on each merge
def name_key(name: str) -> str:
    """A name folded for comparison (case, ё, spacing)."""
    return " ".join(fold(name).split())


@dataclass
class NameTables:
    """What renaming one article's names reads from the whole corpus."""

    spelling: dict[str, str] = field(default_factory=dict)  # person key → its corpus spelling
    by_surname: dict[str, set[str]] = field(default_factory=dict)  # surname → full names carrying it
    org_spelling: dict[str, str] = field(default_factory=dict)
    org_alias: dict[str, str] = field(default_factory=dict)  # folded alias → the organisation's spelling


class NameCounts:
    """Every article's names, counted; ``refresh`` brings ``tables`` up to date and says what changed.

    A person's spelling is the most used one; declined variants of one name ("Си Цзиньпина" in one
    article, "Си Цзиньпин" in ten) take the most frequent variant's.  An organisation alias points to
    the organisation that uses it most."""

    def __init__(self) -> None:
        self.tables = NameTables()
        self._votes: dict[str, Counter] = defaultdict(Counter)  # person key → spelling → mentions
        self._items: Counter = Counter()  # person key → how many articles' items carry it
        self._groups: dict[tuple[str, str], set[str]] = defaultdict(set)  # (first names, nominative) → keys
        self._shared: set[tuple[str, str]] = set()  # the groups of more than one key
        self._surnames: dict[str, Counter] = defaultdict(Counter)  # surname → full-name keys
        self._org_votes: dict[str, Counter] = defaultdict(Counter)
        self._alias_votes: dict[str, Counter] = defaultdict(Counter)  # alias → organisation key → items
        self._base: dict[str, str] = {}  # person key → most voted spelling
        self._unified: dict[str, str] = {}  # person key → the spelling unifying declensions gave it
        self._dirty: set[Token] = set()

    def add(self, names: Names, sign: int = 1) -> None:
        persons, orgs = names
        for p in persons:
            key = name_key(p.name)
            _bump(self._votes, key, " ".join(p.name.split()), sign * max(p.mentions, 1))
            self._items[key] += sign
            if self._items[key] == (1 if sign > 0 else 0):  # the first item with this key, or the last gone
                self._regroup(key, present=sign > 0)
            if not self._items[key]:
                del self._items[key]
            words = key.split()
            if len(words) >= 2 and not words[0].endswith("."):
                _bump(self._surnames, words[-1], key, sign)
                self._dirty.add(("s", words[-1]))
            self._dirty.add(("p", key))
        for o in orgs:
            key = name_key(o.name)
            _bump(self._org_votes, key, " ".join(o.name.split()), sign * max(o.mentions, 1))
            self._dirty.add(("o", key))
            for alias in o.aliases:
                _bump(self._alias_votes, name_key(alias), key, sign)
                self._dirty.add(("a", name_key(alias)))

    def remove(self, names: Names) -> None:
        self.add(names, -1)

    def _regroup(self, key: str, present: bool) -> None:
        words = key.split()
        if len(words) < 2:
            return
        for cand in rule_nominatives(words[-1]):
            group = (" ".join(words[:-1]), cand)
            members = self._groups[group]
            (members.add if present else members.discard)(key)
            (self._shared.add if len(members) > 1 else self._shared.discard)(group)
            if not members:
                del self._groups[group]

    def refresh(self) -> set[Token]:
        """Update ``tables`` from the counts changed since the last call; the entries now different."""
        dirty, self._dirty = self._dirty, set()
        t = self.tables
        people = {k for kind, k in dirty if kind == "p"}
        for key in people:
            _set(self._base, key, _most(self._votes.get(key)))
        unified = self._unify()
        people |= self._unified.keys() | unified.keys()
        self._unified = unified
        changed = {("p", k) for k in people if _set(t.spelling, k, unified.get(k) or self._base.get(k))}
        surnames = {s for kind, s in dirty if kind == "s"}
        surnames |= {k.split()[-1] for _, k in changed if len(k.split()) >= 2}
        for s in surnames:
            spelled = {t.spelling[k] for k in self._surnames.get(s, ())} or None
            if _set(t.by_surname, s, spelled):
                changed.add(("s", s))
        orgs = {k for kind, k in dirty if kind == "o" and _set(t.org_spelling, k, _most(self._org_votes.get(k)))}
        changed |= {("o", k) for k in orgs}
        aliases = {k for kind, k in dirty if kind == "a"}
        if orgs:  # an alias may point to an organisation spelled anew
            aliases |= self._alias_votes.keys()
        for alias in aliases:
            target = max(self._alias_votes[alias].items(), key=lambda kv: (kv[1], kv[0]))[0] \
                if alias in self._alias_votes else None
            if _set(t.org_alias, alias, t.org_spelling.get(target)):
                changed.add(("o", alias))
        return changed

    def _unify(self) -> dict[str, str]:
        """Person key → the spelling of its group's most frequent variant (groups in sorted order)."""
        out: dict[str, str] = {}
        for group in sorted(self._shared):
            keys = self._groups[group]
            best = max(keys, key=lambda k: (self._items[k], -len(k), k))
            for k in keys:
                if k != best and name_key(out.get(k, self._base[k])) == k:
                    out[k] = out.get(best, self._base[best])
        return out


def _bump(table: dict[str, Counter], key: str, value: str, by: int) -> None:
    counter = table[key]
    counter[value] += by
    if counter[value] <= 0:
        del counter[value]
    if not counter:
        del table[key]


def _most(votes: Counter | None) -> str | None:
    """The most voted spelling; on a tie the one with "ё", then the last in order."""
    return max(votes.items(), key=lambda kv: (kv[1], "ё" in kv[0], kv[0]))[0] if votes else None


def _set(table: dict, key, value) -> bool:
    """``table[key] = value`` (None deletes); whether that changed anything."""
    if table.get(key) == value:
        return False
    if value is None:
        del table[key]
    else:
        table[key] = value
    return True
