"""A cached pymorphy3 analyser: one per process, created on first use."""
from __future__ import annotations

from functools import lru_cache

_ANALYZER = None


def analyzer():
    """The process's MorphAnalyzer (loading the dictionaries takes a moment, so only once)."""
    global _ANALYZER
    if _ANALYZER is None:
        import pymorphy3

        _ANALYZER = pymorphy3.MorphAnalyzer()
    return _ANALYZER


def parse(word: str) -> tuple:
    """All pymorphy3 parses of a word (case-insensitive), best first."""
    return _parse(word.lower())


@lru_cache(maxsize=50_000)  # about 3 kB an entry: at most some 150 MB a process
def _parse(word: str) -> tuple:
    return tuple(analyzer().parse(word))


def known(word: str) -> bool:
    """Whether the dictionary has the word (rather than guessing from its ending)."""
    return _known(word.lower())


@lru_cache(maxsize=300_000)
def _known(word: str) -> bool:
    return analyzer().word_is_known(word)


def lemma(word: str) -> str:
    """The most likely dictionary form, lower case, ё folded to е."""
    return _lemma(word.lower())


@lru_cache(maxsize=300_000)
def _lemma(word: str) -> str:
    return fold(_parse(word)[0].normal_form)


def low(text: str) -> str:
    """Lower case, ё kept (for names as displayed)."""
    return text.lower()


def fold(text: str) -> str:
    return text.lower().replace("ё", "е")
