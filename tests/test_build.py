"""The digest end to end: seeds → content → dist, through the real CLI."""
from __future__ import annotations

import re
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from conftest import SEEDS, run_sitegen


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[str] = []
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        for key in ("href", "src"):
            if attrs.get(key) is not None and not (tag == "link" and attrs.get("rel") == "canonical"):
                self.links.append(attrs[key])


def _pages(dist: Path):
    return sorted(dist.rglob("*.html"))


def test_build_makes_every_kind_of_page(built_site: Path):
    dist = built_site / "dist"
    assert (dist / "index.html").is_file()
    assert len(list((dist / "articles").glob("*.html"))) == 5
    for kind in ("persons", "countries", "organizations"):
        assert (dist / kind / "index.html").is_file()
    assert (dist / "search.html").is_file() and (dist / "404.html").is_file()
    assert len(list((built_site / "content").glob("*.md"))) == 5


def test_every_link_is_relative_and_resolves(built_site: Path):
    dist = built_site / "dist"
    for page in _pages(dist):
        parser = _Links()
        parser.feed(page.read_text(encoding="utf-8"))
        assert parser.lang == "ru", page
        for link in parser.links:
            parts = urlsplit(link)
            if parts.scheme in ("http", "https", "mailto"):
                continue
            assert not parts.scheme and not link.startswith("/"), f"{page}: absolute link {link}"
            if not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            assert target.is_file(), f"{page}: broken link {link}"
            assert dist.resolve() in target.parents, f"{page}: link leaves dist/: {link}"


def test_every_page_is_valid_html5(built_site: Path):
    import html5lib

    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    for page in _pages(built_site / "dist"):
        parser.parse(page.read_bytes())  # raises on any HTML5 parse error
        assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>"), page


def test_slugs_are_ascii_and_file_safe(built_site: Path):
    for md in (built_site / "content").glob("*.md"):
        assert re.fullmatch(r"[a-z0-9-]+", md.stem), md.name


def test_home_is_newest_first(built_site: Path):
    home = (built_site / "dist" / "index.html").read_text(encoding="utf-8")
    dates = re.findall(r'datetime="(\d{4}-\d\d-\d\d)"', home)
    assert dates == sorted(dates, reverse=True)


def test_rebuild_is_stable(project: Path):
    assert run_sitegen("build", cwd=project).returncode == 0
    before = {p.name: p.read_text(encoding="utf-8") for p in (project / "content").glob("*.md")}
    assert run_sitegen("build", cwd=project).returncode == 0
    after = {p.name: p.read_text(encoding="utf-8") for p in (project / "content").glob("*.md")}
    assert before == after


