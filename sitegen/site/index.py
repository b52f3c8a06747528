"""The corpus as the site sees it: articles plus the entity indexes that list them."""
from __future__ import annotations

from bisect import insort
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sitegen.model import Article
from sitegen.slugs import slugify, unique_slug

KINDS = ("persons", "countries", "organizations")
Key = tuple[str, str]  # (kind, entity key)


@dataclass
class EntityIndex:
    """One person, country or organisation and the articles that mention it."""

    kind: str  # "persons" | "countries" | "organizations"
    key: str
    name: str
    slug: str
    articles: list[Article] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)

    @property
    def path(self) -> str:
        return f"{self.kind}/{self.slug}.html"


@dataclass
class SiteIndex:
    articles: list[Article]  # newest first, undated last
    persons: list[EntityIndex]
    countries: list[EntityIndex]
    organizations: list[EntityIndex]
    by_key: dict[Key, EntityIndex]
    keys_of: dict[str, tuple[Key, ...]] = field(default_factory=dict)  # article id → its entities
    salted: frozenset[Key] = frozenset()  # (kind, wanted slug) of the entities that had to salt theirs

    def entity(self, kind: str, key: str) -> EntityIndex | None:
        return self.by_key.get((kind, key))


def _order(article: Article) -> tuple:
    return (article.date is None, -(article.date or date.min).toordinal(), article.title, article.id)


def digest_order(articles: list[Article]) -> list[Article]:
    """Newest first; undated articles last; ties broken by title then id, for stability."""
    return sorted(articles, key=_order)


def entity_key(kind: str, name: str) -> str:
    return name.upper() if kind == "countries" else " ".join(name.lower().replace("ё", "е").split())


def _mentions(article: Article):
    """``(kind, key, item)`` for each entity item of ``article``."""
    for kind, items in (("persons", article.persons), ("countries", article.countries),
                        ("organizations", article.organizations)):
        for item in items:
            yield kind, entity_key(kind, getattr(item, "code", None) or item.name), item


def _entry(kind: str, key: str, mentions: list[tuple[Article, object]]) -> EntityIndex:
    """The entity ``(kind, key)`` from its ``(article, item)`` mentions in digest order: named as
    the first one names it, with every other alias and role seen."""
    entry = EntityIndex(kind, key, mentions[0][1].name, "")
    for article, item in mentions:
        if not entry.articles or entry.articles[-1] is not article:
            entry.articles.append(article)
        for alias in getattr(item, "aliases", []) or []:
            if alias not in entry.aliases and alias != entry.name:
                entry.aliases.append(alias)
        role = getattr(item, "role", None)
        if role and role.casefold() not in {r.casefold() for r in entry.roles}:
            entry.roles.append(role)
    return entry


def _wanted(entry: EntityIndex) -> str:
    return entry.key.lower() if entry.kind == "countries" else slugify(entry.name, fallback="x")


def _listing(entries) -> list[EntityIndex]:
    return sorted(entries, key=lambda e: (-len(e.articles), e.name, e.key))


def build_index(articles: list[Article]) -> SiteIndex:
    """Group the articles by the entities they mention; linear in the corpus size."""
    ordered = digest_order(articles)
    mentions: dict[Key, list] = defaultdict(list)
    keys_of = {}
    for article in ordered:
        keys = []
        for kind, key, item in _mentions(article):
            mentions[(kind, key)].append((article, item))
            keys.append((kind, key))
        keys_of[article.id] = tuple(dict.fromkeys(keys))
    groups = {k: _entry(*k, found) for k, found in mentions.items()}
    by_kind: dict[str, list[EntityIndex]] = defaultdict(list)
    taken: dict[str, set[str]] = defaultdict(set)
    salted = set()
    for (kind, key), entry in sorted(groups.items()):
        wanted = _wanted(entry)
        if wanted in taken[kind]:  # rare: only then is the salt worth transliterating
            salted.add((kind, wanted))
            wanted = unique_slug(wanted, taken[kind], slugify(key, fallback="x").replace("-", ""))
        entry.slug = wanted
        taken[kind].add(entry.slug)
        by_kind[kind].append(entry)
    return SiteIndex(ordered, *(_listing(by_kind[kind]) for kind in KINDS), groups, keys_of, frozenset(salted))


def update_index(old: SiteIndex, by_id: dict[str, Article], changed: set[str]) -> SiteIndex | None:
    """``old`` after the articles ``changed`` (ids) were edited, added or removed: ``by_id`` holds every
    current article.  Only the entities those articles mention (before or after) are rebuilt; the result
    equals ``build_index(by_id.values())``.  None when an entity's slug would move (a name's new
    spelling, or a salted slug freed): then only a full build assigns slugs as it would."""
    order = [by_id[a.id] for a in old.articles if a.id not in changed]
    for ident in changed:
        if ident in by_id:
            insort(order, by_id[ident], key=_order)
    place = {a.id: n for n, a in enumerate(order)}
    keys_of = dict(old.keys_of)
    affected: dict[Key, list] = {}
    for ident in changed:
        for k in keys_of.pop(ident, ()):
            affected.setdefault(k, [])
        if ident in by_id:
            keys_of[ident] = tuple(dict.fromkeys((kind, key) for kind, key, _ in _mentions(by_id[ident])))
            for k in keys_of[ident]:
                affected.setdefault(k, [])
    for k in affected:
        entry = old.by_key.get(k)
        ids = {a.id for a in entry.articles} - changed if entry else set()
        ids |= {i for i in changed if k in keys_of.get(i, ())}
        affected[k] = sorted(ids, key=place.__getitem__)
    by_key = dict(old.by_key)
    taken = {kind: {e.slug for e in getattr(old, kind)} for kind in {kind for kind, _ in affected}}
    for (kind, key), ids in affected.items():
        before = by_key.pop((kind, key), None)
        if before and not ids:
            if any(before.slug == w or before.slug.startswith(w + "-") for k, w in old.salted if k == kind):
                return None
            taken[kind].discard(before.slug)
    seen: dict[str, list] = {}

    def mentions_of(ident: str) -> list:
        if ident not in seen:
            seen[ident] = [((kind, key), item) for kind, key, item in _mentions(by_id[ident])]
        return seen[ident]

    for (kind, key), ids in affected.items():
        if not ids:
            continue
        found = [(by_id[i], item) for i in ids for k, item in mentions_of(i) if k == (kind, key)]
        entry = by_key[(kind, key)] = _entry(kind, key, found)
        before = old.by_key.get((kind, key))
        if before:  # the same wanted slug in the same place among the keys: the same slug
            if _wanted(before) != _wanted(entry):
                return None
            entry.slug = before.slug
        elif (wanted := _wanted(entry)) in taken[kind]:
            return None
        else:
            entry.slug = wanted
            taken[kind].add(wanted)
    lists = {}
    for kind in KINDS:
        kept = [e for e in getattr(old, kind) if (kind, e.key) not in affected]
        fresh = [by_key[k] for k in affected if k[0] == kind and k in by_key]
        lists[kind] = _listing(kept + fresh) if fresh or len(kept) != len(getattr(old, kind)) else getattr(old, kind)
    return SiteIndex(order, lists["persons"], lists["countries"], lists["organizations"], by_key, keys_of,
                     old.salted)
