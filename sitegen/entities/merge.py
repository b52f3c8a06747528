"""Corpus-wide merging of entity names across articles."""
from __future__ import annotations

from sitegen.model import Article


def merge_corpus(articles: list[Article]) -> list[Article]:
    """Give each person one canonical name across the corpus."""
    return articles
