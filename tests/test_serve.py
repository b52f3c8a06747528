"""``sitegen serve`` for real: a server on a free port, real file edits, a real event-stream client."""
from __future__ import annotations

import http.client
import json
import os
import queue
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from conftest import REPO, SEEDS

TIMEOUT = 60  # generous bound for a loaded 2-core machine; events normally arrive within a second


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Events:
    """Reads the server's event stream on a thread; ``wait`` returns the next matching event."""

    def __init__(self, port: int):
        self.queue: queue.Queue = queue.Queue()
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        self.conn.request("GET", "/__sitegen/events")
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200
        assert self.resp.getheader("Content-Type").startswith("text/event-stream")
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        event, data = "message", []
        try:
            for raw in self.resp:
                line = raw.decode("utf-8").rstrip("\r\n")
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].strip())
                elif not line and data:
                    self.queue.put((event, json.loads("\n".join(data))))
                    event, data = "message", []
        except (OSError, ValueError):
            pass

    def wait(self, name: str, check=lambda data: True) -> dict:
        deadline = time.monotonic() + TIMEOUT
        while (left := deadline - time.monotonic()) > 0:
            try:
                event, data = self.queue.get(timeout=left)
            except queue.Empty:
                break
            if event == name and check(data):
                return data
        raise AssertionError(f"no {name!r} event within {TIMEOUT}s")

    def quiet(self, name: str, seconds: float) -> bool:
        """True when no ``name`` event arrives for ``seconds``."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            try:
                event, _ = self.queue.get(timeout=left)
            except queue.Empty:
                return True
            if event == name:
                return False
        return True

    def close(self) -> None:
        self.conn.close()


class Served:
    def __init__(self, root: Path, port: int, proc: subprocess.Popen):
        self.root, self.port, self.proc = root, port, proc

    def get(self, path: str) -> tuple[int, str]:
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        conn.request("GET", path)
        resp = conn.getresponse()
        body = resp.read().decode("utf-8", "replace")
        conn.close()
        return resp.status, body

    def events(self) -> Events:
        events = Events(self.port)
        events.wait("errors")  # every stream opens with the current error list
        return events


def _save(path: Path, text: str) -> None:
    """Save as editors do: a temporary file renamed over the page."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def start_serve(root: Path) -> Served:
    """``sitegen serve`` on ``root`` (seeds and a copy of the templates), once it serves its first build."""
    shutil.copytree(SEEDS, root / "seeds")
    shutil.copytree(REPO / "templates", root / "templates")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "sitegen", "serve", "--root", str(root), "--port", str(port)],
                            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    server = Served(root, port, proc)
    deadline = time.monotonic() + 300
    while True:
        assert proc.poll() is None, proc.stderr.read()
        try:
            if server.get("/index.html")[0] == 200:
                return server
        except OSError:
            pass
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.1)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    server = start_serve(tmp_path_factory.mktemp("serve"))
    yield server
    if server.proc.poll() is None:
        server.proc.kill()
        server.proc.wait()


def _article(served: Served, index: int) -> tuple[Path, str]:
    page = sorted((served.root / "content").glob("*.md"))[index]
    return page, f"/articles/{page.stem}.html"


def test_serves_the_site_with_the_reload_script_only_under_serve(served: Served, tmp_path: Path):
    status, html = served.get("/")
    assert status == 200 and "/__sitegen/events" in html
    status, _ = served.get("/no/such/page.html")
    assert status == 404
    published = tmp_path / "pub"
    shutil.copytree(SEEDS, published / "seeds")
    subprocess.run([sys.executable, "-m", "sitegen", "build", "--root", str(published)], cwd=REPO, check=True,
                   capture_output=True, timeout=300)
    assert not [p for p in (published / "dist").rglob("*.html") if "__sitegen" in p.read_text(encoding="utf-8")]


def test_content_edit_is_served_and_reloads(served: Served):
    events = served.events()
    page, url = _article(served, 0)
    text = page.read_text(encoding="utf-8")
    _save(page, re.sub(r"^title: .*$", "title: Заголовок, исправленный редактором", text, count=1, flags=re.M))
    data = events.wait("reload", lambda d: url[1:] in d["paths"])
    assert "index.html" in data["paths"]
    assert "Заголовок, исправленный редактором" in served.get(url)[1]
    assert "Заголовок, исправленный редактором" in served.get("/")[1]
    events.close()


