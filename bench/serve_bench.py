"""Save → reload latency of ``sitegen serve`` on big sites.

    python3 bench/serve_bench.py [N ...] [--runs R] [--edit title|date|person] [--keep DIR]

For each N (default: 1000 10000) it makes an N-article project (content pages built from the
factRuEval texts, people and countries from their gold annotations), starts the real server on a
free port, waits for the first build, then R times edits one article (its title by default) the way
an editor does (write a temporary file, rename it over the page) and times save → ``reload`` event,
then waits for the search index to catch up before the next edit.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FACTRU = REPO.parent / "shared" / "data" / "factru-dev"
sys.path.insert(0, str(REPO))

from sitegen.content import render_page  # noqa: E402
from sitegen.entities.cldr import resolve_country  # noqa: E402
from sitegen.model import Article, Organization, Person  # noqa: E402

ORGS = ["ООН", "ОДКБ", "ШОС", "ЕАЭС", "НАТО", "ОБСЕ", "Евросоюз", "МИД Казахстана", "СНГ", "МВФ"]


def make_corpus(n: int, root: Path, seed: int = 7) -> None:
    """``root/content`` with ``n`` generated (not editor-owned) pages, and the repo's templates."""
    rnd = random.Random(seed)
    gold = json.loads((FACTRU / "gold.json").read_text(encoding="utf-8"))
    texts = []
    for path in sorted((FACTRU / "texts").glob("*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n") if len(p.strip()) > 40]
        doc = gold.get(path.stem, {})
        names = (" ".join([*p.get("firstnames", [])[:1], *p.get("lastnames", [])[:1]]).strip()
                 for p in doc.get("persons", []))
        persons = [Person(name) for name in names if name]
        countries = [c for c in (resolve_country(code) for code in doc.get("countries", [])) if c]
        if paras:
            texts.append((paras, persons, countries))
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    start = date(2020, 1, 1)
    for i in range(n):
        paras, persons, countries = texts[i % len(texts)]
        body = rnd.sample(paras, min(len(paras), rnd.randint(3, 8)))
        title = re.split(r"(?<=[.!?])\s", body[0])[0][:90].rstrip(" .") + f" ({i})"
        article = Article(
            id=f"bench{i:06d}", slug=f"a{i:06d}", title=title, body="\n\n".join(body),
            date=start + timedelta(days=rnd.randrange(1500)), source="bench.example",
            persons=persons[:6], countries=countries[:4], organizations=[Organization(o) for o in rnd.sample(ORGS, 2)],
        )
        (content / f"a{i:06d}.md").write_text(render_page(article, "", "", ""), encoding="utf-8")
    (root / "seeds").mkdir(exist_ok=True)


def use_repo_templates(root: Path) -> None:
    """The repo's templates in ``root`` (a kept project measures the current ones too)."""
    shutil.rmtree(root / "templates", ignore_errors=True)
    shutil.copytree(REPO / "templates", root / "templates")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(port: int, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", "/index.html")
            if conn.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError("server did not come up")


class Events:
    """A minimal SSE reader on the server's event stream."""

    def __init__(self, port: int):
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        self.conn.request("GET", "/__sitegen/events")
        self.resp = self.conn.getresponse()

    def next(self) -> tuple[str, str]:
        event, data = "message", []
        while True:
            line = self.resp.fp.readline().decode("utf-8")
            if not line:
                raise EOFError
            line = line.rstrip("\r\n")
            if not line:
                if data:
                    return event, "\n".join(data)
                continue
            if line.startswith("event:"):
                event = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())

    def wait(self, name: str) -> str:
        while True:
            event, data = self.next()
            if event == name:
                return data
            if event == "errors" and json.loads(data)["errors"]:
                raise RuntimeError(f"the server reports errors: {data[:500]}")


def _search_ready(events: Events, start: float) -> float | None:
    """Seconds from save until the search index caught up (the next edit waits for it: idle server)."""
    try:
        events.wait("search")
    except (TimeoutError, OSError):
        return None
    return round(time.perf_counter() - start, 1)


EDITS = {  # what an editor fixes: a title keeps the site's structure, a date or a name re-plans it
    "title": (r"^title: .*$", lambda m, n: f"{m.group(0)} правка {n}"),
    "date": (r"^date: .*$", lambda m, n: f"date: {date(2010, 1, 1) + timedelta(days=n % 5000)}"),
    "person": (r"^persons:.*$", lambda m, n: f"persons:\n- Новый Человек{n}"),
}


def save_edit(path: Path, edit: str, run: int) -> None:
    """Change one field the way an editor does: temp file, rename over."""
    pattern, replace = EDITS[edit]
    old = path.read_text(encoding="utf-8")
    unique = run * 7919 + time.time_ns() // 1000  # projects are reused: a value the page has not had
    while (text := re.sub(pattern, lambda m: replace(m, unique), old, count=1, flags=re.M)) == old:
        unique += 1
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def bench(n: int, runs: int, keep: Path | None, edit: str = "title") -> dict:
    root = keep / f"site{n}" if keep else Path(tempfile.mkdtemp(prefix=f"serve-bench-{n}-"))
    if not (root / "content").exists():
        t = time.perf_counter()
        make_corpus(n, root)
        print(f"[{n}] corpus made in {time.perf_counter() - t:.1f}s", file=sys.stderr)
    use_repo_templates(root)
    port = free_port()
    t0 = time.perf_counter()
    log = open(root / "serve.log", "w", encoding="utf-8")  # drained: a full pipe would stall the server
    proc = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--root", str(root), "--port", str(port)],
                            cwd=REPO, stdout=log, stderr=subprocess.STDOUT, text=True)
    try:
        wait_ready(port, proc, timeout=1800)
        startup = time.perf_counter() - t0
        print(f"[{n}] first build and serve in {startup:.1f}s", file=sys.stderr)
        events = Events(port)
        pages = sorted((root / "content").glob("*.md"))
        latencies, details, search = [], [], []
        for run in range(runs):
            page = pages[(run * 7919) % len(pages)]
            t = time.perf_counter()
            save_edit(page, edit, run)
            data = json.loads(events.wait("reload"))
            latencies.append(time.perf_counter() - t)
            details.append(data)
            search.append(_search_ready(events, t))
            print(f"[{n}] run {run}: save→reload {latencies[-1] * 1000:.0f} ms (server {data.get('ms')} ms, "
                  f"{data.get('count')} files); search ready after {search[-1]}s", file=sys.stderr)
        return {"articles": n, "edit": edit, "startup_s": round(startup, 1), "runs": runs,
                "median_ms": round(statistics.median(latencies) * 1000),
                "max_ms": round(max(latencies) * 1000), "min_ms": round(min(latencies) * 1000),
                "server_ms": [d.get("ms") for d in details], "written": [d.get("count") for d in details],
                "search_ready_s": search}
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--edit", choices=sorted(EDITS), default="title", help="The field each run changes.")
    parser.add_argument("--keep", type=Path, default=None, help="Keep (and reuse) the generated projects here.")
    args = parser.parse_args()
    for n in args.sizes:
        print(json.dumps(bench(n, args.runs, args.keep, args.edit), ensure_ascii=False))


if __name__ == "__main__":
    main()
