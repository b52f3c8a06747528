"""Organisations found by pattern in sentences written for these tests (not taken from any set)."""
from __future__ import annotations

from sitegen.entities import extract_entities


def orgs(text: str) -> set[str]:
    return {o.name for o in extract_entities("", [text]).organizations}


def test_quoted_name_after_a_type_word():
    assert "Солидарность" in orgs("Активисты движения «Солидарность» вышли на пикет у мэрии.")
    assert "Северный ветер" in orgs("Акции компании «Северный ветер» подешевели на бирже.")


def test_legal_form_before_quotes_is_no_organisation():
    found = orgs("Подрядчиком стало ООО «Ромашка», выигравшее тендер на ремонт дорог.")
    assert "Ромашка" in found and "ООО" not in found


def test_credited_outlet_in_quotes():
    assert "Вечерний курьер" in orgs("Об этом пишет «Вечерний курьер» со ссылкой на мэрию.")


def test_quoted_name_and_its_abbreviation_are_one_organisation():
    found = extract_entities("", ["Лидеры партии «Новый зелёный рассвет» (НЗР) провели съезд. НЗР выдвинула кандидата."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("НЗР", ["Новый зелёный рассвет"])]
