"""Write N realistic seed pages (real article text in varied site boilerplate) for benchmarks.

    python3 bench/make_corpus.py N OUT [--seed S] [--split all|train|heldout] [--labels FILE]

Pages go to OUT/NNNNN_<hash>.txt (UTF-8). ``--labels`` writes one JSON object per page (same
order): file, true title, date, source, url, author and a gold label per line.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from boilerplate import generate  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--split", choices=["all", "train", "heldout"], default="all")
    ap.add_argument("--labels", type=Path, help="write per-line gold labels (JSONL) here")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    labels = args.labels.open("w", encoding="utf-8") if args.labels else None
    width = max(5, len(str(args.n)))
    for i, page in enumerate(generate(args.n, args.seed, args.split)):
        data = page.text.encode("utf-8")
        name = f"{i:0{width}d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        (args.out / name).write_bytes(data)
        if labels:
            labels.write(json.dumps({"file": name, **page.labels()}, ensure_ascii=False) + "\n")
    if labels:
        labels.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
