"""Incremental rebuilds leave dist/ exactly as a full build of the same inputs would."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from conftest import FACTRU, REPO, SEEDS
from sitegen.build import load_articles, BuildReport
from sitegen.config import load_config
from sitegen.content import render_page
from sitegen.entities.merge import merge_corpus
from sitegen.incremental import LiveSite
from sitegen.model import Article, Person
from sitegen.serve.livereload import reload_script
from sitegen.site.generate import generate_site


@pytest.fixture
def live(tmp_path: Path) -> LiveSite:
    """A project of the five seeds plus 40 pages made from factRuEval texts, fully built."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(REPO / "templates", tmp_path / "templates")
    content = tmp_path / "content"
    content.mkdir()
    for i, text in enumerate(sorted((FACTRU / "texts").glob("*.txt"))[:40]):
        paras = [p.strip() for p in text.read_text(encoding="utf-8").split("\n") if p.strip()]
        names = re.findall(r"\b[А-Я][а-я]+ [А-Я][а-я]{3,}ов\b", " ".join(paras))[:2]
        article = Article(id=f"f{i:03d}", slug=f"f{i:03d}", title=paras[0][:60], body="\n\n".join(paras[1:4]),
                          date=None if i % 7 == 0 else __import__("datetime").date(2021, 1 + i % 12, 1 + i % 27),
                          persons=[Person(n) for n in names])
        (content / f"f{i:03d}.md").write_text(render_page(article, "", "", ""), encoding="utf-8")
    site = LiveSite(load_config(tmp_path), extra_head=reload_script())
    site.full_build()
    assert site.ready and not site.errors
    return site


def _dist(live: LiveSite) -> dict[str, bytes]:
    out = live.dirs["out"]
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*")
            if p.is_file() and not p.relative_to(out).as_posix().startswith("search")}


def _expected(live: LiveSite) -> dict[str, bytes]:
    articles = merge_corpus(load_articles(live.dirs["content"], BuildReport()))
    files = generate_site(live.config, articles, extra_head=live.extra_head)
    return {p: b for p, b in files.items() if not p.startswith("search")}


def _assert_same_as_full(live: LiveSite) -> None:
    got, want = _dist(live), _expected(live)
    assert sorted(got) == sorted(want)
    assert [p for p in want if got[p] != want[p]] == []


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    new = re.sub(pattern, replacement, text, count=1, flags=re.M)
    assert new != text
    path.write_text(new, encoding="utf-8")


def test_title_edit_rerenders_only_the_pages_that_show_it(live: LiveSite):
    page = live.dirs["content"] / "f005.md"
    before = _dist(live)
    _edit(page, r"^title: .*$", "title: Исправленный заголовок")
    outcome = live.update({page})
    assert "articles/f005.html" in outcome.written and "index.html" in outcome.written
    assert len(outcome.written) < len(before) / 2
    assert outcome.search
    _assert_same_as_full(live)
    assert "Исправленный заголовок" in (live.dirs["out"] / "articles/f005.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("pattern, replacement", [
    (r"^date: .*$", "date: 2030-01-01"),  # moves to the top of the digest
    (r"^persons:.*$", "persons:\n- Новое Лицо"),  # a new person page, and links to it
    (r"^slug: .*$", "slug: new-slug"),  # the old article page goes, every link follows
])
def test_structural_edits_match_a_full_build(live: LiveSite, pattern, replacement):
    page = live.dirs["content"] / "f010.md"
    _edit(page, pattern, replacement)
    live.update({page})
    _assert_same_as_full(live)



def test_successive_replans_match_a_full_build(live: LiveSite):
    """Re-plans reuse the renderer and earlier fingerprints: later edits must still see the current site."""
    content = live.dirs["content"]
    for name, pattern, replacement in [
        ("f012.md", r"^date: .*$", "date: 2031-05-05"),
        ("f020.md", r"^date: .*$", "date: 2000-01-01"),
        ("f012.md", r"^title: .*$", "title: Снова наверху"),
        ("f020.md", r"^persons:.*$", "persons:\n- Новое Лицо"),
        ("f012.md", r"^date: .*$", "date: 2000-01-02"),
    ]:
        _edit(content / name, pattern, replacement)
        live.update({content / name})
        _assert_same_as_full(live)

def test_new_and_deleted_pages_and_seeds(live: LiveSite):
    content, seeds = live.dirs["content"], live.dirs["seeds"]
    shutil.copy(content / "f003.md", content / "copy.md")
    _edit(content / "copy.md", r"^id: .*$", "id: brand-new")
    _edit(content / "copy.md", r"^slug: .*$", "slug: brand-new")
    (content / "f004.md").unlink()
    live.update({content / "copy.md", content / "f004.md"})
    _assert_same_as_full(live)
    assert (live.dirs["out"] / "articles/brand-new.html").exists()
    assert not (live.dirs["out"] / "articles/f004.html").exists()
    assert not any("f004.html" in p.read_text(encoding="utf-8") for p in live.dirs["out"].rglob("*.html"))

    gone = sorted(seeds.iterdir())[0]
    generated = {p.name for p in content.iterdir()}
    gone.unlink()
    shutil.copy(sorted(SEEDS.iterdir())[1], seeds / "extra_copy.txt")
    outcome = live.update({gone, seeds / "extra_copy.txt"})
    assert outcome.removed and outcome.written
    assert {p.name for p in content.iterdir()} != generated
    _assert_same_as_full(live)


