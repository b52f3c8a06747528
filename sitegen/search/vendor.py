"""The browser libraries (lunr.js, lunr-languages) copied from node_modules into the site."""
from __future__ import annotations

from pathlib import Path

from sitegen.errors import SitegenError

# site path → path under node_modules (versions pinned in package.json / package-lock.json)
VENDOR = {
    "assets/vendor/lunr.min.js": "lunr/lunr.min.js",
    "assets/vendor/lunr.stemmer.support.min.js": "lunr-languages/min/lunr.stemmer.support.min.js",
    "assets/vendor/lunr.ru.min.js": "lunr-languages/min/lunr.ru.min.js",
}


def node_modules(roots: list[Path] | None = None) -> Path:
    """The project's node_modules: beside the sitegen package, or in the working directory."""
    for root in roots or (Path(__file__).resolve().parents[2], Path.cwd()):
        if (root / "node_modules" / "lunr").is_dir():
            return root / "node_modules"
    raise SitegenError("node_modules/lunr is missing: run `npm ci` (or `make install`) in the sitegen project")


def vendor_files(roots: list[Path] | None = None) -> dict[str, bytes]:
    root = node_modules(roots)
    files = {}
    for site_path, source in VENDOR.items():
        path = root / source
        if not path.is_file():
            raise SitegenError(f"{path} is missing: run `npm ci` (or `make install`) in the sitegen project")
        files[site_path] = path.read_bytes()
    return files
