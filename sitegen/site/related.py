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


def related_articles(site: SiteIndex, limit: int = 5, window: int = 40,
                     memo: dict | None = None) -> dict[str, list[Article]]:
    """``{article id: related articles}``, best first (more shared weight, then closer in the digest).

    An article's candidates and their weights depend only on the windows of its entities' article
    lists around it; ``memo`` (kept between calls on successive versions of a site) keeps them per
    article, and only the articles whose windows changed are scored again.  The ranking reads digest
    positions: it is redone for those articles, and for the ones whose candidates did not all move by
    the same offset in the digest since the last call."""
    memo = {} if memo is None else memo
    if memo.get("params") != (limit, window):
        memo.clear()
    articles = site.articles
    position = {a.id: i for i, a in enumerate(articles)}
    lists = {(kind, entry.key): [a.id for a in entry.articles]
             for kind, entries in (("persons", site.persons), ("countries", site.countries)) for entry in entries}
    known: dict[str, list[tuple[str, int]]] = memo.get("candidates", {})
    stale = _changed_windows(memo.get("lists", {}), lists, window // 2) | (position.keys() - known.keys())
    fresh = _scored(site, position, {position[i] for i in stale if i in position}, limit, window // 2)
    candidates = {i: fresh[i] if i in fresh else known[i] for i in position}
    segment = _segments(memo.get("order", []), position)
    was, ends = memo.get("ranked", {}), memo.get("ends", {})
    ranked: dict[str, list[str]] = {}
    base = len(articles) + 1
    for here, article in enumerate(articles):
        ident = article.id
        if ident not in fresh and ident in was:
            low, high = ends[ident]
            if segment.get(low, 0) == segment.get(high):  # all moved as one: the same ranking
                ranked[ident] = was[ident]
                continue
        keys = sorted([base * (abs((at := position[i]) - here) - base * s) + at for i, s in candidates[ident]])
        ranked[ident] = [articles[k % base].id for k in keys[:limit]]
        members = [ident, *(i for i, _ in candidates[ident])]
        ends[ident] = (min(members, key=position.__getitem__), max(members, key=position.__getitem__))
    memo.update(params=(limit, window), lists=lists, candidates=candidates, order=[a.id for a in articles],
                ranked=ranked, ends={i: ends[i] for i in ranked})
    return {ident: [articles[position[i]] for i in near] for ident, near in ranked.items()}


def _segments(before: list[str], position: dict[str, int]) -> dict[str, int]:
    """Each id of the last version's order (``before``) → a run number: the ids of one run all moved
    by the same offset into ``position`` (the new order); a removed id is a run of its own."""
    runs: dict[str, int] = {}
    run, last = 0, None
    for at, ident in enumerate(before):
        now = position.get(ident)
        offset = None if now is None else now - at
        if offset is None or offset != last:
            run += 1
        runs[ident], last = run, offset
    return runs


def _changed_windows(old: dict[tuple, list[str]], new: dict[tuple, list[str]], half: int) -> set[str]:
    """Ids of the articles whose window in some entity's list differs between ``old`` and ``new``."""
    changed: set[str] = set()
    for key in old.keys() | new.keys():
        before, after = old.get(key, []), new.get(key, [])
        if before == after:
            continue
        was, now = {i: n for n, i in enumerate(before)}, set(after)
        changed.update(i for i in before if i not in now)
        for n, ident in enumerate(after):
            k = was.get(ident)
            if k is None or before[max(0, k - half): k + half + 1] != after[max(0, n - half): n + half + 1]:
                changed.add(ident)
    return changed


def _scored(site: SiteIndex, position: dict[str, int], wanted: set[int], limit: int,
            half: int) -> dict[str, list[tuple[str, int]]]:
    """For the articles at ``wanted`` positions: ``[(candidate id, weight)]``, only the candidates
    weighing at least as much as the ``limit``-th best (the others cannot make the list).

    Articles are handled by digest position: each entity's list becomes a list of positions once, a
    candidate window is a slice of it, counted in C (a weight-3 slice counted three times)."""
    articles = site.articles
    member_of: dict[int, list[tuple[int, list[int], int]]] = {here: [] for here in wanted}
    for kind, entries in (("persons", site.persons), ("countries", site.countries)):
        weight = WEIGHTS[kind]
        for entry in entries:
            places = [position[a.id] for a in entry.articles]
            for at, place in enumerate(places):
                if place in member_of:
                    member_of[place].append((weight, places, at))
    out: dict[str, list[tuple[str, int]]] = {}
    for here, memberships in member_of.items():
        near: list[int] = []
        for weight, places, at in memberships:
            near.extend(places[max(0, at - half): at + half + 1] * weight)
        scores = Counter(near)
        scores.pop(here, None)
        least = sorted(scores.values())[-limit] if len(scores) > limit > 0 else 0
        out[articles[here].id] = [(articles[i].id, s) for i, s in scores.items() if s >= least]
    return out