def test_template_edit_is_served_and_reloads(served: Served):
    events = served.events()
    template = served.root / "templates" / "article.html"
    text = template.read_text(encoding="utf-8")
    _save(template, text.replace("{% block main %}", "{% block main %}<p id=\"tpl-probe\">проба</p>", 1))
    events.wait("reload")
    _, url = _article(served, 1)
    assert 'id="tpl-probe"' in served.get(url)[1]
    assert 'id="tpl-probe"' not in served.get("/")[1]
    events.close()


def test_new_seed_adds_its_article(served: Served):
    events = served.events()
    before = {p.name for p in (served.root / "content").glob("*.md")}
    source = sorted(SEEDS.iterdir())[2]
    _save(served.root / "seeds" / "new_seed.txt", source.read_text(encoding="utf-8"))
    data = events.wait("reload", lambda d: any(p.startswith("articles/") for p in d["paths"]))
    (new,) = {p.name for p in (served.root / "content").glob("*.md")} - before
    assert f"articles/{Path(new).stem}.html" in data["paths"]
    assert served.get(f"/articles/{Path(new).stem}.html")[0] == 200
    assert events.quiet("reload", 1.5)  # the content page the sync wrote does not trigger a rebuild
    events.close()


def test_broken_template_keeps_old_site_and_reports_error(served: Served):
    events = served.events()
    template = served.root / "templates" / "home.html"
    good = template.read_text(encoding="utf-8")
    _, old_home = served.get("/")
    _save(template, good.replace("{% block main %}", "{% block main %}{% for %}", 1))
    data = events.wait("errors", lambda d: d["errors"])
    assert any(re.search(r"home\.html:\d+: ", e) for e in data["errors"]), data
    status, home = served.get("/")
    assert status == 200 and home == old_home
    _save(template, good.replace("{% block main %}", "{% block main %}<p id=\"fixed\"></p>", 1))
    assert events.wait("errors")["errors"] == []
    events.wait("reload")
    assert 'id="fixed"' in served.get("/")[1]
    events.close()


def test_malformed_front_matter_is_reported_then_cleared(served: Served):
    events = served.events()
    page, url = _article(served, 2)
    good = page.read_text(encoding="utf-8")
    _save(page, good.replace("\ntitle:", "\ntitle: [oops", 1))
    data = events.wait("errors", lambda d: d["errors"])
    assert any(page.name in e and "line" in e for e in data["errors"]), data
    assert served.get(url)[0] == 200
    _save(page, good)
    assert events.wait("errors")["errors"] == []
    events.close()


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd", "/articles/../../seeds/", "/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc%2fpasswd",
    "/articles/%2e%2e%2f%2e%2e%2fsitegen.toml", "/%2E%2E/content/", "/..\\..\\etc\\passwd", "/outside/secret.txt",
    "/outside/", "/.nojekyll", "/index.html%00.txt", "/%ff%fe", "/%252e%252e/%252e%252e/etc/passwd",
])
def test_nothing_outside_dist_is_served(served: Served, path: str):
    secret = served.root / "secret"
    secret.mkdir(exist_ok=True)
    (secret / "secret.txt").write_text("top secret", encoding="utf-8")
    link = served.root / "dist" / "outside"
    if not link.is_symlink():
        link.symlink_to(secret, target_is_directory=True)
    status, body = served.get(path)
    assert status in (403, 404)
    assert "top secret" not in body and "root:" not in body


def test_ctrl_c_stops_cleanly(tmp_path: Path):
    served = start_serve(tmp_path)
    proc = served.proc
    events = served.events()
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == 0
    assert "Traceback" not in err and "stopped" in err
    events.close()


def test_settings_change_rebuilds_and_bad_settings_are_reported(served: Served):
    events = served.events()
    settings = served.root / "sitegen.toml"
    _save(settings, 'title = "Дайджест [broken\n')
    data = events.wait("errors", lambda d: d["errors"])
    assert any("sitegen.toml" in e for e in data["errors"]), data
    assert served.get("/")[0] == 200
    _save(settings, 'title = "Новое имя сайта"\n')
    assert events.wait("errors")["errors"] == []
    events.wait("reload")
    assert "Новое имя сайта" in served.get("/")[1]
    events.close()
