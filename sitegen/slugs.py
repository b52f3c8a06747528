"""ASCII slugs from Russian titles and names: transliterated, unique, file-name safe."""
from __future__ import annotations

from functools import lru_cache

from slugify import slugify as _slugify

MAX_LENGTH = 60


@lru_cache(maxsize=65536)
def slugify(text: str, fallback: str = "page") -> str:
    """A lowercase ASCII slug; ``fallback`` when nothing transliterable is left."""
    # one named transliteration backend: the same slugs on every machine, and no search for another
    # package on every call ("auto" tries to import unidecode each time)
    slug = _slugify(text or "", max_length=MAX_LENGTH, word_boundary=True, save_order=True,
                    backend="text-unidecode")
    return slug or fallback


def unique_slug(wanted: str, taken: set[str], salt: str) -> str:
    """``wanted`` if free, else ``wanted-<salt prefix>``: deterministic for the same inputs."""
    if wanted not in taken:
        return wanted
    for length in (6, 10, 16, len(salt)):
        candidate = f"{wanted}-{salt[:length]}"
        if candidate not in taken:
            return candidate
    n = 2
    while f"{wanted}-{salt}-{n}" in taken:
        n += 1
    return f"{wanted}-{salt}-{n}"
