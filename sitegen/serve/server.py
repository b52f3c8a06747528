"""The HTTP side of ``sitegen serve``: files under dist/ only, an event stream, nothing else."""
from __future__ import annotations

import json
import mimetypes
import queue
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from sitegen.serve.livereload import EVENTS_PATH, reload_script

KEEPALIVE = 15.0  # seconds between comments on an idle event stream
TYPES = {".js": "text/javascript", ".css": "text/css", ".html": "text/html", ".json": "application/json",
         ".xml": "application/xml", ".svg": "image/svg+xml", ".txt": "text/plain"}


class Hub:
    """Fan-out of server-sent events to every open event stream."""

    def __init__(self):
        self._lock = threading.Lock()
        self._queues: list[queue.Queue] = []
        self.closed = False

    def subscribe(self) -> queue.Queue:
        q: queue.Queue = queue.Queue()
        with self._lock:
            self._queues.append(q)
        return q

    def unsubscribe(self, q: queue.Queue) -> None:
        with self._lock:
            if q in self._queues:
                self._queues.remove(q)

    def publish(self, event: str, data: dict) -> None:
        message = f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n".encode("utf-8")
        with self._lock:
            for q in self._queues:
                q.put(message)

    def close(self) -> None:
        self.closed = True
        with self._lock:
            for q in self._queues:
                q.put(None)


def resolve(root: Path, url_path: str) -> tuple[HTTPStatus, Path | None]:
    """The file a request path names under ``root``: (200, file), (301, None) for a folder without
    its slash, (403, None) for anything that tries to leave ``root``, (404, None) otherwise."""
    raw = urlsplit(url_path).path
    text = unquote(raw, errors="strict") if "%" in raw else raw
    parts = text.split("/")
    if "\x00" in text or "\\" in text or any(p in (".", "..") for p in parts):
        return HTTPStatus.FORBIDDEN, None
    parts = [p for p in parts if p]
    if any(p.startswith(".") for p in parts):  # dotfiles: temporary files of an ongoing write
        return HTTPStatus.NOT_FOUND, None
    base = root.resolve()
    target = base.joinpath(*parts)
    try:
        real = target.resolve(strict=True)
    except (OSError, RuntimeError):
        return HTTPStatus.NOT_FOUND, None
    if not real.is_relative_to(base):
        return HTTPStatus.FORBIDDEN, None
    if real.is_dir():
        if not raw.endswith("/"):
            return HTTPStatus.MOVED_PERMANENTLY, None
        return resolve(root, raw + "index.html")
    return (HTTPStatus.OK, real) if real.is_file() else (HTTPStatus.NOT_FOUND, None)


class Handler(BaseHTTPRequestHandler):
    server: "SiteServer"
    server_version = "sitegen-serve"

    def log_message(self, format, *args):  # quiet: the command reports rebuilds, not requests
        pass

    def do_HEAD(self):
        self._serve(body=False)

    def do_GET(self):
        if urlsplit(self.path).path == EVENTS_PATH:
            self._events()
        else:
            self._serve(body=True)

    def _serve(self, body: bool) -> None:
        root = self.server.root
        with self.server.lock:  # a rebuild writes under this lock: never serve half of one
            try:
                status, path = resolve(root, self.path)
            except UnicodeDecodeError:
                status, path = HTTPStatus.NOT_FOUND, None
            data = _read(path) if path else None
            if status == HTTPStatus.NOT_FOUND or (status == HTTPStatus.OK and data is None):
                status, data = HTTPStatus.NOT_FOUND, _read(root / "404.html")
                path = root / "404.html"
        if status == HTTPStatus.MOVED_PERMANENTLY:
            self.send_response(status)
            self.send_header("Location", urlsplit(self.path).path + "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if status == HTTPStatus.FORBIDDEN:
            data, path = b"403 Forbidden\n", Path("x.txt")
        elif data is None:  # no 404 page yet (the first build failed): still listen for the fix
            data, path = _fallback_page(), Path("x.html")
        self.send_response(status)
        ctype = TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype.endswith(("javascript", "json", "xml")):
            ctype += "; charset=utf-8"
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if body:
            self.wfile.write(data)

    def _events(self) -> None:
        hub = self.server.hub
        q = hub.subscribe()
        try:
            self.send_response(HTTPStatus.OK)
            self.send_header("Content-Type", "text/event-stream; charset=utf-8")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            errors = self.server.current_errors()
            self.wfile.write(f"retry: 500\nevent: errors\ndata: {json.dumps({'errors': errors}, ensure_ascii=False)}"
                             f"\n\n".encode("utf-8"))
            self.wfile.flush()
            while not hub.closed:
                try:
                    message = q.get(timeout=KEEPALIVE)
                except queue.Empty:
                    message = b": keep-alive\n\n"
                if message is None:
                    break
                self.wfile.write(message)
                self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass
        finally:
            hub.unsubscribe(q)
            self.close_connection = True


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], root: Path, lock: threading.Lock, hub: Hub, errors):
        super().__init__(address, Handler)
        self.root, self.lock, self.hub, self.current_errors = root, lock, hub, errors


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


def _fallback_page() -> bytes:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>sitegen serve</title>{reload_script()}"
            "</head><body><p>Nothing built yet.</p></body></html>").encode("utf-8")
