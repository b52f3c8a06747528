"""The corpus-wide name merge, kept current page by page for ``sitegen serve``.

Merging reads only names: the corpus counts take in the pages whose names changed, and only those
pages and the ones reading a table entry that changed are renamed; every other page keeps the names
the last merge gave it.  The result equals ``merge_corpus`` over every page."""
from __future__ import annotations

from pathlib import Path

from sitegen.content import ContentPage
from sitegen.entities.corpus import NameCounts, Names, Token
from sitegen.entities.merge import reads, rename
from sitegen.model import Article


class LiveNames:
    """Each content page's names as read, and what the merge made of them."""

    def __init__(self) -> None:
        self.read: dict[Path, Names] = {}  # each page's people and organisations as read (before merging)
        self.renamed: set[str] = set()  # ids of the articles renamed in place since the caller last cleared it
        self._merged_from: dict[Path, Names] = {}  # ``read`` as of the last merge
        self._merged: dict[Path, Names] = {}  # what that merge made of them
        self._counts = NameCounts()  # the names in ``_merged_from``, counted corpus-wide
        self._readers: dict[Token, set[Path]] = {}  # a table entry → the pages whose names read it

    def take(self, path: Path, article: Article | None) -> None:
        """Record the names of a page just read (None: the page is gone)."""
        if article is None:
            self.read.pop(path, None)
        else:
            self.read[path] = (article.persons, article.organizations)

    def merge(self, pages: dict[Path, ContentPage]) -> None:
        """Give every page's article its merged names (renaming in place)."""
        fresh = [p for p, names in self.read.items() if names is not self._merged_from.get(p)]
        gone = self._merged_from.keys() - self.read.keys()
        if not gone and all(self.read[p] == self._merged_from.get(p) for p in fresh):
            for path in fresh:  # re-read, names unchanged: the names the last merge gave them
                pages[path].article.persons, pages[path].article.organizations = self._merged[path]
                self._merged_from[path] = self.read[path]
            return
        for path in [*gone, *fresh]:
            before = self._merged_from.pop(path, None)
            if before is not None:
                self._counts.remove(before)
                for token in reads(*before):
                    self._readers[token].discard(path)
            self._merged.pop(path, None)
        for path in fresh:
            self._counts.add(self.read[path])
            for token in reads(*self.read[path]):
                self._readers.setdefault(token, set()).add(path)
        redo = set(fresh)
        for token in self._counts.refresh():
            redo |= self._readers.get(token, set())
        for path in redo:
            article = pages[path].article
            article.persons, article.organizations = self._merged[path] = rename(*self.read[path],
                                                                                 self._counts.tables)
            self.renamed.add(article.id)
        self._merged_from.update((path, self.read[path]) for path in fresh)
