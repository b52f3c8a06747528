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
    mentions: dict[str, tuple] = field(default_factory=dict)  # article id → its ((kind, key), item) pairs
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


def _mentions(article: Article) -> tuple[tuple[Key, object], ...]:
    """``((kind, key), item)`` for each entity item of ``article``."""
    return tuple(((kind, entity_key(kind, getattr(item, "code", None) or item.name)), item)
                 for kind, items in (("persons", article.persons), ("countries", article.countries),
                                     ("organizations", article.organizations)) for item in items)


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
    found: dict[Key, list] = defaultdict(list)
    mentions = {}
    for article in ordered:
        mentions[article.id] = _mentions(article)
        for key, item in mentions[article.id]:
            found[key].append((article, item))
    groups = {k: _entry(*k, pairs) for k, pairs in found.items()}
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
    return SiteIndex(ordered, *(_listing(by_kind[kind]) for kind in KINDS), groups, mentions, frozenset(salted))


def update_index(old: SiteIndex, by_id: dict[str, Article], changed: set[str]) -> SiteIndex | None:
    """``old`` after the articles ``changed`` (ids) were edited, added or removed: ``by_id`` holds every
    current article.  Only the entities whose articles, names, aliases or roles changed are rebuilt; the
    result equals ``build_index(by_id.values())`` (an entity left as it was may keep an earlier version
    of an article's object).  None when an entity's slug would move (a name's new spelling, or a salted
    slug freed): then only a full build assigns slugs as it would."""
    order = [by_id[a.id] for a in old.articles if a.id not in changed]
    for ident in changed:
        if ident in by_id:
            insort(order, by_id[ident], key=_order)
    place = {a.id: n for n, a in enumerate(order)}
    mentions, affected = _remention(old, by_id, changed)
    by_key = dict(old.by_key)
    for k in affected:
        entry = by_key.pop(k, None)
        ids = {a.id for a in entry.articles} - changed if entry else set()
        ids |= {i for i in changed if any(key == k for key, _ in mentions.get(i, ()))}
        if ids:
            by_key[k] = _entry(*k, [(by_id[i], item) for i in sorted(ids, key=place.__getitem__)
                                    for key, item in mentions[i] if key == k])
    if not _keep_slugs(old, by_key, affected):
        return None
    lists = {}
    for kind in KINDS:
        lists[kind] = entries = getattr(old, kind)
        if mine := {k for k in affected if k[0] == kind}:
            lists[kind] = _listing([*(e for e in entries if (kind, e.key) not in mine),
                                    *(by_key[k] for k in mine if k in by_key)])
    return SiteIndex(order, lists["persons"], lists["countries"], lists["organizations"], by_key, mentions,
                     old.salted)


def _remention(old: SiteIndex, by_id: dict[str, Article], changed: set[str]) -> tuple[dict, set[Key]]:
    """Every article's mentions after the change, and the entities whose entries it affects: all an
    article mentions(ed) if it moved in the digest, else those whose mentions in it differ."""
    before = {a.id: a for a in old.articles if a.id in changed}
    mentions = dict(old.mentions)
    affected: set[Key] = set()
    for ident in changed:
        was = mentions.pop(ident, ())
        now = _mentions(by_id[ident]) if ident in by_id else ()
        if ident in by_id:
            mentions[ident] = now
        stays = ident in by_id and ident in before and _order(before[ident]) == _order(by_id[ident])
        affected |= _differing(was, now) if stays else {k for k, _ in (*was, *now)}
    return mentions, affected


def _keep_slugs(old: SiteIndex, by_key: dict[Key, EntityIndex], affected: set[Key]) -> bool:
    """Give the rebuilt entries their slugs as ``build_index`` would; False when only it can."""
    taken = {kind: {e.slug for e in getattr(old, kind)} for kind in {kind for kind, _ in affected}}
    for k in affected - by_key.keys():  # gone: its slug is free unless a salted one wanted it
        slug = old.by_key[k].slug
        if any(slug == w or slug.startswith(w + "-") for kind, w in old.salted if kind == k[0]):
            return False
        taken[k[0]].discard(slug)
    for k in affected & by_key.keys():
        entry, was = by_key[k], old.by_key.get(k)
        if was:  # the same wanted slug in the same place among the keys: the same slug
            if _wanted(was) != _wanted(entry):
                return False
            entry.slug = was.slug
        elif (wanted := _wanted(entry)) in taken[k[0]]:
            return False
        else:
            entry.slug = wanted
            taken[k[0]].add(wanted)
    return True


def _differing(was: tuple, now: tuple) -> set[Key]:
    """The entities whose mentions differ between two versions of one article (same digest place)."""
    def view(mentions: tuple) -> dict[Key, list]:
        out: dict[Key, list] = defaultdict(list)
        for key, item in mentions:
            out[key].append((item.name, tuple(getattr(item, "aliases", None) or ()), getattr(item, "role", None)))
        return out

    a, b = view(was), view(now)
    return {k for k in a.keys() | b.keys() if a.get(k) != b.get(k)}
