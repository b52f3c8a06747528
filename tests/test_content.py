"""The content layer: front matter round trip and edit protection."""
from datetime import date
from pathlib import Path

import pytest

from sitegen.content import generate_page, parse_page, render_page
from sitegen.errors import InputError
from sitegen.model import Article, Country, Person


def _article() -> Article:
    return Article(id="abc", slug="glava-mid", title="Глава МИД: «вектор»", body="Первый абзац.\n\nВторой.",
                   date=date(2021, 4, 8), source="EADaily", persons=[Person("Сергей Лавров", role="министр")],
                   countries=[Country("KZ", "Казахстан")])


def test_round_trip_keeps_every_field():
    text = render_page(_article(), "000.txt", "d" * 64, "k1")
    page = parse_page(text, Path("content/glava-mid.md"))
    a = page.article
    assert (a.id, a.slug, a.title, a.date, a.source) == ("abc", "glava-mid", "Глава МИД: «вектор»", date(2021, 4, 8), "EADaily")
    assert a.persons[0].name == "Сергей Лавров" and a.persons[0].role == "министр"
    assert [c.code for c in a.countries] == ["KZ"]
    assert a.body == "Первый абзац.\n\nВторой."
    assert page.provenance.edited is False and page.provenance.seed == "000.txt"


def test_generated_page_is_what_reading_it_back_gives():
    text, page = generate_page(_article(), "000.txt", "d" * 64, "k1", Path("content/glava-mid.md"))
    assert page == parse_page(text, Path("content/glava-mid.md"))


@pytest.mark.parametrize("change", [
    lambda t: t.replace("Второй.", "Второй, исправленный."),
    lambda t: t.replace("source: EADaily", "source: EADaily.com"),
    lambda t: t.replace("  checksum: sha-", "  checksum: sha-0"),
])
def test_any_edit_marks_the_page_as_the_editors(change):
    text = change(render_page(_article(), "000.txt", "d" * 64, "k1"))
    assert parse_page(text, Path("x.md")).provenance.edited is True


def test_country_names_and_codes_both_accepted():
    text = "---\ntitle: T\ncountries: [Франция, kz, Соединенные Штаты]\n---\nТекст"
    assert [c.code for c in parse_page(text, Path("x.md")).article.countries] == ["FR", "KZ", "US"]


@pytest.mark.parametrize("text, problem", [
    ("no front matter", "line 1: no front matter"),
    ("---\ntitle: [unclosed\n---\nbody", "line 3: malformed front matter"),
    ("---\ntitle: T\ndate: 8 апреля\n---\nbody", "not a YYYY-MM-DD date"),
    ("---\ntitle: T\ncountries: [Атлантида]\n---\nbody", "unknown country"),
    ("---\ndate: 2021-01-01\n---\nbody", "no title"),
])
def test_bad_front_matter_names_file_and_problem(text, problem):
    with pytest.raises(InputError) as err:
        parse_page(text, Path("content/bad.md"))
    assert "content/bad.md" in str(err.value) and problem in str(err.value)
