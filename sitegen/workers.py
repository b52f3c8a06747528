"""Per-article work on every core, results in input order."""
from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor


def map_in_order(fn: Callable, items: list, jobs: int = 0,
                 progress: Callable[[int], None] | None = None) -> list:
    """``[fn(item) for item in items]`` on ``jobs`` processes (0: one per core); ``progress(1)`` per item."""
    jobs = min(jobs or os.cpu_count() or 1, max(1, len(items) // 8))
    tick = progress or (lambda _n: None)
    if jobs == 1:
        results = []
        for item in items:
            results.append(fn(item))
            tick(1)
        return results
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = []
        for result in pool.map(fn, items, chunksize=max(1, min(64, len(items) // (jobs * 8)))):
            results.append(result)
            tick(1)
        return results
