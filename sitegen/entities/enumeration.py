"""Names of one enumeration share their case: a foreign name whose first name tells not its case
("Кими Райкконена") takes an oblique one when a name beside it is declined ("и Марка Уэббера")."""
from __future__ import annotations

from sitegen.entities.mention import Mention
from sitegen.entities.names import CASES, surname_nominatives

_OBLIQUE = frozenset(CASES[1:])


def share_case(mentions: list[Mention]) -> None:
    """Read an undeclined-looking surname of unknown case as oblique when a full name of its
    enumeration, its case known, is in an oblique case too (in place)."""
    for m in mentions:
        if m.kind not in ("pair", "full") or not m.case_unknown or not m.mates or m.surnames[:1] != [m.word.lower()]:
            continue
        if any(x is not m and x.kind == "full" and not x.case_unknown and not x.nominative for x in m.mates):
            oblique = surname_nominatives(m.word, _OBLIQUE)
            if oblique[0] != m.surnames[0]:
                m.surnames = list(dict.fromkeys([*oblique, *m.surnames]))
                m.nominative = False
