"""Organisations found by pattern in sentences written for these tests (not taken from any set)."""
from __future__ import annotations

from sitegen.entities import extract_entities


def orgs(text: str) -> set[str]:
    return {o.name for o in extract_entities("", [text]).organizations}


def test_quoted_name_after_a_type_word():
    assert "Солидарность" in orgs("Активисты движения «Солидарность» вышли на пикет у мэрии.")
    assert "Северный ветер" in orgs("Акции компании «Северный ветер» подешевели на бирже.")


def test_legal_form_before_quotes_is_no_organisation():
    found = orgs("Подрядчиком стало ООО «Ромашка», выигравшее тендер на ремонт дорог.")
    assert "Ромашка" in found and "ООО" not in found


def test_credited_outlet_in_quotes():
    assert "Вечерний курьер" in orgs("Об этом пишет «Вечерний курьер» со ссылкой на мэрию.")


def test_quoted_name_and_its_abbreviation_are_one_organisation():
    found = extract_entities("", ["Лидеры партии «Новый зелёный рассвет» (НЗР) провели съезд. НЗР выдвинула кандидата."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("НЗР", ["Новый зелёный рассвет"])]


def test_one_word_name_tagged_as_an_organisation_in_the_nominative():
    found = orgs("Депутаты Госдумы обратились в Минфин с запросом о бюджете.")
    assert {"Госдума", "Минфин"} <= found


def test_compound_of_a_state_prefix_and_a_noun():
    assert "Росавиация" in orgs("Комиссия Росавиации проверит аэропорт после инцидента.")


def test_one_word_name_read_as_a_first_name_counts_only_in_quotes():
    assert "Спартак" in orgs("Болельщики «Спартака» встретили команду в аэропорту.")
    assert "Спартак" not in orgs("Спартак Мишулин сыграл в спектакле.")


def test_abbreviation_before_quotes_other_than_a_legal_form_is_part_of_the_name():
    assert "РИА Новости" in orgs("Как сообщает РИА «Новости», переговоры продолжатся завтра.")


def test_names_in_latin_letters():
    found = orgs("Агентство Bloomberg и компания Nordic Steel сообщили о сделке, NASA промолчало.")
    assert {"Bloomberg", "Nordic Steel", "NASA"} <= found


def test_latin_model_names_numerals_and_english_titles_are_no_organisations():
    found = orgs("Самолёт Airbus A320 прибыл в XXI веке; оркестр сыграл Take a Chance.")
    assert not found & {"Airbus", "Airbus A", "XXI", "Take", "Chance"}


def test_relational_adjective_opening_a_sentence_names_a_state_body():
    assert "Следственный комитет" in orgs("Следственный комитет возбудил уголовное дело о мошенничестве.")
    assert not orgs("Призовой фонд турнира составил миллион рублей.")


def test_theatres_and_exchanges_are_organisations():
    found = orgs("Вчера в Большом театре и на Фондовой бирже Москвы прошли собрания акционеров.")
    assert {"Большой театр", "Фондовая биржа Москвы"} <= found


def test_compound_and_full_name_are_one_organisation():
    found = extract_entities("", ["Государственная дума приняла закон во втором чтении.",
                                  "Спикер Госдумы поблагодарил депутатов."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("Государственная дума", ["Госдума"])]


def test_one_word_name_keeps_its_country_in_the_genitive():
    assert "Минздрав Киргизии" in orgs("Представители Минздрава Киргизии посетили новую больницу.")


def test_regional_branch_keeps_its_district():
    found = orgs("Как сообщили в ГУ МЧС России по Тверской области, пожар потушен.")
    assert "ГУ МЧС России по Тверской области" in found


def test_name_keeps_its_region_and_eponym():
    found = orgs("Депутаты Законодательного собрания Пермского края посетили Фонд имени Петра Чайковского.")
    assert {"Законодательное собрание Пермского края", "Фонд имени Петра Чайковского"} <= found


def test_capitalised_head_keeps_its_genitive_words():
    found = orgs("Экспонаты передали в Музей истории мореплавания, а отчёт изучит Совет национальной обороны.")
    assert {"Музей истории мореплавания", "Совет национальной обороны"} <= found


def test_genitive_words_stop_at_a_preposition():
    assert "Комитет по" not in orgs("Заседание провёл Комитет по бюджету.")


def test_abbreviation_merges_a_name_whose_initials_start_with_it():
    found = extract_entities("", ["Сотрудники Института прикладной химии имени Бутлерова провели опыт. В ИПХ довольны.",
                                  "Боевики группировки «Джейш Хурр аль-Шимал» отступили; в ДХШ это отрицают."])
    pairs = {o.name: o.aliases for o in found.organizations}
    assert "Институт прикладной химии имени Бутлерова" in pairs.get("ИПХ", [])
    assert "Джейш Хурр аль-Шимал" in pairs.get("ДХШ", [])


def test_a_name_before_a_number_is_a_model_or_an_item():
    found = orgs("Ракета доставила корабль «Союз ТМА-25», а в НИИ-7 следили за стартом.")
    assert not found & {"Союз ТМА", "НИИ"}


def test_committee_keeps_its_topic_and_a_mission_its_city():
    found = orgs("Доклад изучит Комиссия по морскому праву, копию получило Генеральное консульство Польши в Бресте.")
    assert {"Комиссия по морскому праву", "Генеральное консульство Польши в Бресте"} <= found


def test_quoted_name_after_a_members_noun_in_the_nominative():
    found = orgs("Вратарь «Северной звезды» отбил пенальти, а аналитик «Брокфина» ждёт роста.")
    assert {"Северная звезда", "Брокфин"} <= found


def test_one_word_name_merges_with_its_only_longer_form():
    found = extract_entities("", ["Минфин Канады ввёл пошлины. Позже Минфин пояснил своё решение."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("Минфин Канады", ["Минфин"])]


def test_abbreviations_joined_by_a_slash_are_one_bloc():
    found = orgs("Блок СДЛ/ПНС набрал большинство голосов.")
    assert "СДЛ/ПНС" in found and not found & {"СДЛ", "ПНС"}


def test_bank_compound_and_european_union_compound():
    found = orgs("Клиенты Промстройбанка получили кредиты, одобренные Евросоюзом.")
    assert {"Промстройбанк", "Евросоюз"} <= found


def test_compound_merges_with_the_abbreviation_it_spells():
    found = extract_entities("", ["Евросоюз ввёл новые пошлины. В ЕС это назвали ответом на демпинг."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("ЕС", ["Евросоюз"])]


def test_country_adjective_opening_a_sentence_before_another_adjective_names_a_body():
    assert "Норвежское гидрографическое агентство" in orgs("Норвежское гидрографическое агентство выпустило карту.")
    assert not orgs("Норвежское агентство выпустило карту.")


def test_name_followed_by_its_quoted_proper_name():
    assert "Музей народного творчества Светлица" in orgs("Выставка открылась в Музее народного творчества «Светлица».")


def test_a_named_fleet():
    assert "Балтийский флот" in orgs("Корабли Балтийского флота вышли на учения.")


def test_two_adjectives_before_a_plural_head_are_two_organisations():
    found = orgs("Гастроли Малого и Александринского театров прошли успешно.")
    assert {"Малый театр", "Александринский театр"} <= found


def test_latin_name_merges_with_its_letter_by_letter_cyrillic_spelling():
    found = extract_entities("", ["Компания Kamaz отчиталась о продажах. Глава «Камаз» доволен итогами."])
    assert [(o.name, o.aliases) for o in found.organizations] == [("Камаз", ["Kamaz"])]


def test_original_spelling_in_brackets_after_a_name_is_no_organisation():
    found = orgs("Астронавт Питер Грин (Peter Green) вышел в открытый космос.")
    assert "Peter Green" not in found


def test_word_that_only_looks_like_a_state_prefix_compound_is_no_organisation():
    assert not orgs("Министры обсудили повестку саммита.")


def test_a_forum_is_an_event_not_an_organisation():
    assert not orgs("Гости Восточного экономического форума подписали соглашения.")


def test_a_named_corps():
    assert "Корпус морской пехоты" in orgs("Учения провёл Корпус морской пехоты вместе с флотом.")


def test_adjective_led_name_keeps_its_genitive_nouns():
    found = orgs("Кредит выдал Северный банк реконструкции, а концерт дал Уральский театр оперы и балета.")
    assert {"Северный банк реконструкции", "Уральский театр оперы и балета"} <= found


def test_adjective_led_name_stops_before_an_adjective_or_a_quoted_name():
    found = orgs("На Петербургской бирже акции «Северстали» выросли. Лидер Зелёной партии бывшего мэра выступил.")
    assert "Петербургская биржа" in found and "Зелёная партия" in found


def test_capitalised_dictionary_name_of_an_organisation_is_an_abbreviation():
    assert "ТАСС" in orgs("Как передаёт ТАСС, переговоры в Женеве завершились.")
    found = extract_entities("", ["Глава «ГАЗПРОМа» приехал в Омск. ГАЗПРОМ отчитался о прибыли."]).organizations
    assert [(o.name, o.mentions) for o in found] == [("Газпром", 2)]


def test_superlative_adjective_keeps_its_stem_in_the_nominative():
    assert "Высшая аттестационная комиссия Молдовы" in orgs("Решение приняли в Высшей аттестационной комиссии Молдовы вчера.")


def test_one_word_in_bare_quotes_in_a_sport_paragraph_is_a_club():
    found = orgs("В матче третьего тура «Торпедо» уступило «Тамбову», а «Урал» сыграл вничью с «Орлом».")
    assert {"Тамбов", "Урал", "Орёл"} <= found or {"Тамбов", "Урал", "Орел"} <= found


def test_quoted_title_after_its_noun_in_a_sport_paragraph_is_no_club():
    assert "Берег" not in orgs("После матча болельщики посмотрели фильм «Берег» в кинотеатре.")


def test_centre_library_and_orchestra_are_organisation_heads():
    found = orgs("Пациента перевели в Уральский ожоговый центр, а вечером играл Камерный оркестр Тувы.")
    assert {"Уральский ожоговый центр", "Камерный оркестр Тувы"} <= found


def test_capitalised_state_body_head_alone_mid_sentence_is_a_name():
    assert "Сенат" in orgs("Во вторник Сенат одобрил поправки к бюджету.")
    assert not orgs("Сенат одобрил поправки, а театр закрылся на ремонт.") & {"Театр"}


def test_capitals_the_dictionary_reads_as_a_verb_or_a_pronoun_are_an_abbreviation():
    assert "МОК" in orgs("Спортсменов допустят к играм, если МОК одобрит заявку.")
    assert "ТЭК" not in orgs("Вице-премьер, курирующий ТЭК, выступил на форуме.")


def test_cyrillic_name_with_an_abbreviation_inside():
    found = orgs("По данным агентства КазТАГ, акции ТрансНЕФа выросли.")
    assert {"КазТАГ", "ТрансНЕФ"} <= found


def test_quoted_name_after_centre():
    assert "Радуга" in orgs("Волонтёры реабилитационного центра «Радуга» собрали помощь.")


def test_word_read_as_an_adjective_second_opens_a_name_before_an_agreeing_word():
    assert "Главное контрольное управление Москвы" in orgs("Проверку провело Главное контрольное управление Москвы.")
    assert not {n for n in orgs("Учёные Института физики выступили.") if n.startswith("Учён")}
