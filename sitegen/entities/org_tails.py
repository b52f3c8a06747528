"""Words that end an organisation's name: a region ("Свердловской области", "по Московской области"),
an eponym ("имени Ахмата Кадырова"), a genitive ("Совет национальной безопасности"), a topic
("Комиссия по атомной энергии") and a mission's city ("консульство России в Ниигате")."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import parse
from sitegen.entities.tokens import Token

# Nouns of administrative units after a capitalised adjective ("Московской области").
REGION_NOUNS = frozenset("область области областью областей край края краю краем округ округа округу "
                         "округом республика республики республике республикой район района району районом".split())


def region(tokens: list[Token], k: int, nouns: bool = True) -> int | None:
    """The end of "Свердловской области" or "области" (with ``nouns``, of "Петербургу" instead)
    at ``tokens[k]``, or None."""
    if k < len(tokens) and not nouns and tokens[k].text in REGION_NOUNS:
        return k + 1
    if k >= len(tokens) or not tokens[k].cap:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].text in REGION_NOUNS:
        return k + 2
    return k + 1 if nouns and tokens[k].text[0].isupper() and not tokens[k].text.endswith(("ой", "ого", "ий")) \
        else None


def district(tokens: list[Token], k: int) -> int | None:
    """The end of "по Петербургу и Ленинградской области" at ``tokens[k]`` (the "по"), or None."""
    if k >= len(tokens) or tokens[k].text != "по":
        return None
    end = region(tokens, k + 1)
    if end is not None and end + 1 < len(tokens) and tokens[end].text == "и":
        end = region(tokens, end + 1) or end
    return end


def eponym(tokens: list[Token], k: int) -> int | None:
    """The end of "имени Г. И. Будкера" / "им. Ахмата Кадырова" at ``tokens[k]``, or None."""
    if k >= len(tokens) or tokens[k].text not in ("имени", "им"):
        return None
    j = k + 1 + (k + 1 < len(tokens) and tokens[k].text == "им" and tokens[k + 1].text == ".")
    start = j
    while j < len(tokens) and (tokens[j].kind == "init" or tokens[j].cap) and j - start < 4:
        j += 1
    return j if j > start else None


def genitive(tokens: list[Token], k: int, limit: int = 4, case: str = "gent", nouns: bool = False) -> int | None:
    """The end of lower-case words in the genitive (or ``case``) ending on a noun ("национальной
    безопасности", "космонавтики", "оперы и балета"; with ``nouns`` no adjective) at ``tokens[k]``, or None."""
    end, j = None, k
    while j < len(tokens) and j - k < limit and tokens[j].kind == "word" and tokens[j].text.islower():
        pos = _case_pos(tokens[j].text, case)
        if pos is None or nouns and pos != "NOUN":
            break
        j += 1
        if pos == "NOUN":
            end = j
            if j + 1 < len(tokens) and tokens[j].text == "и" and tokens[j + 1].text.islower() \
                    and _case_pos(tokens[j + 1].text, case):
                j += 1  # "оперы и балета"
    return end


def topic(tokens: list[Token], k: int, limit: int = 4) -> int | None:
    """The end of "по атомной энергии" (lower-case words in the dative after "по") at ``tokens[k]``."""
    if k >= len(tokens) or tokens[k].text != "по":
        return None
    return genitive(tokens, k + 1, limit, "datv")


def seat(tokens: list[Token], k: int) -> int | None:
    """The end of "в Ниигате" (a mission's city) at ``tokens[k]``, or None."""
    ok = k + 1 < len(tokens) and tokens[k].text == "в" and tokens[k + 1].cap
    return k + 2 if ok else None


@lru_cache(maxsize=100_000)
def _case_pos(word: str, case: str) -> str | None:
    """NOUN or ADJF for a word the dictionary reads in ``case``, else None."""
    parses = parse(word)
    if len(word) < 3 or word == "имени" or parses[0].tag.POS in ("PREP", "CONJ", "PRCL", "NPRO"):
        return None
    for p in parses:
        if p.tag.case == case and p.tag.POS in ("NOUN", "ADJF"):
            return p.tag.POS
    return None


def numbered(tokens: list[Token], k: int) -> bool:
    """Whether "-24" follows ``tokens[k - 1]`` closely: a model or a numbered item ("Союз МС-24", "ОКБ-1")."""
    return k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k].start == tokens[k - 1].end \
        and tokens[k + 1].kind == "num" and tokens[k + 1].start == tokens[k].end
