#!/usr/bin/env python3
"""Score document-level organisation extraction against an ``orgs.json`` gold file.

Usage:
    org_score.py DATA_DIR PREDICTIONS.jsonl

``orgs.json`` maps each document to {"orgs": [{"names": [...]}, ...], "ignored": [[...], ...]}: one
entry per organisation, with every nominative form an extractor may fairly give it (the text's
forms, the full name, the usual abbreviation). PREDICTIONS.jsonl holds ``sitegen extract --json``
objects: "path" (its stem names the document) and "organizations" ([{"name", "aliases"?}]).

A predicted organisation matches a gold one when its name or one of its aliases equals one of the
gold names, compared folded (case, ё/е, and everything but letters and digits ignored). A gold
organisation is found at most once: a second prediction for it (an unmerged alias) is a false
positive. A prediction matching only an "ignored" entry counts neither way.
"""
from __future__ import annotations

import json
import pathlib
import re
import sys


def fold(s: str) -> str:
    return re.sub(r"[\W_]+", "", s.lower().replace("ё", "е"))


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gold: dict, orgs: list[dict]) -> tuple[list[int], list[str], list[str]]:
    """(gold indexes found, false-positive names, missed gold names) for one document."""
    names = [{fold(n) for n in o["names"]} for o in gold["orgs"]]
    ignored = {fold(n) for group in gold.get("ignored", []) for n in group}
    found: list[int] = []
    extra: list[str] = []
    for org in orgs:
        forms = {fold(org["name"]), *(fold(a) for a in org.get("aliases", []))}
        hit = next((i for i, ns in enumerate(names) if forms & ns), None)
        if hit is None:
            if not forms & ignored:
                extra.append(org["name"])
        elif hit in found:
            extra.append(org["name"])
        else:
            found.append(hit)
    missed = [o["names"][0] for i, o in enumerate(gold["orgs"]) if i not in found]
    return found, extra, missed


def score(gold: dict, preds: dict) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for doc, g in gold.items():
        found, extra, missed = match(g, preds.get(doc, {}).get("organizations", []))
        tp, fp, fn = tp + len(found), fp + len(extra), fn + len(missed)
    return prf(tp, fp, fn)


def main() -> None:
    gold = json.loads((pathlib.Path(sys.argv[1]) / "orgs.json").read_text(encoding="utf-8"))
    preds = {}
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[pathlib.Path(obj["path"]).stem] = obj
    p, r, f = score(gold, preds)
    print(f"org      precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
