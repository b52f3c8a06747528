"""The corpus as the site sees it: articles plus the entity indexes that list them."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from sitegen.model import Article
from sitegen.slugs import slugify, unique_slug


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
    by_key: dict[tuple[str, str], EntityIndex]

    def entity(self, kind: str, key: str) -> EntityIndex | None:
        return self.by_key.get((kind, key))


def digest_order(articles: list[Article]) -> list[Article]:
    """Newest first; undated articles last; ties broken by title then id, for stability."""
    return sorted(articles, key=lambda a: (a.date is None, -(a.date or date.min).toordinal(), a.title, a.id))


def entity_key(kind: str, name: str) -> str:
    return name.upper() if kind == "countries" else " ".join(name.lower().replace("ё", "е").split())


def build_index(articles: list[Article]) -> SiteIndex:
    """Group the articles by the entities they mention; linear in the corpus size."""
    ordered = digest_order(articles)
    groups: dict[tuple[str, str], EntityIndex] = {}
    for article in ordered:
        for kind, items in (("persons", article.persons), ("countries", article.countries),
                            ("organizations", article.organizations)):
            for item in items:
                key = entity_key(kind, getattr(item, "code", None) or item.name)
                entry = groups.get((kind, key))
                if entry is None:
                    entry = groups[(kind, key)] = EntityIndex(kind, key, item.name, "")
                if not entry.articles or entry.articles[-1] is not article:
                    entry.articles.append(article)
                for alias in getattr(item, "aliases", []) or []:
                    if alias not in entry.aliases and alias != entry.name:
                        entry.aliases.append(alias)
                role = getattr(item, "role", None)
                if role and role.casefold() not in {r.casefold() for r in entry.roles}:
                    entry.roles.append(role)
    by_kind: dict[str, list[EntityIndex]] = defaultdict(list)
    taken: dict[str, set[str]] = defaultdict(set)
    for (kind, key), entry in sorted(groups.items()):
        wanted = key.lower() if kind == "countries" else slugify(entry.name, fallback="x")
        if wanted in taken[kind]:  # rare: only then is the salt worth transliterating
            wanted = unique_slug(wanted, taken[kind], slugify(key, fallback="x").replace("-", ""))
        entry.slug = wanted
        taken[kind].add(entry.slug)
        by_kind[kind].append(entry)
    for entries in by_kind.values():
        entries.sort(key=lambda e: (-len(e.articles), e.name))
    return SiteIndex(ordered, by_kind["persons"], by_kind["countries"], by_kind["organizations"], groups)
