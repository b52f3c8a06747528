"""The Russian Lunr pipeline, identical in Python (index) and in the browser (query).

Every function is registered with lunr.py under a ``sitegen-ru-*`` label; templates/assets/search-ru.js
registers the same labels with lunr.js and does exactly the same: fold (ё→е, stress marks dropped),
trim non-letters at both ends, drop stop words, Snowball Russian stem (an empty stem keeps the word).
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

import snowballstemmer
from lunr.pipeline import Pipeline
from lunr.tokenizer import Tokenizer
from stop_words import get_stop_words

LABELS = ("sitegen-ru-fold", "sitegen-ru-trimmer", "sitegen-ru-stop", "sitegen-ru-stem")
_STRESS = dict.fromkeys(map(ord, "\u0300\u0301"))
# Words of the generic list that carry meaning in news search ("мира", "год", "люди"...).
_KEEP = {"мира", "люди", "год", "года", "году", "время", "времени", "жизнь", "человек", "дел", "день", "имя",
         "лет", "мор", "миллионов", "процентов", "тысяч", "начала", "важная", "важное", "важные", "важный",
         "говорил", "говорит", "сказал", "сказала", "сказать", "занят", "занята", "занято", "заняты"}


def fold(word: str) -> str:
    """Lower case, ё→е, stress marks removed: the one normalisation both sides share."""
    return word.lower().replace("ё", "е").translate(_STRESS)


STOP_WORDS: tuple[str, ...] = tuple(sorted({fold(w) for w in get_stop_words("russian")} - _KEEP))
_STOP = frozenset(STOP_WORDS)


def _is_word_char(char: str) -> bool:
    return unicodedata.category(char)[0] in "LN"


def trim(word: str) -> str:
    """``word`` without leading and trailing characters that are neither letters nor digits."""
    start, end = 0, len(word)
    while start < end and not _is_word_char(word[start]):
        start += 1
    while end > start and not _is_word_char(word[end - 1]):
        end -= 1
    return word[start:end]


_STEMMER = snowballstemmer.stemmer("russian")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word) or word


def _fold_fn(token, i=None, tokens=None):
    return token.update(lambda s, m=None: fold(s))


def _trim_fn(token, i=None, tokens=None):
    token.update(lambda s, m=None: trim(s))
    return token if token.string else None


def _stop_fn(token, i=None, tokens=None):
    return None if token.string in _STOP else token


def _stem_fn(token, i=None, tokens=None):
    return token.update(lambda s, m=None: stem(s))


FUNCTIONS = (_fold_fn, _trim_fn, _stop_fn, _stem_fn)
for _fn, _label in zip(FUNCTIONS, LABELS):
    Pipeline.register_function(_fn, _label)


def russian(builder) -> None:
    """A lunr.py plugin: the Russian pipeline for indexing and for searching."""
    for pipeline in (builder.pipeline, builder.search_pipeline):
        pipeline.reset()
        pipeline.add(*FUNCTIONS)


@lru_cache(maxsize=500_000)
def word_term(token: str) -> str:
    """The index term of one (lower-cased) token, or "" when the pipeline drops it."""
    word = trim(fold(token))
    return "" if not word or word in _STOP else stem(word)


def pipeline_terms(text: str) -> list[str]:
    """The index terms of ``text`` through lunr.py's own Tokenizer and Pipeline (the reference)."""
    pipeline = Pipeline()
    pipeline.add(*FUNCTIONS)
    return [str(t) for t in pipeline.run(Tokenizer(text))]
