"""A person living in a gmina of an office's own area (`towns:`; East's Wąchock with its own
`city_office`, Mirzec without) is answered with their gmina's office for what the gmina does
(meldunek, PESEL: {city_office}), while the county's places (the labour office) stay the office's;
said where they say they live, at the gate or later, not for a question naming the town only
(bot/features/office/gmina.py, bot/content/towns.py: area_places)."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

OFFICE_CITY_HALL = "Urząd Miejski w Starachowicach"  # East's {city_office} (the fixture's)
WACHOCK = {
    "pl": "Urząd Miasta i Gminy w Wąchocku",
    "uk": "Urząd Miasta i Gminy w Wąchocku (міська і гмінна управа)",
    "ru": "Urząd Miasta i Gminy w Wąchocku (управа города и гмины)",
    "en": "Wąchock Town and Gmina Office (Urząd Miasta i Gminy w Wąchocku)",
}
NOTED = {
    "pl": "Twoja gmina: Wąchock, obsługuje ją Twój punkt informacyjny Wschód",
    "uk": "Ваша гміна: Вонхоцьк (Wąchock), її обслуговує ваш інформаційний пункт Схід",
    "ru": "Ваша гмина: Вонхоцк (Wąchock), её обслуживает ваш информационный пункт Восток",
    "en": "Your gmina: Wąchock, served by your information point, East",
}
MELDUNEK = {
    "pl": "gdzie się zameldować",
    "uk": "де зробити мельдунек",
    "ru": "где сделать мельдунек",
    "en": "where do I register my address (meldunek)",
}
LIVE = {
    "pl": "mieszkam w Wąchocku",
    "uk": "я живу у Вонхоцьку",
    "ru": "я живу в Вонхоцьке",
    "en": "I live in Wąchock",
}


@pytest.mark.parametrize("lang", ["pl", "uk", "ru", "en"])
async def test_a_gmina_named_at_the_gate_names_its_own_office_in_the_answers(area_network, lang):
    person = Dialogue(area_network.core, user_id=f"wachock-{lang}", language_hint=lang)
    await person.send(LIVE[lang])
    assert NOTED[lang] in person.text and WACHOCK[lang] in person.text
    await person.send(MELDUNEK[lang])
    assert WACHOCK[lang] in person.text  # meldunek at the gmina's own office
    assert OFFICE_CITY_HALL not in person.text
    await person.send("/mydata")
    assert "Wąchock" in person.text


async def test_the_county_places_stay_the_offices(area_network):
    person = Dialogue(area_network.core, user_id="wachock-job", language_hint="pl")
    await person.send("mieszkam w Wąchocku")
    await person.payload("topic:employment")  # (work: the labour office)
    assert "Powiatowy Urząd Pracy w Starachowicach" in person.text  # the county's labour office


async def test_a_gmina_without_its_office_written_is_named_by_its_name(area_network):
    person = Dialogue(area_network.core, user_id="mirzec-uk", language_hint="uk")
    await person.send("/start east")
    await person.send("я живу в Мирці")
    assert "Ваша гміна: Міжец (Mirzec)" in person.text
    await person.send("де зробити мельдунек")
    assert "urząd gminy Mirzec (гмінна управа)" in person.text
    assert OFFICE_CITY_HALL not in person.text


async def test_a_gmina_said_in_a_question_by_someone_living_there(area_network):
    person = Dialogue(area_network.core, user_id="wachock-question", language_hint="pl")
    await person.send("/start east")
    await person.send("mieszkam w Wąchocku, gdzie się zameldować?")
    assert WACHOCK["pl"] in person.text and NOTED["pl"] in person.text
    assert OFFICE_CITY_HALL not in person.text


async def test_a_question_naming_the_gmina_only_keeps_no_town(area_network):
    person = Dialogue(area_network.core, user_id="wachock-pesel", language_hint="pl")
    await person.send("meldunek w Wąchocku")
    assert "Twój punkt informacyjny: Wschód." in person.text
    assert NOTED["pl"] not in person.text
    await person.send("/mydata")
    assert "Twoje miasto" not in person.text


async def test_the_gmina_of_another_office_applies_once_switched(area_network):
    person = Dialogue(area_network.core, user_id="wachock-north", language_hint="pl")
    await person.send("/start north")
    await person.send("mieszkam w Wąchocku")
    assert "office:east" in [b.payload for b in person.buttons]  # North's person: the switch
    await person.send(MELDUNEK["pl"])
    assert WACHOCK["pl"] not in person.text  # North's places while North is theirs
    await person.payload("office:east")
    await person.send(MELDUNEK["pl"])
    assert WACHOCK["pl"] in person.text and OFFICE_CITY_HALL not in person.text


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "я з Бродів", "Броди (Brody) — це також гміна в Польщі, яку обслуговує пункт"),
        ("pl", "jestem z Brodów", "Brody to także gmina w Polsce, którą obsługuje punkt Wschód"),
        ("ru", "я из Брод", "Броды (Brody) — это также гмина в Польше, которую обслуживает"),
        ("en", "I am from Brody", "Brody is also a gmina in Poland, served by East"),
    ],
)
async def test_someone_with_an_office_from_brody_is_told_which_brody(
    area_network, lang, typed, said
):
    """Brody, East's gmina, is also Броди in Ukraine: «я з Бродів» from North's person says
    so with the switch and the stay, and keeps no town."""
    person = Dialogue(area_network.core, user_id=f"brody-north-{lang}", language_hint=lang)
    await person.send("/start north")
    await person.send(typed)
    assert said in person.text
    assert [b.payload for b in person.buttons] == ["office:east", "office:keep:north"]
    await person.send("/mydata")
    assert "Brody" not in person.text
    other = Dialogue(area_network.core, user_id=f"brody-lives-{lang}", language_hint="pl")
    await other.send("/start north")
    await other.send("mieszkam w Brodach")  # where one lives: the ordinary switch
    assert "Wschód to inny punkt informacyjny" in other.text
