"""Person mentions in tokenised text: full names, initials, bare surnames, foreign name pairs.

A run of capitalised words is cut into stretches of words that can be part of a name (not
places, not common words); a stretch of two or more is a full name, its last word the surname
(three words: first name, patronymic or middle name, surname; four or more: an organisation's
or place's name before a person's, so the last two). Case and gender come from agreement
with the first name, a title, a preposition or a verb around the name (agreement.py).
Surnames of one enumeration ("Бернс (Рой, Грин)") share a list of ``mates``, so that the
people among them vouch for the rest (persons.py).
A first name and patronymic without a surname is a "named" mention; "Иванов Иван Иванович"
(the official order) a full one."""
from __future__ import annotations

from functools import lru_cache

from sitegen.entities.agreement import (
    agree, apposition, clause_start, disagrees, function_word, governed_cases, inanimate_noun, past_gender,
    patronymic_nominative, patronymic_reading, person_noun, singular_verb,
)
from sitegen.entities.countries import word_countries
from sitegen.entities.place_words import after_place_adjective, plural_name_noun, settlement_name
from sitegen.entities.enumeration import share_case
from sitegen.entities.former import former_surname
from sitegen.entities.fullname import read_full
from sitegen.entities.mention import Mention
from sitegen.entities.morph import fold, known, lemma, low, parse
from sitegen.entities.names import gender_fits, info, surname_nominatives
from sitegen.entities.quotes import quoted
from sitegen.entities.roles import find_role, name_role, role_head
from sitegen.entities.tokens import Token
from sitegen.entities.words import (
    PLACE_PREPOSITIONS, first_name, foreign_syllable, forms, lower_after_hyphen, no_genitive, nominative_pair, noun,
    oblique_noun, people_noun,
    person_slot, place_first_name, rarely_a_name, second_word, surname_not_place, syllable, syllable_word, thing_noun,
)

# English words transliterated in companies' and brands' names: such a name is no person's.
FOREIGN_ORG_WORDS = frozenset("""
бритиш бразерс брозерс энд груп групп холдингс корпорейшн компани интернэшнл интернешнл ойл энерджи
моторс эйрлайнс эйрлайнз эйрвейз эйрвэйз эйр бэнк кэпитал партнерс секьюритиз таймс ньюс джорнал уорлд
глобал текнолоджиз фармасьютикалс юнайтед стрит бридж лимитед фаундейшн сервисез фудс трейдинг
энтертейнмент энтертеймент пикчерз пикчерс рекордз рекордс бойз шоп биг нэшнл интертеймент пресс ассошиэйтед
""".split())
# Particles before a surname ("Леонардо Ди Каприо", "Шарль де Голль", "Людвиг ван Бетховен"):
# lower case, or capitalised after a first name; those that are Russian words too only after a name.
NAME_PARTICLES = frozenset("де ди дель делла дер ван фон дю дос да ле ла ду бин бен ибн".split())
_PARTICLES_ALONE = frozenset("де ди дель делла дер фон дю дос бин бен ибн".split())
_RUSSIAN_PARTICLES = frozenset("да ла ле ду".split())  # Russian words too: between two first names, no particle


def _is_word(tok: Token) -> bool:
    return tok.kind == "word" and tok.cap and tok.cyrillic


def runs(text: str, tokens: list[Token]) -> list[list[int]]:
    """Indices of maximal runs of capitalised words and initials, joined by spaces only (in a
    headline in title case, "Путин И Байден Обсудили Украину", common words do not count)."""
    out: list[list[int]] = []
    cur: list[int] = []
    headline = _title_case(tokens)
    for i, tok in enumerate(tokens):
        ok = (_is_word(tok) and not _model_name(tokens, i) and not (headline and _lower_in_headline(tok))) \
            or tok.kind == "init" or _particle(text, tokens, i, cur) or _turkic_patronymic(text, tokens, i, cur)
        if ok and cur and text[tokens[cur[-1]].end:tok.start] in ("", " ", "\u00a0"):
            cur.append(i)
            continue
        if cur:
            out.append(cur)
        cur = [i] if ok else []
    if cur:
        out.append(cur)
    return out


def _title_case(tokens: list[Token]) -> bool:
    """Every word of five or more capitalised, two verbs or prepositions among them: an
    English-style headline (not a list of names)."""
    words = [t for t in tokens if t.kind == "word" and t.cyrillic and not t.upper]
    return len(words) >= 5 and all(t.cap for t in words) and \
        sum(info(t.text).common and function_word(t.text, True) for t in words) >= 2


