"""examples/network.yaml as a newcomer tries it (`infopoint chat --config
examples/network.yaml`): each office's forms, names and topics, driven through the core."""

from __future__ import annotations

import pytest

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content, four offices


async def test_a_lift_to_a_meeting_after_the_county_office_closes_can_be_asked_for(example):
    olena = Dialogue(example.core, user_id="3001", language_hint="en")
    await olena.send("/start starachowice_county")
    await olena.press("English")
    await up_to_the_form(olena, "transport")
    await olena.send("9.12")  # Wednesday: the county's information point is open 07:30–15:30
    assert "What time do you need to be there" in olena.text
    await olena.send("17:00")  # the workshop's time, not the office's
    assert "Where should we pick you up" in olena.text


@pytest.mark.parametrize(
    ("office", "lang", "named"),
    [
        ("opole", "en", "This is the Information Point of the Foreigners' Integration Centre"),
        ("sopot", "en", "This is the integration assistants' service of Sopot's Social Services"),
        ("starachowice_county", "en", "This is the Refugee Help Centre of the Starachowice"),
        ("sopot", "uk", "(асистенти з інтеграції міського центру соціальної допомоги в Сопоті)"),
        ("opole", "ru", "(информационный пункт Центра интеграции иностранцев в Ополе)"),
    ],
)
async def test_each_office_introduces_itself_in_the_persons_language(example, office, lang, named):
    olena = Dialogue(example.core, user_id="3002", language_hint=lang)
    await olena.send(f"/start {office}")
    assert named in olena.text


async def test_opoles_own_topic_the_bus_card_is_in_opoles_menu_only(example):
    olena = Dialogue(example.core, user_id="3003", language_hint="en")
    await olena.send("/start opole")
    await olena.payload("category:housing")
    await olena.press("Opolka")
    assert "MZK Opole" in olena.text and "pop.mzkopole.pl" in olena.text
    petro = Dialogue(example.core, user_id="3004", language_hint="uk")
    await petro.send("/start sopot")
    await petro.payload("category:housing")
    assert not [b for b in petro.buttons if "Opolka" in b.label]


@pytest.mark.parametrize(
    ("lang", "says", "not_said"),
    [
        ("uk", "15 занять по середах, 16:15–17:45", "увечері"),
        ("ru", "15 занятий по средам, 16:15–17:45", "вечером"),
        ("en", "15 classes on Wednesdays, 16:15–17:45", "evening"),
        ("pl", "15 spotkań w środy, 16:15–17:45", "wieczorem"),
    ],
)
async def test_opoles_polish_a1_page_gives_the_hours_its_meetings_have(
    example, lang, says, not_said
):
    """Tester 18, item 14: the page said «evening classes», its meetings are 16:15–17:45."""
    olena = Dialogue(example.core, user_id=f"a1{lang}", language_hint=lang)
    await olena.send("/start opole")
    await olena.payload("service:polish_a1")
    assert says in olena.text and not_said not in olena.text
    await olena.payload("course:open:polish_a1")
    assert "16:15" in olena.text  # the meetings the sign-up lists


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("pl", "mieszkam w Wąchocku"),
        ("uk", "я живу в Wąchocku"),
        ("ru", "я из Mirzec"),
        ("en", "I live in Pawłów"),
    ],
)
async def test_a_gmina_of_the_county_chooses_the_county_office(example, lang, typed):
    """Tester 26, item 9: the county office's own gminas are its towns, not unknown places."""
    olena = Dialogue(example.core, user_id=f"3090{lang}", language_hint=lang)
    await olena.send(typed)
    assert any(b.payload == "office:starachowice_county" for b in olena.buttons) is False
    await olena.send("/mydata")
    assert "\n\n•" not in olena.text  # the office under the settings, no empty line
    assert {"uk": "повіт", "ru": "повят", "en": "County", "pl": "powiat"}[lang] in olena.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "живу в Кракові"),
        ("ru", "живу в Кракове"),
        ("en", "I live in Krakow"),
        ("pl", "mieszkam w Krakowie"),
    ],
)
async def test_the_nearest_office_stays_first_after_the_town_is_known(example, lang, typed):
    """Tester 26, item 9: «1» means the same office on the next message too."""
    olena = Dialogue(example.core, user_id=f"3091{lang}", language_hint=lang)
    await olena.send(typed)
    first = [b.payload for b in olena.buttons if b.payload.startswith("office:")][0]
    assert first == "office:starachowice"  # about 135 km; Opole is farther
    await olena.send("pesel")
    assert [b.payload for b in olena.buttons if b.payload.startswith("office:")][0] == first


async def test_an_ordinary_word_that_is_a_gminas_name_chooses_no_office(example):
    olena = Dialogue(example.core, user_id="3092", language_hint="pl")
    await olena.send("jak zgolić brody")
    assert any(b.payload == "office:starachowice_county" for b in olena.buttons)  # the list


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "я живу в Wąchocku", "Ваша гміна: Вонхоцьк (Wąchock), її обслуговує ваш"),
        ("ru", "живу в Pawłowie", "Ваша гмина: Павлув (Pawłów), её обслуживает ваш"),
        ("en", "I live in Brody", "Your gmina: Brody, served by your information point"),
        ("pl", "mieszkam w Wąchocku", "Twoja gmina: Wąchock, obsługuje ją Twój punkt informacyjny"),
    ],
)
async def test_a_gmina_of_the_county_to_its_office_is_no_question(example, lang, typed, said):
    """Tester 26, item 9: at the county office, its gmina named is not searched as a question;
    it is kept as the person's gmina (its own office in the answers: gmina.py)."""
    olena = Dialogue(example.core, user_id=f"3093{lang}", language_hint=lang)
    await olena.send("/start starachowice_county")
    await olena.send(typed)
    assert said in olena.text


@pytest.mark.parametrize(
    ("lang", "with_", "from_"),
    [
        ("pl", "współpraca z Opolem", "jestem z Opola"),
        ("uk", "співпраця з Ополем", "я з Ополя"),
        ("ru", "работаю с Сопотом", "я из Сопота"),
    ],
)
async def test_an_office_said_with_someone_is_not_chosen(example, lang, with_, from_):
    """Issue 17: «z Opolem» (instrumental) is with Opole, «z Opola» from it."""
    olena = Dialogue(example.core, user_id=f"3094{lang}", language_hint=lang)
    await olena.send(with_)
    assert [b.payload for b in olena.buttons][:2] == ["office:opole", "office:starachowice"]
    ivan = Dialogue(example.core, user_id=f"3095{lang}", language_hint=lang)
    await ivan.send(from_)
    assert not any(b.payload.startswith("office:") for b in ivan.buttons)  # chosen


@pytest.mark.parametrize(
    ("lang", "typed"),
    [("pl", "mieszkam w Mircu"), ("uk", "я живу в Мирці"), ("pl", "pesel w Wąchocku")],
)
async def test_the_county_gminas_in_their_cases_choose_the_county_office(example, lang, typed):
    """Issue 17: examples/network.yaml's `forms` (Mirzec: «Mircu») and a question naming one."""
    olena = Dialogue(example.core, user_id=f"3096{lang}{len(typed)}", language_hint=lang)
    await olena.send(typed)
    await olena.send("/mydata")
    assert {"uk": "повіт", "pl": "powiat"}[lang] in olena.text
