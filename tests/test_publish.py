"""Publishing: the GitHub Pages workflow, canonical links, sitemap and Atom feed under base_url,
related articles, per-entity timelines, breadcrumbs and Russian dates, on a real build."""
from __future__ import annotations

import posixpath
import re
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree as ET

import yaml

from conftest import REPO
from publish_project import BASE_URL, published_site  # noqa: F401
from sitegen.config import Config, load_config
from sitegen.site.plural import ru_plural

WORKFLOW = REPO / ".github" / "workflows" / "pages.yml"
ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _steps(job: dict) -> dict[str, dict]:
    return {step.get("uses", "").split("@")[0] or step.get("run", ""): step for step in job["steps"]}


def test_workflow_is_valid_against_the_github_schema():
    result = subprocess.run([sys.executable, "-m", "check_jsonschema", "--builtin-schema",
                             "vendor.github-workflows", str(WORKFLOW)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_builds_with_make_and_deploys_with_the_official_actions():
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    triggers = flow.get("on", flow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "main" in triggers["push"]["branches"] and "workflow_dispatch" in triggers
    assert flow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    build = _steps(flow["jobs"]["build"])
    order = list(build)
    for action in ("actions/checkout", "actions/configure-pages", "make build", "actions/upload-pages-artifact"):
        assert action in build, f"build job lacks {action}"
    assert order.index("actions/configure-pages") < order.index("make build") < order.index(
        "actions/upload-pages-artifact")
    assert build["actions/upload-pages-artifact"]["with"]["path"] == str(Config().out)
    deploy = flow["jobs"]["deploy"]
    assert deploy["needs"] == "build" and deploy["environment"]["name"] == "github-pages"
    assert "actions/deploy-pages" in _steps(deploy)
    assert re.search(r"^build: .*\n\t.*-m sitegen build", (REPO / "Makefile").read_text(), re.M)


def test_workflow_sets_base_url_only_when_the_settings_lack_it(tmp_path: Path):
    flow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    script = next(s["run"] for s in flow["jobs"]["build"]["steps"] if "base_url" in s.get("run", ""))
    script = script.replace("${{ steps.pages.outputs.base_url }}", "https://octo.github.io/digest")
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "sitegen.toml").write_text('[site]\ntitle = "Мой дайджест"\n', encoding="utf-8")
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "sitegen.toml").write_text('base_url = "https://digest.example.org/"\n', encoding="utf-8")
    (tmp_path / "c").mkdir()
    for name in "abc":
        subprocess.run(["bash", "-e", "-c", script], cwd=tmp_path / name, check=True)
    assert load_config(tmp_path / "a").base_url == "https://octo.github.io/digest/"
    assert load_config(tmp_path / "a").site_title == "Мой дайджест"
    assert load_config(tmp_path / "b").base_url == "https://digest.example.org/"
    assert load_config(tmp_path / "c").base_url == "https://octo.github.io/digest/"


def _html_pages(dist: Path) -> list[str]:
    return sorted(p.relative_to(dist).as_posix() for p in dist.rglob("*.html"))


def _public_url(path: str) -> str:
    return BASE_URL + (path[: -len("index.html")] if path.endswith("index.html") else path)


def test_canonical_links_use_base_url(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    assert 'rel="canonical"' not in (dist / "404.html").read_text(encoding="utf-8")
    for path in _html_pages(dist):
        html = (dist / path).read_text(encoding="utf-8")
        if path == "404.html":
            continue
        canonical = re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)
        assert canonical == _public_url(path), path
        assert 'rel="alternate" type="application/atom+xml"' in html


def test_sitemap_lists_every_page_under_base_url(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    root = ET.parse(dist / "sitemap.xml").getroot()
    entries = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in root}
    expected = {_public_url(p) for p in _html_pages(dist)} - {BASE_URL + "404.html", BASE_URL + "search.html"}
    assert set(entries) == expected
    assert entries[BASE_URL + "articles/tokaev-vstretilsia-s-putinym.html"] == "2023-11-28"
    for listing in ("persons/kasym-zhomart-tokaev.html", "countries/cn.html", "index.html"):
        newest = max(re.findall(r'datetime="([\d-]+)"', (dist / listing).read_text(encoding="utf-8")))
        assert entries[_public_url(listing)] == newest, listing


def test_atom_feed_uses_base_url_and_lists_articles_newest_first(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    feed = ET.parse(dist / "feed.xml").getroot()
    assert feed.tag == f"{ATOM}feed" and feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "ru"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {"alternate": BASE_URL, "self": BASE_URL + "feed.xml"}
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == len(list((dist / "articles").glob("*.html"))) == 11
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i.startswith("urn:uuid:") for i in ids)
    published = [e.findtext(f"{ATOM}published") for e in entries if e.find(f"{ATOM}published") is not None]
    sitemap = ET.parse(dist / "sitemap.xml").getroot()
    dated = [u for u in sitemap if "/articles/" in u.findtext(f"{SITEMAP}loc") and u.find(f"{SITEMAP}lastmod") is not None]
    assert published == sorted(published, reverse=True) and len(published) == len(dated) >= 6
    for entry in entries:
        href = entry.find(f"{ATOM}link").get("href")
        assert href.startswith(BASE_URL + "articles/") and (dist / href[len(BASE_URL):]).is_file()
        assert entry.findtext(f"{ATOM}title") and entry.findtext(f"{ATOM}content").startswith("<p>")
    first = entries[0]
    assert first.findtext(f"{ATOM}updated") == feed.findtext(f"{ATOM}updated")
    putin = next(e for e in entries if "Путиным" in e.findtext(f"{ATOM}title"))
    assert {c.get("term") for c in putin.findall(f"{ATOM}category")} >= {"Владимир Путин", "Россия"}


def test_without_base_url_no_sitemap_no_canonical_and_a_relative_feed(built_site: Path):
    dist = built_site / "dist"
    assert not (dist / "sitemap.xml").exists()
    assert 'rel="canonical"' not in (dist / "index.html").read_text(encoding="utf-8")
    feed = ET.parse(dist / "feed.xml").getroot()
    for entry in feed.findall(f"{ATOM}entry"):
        assert (dist / entry.find(f"{ATOM}link").get("href")).is_file()


def test_pages_needs_no_jekyll_and_has_a_404(published_site: Path):  # noqa: F811
    dist = published_site / "dist"
    assert (dist / ".nojekyll").is_file()
    assert "Страница не найдена" in (dist / "404.html").read_text(encoding="utf-8")


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def _mentions(html: str) -> set[str]:
    """The people and countries an article page links to (its footer)."""
    footer = html[html.index('class="article-footer"'):html.index("</footer>", html.index('class="article-footer"'))]
    return {_resolve("articles/x.html", href) for href in re.findall(r'href="([^"]+)"', footer)
            if re.match(r"(persons|countries)/", _resolve("articles/x.html", href))}


def _resolve(page: str, href: str) -> str:
    """A relative link on ``page`` as a path from the site root."""
    return posixpath.normpath(posixpath.join(posixpath.dirname(page), href))


def test_related_articles_share_people_or_countries(published_site: Path):  # noqa: F811
    articles = published_site / "dist" / "articles"
    html = (articles / "tokaev-i-si-tszinpin-obsudili-torgovliu.html").read_text(encoding="utf-8")
    mine = _mentions(html)
    related = [_resolve("articles/x.html", href)
               for href in re.findall(r'<li><a href="([^"]+)">', html[html.index('class="related"'):])]
    # the article with the same two people and two countries, a day later, comes first
    assert related[0] == "articles/kazakhstan-i-kitai-podpisali-soglasheniia.html"
    weights = []
    for href in related:
        shared = mine & _mentions((articles.parent / href).read_text(encoding="utf-8"))
        assert shared, f"{href} shares no person or country"
        weights.append(sum(3 if s.startswith("persons/") else 1 for s in shared))
    assert weights == sorted(weights, reverse=True) and 2 <= len(related) <= 5
    for page in articles.glob("*.html"):  # no entities, nothing related
        text = page.read_text(encoding="utf-8")
        if not _mentions(text):
            assert 'class="related"' not in text, page.name


def test_person_page_has_a_timeline_by_date(published_site: Path):  # noqa: F811
    html = (published_site / "dist" / "persons" / "kasym-zhomart-tokaev.html").read_text(encoding="utf-8")
    text = _text(html)
    years = re.findall(r'class="timeline-year">([^<]+)<', html)
    dated = [y for y in years if y.isdigit()]
    assert dated == sorted(dated, reverse=True) and {"2024", "2023", "2022"} <= set(dated)
    assert years[len(dated):] in ([], ["Без даты"])
    assert "сентябрь" in re.findall(r'class="timeline-month">([^<]+)<', html)
    days = re.findall(r'datetime="([\d-]+)"', html)
    assert days == sorted(days, reverse=True) and "14 сентября 2022" in text
    count = html.count("<li>", html.index('class="timeline"'))
    assert ru_plural(count, "статья", "статьи", "статей") + " в дайджесте" in text and count >= 5
    assert "Президент Казахстана" in text and "Также упоминается как:" in text


def test_country_page_timeline_and_breadcrumbs(published_site: Path):  # noqa: F811
    html = (published_site / "dist" / "countries" / "cn.html").read_text(encoding="utf-8")
    crumbs = html[html.index('class="breadcrumbs"'):html.index("</nav>", html.index('class="breadcrumbs"'))]
    assert [(_resolve("countries/cn.html", href), label)
            for href, label in re.findall(r'<a href="([^"]+)">([^<]+)</a>', crumbs)] == [
        ("index.html", "Дайджест"), ("countries/index.html", "Страны")]
    assert '<span aria-current="page">Китай</span>' in crumbs
    days = re.findall(r'datetime="([\d-]+)"', html)
    assert days == sorted(days, reverse=True) and {"2022-09-15", "2022-09-14"} <= set(days)


def test_dates_are_in_russian(published_site: Path):  # noqa: F811
    home = _text((published_site / "dist" / "index.html").read_text(encoding="utf-8"))
    assert "8 апреля 2021" in home and "28 ноября 2023" in home


def test_russian_plurals():
    assert [ru_plural(n, "статья", "статьи", "статей") for n in (1, 2, 5, 11, 12, 21, 22, 25, 101, 111)] == [
        "1 статья", "2 статьи", "5 статей", "11 статей", "12 статей", "21 статья", "22 статьи", "25 статей",
        "101 статья", "111 статей"]
