"""Tester 32 (2026-12-06), on the example network (examples/network.yaml), through the real
core: an office's town misspelt («Аполе», «Сопоць», «Стархавице», «Opple») chooses that office
at the gate and is offered as a switch after /office, never «no point in Opole, the nearest is
Opole»; a question about another office's town («где сделать песель ребенку в сопоте» at Opole)
names that town's city hall, the switch under it; a children's course card only for a question
about a course, not for a newborn or a school; the office's own help first when the question asks
for it, in every language as in Polish; «не знаю» at the gate is told any point will do."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content


def person(network, lang: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(network.core, user_id=f"t32-{user}", language_hint=lang)


@pytest.mark.parametrize(
    ("lang", "typed", "chosen"),
    [
        ("ru", "Аполе", "Ваш информационный пункт: Ополе."),
        ("ru", "Апполе", "Ваш информационный пункт: Ополе."),
        ("uk", "Апполє", "Ваш інформаційний пункт: Ополе."),
        ("ru", "Сопоць", "Ваш информационный пункт: Сопот."),
        ("ru", "Сапот", "Ваш информационный пункт: Сопот."),
        ("en", "Sopt", "Your information point: Sopot."),
        ("pl", "Opple", "Twój punkt informacyjny: Opole."),
        ("ru", "я живу в Сапоте", "Ваш информационный пункт: Сопот."),
    ],
)
async def test_a_misspelt_office_town_at_the_gate_chooses_that_office(network, lang, typed, chosen):
    newcomer = person(network, lang, f"gate-{lang}-{typed}")
    await newcomer.send(typed)
    assert chosen in newcomer.text, newcomer.text[:300]
    assert "0 км" not in newcomer.text and "0 km" not in newcomer.text


async def test_a_misspelt_starachowice_offers_the_city_and_the_county(network):
    newcomer = person(network, "ru", "stara")
    await newcomer.send("Стархавице")
    labels = [b.label for b in newcomer.buttons]
    assert labels[:2] == ["Стараховице — город", "Стараховице — повят (Центр помощи беженцам)"]
    assert "Я не знаю города" not in newcomer.text


async def test_a_misspelt_office_town_after_office_is_offered_as_the_switch(network):
    olha = person(network, "ru", "switch")
    await olha.send("/start sopot")
    await olha.send("/office")
    await olha.send("Аполе")
    assert "Перейти: Ополе" in [b.label.removeprefix("📍 ") for b in olha.buttons]
    assert "нет ответа" not in olha.text


@pytest.mark.parametrize("typed", ["spot", "apple", "спорт", "опыт", "стоп", "opera", "сопли"])
async def test_ordinary_words_near_an_office_town_choose_nothing(network, typed):
    newcomer = person(network, "ru", f"word-{typed}")
    await newcomer.send(typed)
    assert "/office" not in newcomer.text, newcomer.text[:200]


@pytest.mark.parametrize(
    ("lang", "asked", "city_hall"),
    [
        ("ru", "где сделать песель ребенку в сопоте", "Urząd Miasta Sopotu"),
        ("uk", "de zrobyty pesel dytyni v sopoti", "Urząd Miasta Sopotu"),
    ],
)
async def test_a_question_about_another_offices_town_names_that_towns_city_hall(
    network, lang, asked, city_hall
):
    olena = person(network, lang, f"sopot-{lang}")
    await olena.send("/start opole")
    await olena.send(asked)
    assert city_hall in olena.text and "Urząd Miasta Opola" not in olena.text
    assert any(b.label.endswith("Сопот") for b in olena.buttons)  # the switch, offered
    await olena.send("/mydata")
    assert "Сопот" not in olena.text.split("Ополе")[0]  # (the town is not kept as theirs)


@pytest.mark.parametrize(
    ("lang", "asked"),
    [
        ("ru", "у меня родился ребенок в польше что оформить"),
        ("pl", "urodziło mi się dziecko, co załatwić"),
        ("ru", "ребенка в школу посреди года как записать"),
        ("pl", "dziecko do szkoły w trakcie roku szkolnego jak zapisać"),
    ],
)
async def test_no_childrens_course_card_for_a_newborn_or_a_school(network, lang, asked):
    parent = person(network, lang, f"kid-{lang}-{len(asked)}")
    await parent.send("/start opole")
    await parent.send(asked)
    assert "7–12" not in parent.text, parent.text[:300]


async def test_a_question_about_a_childrens_course_still_gets_its_card(network):
    parent = person(network, "ru", "kidcourse")
    await parent.send("/start opole")
    await parent.send("курс польского для ребенка")
    assert parent.replies[0].text.startswith("🎓") and "Польский для детей" in parent.text


@pytest.mark.parametrize(
    ("lang", "office", "asked", "service"),
    [
        ("uk", "opole", "записатись до юриста", "Юридична консультація"),
        ("pl", "opole", "chcę się zapisać do prawnika", "Porada prawna"),
        ("ru", "opole", "можете пойти со мной к врачу переводить?", "Сопровождение к врачу"),
        ("ru", "opole", "нужен переводчик к врачу", "Сопровождение к врачу"),
        ("en", "opole", "I need an interpreter at the doctor", "Going to the doctor together"),
        ("pl", "opole", "potrzebuję tłumacza do lekarza", "Towarzyszenie u lekarza"),
        (
            "ru",
            "starachowice_county",
            "нужен перевод свидетельства о рождении",
            "Перевод документа",
        ),
    ],
)
async def test_the_offices_own_help_asked_for_comes_first(network, lang, office, asked, service):
    visitor = person(network, lang, f"help-{lang}-{len(asked)}")
    await visitor.send(f"/start {office}")
    await visitor.send(asked)
    first = visitor.replies[0]
    assert service in first.text and [b.label for row in first.buttons for b in row] == [service]


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("ru", "не знаю", "общие ответы одинаковы во всех пунктах"),
        ("ru", "я не хочу говорить где живу", "можно выбрать любой"),
        ("pl", "nie wiem który punkt", "ogólne odpowiedzi są takie same w każdym punkcie"),
        ("uk", "не знаю", "загальні відповіді однакові в кожному пункті"),
        ("en", "I don't know", "the general answers are the same at every point"),
    ],
)
async def test_someone_who_does_not_name_a_town_is_told_any_point_will_do(
    network, lang, typed, said
):
    newcomer = person(network, lang, f"any-{lang}-{len(typed)}")
    await newcomer.send(typed)
    assert said in newcomer.text
    await newcomer.press(newcomer.buttons[0].label)  # the first point, chosen
    assert "/office" in newcomer.text
    assert "нет ответа" not in newcomer.text and "nie mam odpowiedzi" not in newcomer.text


async def test_a_question_with_i_dont_know_still_waits_for_the_choice(network):
    newcomer = person(network, "uk", "anyq")
    await newcomer.send("не знаю як зробити песель")
    assert newcomer.text.startswith("Спершу оберіть свій інформаційний пункт")
