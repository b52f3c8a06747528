"""A small on-disk cache for per-article work, so an unchanged article is never redone.

Entries live in one pickle per namespace under ``.sitegen-cache/``; a cache that cannot be read
(missing, corrupt, written by another version) is simply empty. Only entries used by the latest
build are saved back, so the cache never outgrows the corpus.
"""
from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from functools import lru_cache
from typing import Any

CACHE_DIR = ".sitegen-cache"


@lru_cache(maxsize=1)
def code_hash() -> str:
    """The cache's version: any change to sitegen's code starts a fresh cache."""
    h = hashlib.sha256()
    for file in sorted(Path(__file__).parent.rglob("*.py")):
        h.update(file.read_bytes())
    return h.hexdigest()[:16]


class DiskCache:
    def __init__(self, root: Path, name: str):
        self.path = root / CACHE_DIR / f"{name}.pickle"
        self._old: dict = {}
        self._used: dict = {}
        try:
            with self.path.open("rb") as fh:
                version, data = pickle.load(fh)
            if version == code_hash() and isinstance(data, dict):
                self._old = data
        except Exception:  # noqa: BLE001 - any unreadable cache is an empty one
            self._old = {}

    def get(self, key) -> Any:
        value = self._used.get(key)
        if value is None:
            value = self._old.get(key)
            if value is not None:
                self._used[key] = value
        return value

    def put(self, key, value) -> None:
        self._used[key] = value

    def save(self) -> None:
        """Write the entries this run used, atomically; a read-only disk just means no cache."""
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
            with tmp.open("wb") as fh:
                pickle.dump((code_hash(), self._used), fh, protocol=pickle.HIGHEST_PROTOCOL)
            tmp.replace(self.path)
        except OSError:
            pass
