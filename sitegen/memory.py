"""Keeping Python's cyclic garbage collector off the hot paths of big builds.

Builds allocate many objects that live until the end (the corpus, the site index, the pages) and
free nearly everything else by reference counting; each full collection would walk all of them
again, a large share of a build's time on a big site."""
from __future__ import annotations

import gc
from contextlib import contextmanager


@contextmanager
def gc_paused():
    """No cyclic garbage collection inside (a rebuild that frees what it allocates); resumed after."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def settle() -> None:
    """Put every object alive now out of the collector's reach (``gc.freeze``): for data that lives
    until the process ends, such as a one-shot build's corpus."""
    gc.freeze()
