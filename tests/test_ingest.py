"""Cleaning on real text in awkward shapes: bad pages, dates in many forms, corpus boilerplate."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

from conftest import FACTRU, REPO, SEEDS
from sitegen.ingest import clean, corpus_boilerplate, read_seed
from sitegen.ingest.clean import normalize_line
from sitegen.model import RawPage
from sitegen.pipeline import process_seed

TEXTS = sorted((FACTRU / "texts").glob("*.txt"))
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def _paras(path: Path) -> list[str]:
    return [" ".join(x.split()) for x in path.read_text(encoding="utf-8").splitlines() if len(x.split()) > 12]


LEAD, SECOND = _paras(TEXTS[0])[:2]  # a real factRuEval news text
HEADLINE = " ".join(LEAD.split()[:7]).rstrip(",.")


def _page(text: str) -> RawPage:
    return RawPage(Path("page.txt"), text, "")


def _article(*top: str, bottom: tuple[str, ...] = ()) -> str:
    return "\n".join([*top, "", HEADLINE, "", LEAD, "", SECOND, "", *bottom]) + "\n"


# ------------------------------------------------------------------ bad input

def test_all_boilerplate_page_warns_and_makes_no_article():
    lines = ["Меню", "Главная", "Политика", "USD 444 -0.87", "Сейчас -11", "7535 просмотров", "Все новости",
             "Загрузить ещё", "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
             "Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая, вы соглашаетесь с этим.",
             "© «365 Info», 2014–2024 info@365info.kz, +7 (771) 228-04-01"]
    raw = _page("\n".join(lines))
    page = clean(raw)
    assert page.paragraphs == []
    assert page.warnings and "boilerplate" in page.warnings[0]
    result = process_seed(raw, frozenset())
    assert result.page is None and "boilerplate" in result.error and "page.txt" in result.error


def test_one_line_page_is_a_short_article_with_a_stand_in_title():
    page = clean(_page(LEAD))
    assert page.paragraphs == [LEAD]
    assert page.title and LEAD.startswith(page.title.rstrip("…"))
    assert any("headline" in w for w in page.warnings)


def test_page_without_headline_keeps_the_body_and_says_so():
    page = clean(_page(f"Меню\nПолитика\n\n{LEAD}\n\n{SECOND}\n\nВсе новости\n"))
    assert page.paragraphs == [LEAD, SECOND]
    assert any("headline" in w for w in page.warnings)


def test_english_page_is_cleaned_and_flagged():
    text = ("Home\nWorld\nBusiness\n\nKazakhstan and Azerbaijan discuss bilateral relations\n\n"
            "Senior officials of Kazakhstan and Azerbaijan discussed the current state of bilateral relations "
            "and a number of important regional issues in Astana on Tuesday.\n\n"
            "The sides also exchanged views on the prospects of cooperation in transport, logistics, trade "
            "and energy, and on the agenda of the conference on interaction in Asia.\n\n"
            "Published April 8, 2021\nShare\n© 2021 Example News\n")
    page = clean(_page(text))
    assert page.title == "Kazakhstan and Azerbaijan discuss bilateral relations"
    assert len(page.paragraphs) == 2 and page.paragraphs[0].startswith("Senior officials")
    assert page.date == date(2021, 4, 8)
    assert any("not in Russian" in w for w in page.warnings)


def test_html_left_in_a_page_is_stripped_and_entities_decoded():
    html = (f"<html><head><title>x</title><script>var a = 1;</script></head><body>"
            f"<nav><a href='/'>Главная</a></nav><h1>{HEADLINE}</h1>"
            f"<p class='date'>8&nbsp;апреля 2021</p><p>{LEAD.replace('«', '&laquo;')}</p>"
            f"<p>{SECOND}<br></p><footer>&copy; 2024 Пример</footer></body></html>")
    page = clean(_page(html))
    assert page.title == HEADLINE
    assert page.paragraphs == [LEAD, SECOND]
    assert page.date == date(2021, 4, 8)
    assert not any("<" in p or "&nbsp;" in p or "&laquo;" in p for p in page.paragraphs)


@pytest.mark.parametrize("text", ["", "\n\n\n", "   ", "<p></p>", "<<<>>>", "&amp;&lt;", "12345\n67890",
                                  "Меню", "<div><p>Текст</div>", "\x0c", "©", "a" * 5000])
def test_degenerate_pages_never_crash(text: str):
    page = clean(_page(text))
    assert page.paragraphs or page.warnings


# ------------------------------------------------------------------ dates

@pytest.mark.parametrize("line, expected", [
    ("8 апреля 2021", date(2021, 4, 8)),
    ("Опубликовано 8 апреля 2021 в 11:08", date(2021, 4, 8)),
    ("23 мая, 2025", date(2025, 5, 23)),
    ("14.11.2024", date(2024, 11, 14)),
    ("14.11.2024 12:30", date(2024, 11, 14)),
    ("12:30, 3 марта 2019", date(2019, 3, 3)),
    ("среда, 9 января 2019", date(2019, 1, 9)),
    ("Дата публикации: 1 октября 2017 г., 16:00", date(2017, 10, 1)),
    ("2020-02-29", date(2020, 2, 29)),
])
def test_publication_date_forms(line: str, expected: date):
    assert clean(_page(_article("Главная", line))).date == expected
    assert clean(_page(_article("Главная", bottom=(line, "Поделиться")))).date == expected


def test_date_from_the_url():
    url = "Постоянный адрес новости: example.kz/ru/news/2021/04/08/glava-mid"
    page = clean(_page(_article(bottom=(url,))))
    assert page.date == date(2021, 4, 8) and page.url == "https://example.kz/ru/news/2021/04/08/glava-mid"


def test_today_in_the_lead_needs_a_year_from_the_page():
    lead = "Такое заявление сделал сегодня, 8 апреля, министр иностранных дел на встрече с коллегами. " + LEAD
    text = f"{HEADLINE}\n\n{lead}\n\n{SECOND}\n\nПоделиться\n© 2012–2021 Пример\n"
    assert clean(_page(text)).date is None  # only a copyright range: no guess
    dated = text + "Фото: ТАСС, 7 апреля 2021 года, Москва\n"
    assert clean(_page(dated)).date == date(2021, 4, 8)


@pytest.mark.parametrize("noise", [
    ("реклама", "COP29", "Баку, Азербайджан", "11-22 ноября"),  # an ad's dates
    ("© «365 Info», 2014–2024 info@365info.kz",),  # a copyright range
    ("Все новости", "14.11.2024", "Лавров прибыл в Астану с официальным визитом для переговоров",
     "15.11.2024", "В Алматы открылась выставка промышленных технологий и оборудования"),  # a dated news list
])
def test_dates_that_are_not_the_publication_date(noise: tuple[str, ...]):
    assert clean(_page(_article(bottom=noise))).date is None


def test_event_dates_in_the_body_are_not_the_publication_date():
    body = "Визит состоится 28-29 марта, а 16 мая 2019 года стороны подписали соглашение о сотрудничестве."
    assert clean(_page(f"{HEADLINE}\n\n{LEAD}\n\n{body}\n\n{SECOND}\n")).date is None


# ------------------------------------------------------------------ source and byline

@pytest.mark.parametrize("lines, author", [
    (("Автор: Иван Петров",), "Иван Петров"),
    (("Наталья БУТЫРИНА", "Фото: МИД РК"), "Наталья Бутырина"),
    (("Фото: Сергей Иванов",), None),  # a photo credit is not a byline
    (("Текст: Айгуль Садыкова, корреспондент",), "Айгуль Садыкова"),
])
def test_bylines(lines: tuple[str, ...], author: str | None):
    page = clean(_page(_article(bottom=lines)))
    assert page.author == author
    assert not set(lines) & set(page.paragraphs)


def test_source_from_brand_copyright_or_url():
    assert clean(_page(_article("Вестник Кавказа", "Меню"))).source == "Вестник Кавказа"
    assert clean(_page(_article("Меню", bottom=("© 2010–2024 Голос Степи",)))).source == "Голос Степи"
    assert clean(_page(_article(bottom=("https://www.steppe-news.kz/ru/2021/04/08/slug",)))).source == "steppe-news.kz"


# ------------------------------------------------------------------ the corpus

def test_normalize_line_ignores_case_spacing_bullets_and_numbers():
    assert normalize_line("  •  7535  Просмотров ") == normalize_line("117 просмотров")
    assert normalize_line("Все новости") != normalize_line("Все видео")


def test_corpus_lines_of_a_site_are_boilerplate_but_a_syndicated_article_is_not():
    brand, promo = "Голос Степи", "Редакция оставляет за собой право удалять комментарии, нарушающие закон."
    pages = ["\n".join([brand, "", f"Заголовок номер {i}", "", *_paras(t)[:2], promo]) for i, t in enumerate(TEXTS[1:6])]
    copies = [_article(name) for name in ("Другой сайт", "Третий сайт", "Четвёртый сайт")]
    boiler = corpus_boilerplate(pages + copies)
    assert {normalize_line(brand), normalize_line(promo)} <= boiler
    assert normalize_line(LEAD) not in boiler and normalize_line(SECOND) not in boiler
    assert promo in clean(_page(pages[0])).paragraphs  # a lone page cannot tell it from prose ...
    assert promo not in clean(_page(pages[0]), boiler).paragraphs  # ... the corpus can


def test_seeds_process_through_the_pipeline_with_their_corpus():
    raws = [read_seed(p) for p in SEED_FILES]
    boiler = corpus_boilerplate(r.text for r in raws)
    for raw in raws:
        result = process_seed(raw, boiler)
        assert result.error is None and result.page.paragraphs


# ------------------------------------------------------------------ generated pages

def test_generated_pages_from_held_out_boilerplate_are_cleaned():
    sys.path.insert(0, str(REPO / "bench"))
    from boilerplate import generate  # noqa: PLC0415
    from clean_bench import score_lines  # noqa: PLC0415
    from collections import Counter  # noqa: PLC0415

    pages = list(generate(150, seed=3, split="heldout"))
    boiler = corpus_boilerplate(p.text for p in pages)
    tally: Counter = Counter()
    titles = 0
    for truth in pages:
        page = clean(_page(truth.text), boiler)
        score_lines(truth.lines, page.paragraphs, tally)
        titles += page.title == truth.title
    body = tally["body_kept"] / (tally["body_kept"] + tally["body_dropped"])
    dropped_right = tally["boiler_dropped"] / (tally["boiler_dropped"] + tally["body_dropped"])
    assert body >= 0.95 and dropped_right >= 0.98 and titles >= 0.9 * len(pages)


@pytest.mark.parametrize("headline", ["Corus Chess Tournament 2006", "Саммит ШОС-2025 открылся в Астане"])
def test_headlines_with_numbers_are_headlines_but_widgets_are_not(headline: str):
    lead = f"{headline}: {LEAD}"
    page = clean(_page(f"Минск -21°C\nEUR 476 -0.84\n\n{headline}\n\n{lead}\n\n{SECOND}\n"))
    assert page.title == headline
