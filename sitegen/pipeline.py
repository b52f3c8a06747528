"""The per-seed stages: read → clean → extract, as one pure-ish function a worker can run."""
from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from sitegen.entities import extract_entities
from sitegen.errors import InputError
from sitegen.ingest import clean
from sitegen.ingest.clean import normalize_line
from sitegen.model import CleanPage, Entities, RawPage


@dataclass
class SeedResult:
    """What the per-seed stages made of one seed (or why they could not)."""

    path: Path
    digest: str = ""
    key: str = ""
    page: CleanPage | None = None
    entities: Entities = field(default_factory=Entities)
    error: str | None = None
    cpu: dict[str, float] = field(default_factory=dict)  # CPU seconds spent per stage


@lru_cache(maxsize=1)
def code_version() -> str:
    """A hash of the cleaning and extraction code: changing it regenerates derived pages."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for file in sorted([*root.glob("ingest/*.py"), *root.glob("entities/*.py"), *root.glob("entities/data/*")]):
        h.update(file.read_bytes())
    return h.hexdigest()[:12]


def seed_key(digest: str, page_boilerplate: list[str]) -> str:
    """The key of everything a seed's content page is derived from."""
    h = hashlib.sha256(f"{code_version()}\n{digest}\n".encode())
    h.update("\n".join(sorted(page_boilerplate)).encode())
    return h.hexdigest()[:16]


def page_boilerplate(raw: RawPage, boilerplate: frozenset[str]) -> list[str]:
    """The corpus-wide boilerplate lines that occur on this page."""
    return sorted({normalize_line(x) for x in raw.text.splitlines()} & boilerplate)


def process_seed(raw: RawPage, boilerplate: frozenset[str]) -> SeedResult:
    """Clean and extract one decoded seed; errors come back as data, never raised."""
    started = time.process_time()
    try:
        page = clean(raw, boilerplate)
        if not page.paragraphs:
            raise InputError(raw.path, "; ".join(page.warnings) or "no article text found")
        cleaned = time.process_time()
        entities = extract_entities(page.title, page.paragraphs)
        key = seed_key(raw.digest, page_boilerplate(raw, boilerplate))
        cpu = {"clean": cleaned - started, "extract": time.process_time() - cleaned}
        return SeedResult(raw.path, raw.digest, key, page, entities, cpu=cpu)
    except InputError as exc:
        return SeedResult(raw.path, raw.digest, error=str(exc))
