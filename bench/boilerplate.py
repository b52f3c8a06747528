"""Realistic "select all, copy" news pages with per-line gold labels, for benchmarks.

A page is a real article (a factRuEval text or a seed's body) wrapped in the boilerplate of a
fake site: menus, widgets, counters, related news, comment forms, footers. Every pool of wording
below is split three ways by index; ``split="train"`` uses two thirds, ``split="heldout"`` the rest,
so an evaluation can run on boilerplate wording the cleaning rules were never tuned on.
``split="all"`` uses everything (for load tests).
"""
from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FACTRU_TEXTS = REPO.parent / "shared" / "data" / "factru-dev" / "texts"
SEEDS = REPO / "seeds"
GOLD = REPO / "tests" / "gold"

MONTHS_GEN = ("января февраля марта апреля мая июня июля августа сентября октября ноября декабря").split()
WEEKDAYS = "понедельник вторник среда четверг пятница суббота воскресенье".split()

POOLS: dict[str, list[str]] = {
    "site_word": ["Вестник", "Новости", "Курьер", "Обозрение", "Время", "Голос", "Взгляд", "Экспресс",
                  "Пульс", "Панорама", "Телеграф", "Хроника", "Ведомости", "Меридиан", "Горизонт",
                  "Дайджест", "Репортёр", "Факт"],
    "site_place": ["Кавказа", "Азии", "Евразии", "Степи", "Каспия", "Востока", "Севера", "Приуралья",
                   "Алатау", "Поволжья", "Сибири", "Балтики", "Прииртышья", "Туркестана", "Арала"],
    "latin": ["eurasia", "steppe", "kavkaz", "caspian", "orient", "nord", "volga", "ural", "alatau",
              "baltic", "sibir", "turan", "aral", "pamir", "tengri"],
    "tld": ["ru", "kz", "com", "info", "uz", "kg", "az", "net", "org"],
    "menu": ["Главная", "Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт",
             "Культура", "В мире", "Регионы", "Мнения", "Интервью", "Аналитика", "Фото", "Видео",
             "Спецпроекты", "Бизнес", "Технологии", "Наука", "Здоровье", "Авто", "Недвижимость",
             "Образование", "Туризм", "Кино", "Афиша", "Архив", "Контакты", "О нас", "Реклама",
             "Лента новостей", "Подкасты", "Колумнисты", "Дипломатия", "Энергетика", "Финансы"],
    "menu_word": ["Меню", "Разделы", "Рубрики", "Навигация", "Все разделы", "Категории"],
    "city": ["Астана", "Алматы", "Москва", "Баку", "Ташкент", "Бишкек", "Тбилиси", "Ереван", "Минск",
             "Шымкент", "Караганда", "Душанбе", "Новосибирск", "Казань", "Омск"],
    "currency": ["USD", "EUR", "RUB", "CNY", "GBP", "KZT", "TRY", "JPY", "$", "€", "¥"],
    "now_word": ["Сейчас", "Сегодня", "Ночью", "Днём", "Утром", "Вечером"],
    "tomorrow_word": ["Завтра", "Послезавтра", "На выходных", "Ночью"],
    "views": ["{n} просмотров", "Просмотров: {n}", "{n}", "👁 {n}", "{n} прочтений", "Прочитали: {n}",
              "{n} views", "Просмотры {n}", "{n} раз прочитано"],
    "more": ["Все новости", "Загрузить ещё", "Показать ещё", "Все материалы", "Ещё новости",
             "Больше новостей", "Читать далее", "Все публикации", "Смотреть все", "Архив новостей",
             "Следующая новость", "Лента новостей"],
    "related_head": ["Актуальные сюжеты", "Читайте также", "Главное за сутки", "Популярное",
                     "Самое читаемое", "Другие новости", "Последние новости", "Рекомендуем",
                     "Выбор редакции", "Новости партнёров", "Сейчас читают", "Важное", "Похожие материалы",
                     "Новости по теме", "Топ дня"],
    "media_head": ["Видео", "Все видео", "Фото дня", "Фоторепортажи", "Инфографика", "Галерея",
                   "Смотрите также", "Подкасты", "Мультимедиа", "Прямой эфир", "Видеосюжеты", "Фотогалерея"],
    "ad": ["реклама", "Реклама", "РЕКЛАМА", "Партнёрский материал", "На правах рекламы", "Спонсорский контент",
           "Advertisement", "Промо", "erid: 2VtzqxH", "Реклама. 18+"],
    "event": ["Форум «Астана Интернэшнл»", "COP29", "Выставка «Иннопром»", "Фестиваль «Шёлковый путь»",
              "Конференция CICA", "Бизнес-форум ШОС", "Expo 2025", "Неделя моды", "Кинофестиваль «Евразия»"],
    "comment_head": ["Добавить комментарий", "Комментарии", "Оставьте комментарий", "Обсуждение",
                     "Комментарии (0)", "Написать комментарий", "Ваше мнение", "Обсудить"],
    "comment_text": [
        "Ваш адрес email не будет опубликован. Обязательные поля помечены *",
        "Этот сайт использует Akismet для борьбы со спамом. Узнайте, как обрабатываются ваши данные комментариев.",
        "Для того чтобы оставить комментарий, необходимо войти или зарегистрироваться.",
        "Комментарии проходят модерацию и появляются на сайте после проверки редактором.",
        "Нажимая кнопку «Отправить», вы соглашаетесь с правилами публикации комментариев.",
        "Пожалуйста, соблюдайте правила дискуссии и не оскорбляйте других участников.",
        "Авторизуйтесь, чтобы оставить комментарий к этой новости.",
        "Редакция оставляет за собой право удалять комментарии, нарушающие законодательство.",
        "Мнение редакции может не совпадать с мнением авторов комментариев.",
    ],
    "form_field": ["Имя *", "Email *", "Сайт", "Комментарий", "Отправить", "Ваше имя", "Ваш email",
                   "Опубликовать", "Войти", "Регистрация", "Отмена"],
    "share": ["Поделиться", "Поделиться:", "Подписаться", "Telegram", "ВКонтакте", "WhatsApp",
              "Одноклассники", "Скопировать ссылку", "Twitter", "Facebook", "Дзен", "Распечатать"],
    "tags_head": ["Теги:", "Метки:", "Темы:", "Ключевые слова:", "Рубрика:", "Сюжет:"],
    "typo": ["Заметили ошибку в тексте? Выделите ее и нажмите Ctrl+Enter",
             "Нашли опечатку? Выделите текст и нажмите Ctrl+Enter",
             "Если вы заметили ошибку, выделите фрагмент и нажмите Ctrl+Enter",
             "Сообщить об ошибке: Ctrl+Enter",
             "Увидели ошибку? Выделите её мышью и нажмите Ctrl+Enter",
             "Ошибка в тексте? Выделите её и нажмите Ctrl+Enter"],
    "subscribe": ["Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать главные новости.",
                  "Подпишитесь на рассылку и получайте главные новости дня на почту.",
                  "Читайте нас в Дзене и ВКонтакте.",
                  "Следите за новостями в нашем канале в WhatsApp.",
                  "Все главные новости — в нашем Telegram. Подписывайтесь!",
                  "Хотите быть в курсе событий? Подпишитесь на нашу ежедневную рассылку.",
                  "Самые важные новости — в нашей рассылке по утрам."],
    "rights": ["Все права защищены.", "При цитировании ссылка обязательна.",
               "Использование материалов сайта возможно только с письменного разрешения редакции.",
               "Перепечатка материалов без согласия редакции запрещена.",
               "При полном или частичном использовании материалов гиперссылка на сайт обязательна.",
               "Сетевое издание зарегистрировано в Министерстве информации.",
               "Свидетельство о регистрации СМИ ЭЛ № ФС 77-81234.", "Все права защищены",
               "Материалы с пометкой «Реклама» публикуются на правах рекламы."],
    "footer_misc": ["Политика конфиденциальности", "Пользовательское соглашение", "Карта сайта",
                    "Обратная связь", "Редакция", "Вакансии", "Реклама на сайте", "Контакты редакции",
                    "Правила использования", "Яндекс.Метрика", "Перейти к верхней панели", "Наверх",
                    "Rambler Top100", "LiveInternet", "Мобильная версия", "RSS"],
    "age": ["18+", "16+", "12+", "0+"],
    "street": ["ул. Абая", "пр. Мира", "ул. Ленина", "пр. Республики", "ул. Пушкина", "мкр. Керемет",
               "ул. Тверская", "ул. Низами", "пр. Независимости", "ул. Гагарина", "ул. Сатпаева", "наб. Обводного канала"],
    "author_label": ["Автор: {a}", "{a}", "Текст: {a}", "{A}", "Автор материала: {a}", "Материал подготовил {a}",
                     "{a}, корреспондент", "Корреспондент: {a}", "{a} / Редакция"],
    "credit": ["Фото: {c}", "Фото {c}", "{c}", "Фото: © {c}", "Источник фото: {c}", "Иллюстрация: {c}",
               "Фото из открытых источников", "Фото: архив редакции", "Фото — {c}", "Фотография: {c}"],
    "credit_org": ["пресс-служба Акорды", "МИД РК", "РИА Новости", "ТАСС", "Reuters", "AFP", "Shutterstock",
                   "пресс-служба правительства", "Kremlin.ru", "Sputnik", "AP", "Getty Images",
                   "пресс-служба МИД", "Depositphotos", "EPA"],
    "first": ["Наталья", "Алексей", "Ирина", "Дмитрий", "Айгуль", "Ержан", "Ольга", "Сергей", "Марина",
              "Руслан", "Елена", "Асель", "Виктор", "Анна", "Тимур", "Светлана", "Павел", "Гульнара"],
    "last": ["Бутырина", "Смирнов", "Ахметова", "Ковалёв", "Садыкова", "Иванов", "Нурланов", "Петрова",
             "Кузнецов", "Жумабаева", "Орлов", "Мамедова", "Воронцов", "Сейтказиев", "Лебедева", "Гусев"],
    "pub_label": ["Опубликовано {d}", "Дата публикации: {d}", "Опубликовано: {d}", "{d}",
                  "Размещено {d}", "{d}", "Обновлено: {d}", "Добавлено {d}", "Новость от {d}"],
    "permalink": ["Постоянный адрес новости: {u}", "Источник: {u}", "Ссылка на материал: {u}", "{u}",
                  "Адрес страницы: {u}", "Короткая ссылка: {u}", "URL: {u}"],
    "section": ["Повестка дня", "Политика", "Новости Казахстана", "Дипломатия", "В мире", "Общество",
                "Экономика", "Регион", "Официально", "Международные отношения", "Главное"],
    "breadcrumb_sep": [" / ", " > ", " » ", " → "],
    "list_bullet": ["• ", "- ", "— ", "* ", "· ", "▪ ", "1. ", "1) "],
    "qa_label": ["Вопрос", "Корреспондент", "Корр.", "Журналист", "Ведущий", "Редакция"],
    "cookie": ["Мы используем файлы cookie, чтобы сделать сайт удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с этим.",
               "Сайт использует куки. Оставаясь на сайте, вы принимаете условия обработки данных.",
               "Этот сайт использует cookies для улучшения работы. Подробнее в политике конфиденциальности.",
               "Мы используем cookies. Принять"],
}

