"""A project for the publishing tests: the five seeds plus hand-written content pages that name
people, countries and organisations in their front matter, built once with a ``base_url``.

Import the fixture into a test module: ``from publish_project import published_site  # noqa: F401``.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import SEEDS, run_sitegen

BASE_URL = "https://example.github.io/digest/"

PAGES = {
    "tokaev-i-si-tszinpin-obsudili-torgovliu": """\
---
title: Токаев и Си Цзиньпин обсудили торговлю и транзит
date: 2022-09-14
source: Акорда
author: Пресс-служба
persons:
  - name: Касым-Жомарт Токаев
    role: Президент Казахстана
    aliases: [Токаев]
  - name: Си Цзиньпин
    role: Председатель КНР
countries: [Казахстан, Китай]
organizations: [ШОС]
---

Президент Казахстана Касым-Жомарт Токаев провёл переговоры с Председателем КНР Си Цзиньпином
в Астане. Стороны обсудили рост товарооборота, транзит через Казахстан и новые железнодорожные
маршруты.

«Китай — наш вечный всесторонний стратегический партнёр», — отметил глава государства.
""",
    "kazakhstan-i-kitai-podpisali-soglasheniia": """\
---
title: Казахстан и Китай подписали пакет соглашений
date: 2022-09-15
source: Kazinform
persons: [Касым-Жомарт Токаев, Си Цзиньпин]
countries: [Казахстан, Китай]
---

По итогам государственного визита подписаны соглашения о сотрудничестве в сферах торговли,
энергетики и образования. Общая сумма коммерческих договорённостей превысила миллиард долларов.
""",
    "tokaev-vstretilsia-s-putinym": """\
---
title: Токаев встретился с Путиным в Москве
date: 2023-11-28
source: Tengrinews
persons:
  - name: Касым-Жомарт Токаев
    role: Президент Казахстана
  - name: Владимир Путин
    role: Президент России
countries: [Казахстан, Россия]
organizations: [ЕАЭС]
---

Главы государств обсудили сотрудничество в энергетике, промышленной кооперации и
гуманитарной сфере, а также подготовку к саммиту ЕАЭС.
""",
    "mirziyoev-posetil-astanu": """\
---
title: Мирзиёев посетил Астану с рабочим визитом
date: 2024-03-02
source: Uzdaily
persons:
  - name: Шавкат Мирзиёев
    role: Президент Узбекистана
  - Касым-Жомарт Токаев
countries: [Узбекистан, Казахстан]
---

Президенты Узбекистана и Казахстана обсудили водно-энергетические вопросы региона,
строительство новых пограничных переходов и совместные инфраструктурные проекты.
""",
    "aliev-i-tokaev-transkaspiiskii-marshrut": """\
---
title: Алиев и Токаев обсудили Транскаспийский маршрут
date: 2024-03-20
source: Trend
persons: [Ильхам Алиев, Касым-Жомарт Токаев]
countries: [Азербайджан, Казахстан]
organizations: [ОТГ]
---

Транскаспийский международный транспортный маршрут становится важнейшей артерией между
Азией и Европой. Стороны договорились увеличить пропускную способность портов Актау и Баку.
""",
    "mid-kazakhstana-o-sotrudnichestve-s-es": """\
---
title: МИД Казахстана о сотрудничестве с Европейским союзом
date: 2024-03-21
persons: [Мурат Нуртлеу]
countries: [Казахстан, Германия]
organizations: [Европейский союз]
---

Министр иностранных дел Мурат Нуртлеу провёл встречу с послами стран Европейского союза.
Обсуждались инвестиции, критически важное сырьё и зелёный водород.
""",
}


def make_project(root: Path, base_url: str = BASE_URL) -> Path:
    """Seeds, hand-written content pages and a ``sitegen.toml``; built with the real CLI."""
    shutil.copytree(SEEDS, root / "seeds")
    (root / "content").mkdir()
    for slug, text in PAGES.items():
        (root / "content" / f"{slug}.md").write_text(text, encoding="utf-8")
    (root / "sitegen.toml").write_text(f'base_url = "{base_url}"\n', encoding="utf-8")
    result = run_sitegen("build", cwd=root)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def published_site(tmp_path_factory) -> Path:
    """The project built once per test worker; its site is in ``dist/`` (read-only)."""
    return make_project(tmp_path_factory.mktemp("published"))


def serve_like_pages(context, dist: Path, base_url: str = BASE_URL) -> None:
    """Answer requests for ``base_url`` from ``dist`` as GitHub Pages does: files as they are,
    directories as their index.html, anything missing as 404.html with status 404."""
    types = {".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
             ".xml": "application/xml", ".json": "application/json", ".png": "image/png", ".svg": "image/svg+xml"}

    def handle(route):
        path = route.request.url[len(base_url):].split("?")[0].split("#")[0]
        target = dist / (path or "index.html")
        if target.is_dir():
            target = target / "index.html"
        status = 200 if target.is_file() else 404
        target = target if status == 200 else dist / "404.html"
        route.fulfill(status=status, body=target.read_bytes(),
                      content_type=types.get(target.suffix, "application/octet-stream"))

    context.route(base_url + "**", handle)