def _lower_in_headline(tok: Token) -> bool:
    """A word a headline in title case capitalises that running text would not: a preposition,
    a conjunction, a particle (not "Ли" of "Ли Со Ён": only in headlines)."""
    return len(tok.text) <= 3 and function_word(tok.text, False)


def _particle(text: str, tokens: list[Token], i: int, cur: list[int]) -> bool:
    """A surname's particle: "де", "ди", "ван", "фон"... right before a capitalised word;
    capitalised ("Ди Каприо") or ambiguous ("да", "ле") only after a first name."""
    tok = tokens[i]
    if tok.kind != "word" or len(tok.text) > 5 or tok.text.lower() not in NAME_PARTICLES:
        return False
    if i + 1 >= len(tokens) or text[tok.end:tokens[i + 1].start] != " ":
        return False
    if tok.text.islower() and tokens[i + 1].text in _PARTICLES_ALONE and i + 2 < len(tokens) \
            and _is_word(tokens[i + 2]) and text[tokens[i + 1].end:tokens[i + 2].start] == " ":
        return True  # the first of two: "фон дер Ляйен", "ван дер Сар"
    if not _is_word(tokens[i + 1]):
        return False
    after_name = bool(cur) and tokens[cur[-1]].kind == "word" and bool(info(tokens[cur[-1]].text).first) \
        and text[tokens[cur[-1]].end:tok.start] == " "
    if tok.text.islower():
        return tok.text in _PARTICLES_ALONE or after_name and (
            tok.text not in _RUSSIAN_PARTICLES or not info(tokens[i + 1].text).first)  # not "Иван да Марья"
    return after_name or (tok.text.lower() in _PARTICLES_ALONE and not cur and not info(tok.text).first)  # not "Бен Аффлек"


_TURKIC_PATRONYMIC = frozenset("оглы кызы улы уулу".split())
_TURKIC_PATRONYMIC_ENDS = ("улы", "ұлы", "кызы", "қызы", "уулу")  # one word with the father's name: "Касымулы"


def _turkic_patronymic(text: str, tokens: list[Token], i: int, cur: list[int]) -> bool:
    """"оглы", "кызы" after the father's name, before the surname: "Ильхам Гейдар оглы Алиев"."""
    return tokens[i].text in _TURKIC_PATRONYMIC and len(cur) >= 2 and i + 1 < len(tokens) \
        and _is_word(tokens[i + 1]) and text[tokens[i].end:tokens[i + 1].start] == " "


def _model_name(tokens: list[Token], i: int) -> bool:
    """A word with a number hyphened on: a band, aircraft or product ("Би-2", "Су-27", "Боинг-737")."""
    return i + 2 < len(tokens) and tokens[i + 1].text in "-–" and tokens[i + 2].kind == "num" \
        and tokens[i].end == tokens[i + 1].start and tokens[i + 1].end == tokens[i + 2].start


def find_mentions(text: str, tokens: list[Token]) -> list[Mention]:
    """All person mentions in one tokenised paragraph; those of one enumeration share ``mates``."""
    out: list[Mention] = []
    mates: list[Mention] = []
    prev: list[int] | None = None
    roster = crowd = False
    for run in runs(text, tokens):
        head, before = _people_head(tokens, run[0]), _people_before(tokens, run[0])
        if prev is None or not _enumerated(tokens, prev[-1] + 1, run[0]) or head or before:
            mates = []
            roster, crowd = head, before
        prev, before = run, prev
        if quoted(tokens, run) or former_surname(tokens, before, run):
            continue
        particles = _particles(text, tokens, run)
        run = [k for k in run if not any(k < s and s - k <= len(p.split()) for s, p in particles.items())]
        patronymic = {k - 1 for k in run if tokens[k].text in _TURKIC_PATRONYMIC}
        if patronymic:  # "Ильхам Гейдар оглы Алиев": the father's name and "оглы" are no part of the name
            run = [k for k in run if k not in patronymic and tokens[k].text not in _TURKIC_PATRONYMIC]
        run = [k for k in run if not plural_name_noun(tokens, k)]  # "Арабских Эмиратов"
        if not run or settlement_name(tokens, run) and find_role(tokens, run[0])[0] is None:
            continue
        if tokens[run[0]].kind == "word" and _thing_before(tokens, run[0]) \
                and not first_name(tokens[run[0]].text, len(run) > 1) \
                and not (len(run) == 2 and find_role(tokens, run[0])[0]) and not _titled_subject(tokens, run) \
                and not (len(run) == 3 and _east_asian(tokens, run)):  # "компании Ро Тхэ Мун": a person
            run = run[1:]  # "агентство Рейтер", "клуба Тоттенхэм Хотспур Ледли Кинг"
        for m in _parse_run(tokens, run):
            if particles:
                _with_particle(m, tokens, particles)
            m.mates = mates
            m.roster, m.crowd = roster, crowd
            m.eponym = _eponym(tokens, run[0])
            mates.append(m)
            out.append(m)
    share_case(out)
    return out


