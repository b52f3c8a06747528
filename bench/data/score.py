#!/usr/bin/env python3
"""Score document-level entity extraction against factRuEval-2016 gold sets.

A copy of the scorer shipped with the factRuEval dev data, so the hand-written sets beside it
(fresh-a, fresh-b, fresh-c: the same gold format) can be scored where that data is absent.

Usage:
    score.py GOLD_DIR PREDICTIONS.jsonl

PREDICTIONS.jsonl holds one JSON object per document, as `sitegen extract --json`
prints it: at least "path" (its file stem names the document), "persons"
(a list of {"name": ...}) and "countries" (a list of {"code": ISO 3166 alpha-2}).

Persons: a predicted name matches a gold person when one of its words is that
person's last name (case and ё/е folded). A gold person is found at most once;
a second name for the same person (an unmerged short mention) counts as a false
positive. Names that only match first-name-only gold mentions are not counted.
"strict" also asks for the first name (or its initial) where the gold has one.
Countries: sets of ISO codes per document.
"""
import json, pathlib, re, sys


def fold(s):
    return s.lower().replace("ё", "е").strip(" .")


def words(name):
    return [fold(w) for w in re.split(r"[\s]+", name) if w.strip(" .")]


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold, preds):
    tot = {"person": [0, 0, 0], "strict": [0, 0, 0], "country": [0, 0, 0]}
    for doc, g in gold.items():
        pred = preds.get(doc, {"persons": [], "countries": []})
        names = [p["name"] for p in pred.get("persons", []) if p.get("name")]
        for key, strict in (("person", False), ("strict", True)):
            found = set()
            tp = fp = 0
            for name in names:
                ws = set(words(name))
                hit = None
                for i, gp in enumerate(g["persons"]):
                    if not ws & {fold(l) for l in gp["lastnames"]}:
                        continue
                    if strict and gp["firstnames"]:
                        firsts = {fold(f) for f in gp["firstnames"]}
                        if not any(w in firsts or any(f.startswith(w) for f in firsts) for w in ws):
                            continue
                    hit = i
                    break
                if hit is None:
                    if any(ws & {fold(x) for x in ig} for ig in g["persons_ignored"]):
                        continue
                    fp += 1
                elif hit in found:
                    fp += 1
                else:
                    found.add(hit)
                    tp += 1
            fn = len(g["persons"]) - len(found)
            for j, v in enumerate((tp, fp, fn)):
                tot[key][j] += v
        pc = {c.get("code") for c in pred.get("countries", [])}
        gc = set(g["countries"])
        for j, v in enumerate((len(pc & gc), len(pc - gc), len(gc - pc))):
            tot["country"][j] += v
    return {k: prf(*v) for k, v in tot.items()}


def main():
    gold = json.loads((pathlib.Path(sys.argv[1]) / "gold.json").read_text(encoding="utf-8"))
    preds = {}
    for line in pathlib.Path(sys.argv[2]).read_text(encoding="utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            preds[pathlib.Path(obj["path"]).stem] = obj
    missing = [d for d in gold if d not in preds]
    if missing:
        print(f"warning: no prediction for {len(missing)} of {len(gold)} documents", file=sys.stderr)
    res = score(gold, preds)
    for k, (p, r, f) in res.items():
        print(f"{k:8s} precision {p:.3f} recall {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
