"""In a real browser: open pages reload by themselves after a rebuild, and errors show as an overlay."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from browser import launch_chromium
from test_serve import _save, start_serve

pytestmark = pytest.mark.browser


def test_page_reloads_itself_and_shows_then_clears_the_error_overlay(tmp_path: Path):
    served = start_serve(tmp_path)
    try:
        with launch_chromium() as context:
            page = context.new_page()
            page.goto(f"http://127.0.0.1:{served.port}/")
            page.wait_for_function("window.performance.getEntriesByType('navigation').length > 0")
            page.evaluate("window.__stale = true")  # gone once the page has reloaded
            other = context.new_page()  # a page the edit leaves as it is: it stays
            other.goto(f"http://127.0.0.1:{served.port}/persons/")
            other.evaluate("window.__stale = true")
            content = sorted((tmp_path / "content").glob("*.md"))[0]
            text = content.read_text(encoding="utf-8")
            _save(content, re.sub(r"^title: .*$", "title: Живая правка", text, count=1, flags=re.M))
            page.wait_for_function("!window.__stale && document.body.innerText.includes('Живая правка')",
                                   timeout=60_000)
            other.wait_for_timeout(500)
            assert other.evaluate("window.__stale === true")
            css = tmp_path / "templates" / "assets" / "style.css"
            _save(css, css.read_text(encoding="utf-8") + "\nbody { outline: 1px solid red }\n")
            other.wait_for_function("!window.__stale", timeout=60_000)  # a style change reloads every page

            template = tmp_path / "templates" / "home.html"
            good = template.read_text(encoding="utf-8")
            _save(template, good.replace("{% block main %}", "{% block main %}{{ 1 +  }}", 1))
            overlay = page.locator("#sitegen-error-overlay")
            overlay.wait_for(timeout=60_000)
            assert re.search(r"home\.html:\d+: ", overlay.inner_text())
            assert "Живая правка" in page.inner_text("main")  # the last good page is still there

            _save(template, good)
            overlay.wait_for(state="detached", timeout=60_000)
    finally:
        served.proc.kill()
        served.proc.wait()