def test_paths_and_settings_are_overridable(project: Path):
    (project / "sitegen.toml").write_text('title = "Мой дайджест"\nbase_url = "https://example.org/d/"\n', encoding="utf-8")
    shutil.move(project / "seeds", project / "raw")
    result = run_sitegen("build", "--seeds", "raw", "--content", "pages", "--out", "site", cwd=project)
    assert result.returncode == 0, result.stderr
    assert len(list((project / "pages").glob("*.md"))) == 5
    assert "Мой дайджест" in (project / "site" / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("toml, problem", [
    ("title = \n", "sitegen.toml"),
    ("title = 5\n", "'title' must be a string"),
    ("colour = 'red'\n", "unknown setting(s): colour"),
])
def test_bad_config_is_one_clear_line(project: Path, toml: str, problem: str):
    (project / "sitegen.toml").write_text(toml, encoding="utf-8")
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 2
    assert problem in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


# ------------------------------------------------------------------ editors' work


def _page_for(project: Path, seed_name: str) -> Path:
    for md in (project / "content").glob("*.md"):
        if f"seed: {seed_name}" in md.read_text(encoding="utf-8"):
            return md
    raise AssertionError(f"no content page for {seed_name}")


def test_edited_page_is_kept_and_wins(project: Path):
    run_sitegen("build", cwd=project)
    seed = sorted((project / "seeds").iterdir())[0]
    page = _page_for(project, seed.name)
    text = page.read_text(encoding="utf-8")
    edited = re.sub(r"^title: .*$", "title: Заголовок от редактора", text, count=1, flags=re.M)
    edited = edited.replace("\n---\n\n", "\n---\n\nАбзац редактора.\n\n", 1)
    page.write_text(edited, encoding="utf-8")

    result = run_sitegen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    assert page.read_text(encoding="utf-8") == edited
    html = (project / "dist" / "articles" / f"{page.stem}.html").read_text(encoding="utf-8")
    assert "Заголовок от редактора" in html and "Абзац редактора." in html

    seed.write_text(seed.read_text(encoding="utf-8") + "\nНовый абзац в источнике, достаточно длинный, чтобы быть текстом.\n", encoding="utf-8")
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 0
    assert page.read_text(encoding="utf-8") == edited
    assert f"warning: {page}".replace(str(project) + "/", "") in result.stderr.replace(str(project) + "/", "")
    assert "seed" in result.stderr and "changed" in result.stderr


def test_unedited_page_follows_its_seed(project: Path):
    run_sitegen("build", cwd=project)
    seed = sorted((project / "seeds").iterdir())[1]
    page = _page_for(project, seed.name)
    seed.write_text(seed.read_text(encoding="utf-8").replace("Абдрахманов", "Абдрахманова"), encoding="utf-8")
    run_sitegen("build", cwd=project)
    assert "Абдрахманова" in page.read_text(encoding="utf-8")


def test_editor_written_page_is_a_first_class_article(project: Path):
    (project / "content").mkdir()
    (project / "content" / "redaktsiia.md").write_text(
        "---\ntitle: Колонка редактора\ndate: 2030-01-02\npersons: [Мухтар Тлеуберди]\ncountries: [Казахстан]\n---\n\nТекст колонки.\n",
        encoding="utf-8")
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    dist = project / "dist"
    assert "Колонка редактора" in (dist / "articles" / "redaktsiia.html").read_text(encoding="utf-8")
    home = (dist / "index.html").read_text(encoding="utf-8")
    assert home.index("Колонка редактора") < home.index("</article>")  # newest, so first
    assert "Колонка редактора" in (dist / "countries" / "kz.html").read_text(encoding="utf-8")
    assert (project / "content" / "redaktsiia.md").read_text(encoding="utf-8").startswith("---\ntitle: Колонка")


def test_deleted_seed_removes_its_generated_page_but_not_an_edited_one(project: Path):
    run_sitegen("build", cwd=project)
    seeds = sorted((project / "seeds").iterdir())
    gone, edited_gone = seeds[0], seeds[1]
    page, edited_page = _page_for(project, gone.name), _page_for(project, edited_gone.name)
    edited_page.write_text(edited_page.read_text(encoding="utf-8") + "\nПравка.\n", encoding="utf-8")
    gone.unlink()
    edited_gone.unlink()
    result = run_sitegen("build", cwd=project)
    assert not page.exists()
    assert not (project / "dist" / "articles" / f"{page.stem}.html").exists()
    assert edited_page.exists() and "Правка." in edited_page.read_text(encoding="utf-8")
    assert "is gone" in result.stderr


# ------------------------------------------------------------------ bad input


def test_bad_seeds_warn_by_name_and_the_build_goes_on(project: Path):
    seeds = project / "seeds"
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (seeds / "boilerplate.txt").write_text("Меню\nВсе новости\nЗагрузить ещё\n© 2024\n", encoding="utf-8")
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 1
    for name in ("empty.txt", "binary.txt", "boilerplate.txt"):
        lines = [l for l in result.stderr.splitlines() if name in l]
        assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert len(list((project / "dist" / "articles").glob("*.html"))) == 5


def test_cp1251_seed_is_read(project: Path):
    text = (SEEDS / sorted(p.name for p in SEEDS.iterdir())[1]).read_text(encoding="utf-8")
    for f in (project / "seeds").iterdir():
        f.unlink()
    (project / "seeds" / "win.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1251"))
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    [md] = (project / "content").glob("*.md")
    assert "Абдрахманов" in md.read_text(encoding="utf-8")


def test_script_and_markup_in_a_seed_come_out_escaped(project: Path):
    body = ("Это длинный абзац статьи о внешней политике, в котором есть <script>alert('x')</script> "
            "и **звёздочки**, [ссылка](javascript:alert(1)) и <b onclick='x'>тег</b>, как это бывает.")
    (project / "seeds" / "evil.txt").write_text(f"Заголовок статьи про опасный текст\n\n{body}\n\n{body}\n",
                                                encoding="utf-8")
    result = run_sitegen("build", cwd=project)
    assert result.returncode == 0, result.stderr
    html = "".join(p.read_text(encoding="utf-8") for p in (project / "dist" / "articles").glob("*.html"))
    assert "<script>alert" not in html and "<b onclick" not in html and 'href="javascript' not in html
    assert "**звёздочки**" in html and "[ссылка](javascript:alert(1))" in html
