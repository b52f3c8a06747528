"""Find the article body: the densest run of prose lines, plus what it encloses that reads as text.

Lists, tables, subheadings and one-line paragraphs belong to the article when they sit between its
prose lines or continue it: on a page whose furniture the corpus knows (``trusted``) every text line
up to the next known boilerplate line does; elsewhere a line must also be shaped like article text
(a sentence, a list item, a lead-in to a list, a heading over such lines).
"""
from __future__ import annotations

from sitegen.ingest.lines import Line

MAX_GAP = 2  # foreign lines (an inserted link, an ad) allowed between two prose lines of one block
SIDE_SHARE = 0.5  # a second block joins the body when it is at least this large
HEADING_WORDS = 8  # a subheading is at most this long
PARAGRAPH_CHARS = 150  # a paragraph of running text, longer than a site's one-sentence notices


def _texty(line: Line) -> bool:
    return not line.furniture and line.digit_share < 0.4 and line.words >= 1


def _article_shaped(line: Line) -> bool:
    return line.prose or _texty(line) and line.list_shaped


def continues(lines: list[Line], i: int, skip: set[int]) -> bool:
    """Line ``i`` reads as more of the article text above it (shape only, no corpus needed).

    A short heading counts when a list follows it ("Календарь" over "• 6 апреля, 1-я партия"); a
    heading over a sentence is left out (it is how comment forms and widgets look). The page's last
    line counts when it is a signature (names and titles: no page furniture follows it).
    """
    if i in skip or not _texty(lines[i]):
        return False
    if _article_shaped(lines[i]) or lines[i].bulleted and i > 0 and lines[i - 1].list_item:
        return True  # a one-word item ("• Андорра") counts inside a list
    nxt = i + 1
    if nxt == len(lines):  # a signature: "Кирсан Илюмжинов Президент ФИДЕ"
        return lines[i].words >= 3 and lines[i].upper_start_share >= 0.5
    return lines[i].words <= HEADING_WORDS and nxt not in skip and _texty(lines[nxt]) and lines[nxt].list_item


def prose_blocks(lines: list[Line], skip: set[int], trusted: bool = False) -> list[tuple[int, int, int]]:
    """Runs of prose lines as ``(first, last, chars)``.

    Two prose lines belong to one block when at most MAX_GAP of the lines between them are foreign to
    the article: lines that do not continue it (``continues``) or, on a page whose boilerplate the
    corpus knows (``trusted``), lines that are not text or that the corpus knows as boilerplate.
    """
    blocks: list[tuple[int, int, int]] = []
    start = last = -1
    chars = 0
    for i, line in enumerate(lines):
        if i in skip or not line.prose:
            continue
        if start >= 0 and sum(not (trusted and j not in skip and _texty(lines[j]) or continues(lines, j, skip))
                              for j in range(last + 1, i)) <= MAX_GAP:
            last, chars = i, chars + len(line.text)
            continue
        if start >= 0:
            blocks.append((start, last, chars))
        start = last = i
        chars = len(line.text)
    if start >= 0:
        blocks.append((start, last, chars))
    return blocks


def body_span(lines: list[Line], skip: set[int], trusted: bool = False) -> list[tuple[int, int]]:
    """The blocks that make up the article, in page order (empty when there is no prose).

    On a ``trusted`` page the blocks also take in the text lines that touch them (subheadings,
    tables, lists): the corpus has already removed the site's furniture around the article. The
    last block then takes in the lines after it that continue the article.
    """
    blocks = prose_blocks(lines, skip, trusted)
    if not blocks:
        return []
    best = max(b[2] for b in blocks)
    spans = [(a, b) for a, b, c in blocks if c >= SIDE_SHARE * best]
    if trusted:
        spans = [(_extend(lines, a, -1, skip), _extend(lines, b, 1, skip)) for a, b in spans]
    a, b = spans[-1]
    return [*spans[:-1], (a, _continue(lines, b, skip))]


def _continue(lines: list[Line], b: int, skip: set[int]) -> int:
    """The last line of the article text that continues from line ``b``.

    The text may resume after up to MAX_GAP foreign lines (a "Читайте также" link inside a list)
    when at least two lines that continue the article follow them.
    """
    n = len(lines)
    while True:
        while b + 1 < n and continues(lines, b + 1, skip):
            b += 1
        j = next((j for j in range(b + 2, min(n - 1, b + 2 + MAX_GAP))
                  if continues(lines, j, skip) and continues(lines, j + 1, skip)), None)
        if j is None:
            return b
        b = j


def _extend(lines: list[Line], i: int, step: int, skip: set[int]) -> int:
    while 0 <= i + step < len(lines) and i + step not in skip and _texty(lines[i + step]):
        i += step
    return i


def body_lines(lines: list[Line], spans: list[tuple[int, int]], skip: set[int], trusted: bool = False) -> list[int]:
    """Indices of the body lines: the text lines of the spans, and short sentences leading into them."""
    keep: list[int] = []
    for first, last in spans:
        # a short sentence right before the first prose line is usually a subtitle or a first paragraph
        lead = first
        while lead - 1 >= 0 and lead - 1 not in skip and lines[lead - 1].short_sentence \
                and not lines[lead - 1].prose and first - lead < 2:
            lead -= 1
        for i in range(lead, last + 1):
            line = lines[i]
            if i in skip:
                continue
            if trusted and _texty(line) or continues(lines, i, skip) or _leads_into_paragraph(lines, i, last, skip):
                keep.append(i)
    return keep


def _leads_into_paragraph(lines: list[Line], i: int, last: int, skip: set[int]) -> bool:
    """A text line inside the article followed by a full paragraph: a subheading, a caption, an attribution.

    Comment forms and site notices are followed by one-sentence notices, not by paragraphs.
    """
    if not _texty(lines[i]):
        return False
    nxt = next((j for j in range(i + 1, last + 1) if j not in skip and _article_shaped(lines[j])), None)
    return nxt is not None and len(lines[nxt].text) >= PARAGRAPH_CHARS
