"""Client-side search: a Russian-aware Lunr index prebuilt at build time."""
from sitegen.search.index import search_files

__all__ = ["search_files"]
