"""Extraction quality on gold-annotated news: the factRuEval-2016 dev texts and the hand-written
sets in bench/data/ (same gold format), scored by factRuEval's own score.py."""
from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from sitegen.entities import extract_entities

from conftest import FACTRU, REPO

FRESH = REPO / "bench" / "data"
# (data set, person F1, strict person F1, country F1): issue #4's targets, a little above them
# where a set has been developed on.
SETS = [
    (FACTRU, 0.90, 0.905, 0.95),
    (FRESH / "fresh-a", 0.95, 0.94, 0.96),
    (FRESH / "fresh-b", 0.90, 0.88, 0.96),
    (FRESH / "fresh-c", 0.90, 0.88, 0.96),
]


def _scorer(data: Path):
    path = data / "score.py" if (data / "score.py").exists() else FRESH / "score.py"
    spec = importlib.util.spec_from_file_location("factru_score", path)
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    return scorer


def scores(data: Path) -> dict:
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    preds = {}
    for doc in gold:
        text = (data / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        ents = extract_entities("", [p for p in re.split(r"\n\s*\n", text) if p.strip()])
        preds[doc] = {"persons": [{"name": p.name} for p in ents.persons],
                      "countries": [{"code": c.code} for c in ents.countries]}
    return _scorer(data).score(gold, preds)


@pytest.mark.parametrize("data, person, strict, country", SETS, ids=[s[0].name for s in SETS])
def test_f1(data, person, strict, country):
    if not (data / "gold.json").exists():
        pytest.skip(f"{data} not present")
    got = scores(data)
    assert got["person"][2] >= person
    assert got["strict"][2] >= strict
    assert got["country"][2] >= country
