"""Find the article body: the densest run of prose lines, plus what it encloses that reads as text."""
from __future__ import annotations

from sitegen.ingest.lines import Line

MAX_GAP = 2  # non-prose lines allowed between two prose lines of one block
SIDE_SHARE = 0.5  # a second block joins the body when it is at least this large


def _texty(line: Line) -> bool:
    return not line.furniture and line.digit_share < 0.4 and line.words >= 1


def prose_blocks(lines: list[Line], skip: set[int], trusted: bool = False) -> list[tuple[int, int, int]]:
    """Runs of prose lines as ``(first, last, chars)``.

    Two prose lines belong to one block when at most MAX_GAP lines separate them or, on a page whose
    boilerplate the corpus knows (``trusted``), when every line between them is text the corpus
    does not know as boilerplate.
    """
    blocks: list[tuple[int, int, int]] = []
    start = last = -1
    chars = 0
    for i, line in enumerate(lines):
        if i in skip or not line.prose:
            continue
        if start >= 0 and (i - last - 1 <= MAX_GAP or trusted and all(
                j not in skip and _texty(lines[j]) for j in range(last + 1, i))):
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
    tables, lists): the corpus has already removed the site's furniture around the article.
    """
    blocks = prose_blocks(lines, skip, trusted)
    if not blocks:
        return []
    best = max(b[2] for b in blocks)
    spans = [(a, b) for a, b, c in blocks if c >= SIDE_SHARE * best]
    if trusted:
        spans = [(_extend(lines, a, -1, skip), _extend(lines, b, 1, skip)) for a, b in spans]
    return spans


def _extend(lines: list[Line], i: int, step: int, skip: set[int]) -> int:
    while 0 <= i + step < len(lines) and i + step not in skip and _texty(lines[i + step]):
        i += step
    return i


def body_lines(lines: list[Line], spans: list[tuple[int, int]], skip: set[int], trusted: bool = False) -> list[int]:
    """Indices of the body lines: prose, and short text lines enclosed by prose or leading into it."""
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
            if line.prose or _texty(line) and (trusted or line.short_sentence):
                keep.append(i)
    return keep
