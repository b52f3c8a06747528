"""Per-line evidence: how much a line of a copied page looks like article prose."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from stop_words import get_stop_words

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_INITIAL = re.compile(r"(?<![^\W\d_])[^\W\d_]")
_BULLET = re.compile(r"^[\s•·▪►◦*‣∙–—-]+(?=\S)")
_LIST_MARK = re.compile(r"^(?:[•·▪►◦*‣∙–—-]|\d{1,2}[.)]\s)")
_SENTENCE_END = tuple(".!?…:;»\"”)")
STATEMENT_END = tuple(".!?…")
_STRUCTURE_END = (*STATEMENT_END, ":", ";")
_LINK = re.compile(r"https?://|www\.|\b[\w.-]+@[\w-]+\.\w|\b[a-z0-9-]+\.(?:ru|kz|com|org|net|info|uz|kg|az|by|ua)\b/?",
                   re.I)
_PHONE = re.compile(r"(?:\+\d[\d\s()-]{7,}|\(\d{3,5}\)\s*\d{2,3}[-\s]\d{2}[-\s]\d{2})")
_COPYRIGHT = re.compile(r"©|\([cс]\)|copyright|all rights reserved", re.I)
# A site talking to its reader (an imperative opening a sentence, "you" in a statement) is not news prose.
_IMPERATIVE = re.compile(r"(?:^|[.!?…]\s+)[А-ЯЁ][а-яё]{2,}(?:йте|ите)(?:сь)?\b")
_YOU = re.compile(r"\b(?:вы|вас|вам|вами|ваш|ваша|ваше|ваши|вашего|вашей|вашему|вашим|вашими|ваших|вашу|you|your)\b",
                  re.I)
# "Фото: ТАСС", "Теги: ...": a short label before a colon introduces page furniture, not prose; a full
# sentence after the colon ("Вратари: Уорд — Набоков.", an interview's "Вопрос: ...?") is article text.
_LABEL = re.compile(r"^[^\W\d_][^\W\d_:]*(?:[\s-][^\W\d_:]+){0,2}:\s*\S")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """Russian and English function words (the languages the seeds come in)."""
    return frozenset(w.replace("ё", "е") for lang in ("ru", "en") for w in get_stop_words(lang))


@dataclass(frozen=True, slots=True)
class Line:
    """One non-empty line of a page with the evidence the cleaner weighs."""

    text: str  # whitespace-normalised, bullets kept
    words: int
    stop_share: float
    digits: int
    digit_share: float
    upper_start_share: float  # share of words that start with a capital
    sentence_end: bool
    furniture: bool  # link, e-mail, phone, copyright or "Label: value": never body

    @property
    def prose(self) -> bool:
        """Reads like a sentence of running text."""
        if self.furniture or self.digit_share > 0.25 or self.words < 5:
            return False
        if self.stop_share < 0.08 or self.upper_start_share > 0.7:
            return False
        return (self.sentence_end and self.words >= 8) or self.words >= 15

    @property
    def bulleted(self) -> bool:
        """Starts with a bullet or an item number ("• ", "— ", "2) ")."""
        return _LIST_MARK.match(self.text) is not None

    @property
    def list_item(self) -> bool:
        """A bulleted item ("• Марк Шилд (Австралия)") or a list's lead-in ("… представляют два арбитра:")."""
        return not self.furniture and self.words >= 2 and (self.bulleted or self.text.endswith(":"))

    @property
    def list_shaped(self) -> bool:
        """A list item or a line that ends like a sentence."""
        return self.list_item or not self.furniture and self.words >= 2 and \
            self.text.rstrip("»\"”) ").endswith(_STRUCTURE_END)

    @property
    def short_sentence(self) -> bool:
        """A short line that still reads as a sentence (subheading, one-line paragraph)."""
        return not self.furniture and self.sentence_end and self.words >= 3 and self.digit_share < 0.25


SAMPLE = 300  # characters of a long line enough to judge its words


@lru_cache(maxsize=1 << 16)
def make_line(text: str) -> Line:
    """Evidence for one whitespace-normalised line (long lines judged on their first SAMPLE chars).

    Cached: the menus and footers of a site recur on every one of its pages.
    """
    sample = text[:SAMPLE]
    initials = _INITIAL.findall(sample)  # first letter of every word
    n = len(initials) or 1
    stop = sum(map(stop_words().__contains__, sample.lower().replace("ё", "е").split()))
    upper = sum(map(str.isupper, initials))
    chars = (len(sample) - sample.count(" ")) or 1
    digits = sum(map(sample.count, "0123456789"))
    word_count = len(initials) if len(text) <= SAMPLE else len(text.split())
    return Line(text, word_count, stop / n, digits, digits / chars, upper / n,
                text.rstrip(" *").endswith(_SENTENCE_END), word_count <= 30 and _furniture(text, word_count, digits))


def _furniture(text: str, words: int, digits: int) -> bool:
    """Copyright, phone, link, "Label: value" or a line talking to the reader: never article text."""
    return bool("©" in text or _COPYRIGHT.search(text) or (digits > 6 and _PHONE.search(text))
                or (words <= 12 and _LINK.search(text))
                or (words <= 8 and _LABEL.match(_BULLET.sub("", text)) and not text.endswith(STATEMENT_END))
                or _addresses_reader(text))


def _addresses_reader(text: str) -> bool:
    """An imperative opens a sentence, or "you" appears in a statement (not an interview's question)."""
    if _IMPERATIVE.search(text):
        return True
    return not text.endswith("?") and not _LABEL.match(text) and _YOU.search(text) is not None


@lru_cache(maxsize=1 << 14)
def content_words(text: str) -> frozenset[str]:
    """Crude stems of the meaningful words: enough to tell if a headline matches a lead."""
    stops = stop_words()
    return frozenset(w[:5] for w in _WORD.findall(text.lower().replace("ё", "е")) if len(w) > 2 and w not in stops)
