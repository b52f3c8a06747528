"""The search index: one Russian pipeline in Python and in the browser, and the files the build ships."""
from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from lunr.builder import Builder
from lunr.index import Index

from conftest import FACTRU, REPO, SEEDS
from sitegen.errors import SitegenError
from sitegen.markup import paragraphs_to_markdown
from sitegen.model import Article, Country, Person
from sitegen.search import search_files
from sitegen.search.builder import FastBuilder
from sitegen.search.builder import terms as index_terms
from sitegen.search.documents import BODY_CHARS, plain_text
from sitegen.search.index import build_shards, shard_jobs, shard_sizes
from sitegen.search.pipeline import LABELS, STOP_WORDS, pipeline_terms, russian
from sitegen.search.vendor import vendor_files

NODE_SCRIPT = REPO / "tests" / "js" / "pipeline_terms.js"
TRICKY = "Ёлка, за́мок «Токаева» NATO-2020 İstanbul — а и … x² ½ ЁЖИК ёж Ё"


def browser_pipeline(texts: list[str]) -> dict:
    node = shutil.which("node")
    if not node:
        pytest.fail("node is missing: install Node.js and run `npm ci` (make install)")
    result = subprocess.run([node, str(NODE_SCRIPT)], input=json.dumps({"stopWords": STOP_WORDS, "texts": texts}),
                            capture_output=True, text=True, timeout=120, cwd=REPO)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_browser_pipeline_gives_the_python_terms_for_every_corpus_word():
    paths = sorted(SEEDS.glob("*.txt")) + sorted((FACTRU / "texts").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in paths] + [TRICKY]
    python = [index_terms(t) for t in texts]
    assert sum(map(len, python)) > 10_000
    assert python == [pipeline_terms(t) for t in texts]  # the memoised path = lunr.py's Tokenizer + Pipeline
    browser = browser_pipeline(texts)
    assert browser["labels"] == list(LABELS)  # registered in lunr.js under the labels the index names
    for path, py, js in zip([*paths, "tricky"], python, browser["terms"]):
        assert js == py, f"{path}: first difference {next((a, b) for a, b in zip(py + [None], js + [None]) if a != b)}"


def test_inflected_forms_and_yo_share_a_term():
    assert len(set(index_terms("Токаева Токаеву Токаевым Токаеве"))) == 1
    assert len(set(index_terms("переговоры переговоров переговорах"))) == 1
    assert index_terms("Ёлка зелёный ЕЩЁ") == index_terms("елка зеленый еще")
    assert index_terms("за́мок") == index_terms("замок")


def test_punctuation_is_trimmed_and_stop_words_dropped():
    assert index_terms("«Казахстана», (и) — а") == index_terms("Казахстана")
    assert index_terms("NATO-2020") == ["nato", "2020"]


def test_fast_builder_serialises_the_same_index_as_lunr_py():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(SEEDS.glob("*.txt"))]
    docs = [{"id": str(i), "title": t[:80], "body": t, "empty": ""} for i, t in enumerate(texts)]
    indexes = []
    for builder in (Builder(), FastBuilder()):
        russian(builder)
        builder.ref("id")
        for name, boost in (("title", 10), ("body", 1), ("empty", 2)):
            builder.field(name, boost=boost)
        for doc in docs:
            builder.add(doc)
        indexes.append(builder.build().serialize())
    assert indexes[0] == indexes[1]


def test_snippet_text_is_the_plain_text_of_the_markdown_body():
    scraped = ["AT&T и <b>жирный</b> 5 * 3 = snake_case", "- не список", "1. не номер"]
    assert plain_text(paragraphs_to_markdown(scraped)) == " ".join(scraped)
    assert plain_text("## Итоги\n\n**Важно**: [визит](https://x.kz) <i>состоялся</i>") == "Итоги Важно: визит состоялся"
    long = plain_text("слово " * 400)
    assert len(long) <= BODY_CHARS + 2 and long.endswith("слово …")


def _article(n: int, **kw) -> Article:
    return Article(id=f"a{n}", slug=f"a{n}", title=kw.pop("title", f"Статья {n}"), body=kw.pop("body", "Текст."), **kw)


def test_search_files_ship_meta_shards_and_vendor_scripts():
    articles = [_article(1, title="Токаев провёл переговоры", date=date(2026, 1, 2), source="Агентство",
                         persons=[Person("Касым-Жомарт Токаев")], countries=[Country("KZ", "Казахстан")],
                         body="Стороны обсудили **зелёный** [коридор](https://example.org)."),
                _article(2, body="Погода.")]
    files = search_files(articles)
    assert {"search/meta.js", "search/shard-000.js", "assets/vendor/lunr.min.js",
            "assets/vendor/lunr.stemmer.support.min.js", "assets/vendor/lunr.ru.min.js"} <= set(files)
    meta = json.loads(files["search/meta.js"].decode().removeprefix("window.SITEGEN_SEARCH=").rstrip(";\n"))
    assert meta["stopWords"] == list(STOP_WORDS) and meta["docs"] == 2
    assert meta["shards"][0]["src"].startswith("search/shard-000.js?v=")
    shard = json.loads(files["search/shard-000.js"].decode().split(".push(", 1)[1].rstrip(");\n"))
    assert shard["docs"][0][:7] == ["Токаев провёл переговоры", "articles/a1.html", "2026-01-02", "2 января 2026",
                                    "Агентство", ["Касым-Жомарт Токаев"], ["Казахстан"]]
    assert shard["docs"][0][7] == "Стороны обсудили зелёный коридор."  # Markdown reduced to text
    index = Index.load(shard["index"])  # our pipeline labels are registered, as in the browser
    assert [r["ref"] for r in index.search("переговорах")] == ["0"]
    assert [r["ref"] for r in index.search("зеленый")] == ["0"]
    assert [r["ref"] for r in index.search("persons:токаев")] == ["0"]


def test_articles_are_cut_into_shards_newest_first_and_built_in_parallel():
    articles = [_article(n, body=f"Слово{n} и переговоры") for n in range(5)]
    jobs = shard_jobs(articles, first=1, most=2)
    assert [len(docs) for _, docs, _ in jobs] == [1, 2, 2]
    assert [rec[1] for rec in jobs[0][2]] == ["articles/a0.html"]
    assert shard_sizes(10_000) == [250, 500] + [1000] * 9 + [250]
    assert build_shards(jobs, processes=2) == build_shards(jobs, processes=1)


def test_missing_node_modules_is_a_clear_error(tmp_path: Path):
    with pytest.raises(SitegenError, match="npm ci"):
        vendor_files([tmp_path])
