"""The case and gender of a name: from the words around it (a preposition, a title, a noun in
apposition, a verb before or after it) and from agreement between its first name and surname."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.morph import known, lemma, low, parse
from sitegen.entities.names import CASES, deinflect, gender_fits, info
from sitegen.entities.roles import role_head, skip_quoted
from sitegen.entities.tokens import Token
from sitegen.entities.words import nominative_pair


# Nouns for a relative: the name after one is in the genitive ("жена Александра Иванова").
_KIN = frozenset("""жена муж сын дочь брат сестра мать отец вдова вдовец внук внучка племянник племянница
супруга супруг невеста жених дед бабушка тётя дядя""".split())
# Verbs of saying: a name right after one in the past is its subject ("рассказала Александра Соснович").
_SAYING = frozenset("""заявить сообщить рассказать сказать отметить подчеркнуть пояснить добавить уточнить
напомнить признать ответить констатировать""".split())


def name_context(tokens: list[Token], first: int, last: int, cases: frozenset | None):
    """Cases, gender and whether a preposition precedes, as the words around a name suggest:
    a verb in the past after a name starting a clause, a title's or preposition's case, a noun
    for a person in apposition ("фигуристка Камила Валиева"), a verb of saying before the name."""
    prev = tokens[first - 1] if first > 0 and tokens[first - 1].kind == "word" else None
    preposition = prev is not None and _GOVERNS.get(prev.text.lower()) is not None or \
        prev is not None and function_word(prev.text, False)
    gender = verb_gender(tokens, first, last)
    if gender:
        return frozenset({"nomn"}), gender, preposition
    cases = cases or governed_cases(tokens, first) or _label(tokens, first, last) \
        or _object_first(tokens, first, last)
    if cases or prev is None:  # a title in the locative had a preposition of its own: "о министре Юрии Трутневе"
        return cases, None, preposition or cases == _LOCATIVE
    word = prev.text.lower() if prev.sentence_start else prev.text
    head = role_head(word) if word.islower() else None
    if head is not None:  # a title whose case the dictionary's guess for the name missed ("принцем Фейсалом")
        return frozenset({head.tag.case}), None, preposition or head.tag.case == "loct"
    if person_noun(word) and word not in _KIN:
        p = next(p for p in parse(word) if "NOUN" in p.tag and "anim" in p.tag)
        if any(case == p.tag.case for case, _, _ in info(tokens[first].text).first):  # not "правам человека Татьяна"
            # a noun in the locative had a preposition of its own: "о поэте Юрии Казарине"
            return frozenset({p.tag.case}), p.tag.gender if p.tag.gender == "femn" else None, \
                preposition or p.tag.case == "loct"
    tag = parse(word)[0].tag
    if "VERB" in tag and "past" in tag and "sing" in tag and lemma(word) in _SAYING:
        return frozenset({"nomn"}), tag.gender, preposition
    return None, None, preposition


def apposition(tokens: list[Token], first: int) -> tuple[str, str] | None:
    """Case and gender of a noun for a person right before a name, when its readings allow one
    case only ("японец", "миллиардеру"; not a relative's: "жена Ивана"): the name is in it."""
    k = _before_place(tokens, first)
    prev = tokens[k - 1] if k > 0 and tokens[k - 1].kind == "word" else None
    if prev is None:
        return None
    return _apposition(prev.text.lower() if prev.sentence_start else prev.text)


def _before_place(tokens: list[Token], first: int) -> int:
    """Where the noun for a person stands when a place's name in the genitive separates it from the
    name ("жительница Бишкека", "жительница села Ак-Суу"): before that name, else ``first``."""
    k = first
    while k > 0 and first - k < 4 and (tokens[k - 1].text in "-–" or tokens[k - 1].kind == "word"
                                       and tokens[k - 1].text[0].isupper() and not tokens[k - 1].sentence_start):
        k -= 1
    if k == first or k == 0 or tokens[k].text in "-–":
        return first
    if tokens[k - 1].kind == "word" and tokens[k - 1].text.islower() and _place_noun(tokens[k - 1].text):
        k -= 1
    return k if k > 0 and tokens[k - 1].kind == "word" and _apposition(
        tokens[k - 1].text.lower() if tokens[k - 1].sentence_start else tokens[k - 1].text) else first


@lru_cache(maxsize=100_000)
def _place_noun(word: str) -> bool:
    """An inanimate noun in the genitive, the first reading: "села", "города" (not "чемпионки")."""
    p = parse(word)[0]
    return "NOUN" in p.tag and "inan" in p.tag and p.tag.case == "gent"


@lru_cache(maxsize=100_000)
def _apposition(word: str) -> tuple[str, str] | None:
    if not person_noun(word) or lemma(word) in _KIN:
        return None
    readings = {(p.tag.case, p.tag.gender) for p in parse(word) if "NOUN" in p.tag and "anim" in p.tag}
    return readings.pop() if len(readings) == 1 and next(iter(readings))[1] in ("masc", "femn") else None


def _label(tokens: list[Token], first: int, last: int) -> frozenset | None:
    """A name after a colon ("Автор: Дана Омарова"), or a whole sentence or clause of its own
    (a caption, a byline): the nominative."""
    after = tokens[last + 1].text if last + 1 < len(tokens) else "."
    if first > 0 and tokens[first - 1].text == ":" or clause_start(tokens, first) and after in (".", ";"):
        return frozenset({"nomn"})
    if clause_start(tokens, first) and after in ("-", "–", "—") and _defined(tokens, last + 2):
        return frozenset({"nomn"})  # "Ннека Угбома - руководитель проекта": a list of who is who
    return None


def _defined(tokens: list[Token], k: int) -> bool:
    """A noun for a person in the nominative, an adjective or two before it, at tokens[k]
    (what a dash after a name says the person is: "управляющий директор", "политик")."""
    for tok in tokens[k:k + 3]:
        word = tok.text.lower() if tok.kind == "word" else ""
        if not word or not any(p.tag.case == "nomn" for p in parse(word)):
            return False
        if role_head(word) is not None or person_noun(word):
            return True
    return False


def _object_first(tokens: list[Token], first: int, last: int) -> frozenset | None:
    """A name starting a clause before a verb in the plural is its object, not its subject
    ("Ерлана Карина назначили госсоветником"): no nominative."""
    if clause_start(tokens, first) and last + 1 < len(tokens) and tokens[last + 1].kind == "word" \
            and _plural_verb(tokens[last + 1].text):
        return _OBLIQUE
    return None


_OBLIQUE = frozenset(CASES) - {"nomn"}
NOMINATIVE = frozenset({"nomn"})
_LOCATIVE = frozenset({"loct"})


@lru_cache(maxsize=100_000)
def _plural_verb(word: str) -> bool:
    """A finite verb in the plural, most likely reading ("назначили", "поддерживают")."""
    tag = parse(word.lower())[0].tag
    return "VERB" in tag and "plur" in tag


def verb_gender(tokens: list[Token], first: int, last: int) -> str | None:
    """The gender of a verb in the past right after a name starting a clause, or after a title
    starting it ("Премьер Японии Сигэру Исиба прибыл")."""
    if (clause_start(tokens, first) or _titled_subject(tokens, first)) and last + 1 < len(tokens) \
            and tokens[last + 1].kind == "word":
        return past_gender(tokens[last + 1].text)
    return None


def _titled_subject(tokens: list[Token], first: int) -> bool:
    """A title or a noun for a person in the nominative starting the clause (adjectives before it),
    then the words of the title up to the name ("Заслуженная артистка Казахстана Макпал Жунусова")."""
    j = first
    while j > max(0, first - 6):
        j = skip_quoted(tokens, j - 1)  # "Представитель «Новых людей» Сардана Авксентьева поддержала"
        if j < 0 or tokens[j].kind != "word":
            return False
        word = tokens[j].text.lower()
        head = role_head(word)
        if head is not None or person_noun(word) and word not in _KIN:
            if not any("NOUN" in p.tag and p.tag.case == "nomn" for p in parse(word)[:1]):
                return False
            while j > 0 and tokens[j - 1].kind == "word" and _nominative_adjective(tokens[j - 1].text):
                j -= 1
            return clause_start(tokens, j)
    return False


@lru_cache(maxsize=100_000)
def _nominative_adjective(word: str) -> bool:
    """An adjective or participle in the nominative, most likely reading ("заслуженная")."""
    return any(("ADJF" in p.tag or "PRTF" in p.tag) and p.tag.case == "nomn" for p in parse(word)[:1])


_CLAUSE_OPENERS = frozenset(",—–(:«\"„“") | frozenset("и а но что".split())


def clause_start(tokens: list[Token], i: int) -> bool:
    """A name starting a clause (not after "и" joining it to a name in an oblique case: "встреча Путина и Си")."""
    return tokens[i].sentence_start or i == 0 or tokens[i - 1].text in _CLAUSE_OPENERS \
        and not (tokens[i - 1].text == "и" and governed_cases(tokens, i)) \
        or tokens[i - 1].kind == "word" and tokens[i - 1].text not in _CLAUSE_OPENERS \
        and _adverb(tokens[i - 1].text)  # "Позже Захарова добавила"


@lru_cache(maxsize=100_000)
def _adverb(word: str) -> bool:
    """An adverb (a comparative one too) or a conjunction, most likely reading ("позже", "однако", "также")."""
    tag = parse(word)[0].tag
    return "ADVB" in tag or "CONJ" in tag or "COMP" in tag


@lru_cache(maxsize=100_000)
def past_gender(word: str) -> str | None:
    """The gender of a verb in the past singular, most likely reading ("заявила" → femn)."""
    tag = parse(word)[0].tag
    return tag.gender if "VERB" in tag and "past" in tag and "sing" in tag else None


@lru_cache(maxsize=100_000)
def function_word(word: str, verbs: bool) -> bool:
    """A preposition, conjunction or particle (or a verb), most likely reading ("И", "На", "Обсудили")."""
    tag = parse(word.lower())[0].tag
    return any(t in tag for t in ("PREP", "CONJ", "PRCL", *(("VERB",) if verbs else ())))


# Prepositions and the one case each puts a person's name in ("с Мэтью Брайзой", "к Кофи Аннану").
_GOVERNS = {"с": "ablt", "со": "ablt", "о": "loct", "об": "loct", "обо": "loct", "при": "loct", "к": "datv",
            "ко": "datv", "у": "gent", "от": "gent", "для": "gent", "без": "gent", "против": "gent"}


# Verbs whose object right after them is a person in the dative or the accusative ("поручил Ерлану
# Карину", "поздравил Марину Петрову"); not the verbs of saying, after which the name is the subject.
_VERB_CASE = {**dict.fromkeys("""поручить вручить предложить пожелать направить передать позвонить присвоить
помочь выразить доложить посвятить предоставить разрешить запретить пообещать отправить адресовать вернуть
пригрозить угрожать подарить выдать доверить посоветовать рекомендовать порекомендовать приказать
аплодировать""".split(), "datv"),
              **dict.fromkeys("""поздравить назначить пригласить наградить освободить задержать обвинить
поддержать арестовать уволить избрать поблагодарить благодарить осудить приговорить допросить оправдать
заменить сменить раскритиковать критиковать похитить убить ранить отстранить обыграть""".split(), "accs")}


def governed_cases(tokens: list[Token], i: int) -> frozenset | None:
    """The case the preposition or verb right before a name puts it in, if any; after a noun for
    a thing, the genitive or the dative ("визит Кофи Аннана", "мнение Нарышкина", "письмо Путину")."""
    if i == 0 or tokens[i - 1].kind != "word":
        return None
    prev = tokens[i - 1].text
    case = _GOVERNS.get(prev.lower()) or _verb_case(prev.lower())
    if case:
        return frozenset({case})
    if prev in ("и", "или") and i > 1 and tokens[i - 2].kind == "word" and tokens[i - 2].cap:
        given = tokens[i - 3].text if i > 2 and tokens[i - 3].kind == "word" and tokens[i - 3].cap else ""
        if given and not tokens[i - 3].sentence_start and not info(given).first and known(given) \
                and nominative_pair(given, tokens[i - 2].text):
            return NOMINATIVE  # "получили Мирра Лебедева и Ольга Котова": a noun as a woman's name, both nominatives
        cases = _name_case(tokens[i - 2].text, given)  # "встреча Путина и Си Цзиньпина": the case of the name before
        outer = governed_cases(tokens, i - 3 if given else i - 2) if cases and len(cases) > 1 else None
        return cases & outer if outer and cases & outer else cases  # "Письмо Ерлану Кошанову и Маулену …": datv
    return _AFTER_THING if (prev.islower() or tokens[i - 1].sentence_start) and inanimate_noun(prev.lower()) else None


_AFTER_THING = frozenset({"gent", "datv"})


@lru_cache(maxsize=100_000)
def _verb_case(word: str) -> str | None:
    """The case of a person the verb takes as its object (_VERB_CASE), most likely reading."""
    p = parse(word)[0]
    return _VERB_CASE.get(p.normal_form) if p.tag.POS in ("VERB", "INFN") else None


@lru_cache(maxsize=100_000)
def _name_case(word: str, given: str = "") -> frozenset | None:
    """The oblique case of a name word, if any: its likeliest reading's ("Путина": genitive), or
    the one it shares with the first name before it; the nominative when that is the only one
    they share ("Айдана Мусина и Гульнар Бекова": the name after "и" is a nominative too)."""
    if given and info(given).first:
        cases = {case for case, _, _ in info(given).first} & \
            {p.tag.case for p in parse(word) if "Surn" in p.tag or "Name" in p.tag}
        if cases == {"nomn"}:
            return frozenset(cases)  # "Айдана Мусина и Гульнар Бекова": the nominative only
        return frozenset(cases) if cases and "nomn" not in cases else None
    p = next((p for p in parse(word) if "Surn" in p.tag or "Name" in p.tag), None)
    return frozenset({p.tag.case}) if p is not None and p.tag.case not in (None, "nomn") else None


@lru_cache(maxsize=100_000)
def inanimate_noun(word: str) -> bool:
    """An inanimate noun, most likely reading ("визит", "мнение")."""
    tag = parse(word)[0].tag
    return "NOUN" in tag and "inan" in tag


@lru_cache(maxsize=100_000)
def indeclinable_name(word: str) -> bool:
    """A name the dictionary has only as indeclinable ("Франсуа")."""
    names = [p for p in parse(word) if "Name" in p.tag]
    return bool(names) and all("Fixd" in p.tag for p in names)


_HARD_SOFT = str.maketrans("яюё", "ауо")


def same_ending(a: str, b: str) -> bool:
    """Whether two words end alike, hard and soft endings counted as one ("Саулем Альваресом")."""
    return a[-1:].lower().translate(_HARD_SOFT) == b[-1:].lower().translate(_HARD_SOFT)


@lru_cache(maxsize=100_000)
def genders_differ(given: str, patronymic: str) -> bool:
    """A woman's first name before a man's patronymic ("Светлана Алексиевич"), or the reverse:
    the "patronymic" is a surname."""
    names = {g for _, g, _ in info(given).first}
    patrs = {p.tag.gender for p in parse(patronymic) if "Patr" in p.tag}
    return len(names) == 1 and bool(patrs) and not names & patrs


@lru_cache(maxsize=100_000)
def person_noun(word: str) -> bool:
    """A lower-case animate noun in the singular, a likely reading ("бразилец", "форвард", "певица",
    "нападающий")."""
    if not word.islower():
        return False
    return any("NOUN" in p.tag and "anim" in p.tag and "sing" in p.tag and "Name" not in p.tag
               and "Surn" not in p.tag and p.score >= 0.3 for p in parse(word)) \
        and role_head(word) is None  # a title has rules of its own: "глава Росавиации"


@lru_cache(maxsize=100_000)
def singular_verb(word: str) -> bool:
    """A finite verb in the singular, most likely reading ("заявил", "считает")."""
    tag = parse(word)[0].tag
    return "VERB" in tag and "sing" in tag and "impr" not in tag


@lru_cache(maxsize=100_000)
def agree(first: str, surname: str, cases: frozenset | None = None, gender: str | None = None,
          preposition: bool = True) -> tuple[str, str | None, str | None]:
    """First name's nominative, gender and case, chosen to agree with the surname; readings in
    the ``cases`` and of the ``gender`` the context suggests first ("Александра Иванова заявила",
    "фигуристка Камила Валиева", "с назначением Азиза Абдухакимова"). Without a ``preposition``
    before it, a name is in no prepositional case ("ответил Саломе Зурабишвили": not "Салом")."""
    readings = info(first).first or info(first).place_first
    if not readings:
        return low(first), None, None
    if not preposition and readings and all(r[0] == "loct" for r in readings):
        return low(first), readings[0][1], None  # an indeclinable foreign name the guesser declined
    readings = tuple(r for r in readings if preposition or r[0] != "loct")
    if cases or gender:  # "Тренер Александра Иванова заявил": a nominative of the other gender is no better
        readings = sorted(readings, key=lambda r: (bool(cases) and r[0] not in cases
                                                   or bool(gender) and r[1] not in (gender, None),
                                                   bool(gender) and r[1] not in (gender, None)))
    fixed = [p for p in parse(first) if "Fixd" in p.tag]
    if fixed and not any("Name" in p.tag for p in fixed):
        return low(first), readings[0][1], None  # "Аркади": read as an indeclinable surname, so no declined name
    if _any_gender(surname):  # "Виктории Абрамченко": of the readings the context allows, the likelier name
        weight = _name_weights(first)
        readings = sorted(readings, key=lambda r: (bool(cases) and r[0] not in cases
                                                   or bool(gender) and r[1] not in (gender, None),
                                                   -weight.get(r[2], 0)))
    for case, gender, lem in readings:
        if fixed and (lem == low(first) or not low(first).endswith("е")):
            continue  # "Ангеле Меркель", "Анне": "Ангела", "Анна" beat the indeclinable name (not "Тони": "Тоня")
        for p in parse(surname.lower()):
            if "Surn" in p.tag and p.tag.case == case and gender_fits(p, gender) and "plur" not in p.tag:
                return lem, gender, case
    if fixed:
        return low(first), readings[0][1], None  # indeclinable ("Аркади", "Нино"): the surname tells the case
    # A surname the dictionary lacks: the case whose ending it shows ("Дмитрия Кулебу": accusative);
    # one declined as an adjective: the case it agrees in ("Юлия Навальная").
    case, gender, lem = next((r for r in readings if deinflect(surname, r[0], r[1]) != low(surname)), readings[0]) \
        if not known(surname) else next((r for r in readings if any(
            "ADJF" in p.tag and p.tag.case == r[0] and gender_fits(p, r[1]) for p in parse(surname))), readings[0])
    if only_nominative(first) and not any(p.tag.case == "nomn" and "Surn" in p.tag for p in parse(surname)):
        return lem, gender, None  # "Письмо Серж Саргсяну": a first name left undeclined tells not the surname's case
    return lem, gender, case


@lru_cache(maxsize=100_000)
def _any_gender(surname: str) -> bool:
    """A surname the dictionary has only as indeclinable and of both genders ("Тимошенко", "Абрамченко")."""
    surns = [p for p in parse(surname.lower()) if "Surn" in p.tag]
    return bool(surns) and all("ms-f" in p.tag and "Fixd" in p.tag for p in surns)


@lru_cache(maxsize=100_000)
def _name_weights(first: str) -> dict[str, float]:
    """The dictionary's score of each first name a word can be a form of ("юлии": "юлия" over "юлий")."""
    out: dict[str, float] = {}
    for p in parse(first.lower()):
        if "Name" in p.tag:
            out[low(p.normal_form)] = out.get(low(p.normal_form), 0.0) + p.score
    return out


@lru_cache(maxsize=100_000)
def disagrees(first: str, surname: str) -> bool:
    """Whether the dictionary reads the surname (its first part, if hyphenated) only in cases or
    a gender the first name cannot be in ("Роман Толстого")."""
    readings = info(first).first
    surns = [p for p in parse(surname.split("-")[0].lower()) if "Surn" in p.tag and "plur" not in p.tag]
    return bool(surns) and not any(p.tag.case == case and gender_fits(p, gender)
                                   for case, gender, _ in readings for p in surns)


def only_nominative(first: str) -> bool:
    """A first name whose only reading is the nominative ("Серж", "Раймон")."""
    return [r[0] for r in info(first).first] == ["nomn"]


@lru_cache(maxsize=100_000)
def patronymic_nominative(word: str, case: str) -> str:
    """A patronymic in the case given, in the nominative ("Владимировича" → "владимирович")."""
    for p in parse(word.lower()):
        if "Patr" in p.tag and p.tag.case == case:
            form = p.inflect({"nomn"})
            if form:
                return form.word
    return low(word)


@lru_cache(maxsize=100_000)
def patronymic_reading(word: str) -> tuple[str | None, str | None]:
    """The gender of a patronymic ("Сергеевну" → femn), if the dictionary reads it as one, and
    its likeliest case."""
    patr = [p for p in parse(word.lower()) if "Patr" in p.tag]
    genders = {p.tag.gender for p in patr}
    return (genders.pop() if len(genders) == 1 else None), (patr[0].tag.case if patr else None)
