"""The person's own gmina kept consistent with their office (bot/features/office/gmina.py,
switch.py): the county's own person writing «я з Бродів» is told which office does Brody's
gmina matters and may tap that they live there (nothing «already your point», no town dropped);
a gmina of another office does not stay their town once they switch away or stay where they
are; /mydata shows the town in the reader's letters with its Polish name beside."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

OWN_ABROAD = {
    "uk": "📍 Броди (Brody) — це також гміна в Польщі, яку обслуговує ваш інформаційний"
    " пункт Схід.",
    "ru": "📍 Броды (Brody) — это также гмина в Польше, которую обслуживает ваш информационный"
    " пункт Восток.",
    "en": "📍 Brody is also a gmina in Poland, served by your information point, East.",
    "pl": "📍 Brody to także gmina w Polsce, którą obsługuje Twój punkt informacyjny Wschód.",
}
FROM_BRODY = {
    "uk": "я з Бродів",
    "ru": "я из Брод",
    "en": "I am from Brody",
    "pl": "jestem z Brodów",
}
GMINA_OFFICE = {
    "uk": "urząd gminy Brody",
    "ru": "urząd gminy Brody",
    "en": "urząd gminy Brody",
    "pl": "urząd gminy Brody",
}
TOWN_LINE = {
    "uk": "• Ваше місто:",
    "ru": "• Ваш город:",
    "en": "• Your town:",
    "pl": "• Twoje miasto:",
}


def town_line(person: Dialogue, lang: str) -> str | None:
    """/mydata's line of the town kept, or None."""
    lines = [line for line in person.text.split("\n") if line.startswith(TOWN_LINE[lang])]
    return lines[0] if lines else None


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_the_countys_own_person_from_brody_is_told_its_gmina_office(area_network, lang):
    person = Dialogue(area_network.core, user_id=f"brody-east-{lang}", language_hint=lang)
    await person.send("/start east")
    await person.send("mieszkam w Wąchocku")  # their gmina, kept
    await person.send(FROM_BRODY[lang])
    assert person.text.startswith(OWN_ABROAD[lang])
    assert GMINA_OFFICE[lang] in person.text  # the gmina's own office named
    assert "already" not in person.text and "вже ваш" not in person.text
    assert "уже ваш" not in person.text and "już Twój" not in person.text
    assert not any(
        b.payload.startswith("office:east") and b.payload != "office:keep:east:town:1"
        for b in person.buttons
    )  # no switch to the office they have
    await person.send("/mydata")
    assert "Wąchock" in (town_line(person, lang) or "")  # Ukraine's Brody maybe: nothing changed
    await person.send(FROM_BRODY[lang])
    await person.payload("office:keep:east:town:1")  # «🏠 I live in the gmina of Brody»
    assert "Brody" in person.text and GMINA_OFFICE[lang] in person.text
    await person.send("/mydata")
    assert "Brody" in (town_line(person, lang) or "")


async def test_the_button_says_the_gmina_in_the_readers_letters(area_network):
    person = Dialogue(area_network.core, user_id="brody-east-button", language_hint="uk")
    await person.send("/start east")
    await person.send("я з Бродів")
    assert person.buttons[0].label == "🏠 Я живу в гміні Броди (Brody)"
    await person.press("Я живу в гміні")
    assert person.text.startswith("📍 Ваша гміна: Броди (Brody), її обслуговує")
    await person.send("де зробити мельдунек")
    assert "urząd gminy Brody" in person.text


async def test_a_gmina_of_the_office_left_is_no_longer_the_persons_town(area_network):
    person = Dialogue(area_network.core, user_id="wachock-leaves", language_hint="uk")
    await person.send("/start east")
    await person.send("mieszkam w Wąchocku")
    await person.send("/mydata")
    assert town_line(person, "uk") is not None
    await person.send("/office south")
    assert "Ваш інформаційний пункт: Південь" in person.text
    await person.send("/mydata")
    assert "Інформаційний пункт: Південь" in person.text
    assert town_line(person, "uk") is None  # not Wąchock at South's
    await person.send("/office east")  # back: nothing kept, so nothing named
    await person.send("/mydata")
    assert town_line(person, "uk") is None
    await person.send("mieszkam w Wąchocku")  # (at East again: kept)
    await person.send("/start north")  # North's link
    await person.send("/mydata")
    assert "Інформаційний пункт: Північ" in person.text and town_line(person, "uk") is None


async def test_a_gmina_of_another_office_not_switched_to_is_not_kept(area_network):
    person = Dialogue(area_network.core, user_id="wachock-stays", language_hint="pl")
    await person.send("/start north")
    await person.send("mieszkam w Wąchocku")
    await person.payload("office:keep:north")  # «Stay with North»
    await person.send("/mydata")
    assert "Punkt informacyjny: Północ" in person.text and town_line(person, "pl") is None
    await person.send("mieszkam w Wąchocku")
    await person.payload("office:east")  # switched: the gmina follows
    await person.send("/mydata")
    assert "Wąchock" in (town_line(person, "pl") or "")


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("uk", "• Ваше місто: Вонхоцьк (Wąchock); у відповідях — установи для нього"),
        ("ru", "• Ваш город: Вонхоцк (Wąchock); в ответах — учреждения для него"),
        ("en", "• Your town: Wąchock (the answers name the offices for it)"),
        ("pl", "• Twoje miasto: Wąchock (odpowiedzi wskazują urzędy dla niego)"),
    ],
)
async def test_mydata_shows_the_town_in_the_readers_letters_with_its_polish_name(
    area_network, lang, line
):
    person = Dialogue(area_network.core, user_id=f"wachock-mydata-{lang}", language_hint=lang)
    await person.send("/start east")
    await person.send("mieszkam w Wąchocku")
    await person.send("/mydata")
    assert town_line(person, lang) == line


async def test_mydata_shows_a_town_without_an_office_as_the_gate_says_it(area_network):
    person = Dialogue(area_network.core, user_id="nysa-mydata", language_hint="uk")
    await person.send("/start north")
    await person.send("я живу в Нисі")
    await person.send("/mydata")
    assert town_line(person, "uk") == "• Ваше місто: Ниса (Nysa); у відповідях — установи для нього"
