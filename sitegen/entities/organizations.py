"""Organisation names in one paragraph: abbreviations (ООН, "МИД Казахстана", "ГУ МЧС по Московской
области"), names on a head noun ("Совет Безопасности ООН", "Европейский союз"), one-word names
(Госдума), quoted names after a type word (партия «Яблоко»), names in Latin letters (Reuters).
Merging them per article: org_merge.py."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from sitegen.entities.countries import STATE_WORDS, word_countries
from sitegen.entities.morph import fold, lemma, parse
from sitegen.entities.names import info
from sitegen.entities.org_abbr import abbreviation, capitalised_word
from sitegen.entities.org_clubs import club
from sitegen.entities.org_latin import latin_name
from sitegen.entities.org_merge import FUNCTION_WORDS, initial
from sitegen.entities.org_tails import district, eponym, genitive, numbered, region, seat, topic
from sitegen.entities.org_quoted import LEGAL_FORMS, member_noun, quoted_after, type_word
from sitegen.entities.org_words import genitive_name, mixed_case, nominative, org_word
from sitegen.entities.quotes import QUOTES_CLOSE, QUOTES_OPEN
from sitegen.entities.tokens import Token

# Head nouns of organisation names (lemmas).
HEADS = frozenset("""
организация союз совет министерство комитет парламент ассамблея банк фонд партия движение агентство
служба университет институт академия компания корпорация сообщество содружество альянс суд палата дума
правительство администрация комиссия конгресс сенат совещание ведомство управление федерация
театр музей биржа прокуратура консульство посольство представительство собрание лига флот корпус
центр библиотека филармония оркестр рада церковь
""".split())
MISSIONS = frozenset("консульство посольство представительство".split())  # named with their city
# Heads of state bodies: a relational adjective opening a sentence names one ("Следственный комитет").
BODIES = frozenset("""
министерство комитет парламент ассамблея совет служба суд палата дума комиссия сенат прокуратура собрание
управление агентство
""".split())


def _country_genitive(tok: Token) -> bool:
    """"Казахстана", "России", "РК": a country after an abbreviation ("МИД Казахстана")."""
    return tok.kind == "word" and _country_genitive_word(tok.text, tok.upper)


@lru_cache(maxsize=100_000)
def _country_genitive_word(t: str, upper: bool) -> bool:
    if not t[0].isupper() or not word_countries(t):
        return False
    return upper or any(p.tag.case == "gent" and "Geox" in p.tag for p in parse(t.lower()))


@lru_cache(maxsize=100_000)
def _head(word: str):
    for p in parse(word.lower()):
        if "NOUN" in p.tag and fold(p.normal_form) in HEADS:
            return p
    return None


def find_organizations(text: str, tokens: list[Token], counts: Counter, aliases: dict) -> None:
    """Count organisation names in one paragraph into ``counts``; long name → abbreviation into ``aliases``."""
    i, n = 0, len(tokens)
    while i < n:
        tok = tokens[i]
        quote = tok.kind == "word" and i + 1 < n and tokens[i + 1].text in QUOTES_OPEN
        if not (quote or tok.cap or tok.upper or tok.kind == "word" and not tok.cyrillic):
            i += 1
            continue
        typed = _typed(text, tokens, i) if quote else None
        if typed:
            name, i = typed
            counts[name] += 1
            if i + 2 < n and tokens[i].text == "(" and abbreviation(tokens[i + 1]) and tokens[i + 2].text == ")":
                aliases[name] = tokens[i + 1].text  # «Хайят Тахрир аш-Шам» (ХТШ)
            continue
        if not tok.cyrillic:
            latin = latin_name(text, tokens, i)
            if latin:
                name, i = latin
                if name:
                    counts[name] += 1
                continue
        if tok.upper and tok.cyrillic:
            j = _abbreviated(text, tokens, i, counts, aliases)
            if j:
                i = j
                continue
        if tok.cap:
            single = mixed_case(tok.text) or _single(tokens, i) or club(tokens, i)
            if single:
                i += 1
                if i < n and _country_genitive(tokens[i]):  # "Минпромторга России"
                    single, i = f"{single} {tokens[i].text}", i + 1
                counts[single] += 1
                continue
            j = _full_name(text, tokens, i, counts)
            if j:
                i = j
                continue
        i += 1


def _abbreviated(text: str, tokens: list[Token], i: int, counts: Counter, aliases: dict) -> int | None:
    """Count an abbreviation at ``tokens[i]`` with what qualifies it ("ГУ МЧС России по Московской
    области", "ХДС/ХСС"); its long form before it → the abbreviation into ``aliases``. The end, or None."""
    tok, n = tokens[i], len(tokens)
    chain = i + 1 < n and abbreviation(tokens[i + 1])
    if not (chain or abbreviation(tok) or capitalised_word(tokens, i)):
        return None
    j = i + 1 + chain  # "ГУ МЧС"
    if j + 1 < n and tokens[j].text == "/" and tokens[j].start == tokens[j - 1].end and tokens[j + 1].upper:
        j += 2  # a bloc: "ХДС/ХСС"
    if j < n and _country_genitive(tokens[j]):
        j += 1
    j = district(tokens, j) or j  # "ГУ МЧС России по Московской области"
    if not numbered(tokens, j):
        counts[text[tok.start:tokens[j - 1].end]] += 1
    long = _long_form(tokens, i)
    if long:
        aliases[long] = tok.text
    return j


def _full_name(text: str, tokens: list[Token], i: int, counts: Counter) -> int | None:
    """Count a name on a head noun at ``tokens[i]`` with a quoted name after it ("Музей … «Гараж»");
    not when its abbreviation follows in brackets (counted there) or a number does. The end, or None."""
    span = _named(tokens, i)
    if not span:
        return None
    name, j, partner = span
    if partner:
        counts[partner] += 1
    quoted = quoted_after(tokens, j)
    if quoted:  # "Музей современного искусства «Гараж»"
        (start, end), j = quoted
        name = f"{name} {text[start:end]}"
    abbreviated = j + 1 < len(tokens) and tokens[j].text == "(" and abbreviation(tokens[j + 1])
    if not (abbreviated or numbered(tokens, j)):
        counts[name] += 1
    return j


def _typed(text: str, tokens: list[Token], i: int):
    """(name, end) of a quoted name after a type word or a legal form: ООО «Ромашка» → "Ромашка";
    after a member's noun, in the nominative: аналитик «Финама», представитель «Новых людей»."""
    tok = tokens[i]
    word = tok.text.lower() if tok.sentence_start else tok.text
    legal = tok.upper and fold(tok.text) in LEGAL_FORMS
    typed = legal or type_word(word) or abbreviation(tok)
    if not (typed or member_noun(word)):
        return None
    found = quoted_after(tokens, i + 1)
    if found is None:
        return None
    (start, end), j = found
    if not typed:
        inner = tokens[i + 2:j - 1]
        return (genitive_name([t.text for t in inner]) if all(t.kind == "word" for t in inner) else text[start:end]), j
    if abbreviation(tok) and not legal:
        return f"{tok.text} {text[start:end]}", j  # РИА «Новости» → "РИА Новости"
    return text[start:end], j


def _single(tokens: list[Token], i: int) -> str | None:
    """A one-word name ("Роснефти" → "Роснефть"), a name or surname only in quotes; none before a
    capitalised word other than a person's or a country's name, or in longer quoted words ("Газпром Арена")."""
    if org_word(tokens[i].text, True) is None:  # the likeliest answer, cached
        return None
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and nxt.kind == "word" and nxt.text[0].isupper() and not _person_word(nxt.text) \
            and not _country_genitive(nxt):
        return None
    opened = i > 0 and tokens[i - 1].text in QUOTES_OPEN
    if opened and nxt is not None and nxt.kind == "word":
        return None  # «Газпром Арена»: a longer quoted name
    quoted = opened and nxt is not None and nxt.text in QUOTES_CLOSE
    return org_word(tokens[i].text, quoted)


def _person_word(word: str) -> bool:
    wi = info(word)
    return wi.first or wi.known_surname


def _named(tokens: list[Token], i: int):
    """A capitalised name with an organisation head: "Европейским союзом", "Совета Безопасности ООН"."""
    j, adjs = i, []
    while j < len(tokens) and tokens[j].kind == "word" and (_adjective(tokens[j].text) or _leading(tokens, j)):
        adjs.append(tokens[j])
        j += 1
    if j >= len(tokens) or tokens[j].kind != "word":
        return None
    head = _head(tokens[j].text)
    if head is None or not (adjs or tokens[j].text[0].isupper()):
        return None
    if adjs and lemma(tokens[j].text) in STATE_WORDS and word_countries(adjs[0].text):
        return None  # "Российская Федерация" is a country
    case, gender, number = head.tag.case, head.tag.gender, head.tag.number
    words = [nominative(t.text, case, gender, number) for t in adjs] + [nominative(tokens[j].text, case)]
    partner = _partner(tokens, i, adjs, head)
    if partner:  # "Большого и Мариинского театров": two theatres, each in the singular
        words = [nominative(adjs[0].text, case, partner[2], "sing"), partner[1]]
    k = j + 1
    body = fold(head.normal_form) in BODIES
    generic = all(_plain(t, body, len(adjs) == 1) for t in adjs) and not tokens[j].text[0].isupper()
    if adjs and not generic:
        end = _noun_tail(tokens, k)  # "Евразийский банк развития", "театр оперы и балета"
        if end:
            words += [t.text for t in tokens[k:end]]
            k = end
    elif not adjs and not tokens[j].sentence_start and tokens[j].text[0].isupper():
        end = genitive(tokens, k) or topic(tokens, k)  # "Совет национальной безопасности", "Комиссия по …"
        if end:
            words += [t.text for t in tokens[k:end]]
            k = end
    while k < len(tokens) and _tail_word(tokens[k]) and not region(tokens, k, nouns=False):
        words.append(tokens[k].text)
        k += 1
    end = region(tokens, k, nouns=False) or eponym(tokens, k) or (fold(head.normal_form) in MISSIONS and seat(tokens, k))
    if end:  # "Законодательное собрание Свердловской области", "фонд имени Ахмата Кадырова"
        words.append(" ".join(t.text for t in tokens[k:end]).replace(" .", "."))
        k = end
    alone = not adjs and len(words) == 1 and (tokens[j].sentence_start or not body)
    if alone or (generic and k == j + 1):
        return None  # a state body's head alone is its name mid-sentence only: "Сенат одобрил"
    name = " ".join(words)
    return name[0].upper() + name[1:], k, partner and partner[0]


def _noun_tail(tokens: list[Token], k: int) -> int | None:
    """The end of genitive nouns after an adjective-led name ("развития", "оперы и балета") or a topic
    ("по этнополитике"); none with an adjective ("бывшего министра") or before a quote or a capitalised
    word other than a country or a person's name ("акции «Газпрома»")."""
    end = genitive(tokens, k, nouns=True) or topic(tokens, k)
    nxt = tokens[end] if end and end < len(tokens) else None
    if nxt is not None and (nxt.text in QUOTES_OPEN or nxt.kind == "word" and nxt.text[0].isupper()
                            and not (_country_genitive(nxt) or _person_word(nxt.text))):
        return None
    return end


def _partner(tokens: list[Token], i: int, adjs: list[Token], head):
    """(the first name, the singular head, its gender) for "Большого и Мариинского театров" at the
    second adjective, or None."""
    if head.tag.number != "plur" or len(adjs) != 1 or i < 2 or tokens[i - 1].text != "и":
        return None
    first = tokens[i - 2]
    single = head.inflect({"nomn", "sing"})
    if not (first.cap and single and any("ADJF" in p.tag and p.tag.case == head.tag.case for p in parse(first.text))):
        return None
    gender = single.tag.gender
    return f"{nominative(first.text, head.tag.case, gender, 'sing')} {single.word}", single.word, gender


def _plain(tok: Token, body: bool, alone: bool) -> bool:
    """A lower-case adjective, or one opening a sentence unless it is relational ("Следственный")
    before a state body's head; one that rates or points ("Новый", "Этот", "Первый") is always
    plain, one naming a country when alone ("Японское агентство", not "Японское метеорологическое …")."""
    if not tok.text[0].isupper():
        return True
    return tok.sentence_start and (not body or _rating(tok.text) or alone and bool(word_countries(tok.text)))


@lru_cache(maxsize=100_000)
def _rating(word: str) -> bool:
    return bool({"Qual", "Apro", "Anum"} & parse(word)[0].tag.grammemes)


@lru_cache(maxsize=100_000)
def _adjective(word: str) -> bool:
    """Whether a word's likeliest reading is an adjective."""
    return any("ADJF" in p.tag for p in parse(word)[:1])


def _leading(tokens: list[Token], j: int) -> bool:
    """A word read as an adjective only second ("Главное") before an adjective or a head noun."""
    nxt = tokens[j + 1] if j + 1 < len(tokens) else None
    return nxt is not None and nxt.kind == "word" and (_adjective(nxt.text) or _head(nxt.text) is not None) \
        and _agrees(tokens[j].text, nxt.text)


@lru_cache(maxsize=100_000)
def _agrees(word: str, nxt: str) -> bool:
    """Whether a (non-pronoun) adjective reading of ``word`` agrees with a reading of ``nxt`` in the singular."""
    forms = {(p.tag.case, p.tag.gender) for p in parse(nxt) if p.tag.number == "sing"}
    return any("ADJF" in p.tag and "Apro" not in p.tag and (p.tag.case, p.tag.gender) in forms for p in parse(word))


def _tail_word(tok: Token) -> bool:
    """A capitalised word continuing an organisation's name; a person's name ends it."""
    if tok.kind != "word" or not tok.text[0].isupper():
        return False
    wi = info(tok.text)
    return tok.upper or wi.geo or not (wi.first or wi.known_surname or not wi.known)


def _long_form(tokens: list[Token], i: int) -> str | None:
    """The words before "(ABBR)" whose initials spell the abbreviation."""
    if i < 1 or tokens[i - 1].text != "(":
        return None
    letters = fold(tokens[i].text)
    words: list[str] = []
    for k in range(i - 2, max(-1, i - 2 - 3 * len(letters)), -1):
        t = tokens[k]
        if t.kind != "word":
            return None
        words.insert(0, t.text)
        content = [w for w in words if fold(w) not in FUNCTION_WORDS]
        if "".join(initial(w) for w in content) == letters:
            case = parse(words[0].lower())[0].tag.case
            words[0] = nominative(words[0], case) if case else words[0]
            return " ".join(words)
    return None