ALL = "all"
IN_ARTICLE_SHARE = 0.3  # pages whose article carries a list, table, subheading, Q&A or short lines


def _sample(rng: random.Random, items: list[str], k: int) -> list[str]:
    return rng.sample(items, min(k, len(items)))


def pool(name: str, split: str) -> list[str]:
    """The wording of one boilerplate pool available to ``split``."""
    items = POOLS[name]
    if split == ALL or len(items) < 3:
        return items
    held = [x for i, x in enumerate(items) if i % 3 == 2]
    return held if split == "heldout" else [x for i, x in enumerate(items) if i % 3 != 2]


@dataclass
class Article:
    """A real article body plus gold title."""

    title: str
    paragraphs: list[str]
    origin: str


@dataclass
class Site:
    """One fake publication: the fixed layout and wording its pages share."""

    name: str
    domain: str
    brand_top: bool
    menu: list[str]
    menu_bullets: bool
    widgets: list[str]  # "currency", "weather"
    date_style: int
    date_place: str  # "header", "footer", "none"
    pub_label: str
    author_prob: float
    author_label: str
    views: str | None
    credit: str | None
    url_prob: float
    permalink: str
    blank_between: bool
    title_twice: bool
    section: str | None
    after: list[str]  # order of blocks after the body
    footer: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- articles

