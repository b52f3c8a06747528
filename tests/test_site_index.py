"""The site index updated article by article equals the index built from scratch."""
from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from conftest import gold_articles
from sitegen.model import Article, Person
from sitegen.site.index import SiteIndex, build_index, update_index


def _corpus(n: int) -> list[Article]:
    return gold_articles(n, extras=True)


def _view(site: SiteIndex) -> dict:
    """Everything a page can read from the index, by value."""
    entry = lambda e: (e.kind, e.key, e.name, e.slug, [a.id for a in e.articles], e.aliases, e.roles)  # noqa: E731
    return {"articles": [a.id for a in site.articles],
            "lists": {kind: [entry(e) for e in getattr(site, kind)] for kind in ("persons", "countries", "organizations")},
            "by_key": {k: entry(e) for k, e in site.by_key.items()}, "mentions": {i: [(k, item.name) for k, item in found] for i, found in site.mentions.items()}}


def _edit(rnd: random.Random, articles: dict[str, Article], step: int) -> set[str]:
    """One editor's change (a date, a title, people, roles, countries; a new or a deleted article): the ids changed."""
    ident = rnd.choice(sorted(articles))
    a = articles[ident]
    kind = step % 8
    if kind == 0:
        articles[ident] = replace(a, date=date(2019, 1, 1) + timedelta(days=rnd.randrange(1500)))
    elif kind == 1:
        articles[ident] = replace(a, persons=[*a.persons, Person(f"Новое Лицо{step}", role="посол")])
    elif kind == 2:
        articles[ident] = replace(a, persons=a.persons[1:], countries=a.countries[:1])
    elif kind == 3:
        del articles[ident]
    elif kind == 4:
        new = replace(a, id=f"n{step}", slug=f"n{step}", date=None if step % 4 else a.date)
        articles[new.id] = new
        return {new.id}
    elif kind == 6:  # a role or an alias in place: the article keeps its place
        articles[ident] = replace(a, persons=[replace(p, role="посол", aliases=[*p.aliases, "Лицо"]) for p in a.persons])
    elif kind == 7:  # a new title: the same day, another place among that day's articles
        articles[ident] = replace(a, title=f"А {step}")
    else:  # the first-seen spelling of a name changes ("е" → "ё": the same key, another slug)
        articles[ident] = replace(a, persons=[replace(p, name=p.name.replace("е", "ё")) for p in a.persons],
                                  date=date(2030, 1, 1))
    return {ident}


def test_update_index_follows_a_series_of_edits_exactly():
    rnd = random.Random(5)
    articles = {a.id: a for a in _corpus(500)}
    site = build_index(list(articles.values()))
    fallbacks = 0
    for step in range(80):
        changed = _edit(rnd, articles, step)
        full = build_index(list(articles.values()))
        updated = update_index(site, dict(articles), changed)
        if updated is None:
            fallbacks += 1
            updated = full
        assert _view(updated) == _view(full), f"step {step}"
        assert all(a is articles[a.id] for a in updated.articles)
        site = updated
    assert fallbacks == 0  # none of these edits moves a slug


def test_update_index_with_nothing_changed_keeps_every_entity():
    site = build_index(_corpus(100))
    same = update_index(site, {a.id: a for a in site.articles}, set())
    assert _view(same) == _view(site)
    assert same.persons is site.persons


@pytest.mark.parametrize("gone", ["r0001", "r0002"])
def test_removing_the_holder_of_a_contested_slug_rebuilds(gone: str):
    """Two spellings with one slug: the second is salted; when either goes, only a full build knows the slug."""
    a = Article(id="r0001", slug="a", title="А", body=".", date=date(2021, 1, 2), persons=[Person("Иван Петров")])
    b = Article(id="r0002", slug="b", title="Б", body=".", date=date(2021, 1, 1), persons=[Person("Ivan Petrov")])
    site = build_index([a, b])
    assert sorted(e.slug for e in site.persons)[0] == "ivan-petrov"
    rest = {x.id: x for x in (a, b) if x.id != gone}
    updated = update_index(site, rest, {gone})
    assert updated is None  # either one leaving may move the other's slug: left to a full build
    assert _view(updated or build_index(list(rest.values()))) == _view(build_index(list(rest.values())))
