"""Screenshots of each kind of page at phone and desktop widths, light and dark, opened over file://.

They land in bench/out/screenshots/ (not committed) for a person to look at; the test itself checks
what a screenshot can't be trusted to show: the stylesheet loaded, the scheme followed the system
setting, and nothing is wider than a phone's screen.
"""
from pathlib import Path

import pytest

from browser import launch_chromium
from publish_project import published_site  # noqa: F401

pytestmark = pytest.mark.browser

OUT = Path(__file__).resolve().parent.parent / "bench" / "out" / "screenshots"
WIDTHS = {"phone": {"width": 390, "height": 844}, "desktop": {"width": 1280, "height": 900}}
BACKGROUNDS = {"light": "rgb(248, 247, 244)", "dark": "rgb(18, 20, 24)"}


def kinds_of_page(dist: Path) -> dict[str, str]:
    return {
        "home": "index.html",
        "article": "articles/tokaev-i-si-tszinpin-obsudili-torgovliu.html",
        "person": "persons/kasym-zhomart-tokaev.html",
        "country": "countries/kz.html",
        "search": "search.html?q=Токаев",
    }


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_screenshots(published_site: Path, scheme: str):  # noqa: F811
    dist = published_site / "dist"
    OUT.mkdir(parents=True, exist_ok=True)
    with launch_chromium(color_scheme=scheme) as context:
        page = context.new_page()
        for width, viewport in WIDTHS.items():
            page.set_viewport_size(viewport)
            for kind, path in kinds_of_page(dist).items():
                page.goto(dist.as_uri() + "/" + path)
                page.wait_for_load_state("load")
                background = page.evaluate("getComputedStyle(document.body).backgroundColor")
                assert background == BACKGROUNDS[scheme], f"{path}: stylesheet or {scheme} scheme not applied"
                overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
                assert overflow <= 0, f"{path} is {overflow}px wider than a {width} screen"
                shot = OUT / f"{kind}-{width}-{scheme}.png"
                page.screenshot(path=str(shot), full_page=True)
                assert shot.stat().st_size > 5000, shot


def test_pages_work_without_javascript_over_file(published_site: Path):  # noqa: F811
    """Built with a base_url, the site still opens from the folder and is navigable with JS off."""
    dist = published_site / "dist"
    with launch_chromium(java_script_enabled=False) as context:
        page = context.new_page()
        page.goto((dist / "articles" / "tokaev-vstretilsia-s-putinym.html").as_uri())
        page.locator(".article-footer a", has_text="Владимир Путин").click()
        assert page.locator("h1").inner_text() == "Владимир Путин"
        page.locator(".timeline a").first.click()
        assert page.locator("h1").inner_text() == "Токаев встретился с Путиным в Москве"
        page.locator(".breadcrumbs a", has_text="Дайджест").click()
        assert page.url == (dist / "index.html").as_uri()
        page.locator(".site-nav a", has_text="Страны").click()
        assert page.locator("h1").inner_text() == "Страны"


def test_print_shows_the_article_alone(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    with launch_chromium() as context:
        page = context.new_page()
        page.emulate_media(media="print")
        page.goto((dist / "articles" / "tokaev-i-si-tszinpin-obsudili-torgovliu.html").as_uri())
        for hidden in (".site-header", ".site-footer", ".breadcrumbs", ".related"):
            assert page.locator(hidden).evaluate("e => getComputedStyle(e).display") == "none", hidden
        assert page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"
        OUT.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(OUT / "article-print.png"), full_page=True)