_SENT = re.compile(r"(?<=[.!?…»])\s+(?=[А-ЯЁA-Z«])")


def _headline(paragraphs: list[str], rng: random.Random) -> str:
    """A plausible headline drawn from the article's own words (factRu texts carry none)."""
    sentences = [s for p in paragraphs[:3] for s in _SENT.split(p)[:2] if 5 <= len(s.split()) <= 60]
    words = (rng.choice(sentences) if sentences else paragraphs[0]).split()
    n = min(len(words), rng.randint(5, 11))
    while n > 3 and (len(words[n - 1]) <= 3 or words[n - 1][-1] in ",;:—–-«(\""):
        n -= 1
    head = " ".join(words[:n]).rstrip(",.;:—–-«(\"")
    head = head[:1].upper() + head[1:]
    if head.count("«") > head.count("»"):
        head += "»"
    return head


def load_articles(factru: Path = FACTRU_TEXTS, seeds: Path = SEEDS, gold: Path = GOLD) -> list[Article]:
    """Real article bodies: every factRuEval text and the seeds' gold body lines."""
    rng = random.Random(0)
    out = []
    for path in sorted(factru.glob("*.txt")):
        paras = [" ".join(x.split()) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
        if len(paras) > 1 and len(paras[0].split()) <= 2:
            paras = paras[1:]  # a rubric label ("Космос"), not a paragraph
        if len(paras) > 1 and len(paras[0].split()) <= 15 and not paras[0].endswith("."):
            out.append(Article(paras[0], paras[1:], path.name))  # the text's own headline
        elif paras:
            out.append(Article(_headline(paras, rng), paras, path.name))
    for gpath in sorted(gold.glob("*.json")):
        g = json.loads(gpath.read_text(encoding="utf-8"))
        lines = (seeds / g["file"]).read_text(encoding="utf-8").splitlines()
        paras = [" ".join(lines[i - 1].split()) for i in g["body_lines"]]
        out.append(Article(g["title"], paras, g["file"]))
    return out


# ---------------------------------------------------------------- sites


def make_site(rng: random.Random, split: str) -> Site:
    p = lambda name: pool(name, split)  # noqa: E731
    latin = rng.choice(p("latin"))
    style = rng.random()
    if style < 0.4:
        name = f"{rng.choice(p('site_word'))} {rng.choice(p('site_place'))}"
    elif style < 0.7:
        name = f"{latin.capitalize()}{rng.choice(['Daily', 'News', 'Info', '24', ' Today', 'Press'])}"
    else:
        name = f"{rng.randint(1, 999)}{latin}.{rng.choice(p('tld'))}"
    domain = name.lower().replace(" ", "") if "." in name else f"{latin}{rng.choice(['news', 'daily', 'info', 'press', ''])}.{rng.choice(p('tld'))}"
    after = ["tags", "share", "permalink", "typo", "related", "media", "ad", "comments", "subscribe"]
    rng.shuffle(after)
    after = after[: rng.randint(3, len(after))]
    footer = ["copyright", "rights", "address", "phone", "misc", "age"]
    rng.shuffle(footer)
    return Site(
        name=name, domain=domain, brand_top=rng.random() < 0.6,
        menu=_sample(rng, p("menu"), rng.randint(0, 9)), menu_bullets=rng.random() < 0.4,
        widgets=rng.sample(["currency", "weather"], rng.randint(0, 2)),
        date_style=rng.randrange(8), date_place=rng.choices(["header", "footer", "none"], [6, 3, 1])[0],
        pub_label=rng.choice(p("pub_label")), author_prob=rng.choice([0.0, 0.3, 0.8]),
        author_label=rng.choice(p("author_label")), views=rng.choice(p("views") + [None]),
        credit=rng.choice(p("credit") + [None, None]), url_prob=rng.choice([0.0, 0.5, 1.0]),
        permalink=rng.choice(p("permalink")), blank_between=rng.random() < 0.8,
        title_twice=rng.random() < 0.25, section=rng.choice(p("section") + [None]),
        after=after, footer=footer[: rng.randint(2, len(footer))],
    )


def format_date(d: date, style: int, rng: random.Random) -> str:
    """A publication date in one of the Russian forms news sites use."""
    hm = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    m = MONTHS_GEN[d.month - 1]
    return [
        f"{d.day} {m} {d.year}",
        f"{d.day} {m} {d.year} в {hm}",
        f"{d.day} {m}, {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year} {hm}",
        f"{hm}, {d.day} {m} {d.year}",
        f"{d.day} {m} {d.year} г., {hm}",
        f"{WEEKDAYS[d.weekday()]}, {d.day} {m} {d.year}",
    ][style % 8]


# ---------------------------------------------------------------- blocks


def _widget(kind: str, rng: random.Random, split: str) -> list[str]:
    if kind == "currency":
        out = []
        for cur in _sample(rng, pool("currency", split), rng.randint(2, 3)):
            val, delta = f"{rng.uniform(1, 600):.2f}", f"{rng.uniform(-2, 2):+.2f}"
            out += [f"  • {cur} {val} {delta}"] if rng.random() < 0.5 else [cur, val, delta]
        return out
    city = rng.choice(pool("city", split))
    t1, t2 = rng.randint(-25, 35), rng.randint(-25, 35)
    if rng.random() < 0.5:
        return [city, rng.choice(pool("now_word", split)), f"{t1:+d}" if t1 else "0",
                rng.choice(pool("tomorrow_word", split)), f"{t2}"]
    return [f"{city} {t1:+d}°C"]


def _byline(site: Site, rng: random.Random, split: str) -> tuple[str, str]:
    first, last = rng.choice(pool("first", split)), rng.choice(pool("last", split))
    name = f"{first} {last}"
    return name, site.author_label.format(a=name, A=f"{first} {last.upper()}")


def _related(titles: list[str], own: str, site: Site, rng: random.Random, split: str, today: date) -> list[str]:
    out = [rng.choice(pool("related_head", split))]
    for t in rng.sample(titles, min(len(titles), rng.randint(3, 6))):
        if t == own:
            continue
        r = rng.random()
        if r < 0.3:
            out.append(f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}")
        elif r < 0.5:
            out.append(format_date(today - timedelta(days=rng.randint(0, 400)), site.date_style + 1, rng))
        out.append(t)
    if rng.random() < 0.6:
        out.append(rng.choice(pool("more", split)))
    return out


def _after_block(kind: str, site: Site, ctx: dict, rng: random.Random, split: str) -> list[str]:
    if kind == "tags":
        return [rng.choice(pool("tags_head", split))] + _sample(rng, pool("menu", split), rng.randint(1, 4))
    if kind == "share":
        return _sample(rng, pool("share", split), rng.randint(2, 5))
    if kind == "permalink":
        return [site.permalink.format(u=ctx["url"])] if ctx["url"] else []
    if kind == "typo":
        return [rng.choice(pool("typo", split))]
    if kind == "related":
        return _related(ctx["titles"], ctx["own"], site, rng, split, ctx["date"])
    if kind == "media":
        return _sample(rng, pool("media_head", split), rng.randint(1, 3))
    if kind == "ad":
        start = rng.randint(1, 20)
        out = [rng.choice(pool("ad", split)), rng.choice(pool("event", split)),
               f"{rng.choice(pool('city', split))}, {rng.choice(['Казахстан', 'Азербайджан', 'Узбекистан', 'Россия'])}"]
        return out + [f"{start}-{start + rng.randint(2, 9)} {rng.choice(MONTHS_GEN)}"]
    if kind == "comments":
        out = [rng.choice(pool("comment_head", split))]
        out += _sample(rng, pool("comment_text", split), rng.randint(1, 2))
        return out + _sample(rng, pool("form_field", split), rng.randint(0, 3))
    if kind == "subscribe":
        return [rng.choice(pool("subscribe", split))]
    return []


def _footer(kind: str, site: Site, rng: random.Random, split: str, today: date) -> list[str]:
    if kind == "copyright":
        first = today.year - rng.randint(3, 15)
        return [rng.choice([f"© «{site.name}», {first}–{today.year} info@{site.domain}",
                            f"© {first}-{today.year} {site.name}", f"© {site.name}, {today.year}",
                            f"Copyright © {today.year} {site.domain}"])]
    if kind == "rights":
        return _sample(rng, pool("rights", split), rng.randint(1, 2))
    if kind == "address":
        return [f"{rng.randint(10000, 99999):06d}, {rng.choice(pool('city', split))}, "
                f"{rng.choice(pool('street', split))}, д. {rng.randint(1, 150)}, оф. {rng.randint(1, 500)}"]
    if kind == "phone":
        return [f"Тел.: +7 ({rng.randint(700, 799)}) {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"]
    if kind == "misc":
        return _sample(rng, pool("footer_misc", split), rng.randint(1, 4))
    return [rng.choice(pool("age", split))]


# ---------------------------------------------------------------- pages


@dataclass
class Page:
    """A generated page: its lines with gold labels and its true metadata."""

    lines: list[tuple[str, str]]  # (text, "body" | "title" | "boiler" | "blank")
    title: str
    date: date | None
    source: str | None
    url: str | None
    author: str | None
    origin: str
    domain: str = ""

    @property
    def text(self) -> str:
        return "\n".join(t for t, _ in self.lines) + "\n"

    def labels(self) -> dict:
        return {"title": self.title, "date": self.date.isoformat() if self.date else None,
                "source": self.source, "domain": self.domain, "url": self.url, "author": self.author, "origin": self.origin,
                "labels": [lab for _, lab in self.lines]}


def _slug(title: str, rng: random.Random) -> str:
    return f"{rng.randint(100000, 999999)}-" + "-".join(re.findall(r"\w+", title.lower())[:5])


_CAPWORD = re.compile(r"(?<=[\s(«])[А-ЯЁA-Z][а-яёa-z]{2,}(?:-[А-ЯЁA-Z]?[а-яёa-z]+)?")


def _fragment(paragraphs: list[str], rng: random.Random, lo: int, hi: int) -> str:
    """The opening words of one of the article's sentences (its own wording, so never site boilerplate)."""
    sentences = [x for p in paragraphs for x in _SENT.split(p) if len(x.split()) >= lo]
    words = (rng.choice(sentences) if sentences else paragraphs[0]).split()[: rng.randint(lo, hi)]
    while len(words) > 1 and (len(words[-1]) <= 3 or words[-1][-1] in ",;:—–-«(\""):
        words.pop()  # no dangling preposition
    text = " ".join(words).rstrip(",.;:—–-«(\"")
    return text[:1].upper() + text[1:]


def in_article(article: Article, rng: random.Random, split: str) -> list[str]:
    """Article text that is not running prose: a list, a table, a subheading, Q&A or short quoted lines.

    Built from the article's own words (names, sentence openings), as real pages carry line-ups,
    results, lists of countries and interview turns between or after their paragraphs.
    """
    names = list(dict.fromkeys(_CAPWORD.findall(" ".join(article.paragraphs))))
    if len(names) < 4:
        names += ["Алматы", "Астана", "Москва", "Баку"]
    kind = rng.choice(["list", "list", "table", "heading", "qa", "quote"])
    if kind == "list":
        bullet = rng.choice(pool("list_bullet", split))
        items = []
        for k in range(rng.randint(2, 6)):
            item = " ".join(rng.sample(names, min(len(names), rng.randint(1, 3))))
            item = f"{item} ({rng.choice(names)})" if rng.random() < 0.4 else item
            items.append((bullet.replace("1", str(k + 1)) + item) if rng.random() < 0.85 else item)
        if rng.random() < 0.3:  # a list copied as one line
            items = [" ".join(items)]
        return [_fragment(article.paragraphs, rng, 3, 7) + ":", *items]
    if kind == "table":
        rows = [f"{rng.choice(names)} — {rng.choice(names)} {rng.randint(0, 5)}:{rng.randint(0, 5)}"
                if rng.random() < 0.5 else f"{rng.choice(names)} {rng.choice(names)} — {rng.randint(1, 99)}"
                for _ in range(rng.randint(2, 6))]
        return [_fragment(article.paragraphs, rng, 2, 4), *rows]
    if kind == "heading":
        return [_fragment(article.paragraphs, rng, 2, 6)]
    if kind == "qa":
        label = rng.choice(pool("qa_label", split))
        who = rng.choice(names)
        out = []
        for _ in range(rng.randint(1, 3)):
            out += [f"{label}: {_fragment(article.paragraphs, rng, 3, 8)}?", f"{who}: {_fragment(article.paragraphs, rng, 2, 9)}."]
        return out
    return [f"«{_fragment(article.paragraphs, rng, 2, 7)}!»" if rng.random() < 0.5 else f"{_fragment(article.paragraphs, rng, 3, 8)}."
            for _ in range(rng.randint(1, 2))]


def make_page(article: Article, site: Site, titles: list[str], rng: random.Random, split: str) -> Page:
    """Wrap one article in one site's boilerplate."""
    day = date(2015, 1, 1) + timedelta(days=rng.randint(0, 3800))
    shown = day if site.date_place != "none" else None
    url = None
    if "permalink" in site.after and rng.random() < site.url_prob:
        url = f"https://{site.domain}/news/{day.year}/{day.month:02d}/{day.day:02d}/{_slug(article.title, rng)}"
        if rng.random() < 0.5:
            url = url.replace("https://", "")
    out: list[tuple[str, str]] = []

    def add(lines: list[str], label: str = "boiler") -> None:
        out.extend((x, label) for x in lines)

    def gap() -> None:
        if site.blank_between or rng.random() < 0.2:
            out.append(("", "blank"))

    if site.brand_top:
        add([site.name])
    if site.menu:
        if rng.random() < 0.5:
            add([rng.choice(pool("menu_word", split))])
        add([("  • " if site.menu_bullets else "") + m for m in site.menu])
    for w in site.widgets:
        add(_widget(w, rng, split))
    if site.title_twice:
        add([article.title], "title")
    if site.section:
        add([site.section])
    gap()
    add([article.title], "title")
    gap()
    author = None
    header = []
    if shown and site.date_place == "header":
        header.append(site.pub_label.format(d=format_date(day, site.date_style, rng)))
    if rng.random() < site.author_prob:
        author, line = _byline(site, rng, split)
        header.append(line)
    if site.views:
        header.append(site.views.format(n=rng.randint(3, 99999)))
    if site.credit and rng.random() < 0.7:
        header.append(site.credit.format(c=rng.choice(pool("credit_org", split))))
    rng.shuffle(header)
    add(header)
    if header:
        gap()
    paras = article.paragraphs
    ad_at = rng.randrange(1, len(paras)) if len(paras) > 3 and rng.random() < 0.2 else -1
    # in-article lists, tables, subheadings, Q&A: between paragraphs or after the last one
    extra_at = rng.randint(1, len(paras)) if rng.random() < IN_ARTICLE_SHARE else -1
    for i, para in enumerate(paras):
        if i == ad_at:
            add([rng.choice(pool("related_head", split)), rng.choice([t for t in titles[:50] if t != article.title])])
            gap()
        if i == extra_at:
            _add_in_article(article, rng, split, add, gap)
        add([para], "body")
        gap()
    if extra_at == len(paras):
        _add_in_article(article, rng, split, add, gap)
    if shown and site.date_place == "footer":
        add([site.pub_label.format(d=format_date(day, site.date_style, rng))])
    ctx = {"url": url, "titles": titles, "date": day, "own": article.title}
    for kind in site.after:
        add(_after_block(kind, site, ctx, rng, split))
        gap()
    for kind in site.footer:
        add(_footer(kind, site, rng, split, day))
    if rng.random() < 0.15:
        add([rng.choice(pool("cookie", split))])
    named = site.brand_top or "copyright" in site.footer
    source = site.name if named else site.domain if url else None
    return Page(out, article.title, day if shown or url else None, source, url, author, article.origin, site.domain)


def _add_in_article(article: Article, rng: random.Random, split: str, add, gap) -> None:
    for line in in_article(article, rng, split):
        add([line], "body")
        if rng.random() < 0.5:
            gap()


def generate(n: int, seed: int = 0, split: str = ALL, articles: list[Article] | None = None,
             n_sites: int | None = None):
    """Yield ``n`` pages, deterministic for ``seed``; pages of one site share its boilerplate."""
    rng = random.Random(seed)
    articles = articles if articles is not None else load_articles()
    sites = [make_site(rng, split) for _ in range(n_sites or max(3, min(60, n // 20 or 1)))]
    titles = [a.title for a in articles]
    for _ in range(n):
        yield make_page(rng.choice(articles), rng.choice(sites), titles, rng, split)
