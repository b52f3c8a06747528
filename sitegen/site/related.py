"""Related articles: the ones sharing the most people and countries, found through the entity index.

Work per article is capped: each of its entities contributes at most ``window`` candidates, taken from
that entity's (date-ordered) article list around the article itself, so a country mentioned by every
article costs no more than a rare person. Never all pairs.
"""
from __future__ import annotations

from collections import defaultdict

from sitegen.model import Article
from sitegen.site.index import SiteIndex

WEIGHTS = {"persons": 3, "countries": 1}  # a shared person says more than a shared country


def related_articles(site: SiteIndex, limit: int = 5, window: int = 40) -> dict[str, list[Article]]:
    """``{article id: related articles}``, best first (more shared weight, then closer in the digest)."""
    position = {a.id: i for i, a in enumerate(site.articles)}
    member_of: dict[str, list[tuple[int, list[Article], dict[str, int]]]] = defaultdict(list)
    for kind, entries in (("persons", site.persons), ("countries", site.countries)):
        for entry in entries:
            where = {a.id: i for i, a in enumerate(entry.articles)}
            for article in entry.articles:
                member_of[article.id].append((WEIGHTS[kind], entry.articles, where))
    result: dict[str, list[Article]] = {}
    for article in site.articles:
        scores: dict[str, int] = defaultdict(int)
        found: dict[str, Article] = {}
        for weight, listed, where in member_of.get(article.id, ()):
            at = where[article.id]
            for other in listed[max(0, at - window // 2): at + window // 2 + 1]:
                if other.id != article.id:
                    scores[other.id] += weight
                    found[other.id] = other
        here = position[article.id]
        best = sorted(scores, key=lambda i: (-scores[i], abs(position[i] - here), position[i]))
        result[article.id] = [found[i] for i in best[:limit]]
    return result
