"""Article text that is not running prose (lists, tables, Q&A, headings, signatures) survives cleaning.

Real inputs: the factRuEval texts are plain article text with no page boilerplate, so cleaning must
keep (nearly) all of their lines; wrapped in a site's menus and footers, their lists must still be
kept while the furniture goes.
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from conftest import FACTRU, REPO
from sitegen.ingest import clean, corpus_boilerplate
from sitegen.model import RawPage

sys.path.insert(0, str(REPO / "bench"))
from clean_bench import factru_line_recall, score_lines  # noqa: E402

TEXTS = FACTRU / "texts"


def _lines(name: str) -> list[str]:
    return [" ".join(x.split()) for x in (TEXTS / name).read_text(encoding="utf-8").splitlines() if x.strip()]


def _clean(text: str, boilerplate: frozenset[str] = frozenset()):
    return clean(RawPage(Path("page.txt"), text, ""), boilerplate)


def test_boilerplate_free_texts_keep_nearly_every_line():
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in sorted(TEXTS.glob("*.txt"))]
    kept, total, lost = factru_line_recall(texts)
    assert kept / total >= 0.98
    assert len(lost) <= 0.05 * len(texts)


def test_bulleted_lists_after_the_only_paragraph_are_kept():
    lines = _lines("book_389.txt")  # one paragraph, then six "<region> представляют N арбитров:" lists
    page = _clean("\n\n".join(lines))
    assert [page.title, *page.paragraphs] == lines or page.paragraphs == lines
    assert any(p.startswith("•") and "(" in p for p in page.paragraphs)


def test_a_list_of_countries_between_paragraphs_is_kept():
    lines = _lines("book_394.txt")
    page = _clean("\n\n".join(lines))
    bullets = [x for x in lines if x.startswith("•")]
    assert bullets and set(bullets) <= set(page.paragraphs)


def test_interview_turns_and_a_closing_signature_are_article_text():
    qa = _lines("book_142.txt")
    assert "Голос Америки: Спасибо за интервью!" in _clean("\n\n".join(qa)).paragraphs
    letter = _lines("book_409.txt")  # an open letter ending "Пусть победит сильнейший!" and a signature
    assert _clean("\n\n".join(letter)).paragraphs[-2:] == letter[-2:]


def test_headline_over_a_standfirst_makes_the_standfirst_the_lead():
    lines = _lines("book_323.txt")  # "Всё ТВ в одном флаконе." / "Законно, бесплатно, онлайн." / text
    page = _clean("\n\n".join(lines))
    assert page.title == lines[0]
    assert page.paragraphs == lines[1:]


def test_lists_inside_a_page_are_kept_and_its_furniture_dropped_without_a_corpus():
    article = _lines("book_397.txt")  # a match report ending in a calendar of bulleted games and scores
    top = ["Голос Степи", "Главная", "Спорт", "В мире", "Топалов выиграл матч у Нисипяну в Бухаресте"]
    bottom = ["Читайте также", "Ананд сыграет с Карлсеном в Ставангере в следующем месяце",
              "Федерация шахмат объявила состав сборной на Олимпиаду", "Все новости",
              "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter", "© 2006–2024 Голос Степи"]
    page = _clean("\n\n".join([*top, *article, *bottom]))
    assert page.title == top[-1]
    assert page.paragraphs == article


def test_generated_in_article_lines_are_kept():
    from boilerplate import generate  # noqa: PLC0415

    pages = list(generate(200, seed=11, split="heldout"))
    boiler = corpus_boilerplate(p.text for p in pages)
    short: Counter = Counter()
    tally: Counter = Counter()
    for truth in pages:
        page = _clean(truth.text, boiler)
        score_lines(truth.lines, page.paragraphs, tally)
        kept = Counter(page.paragraphs)
        for text, label in truth.lines:
            if label == "body" and len(text.split()) < 10:  # list items, table rows, headings, Q&A turns
                short["kept" if kept[text] > 0 else "dropped"] += 1
    assert short["kept"] >= 100
    assert short["kept"] / (short["kept"] + short["dropped"]) >= 0.9
    assert tally["boiler_dropped"] / (tally["boiler_dropped"] + tally["body_dropped"]) >= 0.98
