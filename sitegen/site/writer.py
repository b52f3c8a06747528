"""Writing the site to disk so that readers see the old build or the new one, never half."""
from __future__ import annotations

import os
import shutil
from pathlib import Path


def write_tree(out: Path, files: dict[str, bytes]) -> None:
    """Replace ``out`` with exactly ``files``: written beside it, then swapped in."""
    out = out.resolve()
    stage = out.with_name(f".{out.name}.new")
    old = out.with_name(f".{out.name}.old")
    for leftover in (stage, old):
        if leftover.exists():
            shutil.rmtree(leftover)
    for rel, data in files.items():
        target = stage / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    if out.exists():
        out.rename(old)
    stage.rename(out)
    if old.exists():
        shutil.rmtree(old)


def write_files(out: Path, files: dict[str, bytes]) -> list[str]:
    """Update changed files in place, each atomically; return the paths that changed."""
    changed = []
    for rel, data in files.items():
        target = out / rel
        try:
            if target.read_bytes() == data:
                continue
        except OSError:
            pass
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.tmp")
        tmp.write_bytes(data)
        os.replace(tmp, target)
        changed.append(rel)
    return changed


def remove_files(out: Path, paths: list[str]) -> None:
    for rel in paths:
        (out / rel).unlink(missing_ok=True)