def _particles(text: str, tokens: list[Token], run: list[int]) -> dict[int, str]:
    """The particles before surnames in a run, by the surname's index: {k: "фон дер"}."""
    marks = {k for n, k in enumerate(run) if _particle(text, tokens, k, run[:n])}
    out = {}
    for k in (k for k in run if k not in marks and k - 1 in marks):
        j = k - 1
        while j - 1 in marks:
            j -= 1
        out[k] = " ".join(tokens[x].text.lower() for x in range(j, k))
    return out


def _people_head(tokens: list[Token], i: int) -> bool:
    """A list opened by a noun for people and a colon: "Вратари: Уорд — Набоков", "Лауреаты: …"."""
    return i > 1 and tokens[i - 1].text == ":" and tokens[i - 2].kind == "word" and people_noun(tokens[i - 2].text)


def _people_before(tokens: list[Token], i: int) -> bool:
    """A noun for people in the plural right before the first name: "звёзды Анитта и Паблло Виттар"."""
    prev = tokens[i - 1] if i > 0 else None
    return prev is not None and prev.kind == "word" and prev.text.islower() and noun(prev.text) \
        and people_noun(prev.text)  # its likeliest reading a noun: not "и"


def _with_particle(m: Mention, tokens: list[Token], particles: dict[int, str]) -> None:
    """Put the particle back before the surname: "ди каприо"."""
    for k, part in particles.items():
        if tokens[k].text == m.word:
            m.surnames = [f"{part} {s}" for s in m.surnames]
            m.particle = True
            before = k - 1 - len(part.split())
            m.place = m.place or before >= 0 and tokens[before].text.lower() in PLACE_PREPOSITIONS  # "в Де Мойне"
            return


_LIST_GLUE = frozenset(",;:()—–-•·и")


