"""Extraction quality on the factRuEval-2016 dev texts, scored by the data set's own score.py."""
from __future__ import annotations

import importlib.util
import json
import re

import pytest

from sitegen.entities import extract_entities

from conftest import FACTRU

pytestmark = pytest.mark.skipif(not (FACTRU / "gold.json").exists(), reason="factRuEval dev data not present")


@pytest.fixture(scope="module")
def scores() -> dict:
    spec = importlib.util.spec_from_file_location("factru_score", FACTRU / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    gold = json.loads((FACTRU / "gold.json").read_text(encoding="utf-8"))
    preds = {}
    for doc in gold:
        text = (FACTRU / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        ents = extract_entities("", [p for p in re.split(r"\n\s*\n", text) if p.strip()])
        preds[doc] = {"persons": [{"name": p.name} for p in ents.persons],
                      "countries": [{"code": c.code} for c in ents.countries]}
    return scorer.score(gold, preds)


def test_person_f1(scores):
    assert scores["person"][2] >= 0.90
    assert scores["strict"][2] >= 0.905


def test_country_f1(scores):
    assert scores["country"][2] >= 0.95
