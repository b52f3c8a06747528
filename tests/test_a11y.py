"""axe-core (from the npm registry) finds no accessibility violation on any kind of page,
in the light and the dark scheme. The site is served as GitHub Pages would serve it."""
from pathlib import Path

import pytest

from browser import launch_chromium
from publish_project import BASE_URL, published_site, serve_like_pages  # noqa: F401

pytestmark = pytest.mark.browser

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"
PAGES = {
    "home": "",
    "article": "articles/tokaev-i-si-tszinpin-obsudili-torgovliu.html",
    "seed article": "articles/azerbaidzhan-i-kazakhstan-obsudili-dvustoronnie-otnosheniia.html",
    "persons": "persons/",
    "person": "persons/kasym-zhomart-tokaev.html",
    "country": "countries/kz.html",
    "organization": "organizations/index.html",
    "search": "search.html?q=Токаев",
    "404": "no/such/page.html",
}


def _report(violations: list[dict]) -> str:
    return "\n".join(f"  {v['id']} ({v['impact']}): {v['help']} — "
                     + "; ".join(" ".join(n["target"]) for n in v["nodes"][:5]) for v in violations)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_axe_violations(published_site: Path, scheme: str):  # noqa: F811
    assert AXE.is_file(), "axe-core is missing: run npm ci"
    problems = []
    with launch_chromium(color_scheme=scheme) as context:
        serve_like_pages(context, published_site / "dist")
        page = context.new_page()
        for kind, path in PAGES.items():
            page.goto(BASE_URL + path)
            page.wait_for_load_state("load")
            page.add_script_tag(path=str(AXE))
            result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
            if result["violations"]:
                problems.append(f"{kind} ({path or 'index'}), {scheme}:\n{_report(result['violations'])}")
    assert not problems, "\n".join(problems)


def test_focus_is_visible_and_the_skip_link_appears(published_site: Path):  # noqa: F811
    with launch_chromium() as context:
        serve_like_pages(context, published_site / "dist")
        page = context.new_page()
        page.goto(BASE_URL + "persons/kasym-zhomart-tokaev.html")
        page.keyboard.press("Tab")
        skip = page.locator(".skip")
        assert skip.evaluate("e => e === document.activeElement")
        box = skip.bounding_box()
        assert box and box["x"] >= 0 and box["y"] >= 0, "skip link stays off screen when focused"
        for _ in range(3):
            page.keyboard.press("Tab")
            style = page.evaluate("(() => { const s = getComputedStyle(document.activeElement);"
                                  " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()")
            assert style[0] != "none" and style[1] >= 2, style
        assert page.locator("label[for=search-q]").inner_text() == "Поиск по дайджесту"
        roles = page.evaluate("[...document.querySelectorAll('header, nav, main, footer, [role=search]')]"
                              ".map(e => e.getAttribute('role') || e.tagName.toLowerCase())")
        assert {"header", "nav", "main", "footer", "search"} <= set(roles)


def test_404_served_deep_in_the_site_links_back_correctly(published_site: Path):  # noqa: F811
    with launch_chromium() as context:
        serve_like_pages(context, published_site / "dist")
        page = context.new_page()
        response = page.goto(BASE_URL + "articles/old/removed-article.html")
        assert response.status == 404 and page.locator("h1").inner_text() == "Страница не найдена"
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(248, 247, 244)"
        page.locator("main a", has_text="людей").click()
        assert page.url == BASE_URL + "persons/index.html" and page.locator("h1").inner_text() == "Люди"
