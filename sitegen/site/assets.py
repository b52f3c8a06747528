"""Static assets (CSS, JS, images) copied from the templates' ``assets/`` folder."""
from __future__ import annotations

from pathlib import Path


def asset_files(templates_dir: Path) -> dict[str, bytes]:
    root = templates_dir / "assets"
    if not root.is_dir():
        return {}
    return {f"assets/{p.relative_to(root).as_posix()}": p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")}