def test_template_change_and_broken_template(live: LiveSite):
    entity = live.dirs["templates"] / "entity.html"
    _edit(entity, r"\{% block main %\}", "{% block main %}<p class=\"tpl-mark\">entity-mark</p>")
    outcome = live.update({entity})
    assert outcome.written and all(p.startswith(("persons/", "countries/", "organizations/"))
                                   for p in outcome.written)
    _assert_same_as_full(live)

    good = _dist(live)
    base = live.dirs["templates"] / "base.html"
    _edit(base, r"<main", "{% if %}<main")
    live.update({base})
    assert any("base.html" in e and re.search(r":\d+:", e) for e in live.errors)
    assert _dist(live) == good  # the last good site stays

    _edit(base, r"\{% if %\}", "")
    live.update({base})
    assert not live.errors
    _assert_same_as_full(live)


def test_bad_front_matter_keeps_last_good_article(live: LiveSite):
    page = live.dirs["content"] / "f012.md"
    good = page.read_text(encoding="utf-8")
    page.write_text(good.replace("\ntitle:", "\ntitle: [unclosed", 1), encoding="utf-8")
    live.update({page})
    assert [e for e in live.errors if "f012.md" in e and "line" in e]
    assert (live.dirs["out"] / "articles/f012.html").exists()
    page.write_text(good.replace("\ntitle: ", "\ntitle: Снова хорошо ", 1), encoding="utf-8")
    live.update({page})
    assert not live.errors
    _assert_same_as_full(live)


def test_unchanged_and_own_files_are_ignored(live: LiveSite):
    page = live.dirs["content"] / "f001.md"
    assert live.update({page}) is None  # touched by nobody since the build
    assert live.update({live.dirs["out"] / "index.html"}) is None


def test_name_merging_follows_edits_elsewhere(live: LiveSite):
    content = live.dirs["content"]
    for name, person in (("short", "Назарбаев"), ("full", "Нурсултан Назарбаев")):
        article = Article(id=name, slug=name, title=f"Статья {name}", body="Текст статьи.", persons=[Person(person)])
        (content / f"{name}.md").write_text(render_page(article, "", "", ""), encoding="utf-8")
    live.update({content / "short.md", content / "full.md"})
    _assert_same_as_full(live)
    assert "Нурсултан Назарбаев" in (live.dirs["out"] / "articles/short.html").read_text(encoding="utf-8")
    _edit(content / "full.md", r"^- Нурсултан Назарбаев$", "- Касым-Жомарт Токаев")
    live.update({content / "full.md"})
    _assert_same_as_full(live)
    assert "Нурсултан" not in (live.dirs["out"] / "articles/short.html").read_text(encoding="utf-8")
    _edit(content / "full.md", r"^- Касым-Жомарт Токаев$", "- Нурсултан Назарбаев")
    live.update({content / "full.md"})
    (content / "full.md").unlink()  # the page that gave the full name goes: the short one reverts
    live.update({content / "full.md"})
    _assert_same_as_full(live)
    assert "Нурсултан" not in (live.dirs["out"] / "articles/short.html").read_text(encoding="utf-8")


def test_names_merged_while_a_template_is_broken_reach_every_page(live: LiveSite):
    """A full name given while the site cannot render still renames the other pages once it can."""
    content, base = live.dirs["content"], live.dirs["templates"] / "base.html"
    short = Article(id="short", slug="short", title="Статья", body="Текст статьи.", persons=[Person("Назарбаев")])
    (content / "short.md").write_text(render_page(short, "", "", ""), encoding="utf-8")
    live.update({content / "short.md"})
    _edit(base, r"<main", "{% if %}<main")
    live.update({base})
    full = Article(id="full", slug="full", title="Статья", body="Текст.", persons=[Person("Нурсултан Назарбаев")])
    (content / "full.md").write_text(render_page(full, "", "", ""), encoding="utf-8")
    live.update({content / "full.md"})
    assert live.errors
    _edit(base, r"\{% if %\}", "")
    live.update({base})
    assert not live.errors
    _assert_same_as_full(live)
    assert "Нурсултан Назарбаев" in (live.dirs["out"] / "articles/short.html").read_text(encoding="utf-8")


def test_asset_change_rewrites_it_and_the_pages_that_inline_it(live: LiveSite):
    css = live.dirs["templates"] / "assets" / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + "\n.probe-rule { color: red }\n", encoding="utf-8")
    outcome = live.update({css})
    assert "assets/style.css" in outcome.written
    assert len(outcome.written) < 10  # not every page that links it
    _assert_same_as_full(live)
