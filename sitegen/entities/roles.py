"""Titles before a name: "министр иностранных дел Казахстана Мухтар Тлеуберди"."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import fold, parse
from sitegen.entities.tokens import Token

# Head nouns of a person's title (lemmas). A title is where a role starts.
HEADS = frozenset("""
президент вице-президент премьер премьер-министр вице-премьер министр замминистра глава председатель
зампред заместитель помощник советник посол секретарь госсекретарь генсек пресс-секретарь
представитель спикер депутат сенатор губернатор мэр аким директор гендиректор руководитель лидер
король королева принц канцлер начальник командующий генерал адмирал маршал министр-президент
посланник консул атташе эмир шейх султан премьер-министр лидер экс-президент экс-министр
экс-премьер сопредседатель координатор судья прокурор генпрокурор омбудсмен уполномоченный
шеф полпред постпред спецпредставитель спецпосланник вице-спикер вице-мэр замглавы леди
""".split())
_MAX_WORDS = 8


_PREFIXES = frozenset(h[:3] for h in HEADS)


@lru_cache(maxsize=100_000)
def role_head(word: str):
    """The parse of a word that is a title's head noun (in the singular), else None."""
    if word[:3].lower() not in _PREFIXES:
        return None
    for p in parse(word.lower()):
        if "NOUN" in p.tag and fold(p.normal_form) in HEADS and "sing" in p.tag and p.score >= 0.1:
            return p
    return None


def skip_quoted(tokens: list[Token], j: int) -> int:
    """The index before a short quoted name ending at j (a party's, a company's), else j."""
    if tokens[j].text not in ("»", "”"):
        return j
    opening = next((k for k in range(j - 1, max(-1, j - 6), -1) if tokens[k].text in ("«", "„", "“")), None)
    return opening - 1 if opening is not None else -1


def find_role(tokens: list[Token], start: int) -> tuple[str | None, frozenset | None]:
    """The title just before tokens[start] (nominative) and the cases it allows the name; a short
    quoted name may end it ("лидер партии «Союз за перемены» Ника Гвинианидзе")."""
    end = skip_quoted(tokens, start - 1) + 1 if start > 0 else 0
    window = []
    for i in range(end - 1, max(-1, end - 1 - _MAX_WORDS), -1):
        if tokens[i].kind != "word":
            break
        window.append(tokens[i].text)
    if not any(role_head(w) for w in window):
        return None, None  # no title within reach: spare the verb tests
    words = 0
    for i in range(end - 1, -1, -1):
        tok = tokens[i]
        if tok.kind != "word" or words >= _MAX_WORDS:
            return None, None
        words += 1
        head = role_head(tok.text)
        if head is None:
            if _stops(tok.text):
                return None, None
            continue
        outer = _outer_head(tokens, i, words)
        if outer is not None:
            i = outer
        cases = frozenset(p.tag.case for p in parse(tokens[i].text.lower())
                          if "NOUN" in p.tag and fold(p.normal_form) in HEADS and p.tag.case and "sing" in p.tag)
        if not _apposition(tokens[start].text, cases) or _clause_word(tokens[end - 1].text):
            return None, None
        first = i
        while first > 0 and tokens[first - 1].kind == "word" and _agrees(tokens[first - 1].text, cases):
            first -= 1
        phrase = [_nominative(t.text, cases) if first <= j <= i else t.text
                  for j, t in enumerate(tokens[first:end], first)]
        return " ".join(phrase), cases
    return None, None


def role_after(tokens: list[Token], end: int) -> str | None:
    """A title in apposition after the name: "Сергей Лавров, министр иностранных дел России, ..."."""
    if end + 1 >= len(tokens) or tokens[end].text not in (",", "—", "–", "("):
        return None
    i = end + 1
    while i < len(tokens) and tokens[i].kind == "word" and role_head(tokens[i].text) is None \
            and any("ADJF" in p.tag and p.tag.case == "nomn" for p in parse(tokens[i].text)[:1]):
        i += 1  # "первый заместитель"
    if i >= len(tokens) or tokens[i].kind != "word":
        return None
    head = role_head(tokens[i].text)
    if head is None or head.tag.case != "nomn" or head.word != tokens[i].text.lower():
        return None
    k = i + 1
    while k < len(tokens) and tokens[k].kind == "word" and k - end <= _MAX_WORDS and not _stops(tokens[k].text):
        k += 1
    if k < len(tokens) and tokens[k].kind == "word":
        return None  # a verb follows: "Лавров, глава МИД, заявил" is fine, "…, министр заявил" is not a title
    return " ".join(t.text if t.text.isupper() or j > i else t.text.lower()
                    for j, t in enumerate(tokens[end + 1:k], end + 1))


def name_role(tokens: list[Token], first: int, last: int) -> tuple[str | None, frozenset | None]:
    """The title before the name, else one in apposition after it (then the name is nominative)."""
    role, cases = find_role(tokens, first)
    if role is None:
        role = role_after(tokens, last + 1)
        cases = frozenset({"nomn"}) if role else None
    return role, cases


@lru_cache(maxsize=100_000)
def _stops(word: str) -> bool:
    """A verb or a gerund ends the search for a title: "Рогозин выступили в МГУ имени Ломоносова"."""
    tag = parse(word)[0].tag
    return any(t in tag for t in ("VERB", "INFN", "GRND"))


@lru_cache(maxsize=100_000)
def _apposition(name: str, cases: frozenset) -> bool:
    """Whether the name can stand in the title's case ("министром Лавровым", not "представителями Путина")."""
    if not name[0].isupper() or "." in name:
        return True
    parses = [p for p in parse(name) if p.tag.case]
    if not parses or any("Fixd" in p.tag for p in parses):
        return True
    named = {p.tag.case for p in parses if "Surn" in p.tag or "Name" in p.tag or "Patr" in p.tag}
    return bool((named or {p.tag.case for p in parses}) & cases)


@lru_cache(maxsize=100_000)
def _clause_word(word: str) -> bool:
    """A preposition or conjunction right before the name: no apposition ("после стрельбы в Тусоне")."""
    return any(t in parse(word.lower())[0].tag for t in ("PREP", "CONJ", "PRCL"))


def _outer_head(tokens: list[Token], i: int, words: int) -> int | None:
    """A head governing this one in the genitive: "представитель президента", "заместитель министра"."""
    if not any("gent" in p.tag for p in parse(tokens[i].text.lower()) if role_head(p.word)):
        return None
    j = i - 1
    while j >= 0 and tokens[j].kind == "word" and _agrees(tokens[j].text, frozenset({"gent"})):
        j -= 1
    if j >= 0 and tokens[j].kind == "word" and words < _MAX_WORDS and role_head(tokens[j].text):
        return _outer_head(tokens, j, words + 1) or j
    return None


@lru_cache(maxsize=100_000)
def _agrees(word: str, cases: frozenset) -> bool:
    """An adjective before the head in one of its cases ("генеральным секретарём")."""
    return any("ADJF" in p.tag and p.tag.case in cases for p in parse(word.lower()))


@lru_cache(maxsize=100_000)
def _nominative(word: str, cases: frozenset) -> str:
    for p in parse(word.lower()):
        if p.tag.case in cases and ("NOUN" in p.tag or "ADJF" in p.tag):
            form = p.inflect({"nomn", "sing"}) if "plur" not in p.tag else p.inflect({"nomn"})
            if form:
                return form.word
    return word.lower()
