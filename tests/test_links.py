"""A link checker: every page of dist/ links only to files that exist (anchors included), never to
the local file system or the server root, and every asset it loads (CSS, scripts, images,
stylesheet url()s) is there, in dist/, not fetched from the network (no web fonts). Run on the published site and proven on a deliberately broken copy."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from publish_project import published_site  # noqa: F401

LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"),
           ("iframe", "src"), ("form", "action"), ("audio", "src"), ("video", "src"), ("video", "poster")}
EXTERNAL = {"http", "https", "mailto", "tel"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, str]] = []  # (tag, url)
        self.loads: list[str] = []  # what the page fetches by itself: styles, scripts, images, fonts
        self.ids: set[str] = set()
        self.base: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if attrs.get("id"):
            self.ids.add(attrs["id"])
        if tag == "a" and attrs.get("name"):
            self.ids.add(attrs["name"])
        if tag == "base":
            self.base = attrs.get("href")
        for name in ("href", "src", "action", "poster"):
            if (tag, name) in LINKING and attrs.get(name) is not None:
                self.links.append((tag, attrs[name]))
                if tag != "a" and tag != "form" and attrs.get("rel") not in ("canonical", "alternate"):
                    self.loads.append(attrs[name])
        for item in (attrs.get("srcset") or "").split(","):
            if item.strip():
                self.links.append((tag, item.split()[0]))


def _parse(path: Path) -> _Page:
    parser = _Page()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def _check_url(url: str, source: Path, dist: Path, ids: dict[Path, set[str]]) -> str | None:
    """What is wrong with ``url`` found in ``source``, or None."""
    parts = urlsplit(url)
    if parts.scheme in EXTERNAL:
        return None
    if parts.scheme == "file" or re.match(r"^[A-Za-z]:[\\/]", url):
        return f"link to the local file system: {url}"
    if parts.scheme or parts.netloc:
        return f"unexpected URL scheme: {url}"
    if url.startswith("/"):
        return f"root-absolute link (breaks over file:// and under a sub-path): {url}"
    target = (source.parent / unquote(parts.path)).resolve() if parts.path else source.resolve()
    if dist.resolve() not in target.parents:
        return f"link leaves the site: {url}"
    if target.is_dir():
        return f"link to a folder (does not open over file://): {url}"
    if not target.is_file():
        return f"broken link: {url}"
    if parts.fragment and target.suffix == ".html":
        known = ids.setdefault(target, _parse(target).ids)
        if unquote(parts.fragment) not in known:
            return f"no #{parts.fragment} in {target.name}: {url}"
    return None


def check_site(dist: Path) -> list[str]:
    """Every problem found in ``dist``, one line each, naming the page."""
    problems: list[str] = []
    ids: dict[Path, set[str]] = {}
    for page in sorted(dist.rglob("*.html")):
        parsed = _parse(page)
        ids[page.resolve()] = parsed.ids
        for url in parsed.loads:
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{page.relative_to(dist)}: loads from the network: {url}")
        for _tag, url in parsed.links:
            if parsed.base and not urlsplit(url).scheme:
                continue  # resolved against <base> (the 404 page); checked where the base points
            problem = _check_url(url, page, dist, ids)
            if problem:
                problems.append(f"{page.relative_to(dist)}: {problem}")
    for sheet in sorted(dist.rglob("*.css")):
        for url in CSS_URL.findall(sheet.read_text(encoding="utf-8")):
            if urlsplit(url).scheme in ("http", "https") or url.startswith("//"):
                problems.append(f"{sheet.relative_to(dist)}: loads from the network (a web font?): {url}")
            elif not url.startswith("data:"):
                problem = _check_url(url, sheet, dist, ids)
                if problem:
                    problems.append(f"{sheet.relative_to(dist)}: {problem}")
    return problems


def test_published_site_has_no_broken_links(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    assert len(list(dist.rglob("*.html"))) > 20
    assert check_site(dist) == []


def test_default_build_has_no_broken_links(built_site: Path):
    assert check_site(built_site / "dist") == []


def test_404_page_base_points_at_the_site(published_site: Path):  # noqa: F811
    """The 404 page's relative links resolve against <base>, i.e. as if it sat at the site root."""
    dist = published_site / "dist"
    page = _parse(dist / "404.html")
    assert page.base == "https://example.github.io/digest/"
    assert [p for _t, url in page.links if (p := _check_url(url, dist / "404.html", dist, {}))] == []


def test_checker_catches_each_kind_of_problem(published_site: Path, tmp_path: Path):  # noqa: F811
    dist = tmp_path / "dist"
    shutil.copytree(published_site / "dist", dist)
    (dist / "assets" / "style.css").unlink()
    (dist / "bad.html").write_text(
        '<a href="articles/nope.html">x</a><a href="file:///home/me/dist/index.html">y</a>'
        '<img src="/assets/logo.png" alt=""><a href="index.html#no-such-id">z</a>'
        '<a href="https://example.org/">fine</a><a href="#main">fine</a><p id="main"></p>'
        '<link rel="stylesheet" href="https://fonts.example.com/css?family=PT+Serif">',
        encoding="utf-8")
    problems = check_site(dist)
    bad = [p for p in problems if p.startswith("bad.html")]
    assert any("broken link: articles/nope.html" in p for p in bad)
    assert any("local file system" in p for p in bad)
    assert any("root-absolute" in p for p in bad)
    assert any("no #no-such-id" in p for p in bad)
    assert any("loads from the network" in p for p in bad)
    assert len(bad) == 5
    assert any(p.startswith("index.html: broken link: assets/style.css") for p in problems)
