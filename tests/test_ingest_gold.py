"""Cleaning and metadata of the five real seeds against hand-written gold (tests/gold/*.json)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SEEDS, run_sitegen
from sitegen.ingest import clean, read_seed

GOLD = Path(__file__).parent / "gold"
GOLDS = sorted(GOLD.glob("*.json"))
KEYS = ["path", "title", "date", "source", "url", "author", "persons", "countries", "organizations", "body"]


def _gold(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_every_seed_has_gold():
    assert sorted(g.stem for g in GOLDS) == sorted(p.stem for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module", params=GOLDS, ids=lambda p: p.stem)
def case(request):
    gold = _gold(request.param)
    return gold, clean(read_seed(SEEDS / gold["file"]))


def test_metadata(case):
    gold, page = case
    assert page.title == gold["title"]
    assert (page.date.isoformat() if page.date else None) == gold["date"]
    assert page.source == gold["source"]
    assert page.url == gold["url"]
    assert page.author == gold["author"]
    assert page.warnings == []


def test_body_is_the_article_and_only_the_article(case):
    gold, page = case
    assert page.paragraphs[0] == gold["body_first"]
    assert page.paragraphs[-1] == gold["body_last"]
    assert len(page.paragraphs) == len(gold["body_lines"])
    for line in gold["drop"]:
        assert line not in page.paragraphs
    assert gold["title"] not in page.paragraphs


def test_extract_json_has_the_fixed_keys_and_the_gold_values(tmp_path: Path):
    files = [str(SEEDS / _gold(g)["file"]) for g in GOLDS]
    result = run_sitegen("extract", "--json", *files, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == len(GOLDS)
    for record, gpath in zip(records, GOLDS):
        gold = _gold(gpath)
        assert list(record) == KEYS
        assert (record["title"], record["date"], record["source"], record["author"]) == \
            (gold["title"], gold["date"], gold["source"], gold["author"])
        blocks = record["body"].split("\n\n")
        assert len(blocks) == len(gold["body_lines"])
        assert not set(gold["drop"]) & set(blocks)
