"""Search in headless Chromium over file:// and under a sub-path: Russian forms, ё/е, typos,
highlighting, facets, keyboard, URL state, and index text never turned into HTML."""
from __future__ import annotations

from pathlib import Path

import pytest

from browser import launch_chromium, static_server
from search_project import search_site  # noqa: F401

pytestmark = pytest.mark.browser

TOKAEV = "Токаев и Мирзиёев провели переговоры в Ташкенте"
LAVROV = "Лавров и Тлеуберди обсудили сотрудничество"


@pytest.fixture(scope="module")
def site(search_site: Path):  # noqa: F811
    """(browser context, [file:// base, http sub-path base])."""
    with launch_chromium() as context, static_server(search_site, "/digest/") as base:
        yield context, [search_site.as_uri() + "/", base]


def search(page, query: str) -> list[str]:
    """Type ``query`` into the search box as a user would; the titles shown once all shards are in."""
    page.fill("#search-q", "")
    page.type("#search-q", query)
    page.wait_for_function("q => new URLSearchParams(location.search).get('q') === q", arg=query)
    page.wait_for_function("window.SITEGEN_SEARCH_STATS.shards === window.SITEGEN_SEARCH.shards.length")
    return page.locator(".search-result h2").all_inner_texts()


def marks(page, title: str) -> list[str]:
    return page.locator(".search-result", has_text=title).locator("mark").all_inner_texts()


def test_inflected_forms_yo_case_and_typos_over_file_and_subpath(site):
    context, bases = site
    page = context.new_page()
    for base in bases:
        page.goto(base + "search.html")
        assert TOKAEV in search(page, "Токаева")
        assert TOKAEV in search(page, "токаеву")  # a name typed in lower case, another case
        assert TOKAEV in search(page, "Такаеву")  # one typo
        titles = search(page, "переговорах")
        assert TOKAEV in titles
        assert "переговорах" in marks(page, TOKAEV) and "переговоры" in marks(page, TOKAEV)
        assert TOKAEV in search(page, "Казахстаном") and LAVROV in search(page, "Казахстаном")
        assert TOKAEV in search(page, "Мирзиеева")  # е typed for ё
        for query in ("трехсторонний", "трёхсторонний"):  # either way round
            titles = search(page, query)
            assert TOKAEV in titles and LAVROV in titles
        assert marks(page, TOKAEV) == ["трёхсторонний"] and marks(page, LAVROV) == ["трехсторонний"]
        assert search(page, "Тлеуберди Ташкенте") == []  # every word must match
        assert search(page, "водные ресурсы Ташкенте") == [TOKAEV]


def test_result_shows_date_source_and_title_weighs_more(site):
    context, bases = site
    page = context.new_page()
    page.goto(bases[1] + "search.html?q=" + "лавров")
    page.wait_for_function("window.SITEGEN_SEARCH_STATS.results > 0")
    first = page.locator(".search-result").first
    assert first.locator("h2").inner_text() == LAVROV  # the name in the title ranks first
    assert first.locator("time").get_attribute("datetime") == "2026-03-01"
    assert first.locator("time").inner_text() == "1 марта 2026"
    assert first.locator(".search-result-source").inner_text() == "Агентство МИД"
    href = first.locator("a").get_attribute("href")
    assert href == "articles/lavrov-tleuberdi.html"  # relative, so it works under any sub-path


def test_index_text_is_inserted_as_text_never_html(site):
    context, bases = site
    page = context.new_page()
    page.goto(bases[0] + "search.html")
    titles = search(page, "емкость нефтепровод")
    assert titles == ['<img src=x onerror="window.__xss=1">Ёмкость & <b>нефтепровода</b>']
    result = page.locator(".search-result").first
    assert result.locator("img, b, i, script").count() == 0
    assert "<script>window.__xss=2</script>" in result.locator(".search-result-source").inner_text()
    assert page.evaluate("window.__xss") is None


def test_facets_narrow_results_by_country_and_person_and_live_in_the_url(site):
    context, bases = site
    page = context.new_page()
    page.goto(bases[1] + "search.html")
    titles = search(page, "обсудили")
    assert TOKAEV in titles and LAVROV in titles
    page.locator("[data-facet=country] button", has_text="Узбекистан").click()
    page.wait_for_function("new URLSearchParams(location.search).get('country') === 'Узбекистан'")
    narrowed = page.locator(".search-result h2").all_inner_texts()
    assert TOKAEV in narrowed and LAVROV not in narrowed
    page.go_back()  # the back button undoes the filter
    page.wait_for_function("!new URLSearchParams(location.search).get('country')")
    assert LAVROV in page.locator(".search-result h2").all_inner_texts()
    page.locator("[data-facet=person] button", has_text="Сергей Лавров").click()
    page.wait_for_function("new URLSearchParams(location.search).get('person') === 'Сергей Лавров'")
    narrowed = page.locator(".search-result h2").all_inner_texts()
    assert LAVROV in narrowed and TOKAEV not in narrowed


def test_keyboard_slash_arrows_enter_and_back_button(site):
    context, bases = site
    page = context.new_page()
    for base in bases:
        page.goto(base + "index.html")
        page.keyboard.press("/")
        assert page.evaluate("document.activeElement.id") == "search-q"
        page.keyboard.type("Тлеуберди")
        page.keyboard.press("Enter")  # the header form opens the search page with the query
        page.wait_for_url("**/search.html?q=*")
        page.wait_for_function("window.SITEGEN_SEARCH_STATS.results > 0")
        assert page.input_value("#search-q") == "Тлеуберди"
        page.focus("#search-q")
        page.keyboard.press("ArrowDown")
        assert page.locator(".search-result.active h2").inner_text() == LAVROV
        page.keyboard.press("Enter")
        page.wait_for_url("**/articles/lavrov-tleuberdi.html")
        page.go_back()
        page.wait_for_function("window.SITEGEN_SEARCH_STATS && window.SITEGEN_SEARCH_STATS.results > 0")
        assert page.locator(".search-result h2").all_inner_texts()[0] == LAVROV
