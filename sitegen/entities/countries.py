"""Countries in running text: names in any case, abbreviations, adjectives, compound adjectives.

Names come from CLDR (through Babel, see cldr.py); what CLDR lacks is below: the abbreviations
and short names Russian news use, and adjectives whose stem is not the name's."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from sitegen.entities.cldr import country_by_code, country_names
from sitegen.entities.morph import fold, lemma, parse
from sitegen.entities.tokens import Token
from sitegen.model import Country

# Names and abbreviations in everyday use besides CLDR's one name per country.
ALIASES = {
    "рф": "RU", "кнр": "CN", "рк": "KZ", "фрг": "DE", "юар": "ZA", "сша": "US", "оаэ": "AE",
    "америка": "US", "британия": "GB", "англия": "GB", "белоруссия": "BY", "кыргызстан": "KG",
    "молдавия": "MD", "голландия": "NL", "соединенный штат": "US", "соединенный штат америка": "US",
    "южный корея": "KR", "северный корея": "KP", "кндр": "KP", "ватикан": "VA",
    # Continents and regions that contain a country's name: consumed, not counted.
    "македония": "MK", "палестина": "PS", "туркмения": "TM", "бирма": "MM",
    "латинский америка": "", "южный америка": "", "северный америка": "", "центральный америка": "",
}
# Adjectives whose stem differs from the country name's.
IRREGULAR = {
    "американский": "US", "немецкий": "DE", "британский": "GB", "английский": "GB", "армянский": "AM",
    "белорусский": "BY", "турецкий": "TR", "шведский": "SE", "греческий": "GR", "литовский": "LT",
    "финский": "FI", "голландский": "NL", "датский": "DK", "чешский": "CZ", "словацкий": "SK",
    "венгерский": "HU", "норвежский": "NO", "кубинский": "CU", "молдавский": "MD", "кыргызский": "KG",
    "южнокорейский": "KR", "северокорейский": "KP", "казахский": "KZ", "саудовский": "SA",
}
# How many mentions of each kind list a country: a name once, a compound adjective
# ("казахстанско-американский") once, a plain adjective ("по турецкому образцу") twice.
EVIDENCE = {"name": 1, "compound": 1, "adjective": 2}
# Words that follow a country adjective in official names.
STATE_WORDS = frozenset("республика федерация королевство народный демократический государство штат эмират".split())
_ADJ_ENDING = re.compile(r"[сц]к(?:ий|ая|ое|ие|ого|ой|ому|ым|ом|ую|их|им|ими|ей)$")
_SKIP = ("о-в", "о-ва", "территори")


@lru_cache(maxsize=1)
def _nouns() -> dict[str, str]:
    """Lemmatised country name (words joined by spaces) → ISO code."""
    out = {}
    for code, name in country_names().items():
        if not any(s in name for s in _SKIP):
            out[_lemmas(name.split(" (")[0])] = code
            out[fold(name.split(" (")[0])] = code
    for alias, code in ALIASES.items():
        out.setdefault(alias, code)
        out.setdefault(_lemmas(alias), code)
    return out


def _lemmas(text: str) -> str:
    return " ".join(lemma(w) for w in text.replace("-", " - ").split() if w != "-").replace(" - ", "-")


@lru_cache(maxsize=1)
def _stems() -> list[tuple[str, str]]:
    """(stem, code) of single-word country names, longest first: "франц" → FR."""
    out = []
    for code, name in country_names().items():
        n = fold(name).split(" (")[0]
        if " " in n or not n.isalpha() or any(s in n for s in _SKIP):
            continue
        stems = {re.sub(r"(?:ия|ья|[аяьиоеу])$", "", n)}
        if n.endswith("стан"):
            stems.add(n[:-4].rstrip("и"))
        out += [(s, code) for s in stems if len(s) >= 4]
    return sorted(out, key=lambda x: -len(x[0]))


@lru_cache(maxsize=1)
def _prefixes() -> tuple[frozenset, frozenset]:
    """First three letters of the names, first four of the adjectives' stems: a word starting
    otherwise names no country, whatever its lemma (word and lemma share these letters)."""
    nouns = frozenset(k[:3] for k in _nouns())
    adjectives = frozenset(s[:4] for s, _ in _stems()) | frozenset(k[:4] for k in IRREGULAR)
    return nouns, adjectives


@lru_cache(maxsize=50_000)
def adjective_country(stem: str) -> str | None:
    """The country an adjective stem ("казахстан", "француз") derives from, else None."""
    for s, code in _stems():
        if stem.startswith(s) and len(stem) - len(s) <= 3:
            return code
    return None


@lru_cache(maxsize=100_000)
def word_countries(word: str) -> tuple[str, ...]:
    """Countries a single word names: a noun, an abbreviation, an adjective or a compound one."""
    lw = fold(word)
    if lw in ALIASES and (word.isupper() or word[0].isupper()):
        return (ALIASES[lw],)
    if "-" in lw:
        parts = lw.split("-")
        if all(parts):
            codes = [c for c in (_compound_part(p) for p in parts[:-1]) if c]
            last = word_countries(parts[-1]) if codes else ()
            if codes and last:
                return tuple(dict.fromkeys([*codes, *last]))
    if word[0].isupper() and lw[:3] in _prefixes()[0]:
        code = _nouns().get(lw) or _nouns().get(lemma(lw))
        if code:
            return (code,)
    return _adjective(lw)


def _compound_part(part: str) -> str | None:
    """"казахстанско" → KZ, "азербайджано" → AZ, "российско" → RU."""
    stem = part[:-1] if part.endswith(("о", "е")) else part
    for end in ("ск", "цк"):
        if stem.endswith(end):
            full = stem + "ий"
            return IRREGULAR.get(full) or adjective_country(stem[:-2] if end == "ск" else stem[:-1])
    return adjective_country(stem)


@lru_cache(maxsize=100_000)
def _adjective(lw: str) -> tuple[str, ...]:
    if not _ADJ_ENDING.search(lw) or lw[:4] not in _prefixes()[1]:
        return ()
    for p in parse(lw):
        if "ADJF" not in p.tag:
            continue
        lem = fold(p.normal_form)
        if lem in IRREGULAR:
            return (IRREGULAR[lem],)
        if lem.endswith(("ский", "цкий")):
            code = adjective_country(lem[:-4] if lem.endswith("ский") else lem[:-3])
            if code:
                return (code,)
        return ()
    return ()


def find_countries(tokens: list[Token], counts: Counter) -> None:
    """Count the countries named in one tokenised paragraph into ``counts`` (code → mentions).

    A short name in quotes is a title, not a place: the shuttle «Колумбия», the party «Единая Россия»."""
    skipped = _titles(tokens) | _domains(tokens)
    words = [t for t in tokens if t.kind == "word" and t.start not in skipped]
    starts = _multiword_starts()
    i = 0
    while i < len(words):
        hit = 0
        if words[i].text[0].isupper() and fold(words[i].text)[:3] in starts[0] and lemma(words[i].text) in starts[1]:
            for n in (4, 3, 2):
                if i + n <= len(words) and all(w.text[0].isupper() for w in words[i:i + n]):
                    code = _nouns().get(" ".join(lemma(w.text) for w in words[i:i + n]))
                    if code is not None:
                        if code:
                            counts[(code, "name")] += 1
                        hit = n
                        break
        if hit:
            i += hit
            continue
        codes = word_countries(words[i].text)
        if codes:
            kind = "name" if _is_name(words, i) else ("compound" if len(codes) > 1 else "adjective")
            for code in codes:
                counts[(code, kind)] += 1
        i += 1


def _domains(tokens: list[Token]) -> set[int]:
    """Starts of words written as a domain zone, a full stop glued before, a space before it ("в зоне .РФ")."""
    return {t.start for k, t in enumerate(tokens) if k and tokens[k - 1].text == "." and tokens[k - 1].end == t.start
            and (k == 1 or tokens[k - 2].end < tokens[k - 1].start)}


def _titles(tokens: list[Token]) -> set[int]:
    """Starts of the words of short capitalised names in quotes, up to three words («Единая Россия»,
    the road «Россия»); not of quoted speech («… в России и в мире», «Россия победит»)."""
    out: set[int] = set()
    for k in (k for k, t in enumerate(tokens) if t.text in "«„“\""):
        inner = []
        for t in tokens[k + 1:k + 5]:
            if t.text in "»“”\"":
                if inner and inner[0].text[:1].isupper() and not any(_verb(w.text) for w in inner):
                    out.update(w.start for w in inner)
                break
            if t.kind != "word":
                break
            inner.append(t)
    return out


@lru_cache(maxsize=100_000)
def _verb(word: str) -> bool:
    return "VERB" in parse(word.lower())[0].tag


@lru_cache(maxsize=1)
def _multiword_starts() -> tuple[frozenset[str], frozenset[str]]:
    """First words of the country names of several words ("южный" of "южный корея"), and their
    first three letters (shared by every form of the word)."""
    firsts = frozenset(key.split(" ")[0] for key in _nouns() if " " in key)
    return frozenset(w[:3] for w in firsts), firsts


def _is_name(words: list[Token], i: int) -> bool:
    """A country's name, or an official one: "Азербайджанская Республика", "Российской Федерации"."""
    word = words[i].text
    if not word[0].isupper():
        return False
    if _nouns().get(lemma(word)):
        return True
    nxt = words[i + 1].text if i + 1 < len(words) else ""
    return bool(nxt) and nxt[0].isupper() and lemma(nxt) in STATE_WORDS


def countries_of(counts: Counter) -> list[Country]:
    """Countries named, or referred to by adjectives often enough, with their mention counts."""
    totals: Counter = Counter()
    keep = set()
    for (code, kind), n in counts.items():
        totals[code] += n
        if n >= EVIDENCE[kind]:
            keep.add(code)
    out = []
    for code in keep:
        n = totals[code]
        c = country_by_code(code)
        if c:
            c.mentions = n
            out.append(c)
    return sorted(out, key=lambda c: (-c.mentions, c.name))
