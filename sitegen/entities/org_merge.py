"""One article's organisation names merged: an abbreviation and its long name, a compound and its
full name ("Госдума", "Государственная дума"), a bare abbreviation and its qualified form."""
from __future__ import annotations

from collections import Counter

from sitegen.entities.morph import fold
from sitegen.entities.org_words import clipped, compound_initials
from sitegen.model import Organization

# Words an abbreviation skips ("Совещание по взаимодействию и мерам доверия в Азии": СВМДА).
FUNCTION_WORDS = frozenset("и в во на по по-за для с со о об от к при из за".split())


def initial(word: str) -> str:
    """A word's initial for an abbreviation; a particle's name after its hyphen ("аш-Шам": ш)."""
    w = fold(word)
    return w.rsplit("-", 1)[1][:1] if "-" in w and word[0].islower() else w[0]


_LETTERS = dict(zip("abcdefghiklmnopqrstuvwyz", "абкдефгхиклмнопкрстуввйз"))


def _cyrillic(latin: str) -> str:
    """A Latin name spelt letter by letter in Cyrillic ("Toyota" → "тойота"), lower case."""
    return "".join(_LETTERS.get(c, c) for c in latin.lower())


def organizations_of(counts: Counter, aliases: dict) -> list[Organization]:
    """Organizations sorted by mentions; long names counted under their abbreviation, compounds
    ("Госдума") under the full name, a bare name under its only qualified form."""
    folded = {name: fold(name) for name in counts}
    _spellings(counts, folded, aliases)
    _abbreviations(folded, aliases)
    _compounds(folded, aliases)
    for short in [n for n in counts if " " not in n]:
        qualified = [n for n in counts if n.startswith(short + " ")]
        if len(qualified) == 1:  # "МИД" in an article about "МИД Казахстана", "Тойота" about "Тойота Мотор"
            aliases.setdefault(short, aliases.get(qualified[0], qualified[0]))
    merged: dict[str, Organization] = {}
    for name, k in counts.items():
        key = aliases.get(name, name)
        org = merged.setdefault(key, Organization(key, 0))
        org.mentions += k
        if key != name and name not in org.aliases:
            org.aliases.append(name)
    for long, abbr in aliases.items():
        if abbr in merged and long not in merged[abbr].aliases:
            merged[abbr].aliases.append(long)
    return sorted(merged.values(), key=lambda o: (-o.mentions, o.name))


def _spellings(counts: Counter, folded: dict, aliases: dict) -> None:
    """Names spelt alike but for case ("ЛУКОЙЛ", "Лукойл") → the most mentioned."""
    by_fold: dict[str, str] = {}
    for name in sorted(counts, key=lambda n: -counts[n]):
        first = by_fold.setdefault(folded[name], name)
        if first != name:
            aliases.setdefault(name, first)


def _abbreviations(folded: dict, aliases: dict) -> None:
    """Names whose initials spell (or start with) an abbreviation of the article → that abbreviation:
    "Хайят Тахрир аш-Шам" (ХТШ), "Евросоюз" (ЕС)."""
    abbrs = {f: name for name, f in folded.items() if " " not in name and name.isupper()}
    if not abbrs:
        return
    for name in folded:
        content = [w for w in name.split() if fold(w) not in FUNCTION_WORDS]
        initials = "".join(initial(w) for w in content) if len(content) > 1 else compound_initials(name)
        abbr = abbrs.get(initials) or next((a for f, a in abbrs.items() if len(f) > 2 and initials.startswith(f)), None)
        if abbr and abbr != name:
            aliases[name] = abbr


def _compounds(folded: dict, aliases: dict) -> None:
    """A compound → the full name it clips ("Госдума": "Государственная дума"); a Latin name → the
    name spelling it in Cyrillic ("Toyota": "Тойота")."""
    for word in [n for n in folded if " " not in n and not n.isupper() and n not in aliases]:
        full = next((n for n in folded if " " in n and clipped(word, n)), None)
        if full:
            aliases[word] = aliases.get(full, full)
    for latin in [n for n in folded if n.isascii() and n not in aliases]:
        spelt = _cyrillic(latin)
        same = next((n for n, f in folded.items() if f == spelt or f.startswith(spelt + " ")), None)
        if same:
            aliases[latin] = aliases.get(same, same)
