"""Sports clubs named by one word in bare quotes in a paragraph about sport: «Зенит» обыграл
«Ростов» → "Зенит", "Ростов" (a city's or a person's name in quotes is the club there); not after
a noun of another kind (фильм «Игла»)."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import lemma, parse
from sitegen.entities.quotes import QUOTES_CLOSE, QUOTES_OPEN
from sitegen.entities.tokens import Token

# Lemmas of words that tell a paragraph is about a match or a league.
SPORT = frozenset("""
матч тур чемпионат команда тренер гол очко турнир сезон сыграть обыграть болельщик стадион
футбол хоккей футболист хоккеист нападающий вратарь защитник полузащитник плей-офф
""".split())


def sport_paragraph(tokens: list[Token]) -> bool:
    """Whether a paragraph has a word about sport."""
    return any(t.kind == "word" and t.text.islower() and lemma(t.text) in SPORT for t in tokens)


def club(tokens: list[Token], i: int) -> str | None:
    """The nominative of a capitalised noun alone in quotes at ``tokens[i]`` («Ростовом» → "Ростов")
    in a paragraph about sport, or None."""
    if not (0 < i < len(tokens) - 1 and tokens[i - 1].text in QUOTES_OPEN and tokens[i + 1].text in QUOTES_CLOSE):
        return None
    if i > 1 and _other_noun(tokens[i - 2]):
        return None  # фильм «Игла»
    name = _noun_nominative(tokens[i].text)
    return name if name and sport_paragraph(tokens) else None


def _other_noun(tok: Token) -> bool:
    """A lower-case noun naming something other than a team (фильм, песня)."""
    return tok.kind == "word" and tok.text.islower() and "NOUN" in parse(tok.text)[0].tag \
        and lemma(tok.text) not in SPORT


@lru_cache(maxsize=100_000)
def _noun_nominative(word: str) -> str | None:
    p = next((p for p in parse(word) if "NOUN" in p.tag and p.tag.number != "plur"), None)
    if p is None:
        return None
    normal = p.normal_form
    return normal[0].upper() + normal[1:]
