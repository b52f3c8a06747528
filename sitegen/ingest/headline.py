"""The headline: a short line above the body whose words the lead repeats."""
from __future__ import annotations

import re

from sitegen.ingest.lines import STATEMENT_END, Line, content_words

MAX_LOOKBACK = 40  # non-empty lines above the body searched for the headline
LEAD_CHARS = 1000  # of the first paragraphs, enough to compare a headline with
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_READING = re.compile(r"[+\-−]\d|\d[.,]\d|°")  # a rate or a temperature: "Минск -21°C", "EUR 476 -0.84"
_MULTI_SENTENCE = re.compile(r"[а-яёa-z]{2}[.!?…]\s+[А-ЯЁA-Z]")


def find_title(lines: list[Line], body: list[int], boiler: set[int], not_title: set[int]) -> int | None:
    """Index of the headline line, or None when nothing above the body reads as one."""
    if not body:
        return None
    start = body[0]
    lead = content_words(" ".join(lines[i].text for i in body[:3])[:LEAD_CHARS])
    counts: dict[str, int] = {}
    for line in lines[max(0, start - MAX_LOOKBACK):start]:
        counts[line.text.lower()] = counts.get(line.text.lower(), 0) + 1
    best, best_score = None, 0.0
    for i in range(max(0, start - MAX_LOOKBACK), start):
        line = lines[i]
        if i in not_title or line.furniture or line.words < 2 or line.words > 30 or line.digit_share > 0.3 \
                or (line.words <= 3 and _READING.search(line.text)):
            continue
        words = content_words(line.text)
        overlap = (len(words & lead) / len(words) if words else 0.0) * min(1.0, len(words) / 5)
        distance = sum(1 for j in range(i + 1, start) if j not in not_title)
        if _MULTI_SENTENCE.search(line.text) or overlap < 0.1 and (
                i in boiler or line.words < 4 or distance > 2 or line.text.rstrip()[-1] in ".!?…:;*"):
            continue
        score = overlap + 0.3 / (1 + distance) + (0.2 if counts[line.text.lower()] > 1 else 0.0)
        score += 0.3 if _metadata_follows(lines, i + 1, start) else 0.0
        score -= 0.4 if line.text.endswith(".") else 0.0
        score -= 0.2 if line.words < 3 or line.text[0].islower() else 0.0
        if score > best_score:
            best, best_score = i, score
    return best


def over_standfirst(lines: list[Line], title: int | None, not_title: set[int]) -> int | None:
    """The line right above a sentence-shaped headline when that line is a headline too.

    "Всё ТВ в одном флаконе." over "Законно, бесплатно, онлайн.": two short sentences in a row
    before the body are a headline and its standfirst (which then leads the body); section labels,
    menus and widgets above a headline never end like a sentence.
    """
    if title is None or title == 0 or title - 1 in not_title or not lines[title].text.endswith(STATEMENT_END):
        return title
    above = lines[title - 1]
    if above.furniture or above.prose or not above.sentence_end or not 2 <= above.words <= 20 \
            or above.digit_share > 0.3 or above.text == lines[title].text:
        return title
    return title - 1


def _metadata_follows(lines: list[Line], i: int, start: int) -> bool:
    """Headlines are followed by page furniture (date, byline, counter, credit), subtitles by text."""
    if i >= start:
        return False
    line = lines[i]
    return line.furniture or line.digit_share > 0.2 or (line.words <= 3 and not line.sentence_end)


def title_from_lead(paragraph: str, max_words: int = 12) -> str:
    """A stand-in headline: the lead's first sentence, shortened."""
    words = _SENTENCE.split(paragraph.strip(), maxsplit=1)[0].split()
    text = " ".join(words[:max_words]).rstrip(",;:.")
    return text + ("…" if len(words) > max_words else "")
