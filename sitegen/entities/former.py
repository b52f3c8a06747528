"""A woman's former surname in brackets after her full name: "Екатерина Аталык (Половникова)"."""
from __future__ import annotations

from sitegen.entities.morph import parse
from sitegen.entities.names import info
from sitegen.entities.tokens import Token


def former_surname(tokens: list[Token], before: list[int] | None, run: list[int]) -> bool:
    """One word alone in brackets right after a woman's first name and surname, a woman's surname
    in a case her first name can be in: her maiden or former name, no one else's."""
    k = run[0]
    if len(run) != 1 or not before or len(before) < 2 or before[-1] != k - 2 or tokens[k - 1].text != "(" \
            or k + 1 >= len(tokens) or tokens[k + 1].text != ")":
        return False
    cases = {case for case, gender, _ in info(tokens[before[-2]].text).first if gender == "femn"}
    return any("Surn" in p.tag and p.tag.case in cases and p.tag.gender == "femn" for p in parse(tokens[k].text.lower()))
