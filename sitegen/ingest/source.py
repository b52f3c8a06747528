"""Who published the page: its URL, the publication's name and the author's byline."""
from __future__ import annotations

import re
from functools import lru_cache

from sitegen.ingest.lines import Line, stop_words

_URL = re.compile(r"(?<![@\w.])(?:https?://)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(/[^\s\"'<>«»]*)", re.I)
_DOMAIN = re.compile(r"(?<![\w.-])(?:[\w-]+@)?((?:[a-z0-9-]+\.)+(?:ru|kz|com|org|net|info|uz|kg|az|by|ua|su|media|news|"
                     r"tv|io|am|ge|tj|tm|md|uk|de|fr|us|eu|asia))\b", re.I)
_QUOTED = re.compile(r"[«\"“]([^»\"”]{2,40})[»\"”]")
_COPYRIGHT = re.compile(r"©|\(c\)|copyright", re.I)
_YEARS = re.compile(r"\b(?:19|20)\d\d\b|[-–—,.]")
_CAP = r"(?:[А-ЯЁA-Z][а-яёa-z]+(?:-[А-ЯЁA-Z][а-яёa-z]+)?|[А-ЯЁA-Z]{2,}(?:-[А-ЯЁA-Z]{2,})?)"
_NAME = re.compile(rf"^({_CAP}(?:\s+[А-ЯЁA-Z]\.)?(?:\s+{_CAP}){{1,2}})$")
_BYLINE_LABEL = re.compile(r"^(?:автор(?:\s+материала)?|текст|корреспондент|материал\s+подготовил[аи]?|"
                           r"подготовил[аи]?|by|author)\b\s*[:\-—]?\s*", re.I)
_CREDIT = re.compile(r"^(?:фото|photo|иллюстрац|источник|видео|video|коллаж|кадр)", re.I)
_NOT_NAME_END = re.compile(r"(?:ция|ние|ость|ство|ения)$", re.I)
_SURNAME_END = re.compile(r"(?:ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ий|ая|ко|ук|юк|ян|янц|дзе|швили|ич|ых|их|"
                          r"ева|иев|иева|ли|ер|ман|берг)$", re.I)


def find_url(lines: list[Line], body: set[int]) -> str | None:
    """The page's own address when the page states it (outside the article text)."""
    for i, line in enumerate(lines):
        if i in body or "/" not in line.text:
            continue
        m = _URL.search(line.text)
        if m and len(m.group(2)) > 8:
            url = m.group(0).rstrip(".,;)")
            return url if url.lower().startswith("http") else "https://" + url
    return None


def _domain(url: str) -> str:
    host = url.split("://", 1)[-1].split("/", 1)[0].lower()
    return host[4:] if host.startswith("www.") else host


def _spelled(name: str, text: str) -> str | None:
    """How the page itself spells the publication whose domain label is ``name`` (e.g. EADaily)."""
    lower, start = text.lower(), 0
    while (at := lower.find(name, start)) >= 0:
        start = at + 1
        before, after = text[at - 1:at], text[at + len(name):at + len(name) + 1]
        if (before.isalnum() or before in "._-@") or (after.isalnum() or after in "_-"):
            continue
        if (found := text[at:at + len(name)]) != name:
            return found
    return None


def _copyright(lines: list[Line]) -> str | None:
    for line in reversed(lines):
        if not _COPYRIGHT.search(line.text):
            continue
        if m := _DOMAIN.search(line.text):
            return m.group(1).lower()
        if m := _QUOTED.search(line.text):
            return m.group(1).strip()
        rest = " ".join(_YEARS.sub(" ", _COPYRIGHT.sub(" ", line.text)).split())
        if 1 <= len(rest.split()) <= 4:
            return rest
    return None


def _brand(lines: list[Line], title: str) -> str | None:
    """A publication name heading the page: a few capitalised words, or one distinctive token."""
    if not lines:
        return None
    text = lines[0].text.strip(" •")
    words = text.split()
    if text.lower() == title.lower() or not 1 <= len(words) <= 4 or text[-1:] in ".!?:,":
        return None
    if len(words) >= 2 and all(w[0].isupper() or w[0] in "«\"" for w in words) and not any(c.isdigit() for c in text):
        return text
    if len(words) == 1 and len(text) >= 5 and (re.search(r"[a-z]", text, re.I) or "." in text):
        return text
    return None


def find_source(lines: list[Line], title: str, url: str | None, text: str) -> str | None:
    """The publication: as the page spells it, else the heading brand, copyright holder or domain."""
    copyright_holder = _copyright(lines)
    for candidate in (url and _domain(url), copyright_holder):
        if candidate and "." in candidate and (spelled := _spelled(candidate.split(".")[0], text)):
            return spelled
    return _brand(lines, title) or copyright_holder or (url and _domain(url))


def _clean_name(text: str) -> str:
    return " ".join(w.capitalize() if w.isupper() and len(w) > 1 else w for w in text.split())


def is_credit(text: str) -> bool:
    """A photo or video credit ("Фото: ТАСС"): neither author nor body text."""
    return _CREDIT.match(text.strip(" •")) is not None


def byline(line: Line) -> str | None:
    """The author named by a byline line ("Автор: Иван Петров", "Наталья БУТЫРИНА"), else None."""
    return None if line.words > 8 or line.digits else _byline(line.text)


@lru_cache(maxsize=1 << 14)
def _byline(text: str) -> str | None:
    text = text.strip(" •")
    if is_credit(text):
        return None
    labelled = _BYLINE_LABEL.match(text)
    core = re.split(r"\s*[,/|(]\s*", text[labelled.end():] if labelled else text)[0].strip(" .")
    if not _NAME.match(core):
        return None
    words = core.split()
    if any(w.lower() in stop_words() or _NOT_NAME_END.search(w) for w in words):
        return None
    if labelled or _SURNAME_END.search(words[-1]) or _SURNAME_END.search(words[0]):
        return _clean_name(core)
    return None
