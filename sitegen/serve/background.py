"""The search index, rebuilt off the rebuild path in a child process that stopping can end at once.

Building the Lunr shards takes seconds on a big site (it is the one part of a rebuild that is not
incremental), so pages are written and reloaded first; the index follows, always for the newest
articles, one build at a time.
"""
from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

from sitegen.cache import DiskCache
from sitegen.model import Article
from sitegen.search import search_files


def _child(articles: list[Article], root: Path | None, conn) -> None:
    os.setpgrp()  # its own process group: stopping ends it with every worker it started
    try:
        cache = DiskCache(root, "search") if root else None  # shards of unchanged articles: reused
        files = search_files(articles, cache=cache)
        if cache:
            cache.save()
        conn.send(files)
    except Exception as exc:  # reported by the parent, one line
        conn.send(RuntimeError(f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


class SearchRefresher:
    """Calls ``articles()`` and rebuilds the search files for them whenever ``request()`` was called."""

    def __init__(self, articles: Callable[[], list[Article]], write: Callable[[dict[str, bytes]], list[str]],
                 done: Callable[[list[str], float], None], failed: Callable[[str], None],
                 cache_root: Path | None = None):
        self.articles, self.write, self.done, self.failed = articles, write, done, failed
        self.cache_root = cache_root  # the project whose search cache (.sitegen-cache/) the builds share
        self._wanted = threading.Event()
        self._stopped = False
        self._proc: multiprocessing.Process | None = None
        self.thread = threading.Thread(target=self._run, name="sitegen-search", daemon=True)
        self.thread.start()

    def request(self) -> None:
        self._wanted.set()

    def stop(self) -> None:
        self._stopped = True
        self._wanted.set()
        proc = self._proc
        if proc is not None and proc.is_alive():
            try:
                os.killpg(proc.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            proc.join(timeout=5)

    def _run(self) -> None:
        while True:
            self._wanted.wait()
            if self._stopped:
                return
            self._wanted.clear()
            t0 = time.perf_counter()
            result = self._build(self.articles())
            if self._stopped:
                return
            if isinstance(result, Exception):
                self.failed(str(result))
            elif result is not None:
                self.done(self.write(result), time.perf_counter() - t0)

    def _build(self, articles: list[Article]):
        ctx = multiprocessing.get_context("fork")
        reader, writer = ctx.Pipe(duplex=False)
        self._proc = proc = ctx.Process(target=_child, args=(articles, self.cache_root, writer),
                                        name="sitegen-search")
        proc.start()
        writer.close()
        try:
            return reader.recv()
        except EOFError:  # ended by stop()
            return None
        finally:
            reader.close()
            proc.join()
