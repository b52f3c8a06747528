"""Watching the project with watchdog: editors' bursts of events become one batch of changed files."""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer

QUIET = 0.05  # a burst is over after this long without events
MAX_WAIT = 0.5  # never hold a batch longer than this
EVENT_TYPES = {"created", "modified", "moved", "deleted", "closed"}  # not opened/closed_no_write (reads)
_JUNK_SUFFIXES = (".swp", ".swx", ".swo", ".tmp", ".temp", ".part", ".crdownload", ".bak", "~")


def is_junk(path: Path) -> bool:
    """Editors' and our own temporary files: hidden, backup, swap, lock and probe files."""
    name = path.name
    return (name.startswith((".", "#")) or name.endswith(_JUNK_SUFFIXES) or name == "4913"
            or name.startswith("~$"))


class Debouncer:
    """Collects paths; calls ``callback(batch)`` on its own thread once a burst has settled."""

    def __init__(self, callback: Callable[[set[Path]], None], quiet: float = QUIET, max_wait: float = MAX_WAIT):
        self.callback, self.quiet, self.max_wait = callback, quiet, max_wait
        self._cond = threading.Condition()
        self._batch: set[Path] = set()
        self._first = self._last = 0.0
        self._stopped = False
        self._thread = threading.Thread(target=self._run, name="sitegen-rebuild", daemon=True)
        self._thread.start()

    def add(self, paths: Iterable[Path]) -> None:
        with self._cond:
            now = time.monotonic()
            if not self._batch:
                self._first = now
            self._batch.update(paths)
            self._last = now
            self._cond.notify()

    def stop(self) -> None:
        with self._cond:
            self._stopped = True
            self._cond.notify()
        self._thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._stopped:
                    if self._batch:
                        now = time.monotonic()
                        due = min(self._last + self.quiet, self._first + self.max_wait)
                        if now >= due:
                            break
                        self._cond.wait(due - now)
                    else:
                        self._cond.wait()
                if self._stopped:
                    return
                batch, self._batch = self._batch, set()
            self.callback(batch)


class _Handler(FileSystemEventHandler):
    def __init__(self, wanted: Callable[[Path], bool], sink: Debouncer):
        self.wanted, self.sink = wanted, sink

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in EVENT_TYPES:
            return
        paths = [Path(p) for p in (event.src_path, getattr(event, "dest_path", "")) if p]
        paths = [p for p in paths if not is_junk(p) and self.wanted(p)]
        if paths:
            self.sink.add(paths)


def watch(folders: list[Path], files: list[Path], ignore: list[Path], sink: Debouncer) -> Observer:
    """Start watching ``folders`` (recursively) and single ``files``; events under ``ignore`` are dropped."""
    folders = [f.resolve() for f in folders if f.is_dir()]
    files = [f.resolve() for f in files]
    ignore = [i.resolve() for i in ignore]

    def wanted(path: Path) -> bool:
        path = path.resolve() if not path.is_absolute() else path
        if any(path.is_relative_to(i) for i in ignore):
            return False
        return path in files or any(path.is_relative_to(f) for f in folders)

    observer = Observer()
    handler = _Handler(wanted, sink)
    for folder in _outermost(folders):
        observer.schedule(handler, str(folder), recursive=True)
    for parent in {f.parent for f in files} - set(folders):
        if parent.is_dir() and not any(parent.is_relative_to(f) for f in folders):
            observer.schedule(handler, str(parent), recursive=False)
    observer.daemon = True
    observer.start()
    return observer


def _outermost(folders: list[Path]) -> list[Path]:
    return [f for f in set(folders) if not any(f != g and f.is_relative_to(g) for g in folders)]
