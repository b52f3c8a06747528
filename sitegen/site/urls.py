"""Absolute URLs under ``base_url``: for canonical links, the sitemap and the feed only."""
from __future__ import annotations


def absolute_url(base_url: str, path: str) -> str:
    """``path`` (site-root relative) under ``base_url``, ``…/index.html`` as ``…/``.

    Without a ``base_url`` the path is returned as it is (relative to the site root).
    """
    if not base_url:
        return path
    if path == "index.html" or path.endswith("/index.html"):
        path = path[: -len("index.html")]
    return base_url.rstrip("/") + "/" + path
