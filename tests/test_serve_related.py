"""Related articles (re-computed on every re-plan of ``serve``) equal the plain all-candidates ranking."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date, timedelta

import pytest

from conftest import gold_articles
from sitegen.model import Person
from sitegen.site.index import SiteIndex, build_index
from sitegen.site.related import WEIGHTS, related_articles


def _reference(site: SiteIndex, limit: int, window: int) -> dict[str, list[str]]:
    """The ranking spelled out: every windowed candidate scored by id, then one full sort each."""
    position = {a.id: i for i, a in enumerate(site.articles)}
    scores: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for kind, entries in (("persons", site.persons), ("countries", site.countries)):
        for entry in entries:
            for at, article in enumerate(entry.articles):
                for other in entry.articles[max(0, at - window // 2): at + window // 2 + 1]:
                    if other.id != article.id:
                        scores[article.id][other.id] += WEIGHTS[kind]
    result = {}
    for article in site.articles:
        mine, here = scores[article.id], position[article.id]
        best = sorted(mine, key=lambda i: (-mine[i], abs(position[i] - here), position[i]))
        result[article.id] = best[:limit]
    return result


@pytest.fixture(scope="module")
def site() -> SiteIndex:
    """600 articles over the factRuEval texts' gold people and countries; shared dates, some undated."""
    return build_index(gold_articles(600))


@pytest.mark.parametrize("limit, window", [(5, 40), (3, 6), (8, 100), (1, 2), (0, 40)])
def test_related_articles_match_the_plain_ranking(site: SiteIndex, limit: int, window: int):
    got = related_articles(site, limit, window)
    assert list(got) == [a.id for a in site.articles]
    assert {i: [a.id for a in related] for i, related in got.items()} == _reference(site, limit, window)
    by_id = {a.id: a for a in site.articles}
    assert all(a is by_id[a.id] for related in got.values() for a in related)
    assert any(got.values()) == (limit > 0)


def test_related_articles_with_a_memo_follow_each_new_version(site: SiteIndex):
    """A memo kept across versions (moved, renamed, added, removed articles) changes nothing in the result."""
    memo: dict = {}
    articles = list(site.articles)
    versions = []
    for step in range(4):
        articles = [replace(a, persons=list(a.persons)) for a in articles]
        if step == 1:  # two far moves: the newest to the oldest dated day and back
            articles[0].date, articles[-5].date = date(2020, 1, 1), date(2022, 1, 1)
        if step == 2:  # a person added, one dropped, an article gone and a new one
            articles[10].persons.append(Person("Новое Лицо"))
            articles[20].persons = articles[20].persons[1:]
            articles = [a for a in articles if a.id != "r0300"]
            articles.append(replace(articles[40], id="new", slug="new", date=date(2021, 2, 2)))
        if step == 3:
            articles = articles[:-100]
        versions.append(build_index(articles))
    for version in versions:
        got = related_articles(version, 5, 40, memo)
        assert {i: [a.id for a in related] for i, related in got.items()} == _reference(version, 5, 40)
    assert related_articles(versions[0], 3, 6, memo) == related_articles(versions[0], 3, 6)


def test_related_articles_with_a_memo_follow_single_date_moves(site: SiteIndex):
    """An editor's date fixes one at a time, near and far: the reused rankings stay exact."""
    import random

    rnd = random.Random(3)
    memo: dict = {}
    articles = list(site.articles)
    related_articles(build_index(articles), 5, 40, memo)
    for _ in range(25):
        at = rnd.randrange(len(articles))
        articles[at] = replace(articles[at], date=date(2021, 1, 1) + timedelta(days=rnd.randrange(-30, 120)))
        version = build_index(articles)
        got = related_articles(version, 5, 40, memo)
        assert {i: [a.id for a in related] for i, related in got.items()} == _reference(version, 5, 40)
