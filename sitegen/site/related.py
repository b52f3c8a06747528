"""Related articles: the ones sharing the most people and countries, found through the entity index.

Work per article is capped: each of its entities contributes at most ``window`` candidates, taken from
that entity's (date-ordered) article list around the article itself, so a country mentioned by every
article costs no more than a rare person. Never all pairs.
"""
from __future__ import annotations

from collections import Counter

from sitegen.model import Article
from sitegen.site.index import SiteIndex

WEIGHTS = {"persons": 3, "countries": 1}  # a shared person says more than a shared country


def related_articles(site: SiteIndex, limit: int = 5, window: int = 40) -> dict[str, list[Article]]:
    """``{article id: related articles}``, best first (more shared weight, then closer in the digest).

    Articles are handled by digest position: each entity's list becomes a list of positions once, a
    candidate window is a slice of it, counted in C (a weight-3 slice counted three times), and the
    best ``limit`` come from one integer per candidate that orders like (-weight, distance, position)."""
    articles = site.articles
    position = {a.id: i for i, a in enumerate(articles)}
    member_of: list[list[tuple[int, list[int], int]]] = [[] for _ in articles]
    for kind, entries in (("persons", site.persons), ("countries", site.countries)):
        weight = WEIGHTS[kind]
        for entry in entries:
            places = [position[a.id] for a in entry.articles]
            for at, place in enumerate(places):
                member_of[place].append((weight, places, at))
    half, base = window // 2, len(articles) + 1
    result: dict[str, list[Article]] = {}
    for here, article in enumerate(articles):
        near: list[int] = []
        for weight, places, at in member_of[here]:
            near.extend(places[max(0, at - half): at + half + 1] * weight)
        scores = Counter(near)
        scores.pop(here, None)
        least = sorted(scores.values())[-limit] if len(scores) > limit else 0
        keys = sorted([base * (abs(i - here) - base * s) + i for i, s in scores.items() if s >= least])
        result[article.id] = [articles[k % base] for k in keys[:limit]]
    return result
