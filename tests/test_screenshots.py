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
