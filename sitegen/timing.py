"""Per-stage wall time, CPU time (own and worker processes') and peak memory."""
from __future__ import annotations

import resource
import time
from contextlib import contextmanager
from dataclasses import dataclass, field


def _cpu() -> float:
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


@dataclass
class Stopwatch:
    wall: dict[str, float] = field(default_factory=dict)
    cpu: dict[str, float] = field(default_factory=dict)

    @contextmanager
    def stage(self, name: str):
        """Time the enclosed block; repeated names add up."""
        wall, cpu = time.perf_counter(), _cpu()
        try:
            yield
        finally:
            self.wall[name] = self.wall.get(name, 0.0) + time.perf_counter() - wall
            self.cpu[name] = self.cpu.get(name, 0.0) + _cpu() - cpu

    @property
    def total(self) -> float:
        return sum(self.wall.values())


def peak_memory_mib() -> float:
    """Peak resident memory of this process and of its largest finished child, in MiB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024
