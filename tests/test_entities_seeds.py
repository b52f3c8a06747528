"""What the five seeds must yield, read off the articles by hand: people (nominative, merged),
countries (ISO codes) and organisations, through the real cleaning and extraction stages."""
from __future__ import annotations

import pytest

from sitegen.entities import extract_entities
from sitegen.ingest import clean, corpus_boilerplate, read_seed

from conftest import SEEDS

PATHS = sorted(SEEDS.glob("*.txt"))

EXPECTED = {
    "000": {
        "persons": {"Сергей Лавров", "Мухтар Тлеуберди", "Касым-Жомарт Токаев"},
        "countries": {"KZ", "RU"},
        "orgs": {"МИД Казахстана", "СНГ", "ЕАЭС", "ОДКБ", "ШОС", "СВМДА"},
    },
    "001": {
        "persons": {"Кайрат Абдрахманов", "Жан-Марк Эйро"},
        "countries": {"KZ", "FR", "UZ", "KG", "TJ", "TM"},
        "orgs": {"МИД Казахстана", "ЕС"},
    },
    "002": {
        "persons": {"Халаф Халафов", "Мурат Нуртлеу", "Ержан Казыхан", "Кайрат Сарыбай", "Алибек Бакаев"},
        "countries": {"AZ", "KZ"},
        "orgs": {"СВМДА"},
    },
    "003": {
        "persons": {"Касым-Жомарт Токаев", "Трамп"},
        "countries": {"KZ", "RU", "UZ", "CN", "TR", "KG", "AZ", "AM", "TM", "US"},
        "orgs": {"ООН", "Европейский союз", "Совет Безопасности", "Генеральная Ассамблея"},
    },
    "004": {
        "persons": {"Касым-Жомарт Токаев", "Вэй Фэнхэ", "Си Цзиньпин"},
        "countries": {"KZ", "CN"},
        "orgs": {"ООН"},
    },
}


@pytest.fixture(scope="module")
def extracted() -> dict:
    raws = [read_seed(p) for p in PATHS]
    boilerplate = corpus_boilerplate(r.text for r in raws)
    out = {}
    for raw in raws:
        page = clean(raw, boilerplate)
        out[raw.path.name[:3]] = extract_entities(page.title, page.paragraphs)
    return out


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_people_are_listed_once_in_the_nominative(extracted, seed):
    names = [p.name for p in extracted[seed].persons]
    assert sorted(names) == sorted(EXPECTED[seed]["persons"])


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_countries(extracted, seed):
    codes = {c.code for c in extracted[seed].countries}
    assert codes == EXPECTED[seed]["countries"]


@pytest.mark.parametrize("seed", sorted(EXPECTED))
def test_organisations(extracted, seed):
    names = {o.name for o in extracted[seed].organizations}
    assert EXPECTED[seed]["orgs"] <= names


def test_sorted_by_mentions_then_name(extracted):
    for ents in extracted.values():
        for items in (ents.persons, ents.countries, ents.organizations):
            keys = [(-x.mentions, x.name) for x in items]
            assert keys == sorted(keys)


def _person(ents, name):
    return next(p for p in ents.persons if p.name == name)


def test_short_mentions_merge_into_the_full_name(extracted):
    lavrov = _person(extracted["000"], "Сергей Лавров")
    assert lavrov.mentions >= 4  # "Сергеем Лавровым", "Лавров", "Лаврова", "с Лавровым"
    assert "Лавров" in lavrov.aliases
    tleuberdi = _person(extracted["000"], "Мухтар Тлеуберди")
    assert "М. Тлеуберди" in tleuberdi.aliases
    assert "Х. Халафов" in _person(extracted["002"], "Халаф Халафов").aliases


def test_roles_from_titles_before_names(extracted):
    assert _person(extracted["000"], "Мухтар Тлеуберди").role == "министр иностранных дел Казахстана"
    assert _person(extracted["002"], "Кайрат Сарыбай").role == "генеральный секретарь СВМДА"
    assert _person(extracted["002"], "Ержан Казыхан").role.startswith("помощник президента Республики Казахстан")
    assert _person(extracted["004"], "Вэй Фэнхэ").role == "министр обороны КНР"


def test_country_names_come_from_cldr(extracted):
    names = {c.code: c.name for c in extracted["003"].countries}
    assert names["KZ"] == "Казахстан" and names["CN"] == "Китай" and names["US"] == "США"


def test_long_organisation_names_merge_with_their_abbreviation(extracted):
    un = next(o for o in extracted["003"].organizations if o.name == "ООН")
    assert "Организация Объединенных Наций" in un.aliases
    cica = next(o for o in extracted["002"].organizations if o.name == "СВМДА")
    assert cica.mentions == 4
    assert any(a.startswith("совещание по взаимодействию") for a in cica.aliases)