def _enumerated(tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens[a:b] only separate items of a list: commas, brackets, dashes, "и",
    numbers and times ("Бернс (Рой, Грин) • 2:1 — 09:17 Куниц")."""
    return b - a <= 12 and all(t.kind == "num" or t.text in _LIST_GLUE for t in tokens[a:b])


def _agreement(tokens: list[Token], first: int, last: int) -> tuple[str | None, frozenset | None, str | None]:
    """Title, cases and gender of a name without a first name: from the title, else, for a name
    starting a clause, from a verb in the past right after it ("О. Иванова заявила": a woman's
    name in the nominative; not "ресурсов Громова была"). Only a surname in -а/-я needs it: a
    woman's in the nominative or a man's in the genitive."""
    role, cases = name_role(tokens, first, last)
    gender = None
    surname = tokens[last] if tokens[last].kind == "word" else tokens[first]
    if cases is None and surname.text.endswith(("а", "я")) and clause_start(tokens, first) \
            and last + 1 < len(tokens) and tokens[last + 1].kind == "word":
        gender = past_gender(tokens[last + 1].text)  # a verb in the present or future tells the case only
        cases = frozenset({"nomn"}) if gender or singular_verb(tokens[last + 1].text) else None  # "Рыбакина сыграет"
    return role, cases or governed_cases(tokens, first), gender


def _eponym(tokens: list[Token], i: int) -> bool:
    """A name after "имени" or "им." ("фонд имени Ахмата Кадырова", "институт им. Г. И. Будкера")."""
    if i > 1 and tokens[i - 1].text == "." and tokens[i - 2].text == "им":
        return True
    return i > 0 and tokens[i - 1].text == "имени"


# Abbreviated street words: "ул. Ленина", "пр. Мира", "пер. Гоголя", "наб. Шевченко".
STREET_ABBREVIATIONS = frozenset("ул пр просп пер пл наб ш б-р бул пр-т пр-д".split())


def _thing_before(tokens: list[Token], i: int) -> bool:
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text == "." and i > 1 and tokens[i - 2].text in STREET_ABBREVIATIONS:
        return True
    return prev is not None and prev.kind == "word" and prev.text.islower() and thing_noun(prev.text)


_TERRITORIES = frozenset("область район край округ регион республика город штат провинция".split())


def _titled_subject(tokens: list[Token], run: list[int]) -> bool:
    """One word after a title ending in a territory, before a verb in the singular or a surname the
    dictionary has with no place reading: the official's surname, not the place's name ("Аким области
    Сатыбалды поручил", "глава района Иванов заявил", "победил мэр города Лужков, узнавший")."""
    k = run[0]
    return len(run) == 1 and lemma(tokens[k - 1].text) in _TERRITORIES and find_role(tokens, k)[0] is not None \
        and (k + 1 < len(tokens) and tokens[k + 1].kind == "word" and singular_verb(tokens[k + 1].text)
             or surname_not_place(tokens[k].text))


def _name_part(tok: Token) -> bool:
    """Whether a word can be part of a person's name at all."""
    if tok.kind == "init":
        return True
    wi = info(tok.text)
    if wi.geo or lower_after_hyphen(tok.text):
        return False  # "Экс-форвард", "Вице-премьер": a capital only because the sentence starts there
    if not (wi.first or wi.known_surname) and word_countries(tok.text):
        return False  # a country read as nothing else, a plural the dictionary lacks: "из Нидерландов"
    return not wi.common or (len(tok.text) <= 3 and not tok.sentence_start
                                and syllable_word(tok.text, len(tok.text) > 1))  # "Ли Со Ён", "Путин В."


def _parse_run(tokens: list[Token], run: list[int]):
    """Cut a run into stretches of name words and read each."""
    i, n = 0, len(run)
    while i < n:
        tok = tokens[run[i]]
        if _east_asian(tokens, run[i:i + 3]):
            yield _east_asian_name(tokens, run[i:i + 3])
            i += 3
            continue
        if i + 1 < n and _one_letter_given_name(tok, tokens[run[i + 1]]):
            role, _ = name_role(tokens, run[i], run[i + 1])  # "с Ван И": a capital "И" mid-sentence is no conjunction
            yield Mention("pair", ["и"], first=low(tok.text), role=role, titled=role is not None,
                          sentence_start=tok.sentence_start, word="И", nominative=True)
            i += 2
            continue
        if i == 0 and n >= 2 and _family_syllable(tok, tokens[run[1]]):
            yield from _stretch(tokens, run[:2])  # "Си Цзиньпин прибыл": a short common word starting the sentence
            i = 2
            continue
        if i + 1 < n and tokens[run[i + 1]].kind == "word" and place_first_name(tok.text, tokens[run[i + 1]].text):
            yield from _stretch(tokens, run[i:i + 2])  # "Памятник Абаю Кунанбаеву"
            i += 2
            continue
        if not _name_part(tok) and i == n - 2 and _foreign_first_name(tokens, run[i:]):
            yield from _stretch(tokens, run[i:])  # "с Сереной Уильямс": a capital mid-sentence, then a name
            return
        if not _name_part(tok):
            if info(tok.text).common and not info(tok.text).geo:
                # Only a fuller mention elsewhere can make a common word a surname ("Токаев").
                yield _bare(tokens, run[i], weak=True)
            elif _place_surname(tokens, run[i]):
                yield _bare(tokens, run[i])  # "в Пушкине": a place, to tell "жительница Пушкина" is one too
            i += 1
            if i < n and thing_noun(tok.text) and not info(tokens[run[i]].text).first:
                i += 1  # "Корпорация Дженерал Моторс", "Агентство Рейтер" at a sentence's start
            continue
        j = i
        while j < n and _name_part(tokens[run[j]]):
            j += 1
        if j == i + 2 < n and _guess_before_known_first(tokens, run[i], run[i + 1], run[j]):
            i += 1  # "главе Гагаузии Евгении Гуцул": the guessed word ends the title, the name follows
            continue
        if j < n and (j - i == 1 or j - i == 3) and info(tokens[run[j - 1]].text).first \
                and (not tokens[run[j - 1]].sentence_start or all(map(known, tokens[run[j - 1]].text.split("-")))) \
                and tokens[run[j]].kind == "word" and second_word(tokens[run[j - 1]].text, tokens[run[j]].text) \
                and not _adjective_before_noun(tokens, run[j]):  # not "Аким Туркестанской области"
            j += 1  # "Юрий Долгорукий", "Лев Толстой", "Стивен Харпер"; not "Слава Богу"
        elif j == i + 1 == n - 1 and _foreign_given_surname(tokens, run[i], run[j]):
            j += 1  # "Кэмерон Диас", "Тейлору Фрицу": a first name the dictionary has only as a surname
        stretch = run[i:j]
        if not (j - i == 1 and j < n and _brand_tail(tokens[run[i]], tokens[run[j]])):
            yield from _stretch(tokens, stretch)
        i = j


def _guess_before_known_first(tokens: list[Token], k: int, f: int, nxt: int) -> bool:
    """A word the dictionary lacks, then a first name it knows and a word that can be its surname:
    the first word is a place's or organisation's name ending a title, not a first name."""
    first = tokens[f].text
    return tokens[k].kind == tokens[f].kind == tokens[nxt].kind == "word" and not known(tokens[k].text) \
        and bool(info(first).first) and known(first) and not info(first).patronymic \
        and second_word(first, tokens[nxt].text)


def _place_surname(tokens: list[Token], k: int) -> bool:
    """A town's name that is a surname too, after "в", "из", "под" ("в Пушкине", "из Королёва")."""
    wi = info(tokens[k].text)
    return k > 0 and tokens[k - 1].text.lower() in PLACE_PREPOSITIONS and wi.geo and wi.known_surname > 0


def _foreign_given_surname(tokens: list[Token], k: int, n: int) -> bool:
    """A word the dictionary has only as a surname (an English first name: "Кэмерон", "Тейлор"), then,
    ending the run, a rare common word in a case it shares, neither a place, a title, a thing nor an
    adjective before a noun, after a noun for a person or before a verb in the singular: one person's
    first name and surname ("актриса Кэмерон Диас", "Тейлору Фрицу не удалось")."""
    wi, nxt = info(tokens[k].text), tokens[n]
    if wi.first or not wi.surname or nxt.kind != "word" or nxt.sentence_start or info(nxt.text).geo:
        return False
    word = nxt.text.lower()
    if role_head(word) is not None or thing_noun(word) or _adjective_before_noun(tokens, n):
        return False
    before = tokens[k - 1].text if k > 0 and tokens[k - 1].kind == "word" else ""
    after = tokens[n + 1].text if n + 1 < len(tokens) and tokens[n + 1].kind == "word" else ""
    if not (person_noun(before.lower() if k > 0 and tokens[k - 1].sentence_start else before)
            or after == "не" or after and singular_verb(after)):
        return False  # no person's slot: "Аналитики Голдман Сакс повысили", "По данным Морган Стэнли,"
    cases = {p.tag.case for p in parse(tokens[k].text.lower()) if "Surn" in p.tag}
    return rarely_a_name(word, 1.0) and any(p.tag.case in cases and "NOUN" in p.tag and "sing" in p.tag
                                             for p in parse(word))


def _one_letter_given_name(tok: Token, nxt: Token) -> bool:
    """A Chinese family name of two or three letters, then the given name "И" ("Ван И", "Ван И.")."""
    return tok.kind == "word" and 2 <= len(tok.text) <= 3 and nxt.text in ("И", "И.") and not nxt.sentence_start \
        and not tok.upper and not any(t in parse(tok.text.lower())[0].tag for t in ("PREP", "CONJ", "NPRO", "VERB"))


def _family_syllable(tok: Token, nxt: Token) -> bool:
    """A noun of two letters starting a sentence before a word the dictionary lacks: a Chinese or
    Korean family name ("Си Цзиньпин"), not a common word ("Си" the note; not "Чай Липтон")."""
    return tok.sentence_start and tok.kind == "word" and len(tok.text) == 2 and nxt.kind == "word" \
        and info(tok.text).common and syllable_word(tok.text, True) and noun(tok.text) \
        and not known(nxt.text) and not info(nxt.text).first and _name_part(nxt)


def _foreign_first_name(tokens: list[Token], run: list[int]) -> bool:
    """A common word capitalised mid-sentence before a name word, neither a title, a thing, a
    person's noun nor an adjective: a foreign first name ("выиграла Серена Уильямс"); starting a
    sentence too, or a thing, if read only as an oblique case before a word the dictionary lacks that
    no genitive reading makes the thing's owner ("• Тору Камикава (Япония)")."""
    tok, nxt = tokens[run[0]], tokens[run[1]]
    if tok.kind != "word" or nxt.kind != "word" or info(nxt.text).common or info(nxt.text).geo:
        return False
    loose = oblique_noun(tok.text) and no_genitive(nxt.text)
    if tok.sentence_start and not loose:
        return False
    if run[0] > 0 and tokens[run[0] - 1].text.lower() in PLACE_PREPOSITIONS:
        return False
    wi = info(tok.text)
    return wi.common and not wi.geo and role_head(tok.text) is None and not thing_noun(tok.text) \
        and not (person_noun(tok.text.lower()) and known(nxt.text)) and not forms(tok.text.lower(), False) \
        and not (inanimate_noun(tok.text.lower()) and not nominative_pair(tok.text, nxt.text)
                 and not apposition(tokens, run[0]) and not loose)
    # "выиграл Кубок Гагарина": a thing named after a person; "а Мирра Андреева уступила", "американка
    # Кори Гауфф" (a noun for a person before it): a name


def _east_asian(tokens: list[Token], idx: list[int]) -> bool:
    """Three short words: a Korean, Chinese or Vietnamese name, family name first ("Ким Чен Ын",
    "Пан Ги Муна", "Нгуен Фу Чонга"),
    whatever the dictionary makes of each syllable."""
    if len(idx) < 3 or any(tokens[k].kind != "word" for k in idx):
        return False
    words = [tokens[k].text for k in idx]
    lacked = not any(map(known, words[1:]))  # "Хван Чжан Еп": syllables of four letters, the last two unknown
    return all(2 <= len(syllable(w) if k == 2 else w) <= 3 or foreign_syllable(w) or lacked and len(syllable(w)) <= 4
               for k, w in enumerate(words)) \
        and any(len(syllable(w)) <= 3 for w in words) and all(syllable_word(w, False) for w in words) \
        and any(not info(w).common for w in words)


def _east_asian_name(tokens: list[Token], idx: list[int]) -> Mention:
    family, given, last = (tokens[k].text for k in idx)
    role, _ = name_role(tokens, idx[0], idx[-1])
    family = syllable(family) if syllable(last) != low(last) else low(family)  # "Хвана Чжан Епа": declined both
    return Mention("pair", list(dict.fromkeys([syllable(last), low(last)])), first=f"{family} {low(given)}",
                   role=role, titled=role is not None, sentence_start=tokens[idx[0]].sentence_start, word=last,
                   nominative=syllable(last) == low(last))


def _brand_tail(tok: Token, nxt: Token) -> bool:
    """A surname-like word followed by a capitalised word that is no name: a company's or
    brand's name ("Голдман Сакс", "Морган Стэнли"), not a person."""
    if tok.kind != "word" or nxt.kind != "word" or info(tok.text).first:
        return False
    wi = info(nxt.text)
    return (wi.common or wi.geo) and role_head(nxt.text) is None and not thing_noun(nxt.text) \
        and noun(nxt.text)


def _stretch(tokens: list[Token], idx: list[int]):
    """Mentions in a stretch of name words."""
    words = [tokens[k] for k in idx]
    if words[0].kind == "init":
        if len(words) >= 2 and words[1].kind == "word":
            role, cases, gender = _agreement(tokens, idx[0], idx[1])
            yield Mention("init", surname_nominatives(words[1].text, cases, gender),
                          first=low(words[0].text.replace(" ", "")),
                          role=role, titled=role is not None, word=words[1].text, case_unknown=cases is None)
        if len(words) > 2:
            yield from _stretch(tokens, idx[2:])
        return
    if len(words) == 2 and _dotted_letter(tokens, idx[1]):  # "Иван П.": a name shortened for anonymity
        if info(words[0].text).first:
            role, cases = name_role(tokens, idx[0], idx[1])
            first, _, case = agree(words[0].text, words[0].text)
            yield Mention("full", [f"{low(words[1].text)}."], first=first, role=role, titled=role is not None,
                          sentence_start=words[0].sentence_start, word=words[1].text, nominative=case == "nomn")
            return
        words[1] = Token(words[1].text + ".", "init", words[1].start, words[1].end + 1)  # "Путин В."
    if len(words) == 2 and words[1].kind == "init":  # "Путин В.В."
        role, cases, gender = _agreement(tokens, idx[0], idx[1])
        yield Mention("init", surname_nominatives(words[0].text, cases, gender),
                      first=low(words[1].text.replace(" ", "")),
                      role=role, titled=role is not None, word=words[0].text, case_unknown=cases is None)
        return
    if any(w.kind == "init" for w in words):
        cut = next(k for k, w in enumerate(words) if w.kind == "init")
        yield from _stretch(tokens, idx[:cut])
        yield from _stretch(tokens, idx[cut:])
        return
    if len(words) == 1:
        m = _bare(tokens, idx[0])
        m.first_only = bool(info(words[0].text).first) and not info(words[0].text).surname
        yield m  # a first name alone only counts among surnames ("Бернс (Рой, Грин)")
        return
    if any(fold(w.text) in FOREIGN_ORG_WORDS for w in words):
        return  # "Бритиш Эйрвейз", "Леман Бразерс": a company's name in transliteration
    if len(words) == 3 and words[0].sentence_start and info(words[0].text).first \
            and (rarely_a_name(words[0].text) or role_head(words[0].text)) \
            and info(words[1].text).first and not info(words[1].text).patronymic:
        idx, words = idx[1:], words[1:]  # "Герой Джеймс Бонд", "Акиму Ержану Бекетову": a noun, then the name
    if len(words) == 2 and words[0].sentence_start and info(words[0].text).first \
            and rarely_a_name(words[0].text, 0.5) and disagrees(words[0].text, words[1].text):
        yield _bare(tokens, idx[1])  # "Роман Толстого": the novel, not a Роман
        return
    if len(words) >= 3 and low(words[-1].text).endswith(_TURKIC_PATRONYMIC_ENDS) \
            and not low(words[-2].text).endswith(_TURKIC_PATRONYMIC_ENDS):  # the father's name last
        a, b = info(words[-3].text), info(words[-2].text)
        if b.first and b.known and not (a.first and a.known):  # "Жумабеков Ербол Серикулы": surname first
            full = read_full(tokens, idx[-3:-1], words[-2:-4:-1])
            if full is not None:
                yield full
            return
        if a.first:  # "Мурат Нуртлеу Касымулы"
            yield from _stretch(tokens, idx[-3:-1])
            return
    if len(words) >= 3 and _surname_first(words[-3:]):  # "Иванов Иван Иванович"
        sur, given, patr = words[-3:]
        role, cases = name_role(tokens, idx[-3], idx[-1])
        # The patronymic tells the gender: "Петрову Марину Сергеевну" (not "Марин Петров"), and the
        # case of a first name the dictionary lacks ("Каримову Дилноз Рустамовну").
        patr_gender, patr_case = patronymic_reading(patr.text)
        first, gender, case = agree(given.text, sur.text, None, patr_gender)
        gender, case = gender or patr_gender, case or patr_case
        yield Mention("full", surname_nominatives(sur.text, frozenset({case}) if case else None, gender), first=first,
                      patronymic=patronymic_nominative(patr.text, case), role=role, titled=role is not None,
                      sentence_start=sur.sentence_start, word=sur.text, nominative=case == "nomn")
        return
    order = _surname_then_name(words[0].text, words[1].text) if len(words) == 2 else None
    if order:  # "сына Бакиева Максима": surname first, no patronymic
        full = read_full(tokens, idx, words[::-1])
        if full is not None:
            yield full
        return
    if order is False:  # "сын Кадырова Адам": someone's surname, then a first name alone
        yield from _stretch(tokens, idx[:1])
        yield from _stretch(tokens, idx[1:])
        return
    if len(words) == 4 and _two_names(words) or len(words) == 3 and _name_then_first_name(words):
        yield from _stretch(tokens, idx[:2])  # "секретарь Владимира Путина Дмитрий Песков", "сын Гейдара Алиева Ильхам"
        yield from _stretch(tokens, idx[2:])
        return
    if len(words) >= 4 or (len(words) == 3 and not _three(words)):
        keep = 3 if _three(words[-3:]) and (len(words) == 3 or _first_of_three(words[-3:])) else 2
        idx, words = idx[-keep:], words[-keep:]
    full = read_full(tokens, idx, words)
    if full is not None:
        yield full


@lru_cache(maxsize=100_000)
def _surname_then_name(first: str, second: str) -> bool | None:
    """A dictionary surname, no first name, then a dictionary first name, no surname: True in a
    case and gender both can be in ("Бакиева Максима": the surname written first), False if none
    ("сын Кадырова Адам": two words of two people); None for other words."""
    a, b = info(first), info(second)
    if a.first or a.known_surname < 0.5 or not b.first or b.surname or not b.known or b.patronymic:
        return None
    return any("Surn" in p.tag and p.tag.case == case and gender_fits(p, gender)
               for p in parse(first.lower()) for case, gender, _ in b.first)


def _name_then_first_name(words: list[Token]) -> bool:
    """A full name, then a first name alone ("сын Гейдара Алиева Ильхам"): no three-part name."""
    a, b, c = (info(w.text) for w in words)
    return bool(a.first) and bool(c.first) and not c.surname and not c.patronymic and not b.patronymic \
        and bool(b.known_surname) and not b.first and all(case != "nomn" for case, _, _ in a.first)


def _two_names(words: list[Token]) -> bool:
    """First name, surname, first name, surname: two people, the first one's in an oblique case
    ("Пресс-секретарь Владимира Путина Дмитрий Песков")."""
    a, b, c, d = (info(w.text) for w in words)
    return bool(a.first) and bool(c.first) and not b.patronymic and not d.patronymic and b.surname \
        and all(not (x.first and not x.known_surname) for x in (b, d)) \
        and all(case != "nomn" for case, _, _ in a.first)  # "Алексея Навального Юлия Навальная"


def _dotted_letter(tokens: list[Token], k: int) -> bool:
    """A capital letter and a full stop ending a name: "Иван П.", "Путин В."."""
    tok = tokens[k]
    return tok.kind == "word" and len(tok.text) == 1 and k + 1 < len(tokens) and tokens[k + 1].text == "." \
        and tokens[k + 1].start == tok.end


def _first_of_three(words: list[Token]) -> bool:
    """After an organisation's or a place's words, three words are a name only with a patronymic
    or a first name the dictionary knows ("Жогорку Кенеша Нурланбек Шакиев": not "Кенеш")."""
    return info(words[1].text).patronymic or info(words[0].text).known or len(words[0].text) <= 3


def _surname_first(words: list[Token]) -> bool:
    """Surname, first name, patronymic: the official order ("Петрова Анна Сергеевна")."""
    sur, given, patr = (info(w.text) for w in words)
    return (bool(given.first) or not given.known) and patr.patronymic and not patr.surname and sur.surname \
        and not sur.first


def _three(words: list[Token]) -> bool:
    """First name + patronymic or middle name + surname, or a three-part East Asian name."""
    if len(words[0].text) <= 3:
        return True
    mid = info(words[1].text)
    if not info(words[0].text).known and mid.first and mid.known and not mid.patronymic:
        return False  # "глава Совфеда Валентина Матвиенко": a guessed name before a known one is an organisation
    if mid.first and mid.known and not mid.patronymic and info(words[0].text).first \
            and not {c for c, _, _ in info(words[0].text).first} & {c for c, _, _ in mid.first}:
        return False  # "жительница Абая Светлана Ким": two first names in different cases are no one's
    return bool(info(words[0].text).first) and (mid.patronymic or not mid.known or bool(mid.first)
                                                or mid.known_surname >= 0.5)  # "Джон Фицджеральд Кеннеди"


def _bare(tokens: list[Token], k: int, weak: bool = False) -> Mention:
    tok = tokens[k]
    role, cases, gender = _agreement(tokens, k, k)
    adjective = _adjective_before_noun(tokens, k)
    prev = tokens[k - 1].text if k > 0 else ""
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return Mention("bare", surname_nominatives(tok.text, cases, gender), role=role, titled=role is not None,
                   described=k > 0 and tokens[k - 1].kind == "word" and person_noun(
                       tokens[k - 1].text.lower() if tokens[k - 1].sentence_start else tokens[k - 1].text),
                   weak=weak or adjective, sentence_start=tok.sentence_start, word=tok.text,
                   slot=k > 0 and tokens[k - 1].kind == "word" and person_slot(
                       tokens[k - 1].text.lower() if tokens[k - 1].sentence_start else tokens[k - 1].text),
                   place=(prev.lower() in PLACE_PREPOSITIONS or after_place_adjective(tokens, k))
                   and not surname_not_place(tok.text), adjective=adjective,
                   next_word=nxt.text if nxt is not None and (nxt.kind == "word" or nxt.text == ":") else "")


def _adjective_before_noun(tokens: list[Token], k: int) -> bool:
    """"Московской области", "Хмельницкой атомной": an adjective agreeing with the next word;
    "Московской и Тверской областей": with the adjective after "и", "или"."""
    if k + 1 >= len(tokens) or tokens[k + 1].kind != "word":
        return False
    adj = forms(tokens[k].text.lower(), False)
    nxt = tokens[k + 1].text.lower()
    if nxt in ("и", "или") and k + 2 < len(tokens) and tokens[k + 2].kind == "word":
        return bool(adj & forms(tokens[k + 2].text.lower(), False))
    if not tokens[k + 1].text.islower() or function_word(nxt, False):
        return False  # not before "и", whose readings include a noun's (the letter) in every case
    return bool(adj) and bool(adj & forms(nxt, True))


