"""An office whose duty rules have all ended (`valid_until` past) offers no «Book a visit»
anywhere a person looks (the menu, /help, /contact, /mybookings, the way to a person, 👎 under
an answer); a typed /book says plainly that visits cannot be booked now and offers a callback.
In a network, only that office: the others still book. Where its specialists still see people,
«Book a visit» stays and lists them. A specialist whose schedule ended: their service's page
offers a callback, not «Book an appointment»."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config
from tests.support.services import catalogue

LANGUAGES = {"en": "English", "uk": "Українська", "ru": "Русский", "pl": "Polski"}
BOOK = {
    "en": "📅 Book a visit",
    "uk": "📅 Записатися на візит",
    "ru": "📅 Записаться на визит",
    "pl": "📅 Umów wizytę",
}
CALLBACK = {
    "en": "📞 Request a callback",
    "uk": "📞 Замовити дзвінок",
    "ru": "📞 Заказать звонок",
    "pl": "📞 Poproś o telefon",
}
CANNOT = {
    "en": "Visits can't be booked at the moment",
    "uk": "Записатися на візит зараз не можна",
    "ru": "Записаться на визит сейчас нельзя",
    "pl": "Obecnie nie można umówić wizyty",
}
SPECIALISTS = {
    "en": "visits are with our specialists",
    "uk": "приймають наші фахівці",
    "ru": "принимают наши специалисты",
    "pl": "przyjmują nasi specjaliści",
}
ENDED = {"valid_until": "2026-06-30"}  # (the tests' clock: 23 November 2026)


def _labels(person: Dialogue) -> list[str]:
    return [button.label for button in person.buttons]


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    """South's duty all ended; North and East keep the top level's duty hours."""
    south = [{"weekday": "tuesday", "from": "10:00", "to": "12:00", "place": "south_desk"} | ENDED]
    app = await build(
        write_network_config(tmp_path, offices__south__duty=south), clock=clock, search="off"
    )
    yield app
    await app.close()


async def _at(app, office: str, lang: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id=user, language_hint=lang)
    await person.send(f"/start {office}")
    await person.press(LANGUAGES[lang])
    return person


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_an_office_without_duty_hours_to_come_offers_no_visit_anywhere(network, lang):
    person = await _at(network, "south", lang, f"30{len(lang)}{lang}")
    await person.send("/menu")
    assert BOOK[lang] not in _labels(person) and CALLBACK[lang] in _labels(person)
    await person.send("/help")
    assert "/book" not in person.text and "/callback" in person.text, person.text
    assert BOOK[lang] not in _labels(person)
    await person.send("/contact")
    assert BOOK[lang] not in _labels(person) and CALLBACK[lang] in _labels(person)
    await person.send("/mybookings")
    assert BOOK[lang] not in _labels(person)
    await person.payload("topic:pesel")
    await person.payload("feedback:no:pesel")  # 👎 under an answer: the call back alone
    assert BOOK[lang] not in _labels(person) and CALLBACK[lang] in _labels(person)

    await person.send("/book")  # typed: said plainly, with the call back
    assert CANNOT[lang] in person.text, person.text
    assert [CALLBACK[lang]] == [label for label in _labels(person) if "📞" in label]
    assert not any(b.payload.startswith("booking:") for b in person.buttons)
    await person.press("📞")  # the callback form opens
    assert "booking" not in (person.replies[0].text or "")

    await person.payload("booking")  # an older message's «Book a visit»: the same
    assert CANNOT[lang] in person.text, person.text


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_another_office_of_the_network_still_offers_visits(network, lang):
    north = await _at(network, "north", lang, f"31{lang}")
    await north.send("/menu")
    assert BOOK[lang] in _labels(north)
    await north.send("/help")
    assert "/book" in north.text
    await north.send("/book")
    assert CANNOT[lang] not in north.text
    assert any(b.payload.startswith("booking:") for b in north.buttons), _labels(north)


async def test_the_way_to_a_person_offers_the_call_alone(network):
    person = await _at(network, "south", "en", "3201")
    await person.send("I want to talk to a human")
    assert "ask for a callback" in person.text, person.text
    assert "book a visit" not in person.text.lower()
    assert BOOK["en"] not in _labels(person) and CALLBACK["en"] in _labels(person)
    north = await _at(network, "north", "en", "3202")
    await north.send("I want to talk to a human")
    assert BOOK["en"] in _labels(north)


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_book_a_visit_lists_the_specialists_where_they_still_see_people(
    tmp_path, clock, lang
):
    """South's duty ended, its psychologist still sees people: «📅 Book a visit» stays and
    leads to them, as at an office without `duty:` (test_specialists_instead.py)."""
    south = [{"weekday": "tuesday", "from": "10:00", "to": "12:00", "place": "south_desk"} | ENDED]
    data = catalogue()  # (the psychologist, by phone: no place of South's needed)
    config = write_network_config(
        tmp_path,
        offices__south__duty=south,
        offices__south__specialists={"psychologist": data["specialists"]["psychologist"]},
        offices__south__services={"psychologist": data["services"]["psychologist"]},
    )
    app = await build(config, clock=clock, search="off")
    try:
        person = await _at(app, "south", lang, f"33{lang}")
        await person.send("/menu")
        assert BOOK[lang] in _labels(person)
        await person.press(BOOK[lang])
        assert CANNOT[lang] not in person.text and SPECIALISTS[lang] in person.text, person.text
        assert any(b.payload == "service:psychologist" for b in person.buttons), _labels(person)
        await person.send("/book")  # typed: the same
        assert SPECIALISTS[lang] in person.text, person.text
    finally:
        await app.close()


NO_TIMES = {
    "en": "This can't be booked at the moment",
    "uk": "Записатися сюди зараз не можна",
    "ru": "Записаться сюда сейчас нельзя",
    "pl": "Obecnie nie można się tu zapisać",
}


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_a_service_whose_specialists_schedule_ended_offers_a_callback(tmp_path, clock, lang):
    data = catalogue()
    data["specialists"]["lawyer"]["schedule"][0] |= ENDED
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id=f"34{lang}", language_hint=lang)
        await person.send("/start")
        await person.press(LANGUAGES[lang])
        await person.payload("service:legal_advice")
        assert NO_TIMES[lang] in person.text, person.text
        assert not any(b.payload.startswith("appt:") for b in person.buttons)
        assert CALLBACK[lang] in _labels(person)
        await person.payload("appt:open:legal_advice")  # an older page's button: no request
        assert "😔" in person.text and CALLBACK[lang] in _labels(person), person.text
        await person.payload("service:career")  # (its counsellor's schedule holds)
        assert any(b.payload == "appt:open:career" for b in person.buttons), _labels(person)
        assert NO_TIMES[lang] not in person.text
    finally:
        await app.close()


VISIT_WORDS = {
    "en": "book a visit",
    "uk": "запишіться на візит",
    "ru": "запишитесь на визит",
    "pl": "umów wizytę",
}
CALL_WORDS = {"en": "callback", "uk": "замовте дзвінок", "ru": "закажите звонок", "pl": "o telefon"}


@pytest.mark.parametrize("lang", list(LANGUAGES))
async def test_the_words_that_offer_a_person_offer_the_call_alone_there(network, lang):
    """😡, 😢 and a cry for help («SOS») offer a person: at South the call only, in words too."""
    south = await _at(network, "south", lang, f"35{lang}")
    north = await _at(network, "north", lang, f"36{lang}")
    for typed in ("😡", "😢", "SOS"):
        await south.send(typed)
        said = south.text.lower()
        assert VISIT_WORDS[lang] not in said and CALL_WORDS[lang] in said, (typed, south.text)
        assert BOOK[lang] not in _labels(south) and CALLBACK[lang] in _labels(south)
        await north.send(typed)
        assert VISIT_WORDS[lang] in north.text.lower(), (typed, north.text)
        assert BOOK[lang] in _labels(north)
