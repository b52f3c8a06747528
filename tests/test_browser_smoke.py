"""The built site opens in a real browser, over file:// and under a sub-path."""
from pathlib import Path

import pytest

from browser import launch_chromium, static_server

pytestmark = pytest.mark.browser


def test_home_opens_over_file_and_subpath(built_site: Path):
    dist = built_site / "dist"
    with launch_chromium() as context, static_server(dist, "/digest/") as base:
        page = context.new_page()
        for url in ((dist / "index.html").as_uri(), base + "index.html"):
            page.goto(url)
            first = page.locator("article.card h2 a").first
            title = first.inner_text()
            first.click()
            page.wait_for_load_state()
            assert page.locator("h1").inner_text() == title
