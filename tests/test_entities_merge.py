"""Corpus-wide merging: one canonical name per person across articles, nothing dropped."""
from __future__ import annotations

from sitegen.entities import extract_entities
from sitegen.entities.merge import merge_corpus
from sitegen.ingest import clean, corpus_boilerplate, read_seed
from sitegen.model import Article, Organization, Person

from conftest import SEEDS


def _article(i: int, persons=(), orgs=()) -> Article:
    return Article(id=str(i), slug=f"a{i}", title="t", body="b", persons=list(persons), organizations=list(orgs))


def _names(article: Article) -> list[str]:
    return [p.name for p in article.persons]


def test_seed_corpus_gives_tokayev_one_name():
    raws = [read_seed(p) for p in sorted(SEEDS.glob("*.txt"))]
    boilerplate = corpus_boilerplate(r.text for r in raws)
    articles = []
    for i, raw in enumerate(raws):
        page = clean(raw, boilerplate)
        ents = extract_entities(page.title, page.paragraphs)
        articles.append(_article(i, ents.persons, ents.organizations))
    # An editor's page that only says "Токаев" and "Тлеуберди".
    articles.append(_article(99, [Person("Токаев", 2, role="президент"), Person("М. Тлеуберди", 1)]))
    merged = merge_corpus(articles)
    tokayev = {p.name for a in merged for p in a.persons if "Токаев" in p.name}
    assert tokayev == {"Касым-Жомарт Токаев"}
    editor = merged[-1]
    assert _names(editor) == ["Касым-Жомарт Токаев", "Мухтар Тлеуберди"]
    assert editor.persons[0].role == "президент" and "Токаев" in editor.persons[0].aliases


def test_ambiguous_surnames_are_left_alone():
    merged = merge_corpus([_article(1, [Person("Пётр Иванов"), Person("Иван Иванов")]),
                           _article(2, [Person("Иванов", 3)])])
    assert _names(merged[1]) == ["Иванов"]


def test_initials_pick_the_matching_full_name():
    merged = merge_corpus([_article(1, [Person("Пётр Иванов"), Person("Иван Иванов")]),
                           _article(2, [Person("И. Иванов")])])
    assert _names(merged[1]) == ["Иван Иванов"]


def test_declined_and_variant_spellings_unify():
    merged = merge_corpus([
        _article(1, [Person("Си Цзиньпин", 3)]),
        _article(2, [Person("Си Цзиньпин", 1)]),
        _article(3, [Person("Си Цзиньпина", 1)]),
        _article(4, [Person("Сергей Лавров", 2)]),
        _article(5, [Person("сергей  лавров", 1)]),
    ])
    assert {p.name for a in merged for p in a.persons} == {"Си Цзиньпин", "Сергей Лавров"}
    assert "Си Цзиньпина" in merged[2].persons[0].aliases


def test_two_names_of_one_person_in_an_article_merge():
    merged = merge_corpus([_article(1, [Person("Касым-Жомарт Токаев", 2)]),
                           _article(2, [Person("Касым-Жомарт Токаев", 1, aliases=["К.-Ж. Токаев"]),
                                        Person("Токаев", 3, role="президент Казахстана")])])
    [p] = merged[1].persons
    assert (p.name, p.mentions, p.role) == ("Касым-Жомарт Токаев", 4, "президент Казахстана")
    assert set(p.aliases) == {"К.-Ж. Токаев", "Токаев"}


def test_organisation_long_names_take_the_abbreviation():
    merged = merge_corpus([_article(1, orgs=[Organization("ООН", 2, ["Организация Объединенных Наций"])]),
                           _article(2, orgs=[Organization("Организация Объединенных Наций", 1)])])
    assert [o.name for o in merged[1].organizations] == ["ООН"]


def test_empty_corpus():
    assert merge_corpus([]) == []
