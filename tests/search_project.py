"""A project for the search tests: the five seeds plus hand-written content pages with people,
countries, ё/е spellings and markup-like text, built once.

Import the fixture into a test module: ``from search_project import search_site  # noqa: F401``.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, run_sitegen

PAGES = {
    "tokaev-mirziyoyev": """\
---
title: Токаев и Мирзиёев провели переговоры в Ташкенте
date: 2026-03-02
source: Тестовое агентство
persons: [Касым-Жомарт Токаев, Шавкат Мирзиёев]
countries: [Казахстан, Узбекистан]
---

Президенты обсудили водные ресурсы и трёхсторонний формат сотрудничества в Центральной Азии.

На переговорах в Ташкенте стороны подписали соглашение о демаркации границы.
""",
    "lavrov-tleuberdi": """\
---
title: Лавров и Тлеуберди обсудили сотрудничество
date: 2026-03-01
source: Агентство МИД
persons: [Сергей Лавров, Мухтар Тлеуберди]
countries: [Россия, Казахстан]
---

Министры иностранных дел обсудили трехсторонний формат встреч и подготовку визита в Москву.
""",
    "markup-title": """\
---
title: '<img src=x onerror="window.__xss=1">Ёмкость & <b>нефтепровода</b>'
date: 2026-02-27
source: <script>window.__xss=2</script>
---

Пропускная <i>ёмкость</i> нефтепровода <script>window.__xss=3</script> выросла.
""",
}


@pytest.fixture(scope="session")
def search_site(tmp_path_factory) -> Path:
    """The built dist/ of the seeds plus PAGES (read-only for the tests that use it)."""
    root = tmp_path_factory.mktemp("search-site")
    shutil.copytree(SEEDS, root / "seeds")
    (root / "content").mkdir()
    for slug, text in PAGES.items():
        (root / "content" / f"{slug}.md").write_text(text, encoding="utf-8")
    result = run_sitegen("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root / "dist"
