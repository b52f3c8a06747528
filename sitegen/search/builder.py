"""A faster lunr.py Builder that serialises exactly the same index.

lunr.py runs every token through the pipeline's Python closures and inserts vector entries one by
one; at 10,000 articles that dominates the build. Here each distinct word goes through the pipeline
once (memoised), and field vectors are sorted once. ``tests/test_search_pipeline.py`` checks the
output equals lunr.py's own Builder.
"""
from __future__ import annotations

import re
from collections import defaultdict

from lunr.builder import Builder
from lunr.field_ref import FieldRef
from lunr.idf import idf as Idf
from lunr.vector import Vector

from sitegen.search.pipeline import word_term

# lunr.py's Tokenizer: lower-case, split on these characters (lunr.js: /[\s\-]+/, see pipeline.py).
_SEPARATORS = re.compile(r"[ \t\n\r\f\v\xa0\-]+")


def tokens(text) -> list[str]:
    return [t for t in _SEPARATORS.split(str(text).lower()) if t] if text is not None else []


def terms(text) -> list[str]:
    """The index terms of ``text``: what lunr.py's Tokenizer + the Russian pipeline give."""
    out = []
    for token in tokens(text):
        term = word_term(token)
        if term:
            out.append(term)
    return out


class FastBuilder(Builder):
    """lunr.py's Builder for string fields, no metadata, no per-document boosts.

    Its index is for serialising only (no token set; ``lunr.index.Index.load`` builds one).
    """

    def _create_token_set(self):
        self.token_set = None

    def add(self, doc, attributes=None):
        doc_ref = str(doc[self._ref])
        self._documents[doc_ref] = attributes or {}
        self.document_count += 1
        for field_name in self._fields:
            field_terms = self.field_term_frequencies[f"{field_name}/{doc_ref}"] = defaultdict(int)
            field = terms(doc[field_name])
            self.field_lengths[f"{field_name}/{doc_ref}"] = len(field)
            for term in field:
                field_terms[term] += 1
                posting = self.inverted_index.get(term)
                if posting is None:
                    posting = {name: {} for name in self._fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    self.inverted_index[term] = posting
                posting[field_name].setdefault(doc_ref, {})

    def _create_field_vectors(self):
        k1, b, idfs, vectors = self._k1, self._b, {}, {}
        for field_ref, frequencies in self.field_term_frequencies.items():
            field_name = FieldRef.from_string(field_ref).field_name
            boost = self._fields[field_name].boost
            entries = []
            if frequencies:  # an empty field has an average length of 0
                norm = k1 * (1 - b + b * (self.field_lengths[field_ref] / self.average_field_length[field_name]))
            for term, tf in frequencies.items():
                posting = self.inverted_index[term]
                idf = idfs.get(term)
                if idf is None:
                    idf = idfs[term] = Idf(posting, self.document_count)
                entries.append((posting["_index"], round(idf * ((k1 + 1) * tf) / (norm + tf) * boost, 3)))
            vectors[field_ref] = Vector([x for entry in sorted(entries) for x in entry])
        self.field_vectors = vectors
