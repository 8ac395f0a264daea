"""A network of offices, as a person and as staff see it (the core, without a platform): the
office chosen first, by a link or by location; answers, requests and bookings of that office;
staff of one office refused another's records; the coordinators' overview."""

from __future__ import annotations

import re

import pytest

from bot.app import build
from bot.core.dispatch import Core
from bot.storage import bookings as bookings_store
from bot.storage import requests as requests_store
from tests.conftest import FIXTURE, write_config
from tests.support.appointments import send_request
from tests.support.assist import up_to_the_form
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import (
    COORDINATORS_CHAT,
    EAST_TOPIC,
    FORUM_CHAT,
    NORTH_CHAT,
    SOUTH_TOPIC,
    write_network_config,
    write_network_with_services,
)
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


def person(app, user_id: str = "2001", lang: str = "en") -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core, user_id=user_id, language_hint=lang)


def staff(app, chat: int, topic: int | None = None) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, chat_id=str(chat), topic_id=str(topic) if topic else None)


async def _requests(app) -> list[requests_store.Request]:  # type: ignore[no-untyped-def]
    async with app.services.db.transaction() as tx:
        return await requests_store.open_requests(tx, None)


async def test_a_question_before_choosing_an_office_is_answered_right_after_the_choice(network):
    olena = person(network)
    await olena.send("how do I get a PESEL number")
    assert "First choose your information point" in olena.text
    assert [b.label for b in olena.buttons][:3] == ["North", "South", "East"]
    await olena.press("South")
    assert "Your information point: South" in olena.text
    # South answers PESEL its own way; the question was not lost
    assert "PESEL in Southville is given at the South Desk only" in olena.text


async def test_a_returning_person_without_an_office_gets_the_list_not_the_menu(network):
    """The terminal, opened again, sends the language as a returning person's
    (`language:<code>:again`): the list of offices follows, not a main menu whose every button
    would ask for the office first (the fifteenth tester)."""
    olena = person(network)
    await olena.send("/start")
    await olena.payload("language:uk:again")
    assert [b.label for b in olena.buttons][:3] == ["Північ", "Південь", "Схід"]
    await olena.press("Південь")
    assert "Південь" in olena.text


async def test_help_in_a_network_lists_changing_the_office_as_one_of_the_commands(network):
    olena = person(network)
    await olena.send("/help")
    commands = [line for line in olena.text.splitlines() if re.search(r"(^|\s)/[a-z]", line)]
    assert any(line.startswith("• /office — ") for line in commands), commands
    assert all(line.startswith("• /") for line in commands), commands


async def test_answers_name_the_persons_own_office(network):
    north, east = person(network, "2001"), person(network, "2002")
    await north.send("/start north")
    await east.send("/start east")
    await north.payload("topic:polish_courses")
    await east.payload("topic:polish_courses")
    assert "Northtown" in north.text and "Eastbury" not in north.text
    assert "Eastbury" in east.text and "Northtown" not in east.text
    await north.payload("topic:pesel")  # the shared answer, not South's own
    assert "South Desk" not in north.text and "PESEL UKR" in north.text


async def test_an_offices_own_topic_is_in_its_menu_and_search_only(network):
    south, north = person(network, "2001"), person(network, "2002")
    await south.send("/start south")
    await north.send("/start north")
    await south.send("where can I rent a city bike")
    assert "City bikes in Southville" in south.text
    await north.send("where can I rent a city bike")
    assert "City bikes" not in north.text
    await south.payload("category:housing")
    assert "City bikes" in [b.label for b in south.buttons]
    await north.payload("category:housing")
    assert "City bikes" not in [b.label for b in north.buttons]
    await north.payload("topic:city_bikes")  # a forged or stale button
    assert "no longer valid" in north.text or "button" in north.text.lower()


async def test_after_a_restart_a_question_is_answered_from_the_persons_own_office(network):
    """A message is searched as it comes, before the bot reads who sent it (bot.core.ahead);
    after a restart it has not yet seen the person, guesses the default office, and the
    answer must still be their own office's."""
    south = person(network)
    await south.send("/start south")
    south.core = Core(network.core.services, network.core.registry)  # nothing kept in memory
    await south.send("where can I rent a city bike")
    assert "City bikes in Southville" in south.text


async def test_a_link_chooses_the_office_and_the_person_sees_it_in_mydata(network):
    olena = person(network)
    await olena.send("/start south")
    assert "South Information Point" in olena.text  # the welcome names the office
    await olena.press("English")
    assert "📍 South: change" in [b.label for b in olena.buttons]
    await olena.send("/mydata")
    assert "Information point: South" in olena.text


async def test_an_unknown_link_asks_for_the_office(network):
    olena = person(network)
    await olena.send("/start nowhere")
    assert "names no information point we know" in olena.text
    await olena.press("East")
    assert "Your information point: East" in olena.text


async def test_a_shared_location_chooses_the_nearest_office(network):
    olena = person(network, lang="uk")
    await olena.send("/start")
    await olena.press("Найближчий")
    assert olena.replies[-1].request_location  # Telegram's "send my location" button
    await olena.event(location=(50.0, 20.0))  # near Kraków: South
    assert "Південь" in olena.text and "км" in olena.text
    await olena.send("/mydata")
    assert "Південь" in olena.text


async def test_a_location_far_from_every_office_chooses_none_and_shows_the_list(network):
    olena = person(network)
    await olena.send("/start")
    await olena.press("nearest")
    await olena.event(location=(52.52, 13.40))  # Berlin
    assert "so none was chosen" in olena.text
    assert "where you live, ask your gmina office" in olena.text  # what a far one's answers are
    assert olena.button("North") and olena.button("South")
    await olena.send("/mydata")
    assert "• Information point:" not in olena.text


async def test_changing_office_in_the_middle_of_a_request_keeps_what_was_typed(network):
    olena = person(network)
    await olena.send("/start north")
    await olena.send("/callback")
    await olena.payload("person:agree")
    await olena.send("Olena")
    await olena.send("601 234 567")
    assert "What is it about" in olena.text
    await olena.send("/office")
    assert "If it offers what your form is for, the form goes on" in olena.text
    await olena.press("South")
    assert "Your information point: South" in olena.text
    # South's data administrator is not North's: the consent given to North does not cover it
    assert "Gmina South" in olena.text and "What is it about" not in olena.text
    await olena.send("hmm")
    assert "Please tap “✅ I agree” to go on" in olena.text and "Gmina" not in olena.text
    await olena.press("I agree")
    assert "What is it about" in olena.text  # the same question again, nothing lost
    await olena.payload("callback:topic:pesel")
    await olena.payload("callback:skip")
    await olena.payload("callback:language:uk")
    await olena.payload("callback:window:asap")
    await olena.payload(next(b.payload for b in olena.buttons if "send" in b.payload))
    [request] = await _requests(network)
    assert (request.office, request.name, request.phone) == ("south", "Olena", "+48601234567")
    await olena.send("/mydata")
    assert "to Gmina South" in olena.text
    await olena.send("/callback")
    assert "Gmina" not in olena.text  # agreed with South's administrator: not asked again


async def test_staff_see_and_act_on_their_own_offices_requests_only(network):
    north_person, south_person = person(network, "2001"), person(network, "2002")
    await north_person.send("/start north")
    await south_person.send("/start south")
    await request_callback(north_person, name="Nina")
    await request_callback(south_person, name="Sasha")
    nina, sasha = sorted(await _requests(network), key=lambda r: r.id)
    north_staff = staff(network, NORTH_CHAT)
    south_staff = staff(network, FORUM_CHAT, SOUTH_TOPIC)
    east_staff = staff(network, FORUM_CHAT, EAST_TOPIC)

    await north_staff.command("/requests")
    assert f"telefon nr T{nina.id}" in north_staff.text
    assert f"telefon nr T{sasha.id}" not in north_staff.text
    await south_staff.command("/requests")  # South's staff write in English
    assert f"Callback request #T{sasha.id}" in south_staff.text
    assert f"request #T{nina.id}" not in south_staff.text
    await east_staff.command("/requests")
    assert f"T{sasha.id}" not in east_staff.text

    await north_staff.payload(f"request:take:{sasha.id}")  # forged: South's request
    assert f"Prośba o telefon nr T{sasha.id} należy do punktu Południe" in north_staff.text
    await east_staff.command(f"/request {sasha.id}")  # East shares South's supergroup
    assert "należy do punktu Południe" in east_staff.text
    [still] = [r for r in await _requests(network) if r.id == sasha.id]
    assert still.status == "open"

    await south_staff.payload(f"request:take:{sasha.id}")  # South's staff, in English
    [taken] = [r for r in await _requests(network) if r.id == sasha.id]
    assert taken.status == "taken"


async def test_coordinators_list_every_offices_requests_and_only_look(network):
    north_person, south_person = person(network, "2001"), person(network, "2002")
    await north_person.send("/start north")
    await south_person.send("/start south")
    await request_callback(north_person, name="Nina")
    await request_callback(south_person, name="Sasha")
    coordinators = staff(network, COORDINATORS_CHAT)
    await coordinators.command("/requests")
    assert "Północ" in coordinators.text and "Południe" in coordinators.text
    first = min(r.id for r in await _requests(network))
    await coordinators.payload(f"request:show:{first}")
    assert "Nina" in coordinators.text
    await coordinators.payload(f"request:take:{first}")
    assert "czat koordynatorów" not in coordinators.text  # refused, naming the office
    assert "należy do punktu Północ" in coordinators.text
    await coordinators.command("/seats")  # an office's command: where it works
    assert "czat koordynatorów" in coordinators.text
    await coordinators.command("/today")  # every office's visits, to look at
    assert "🏢 Północ" in coordinators.text and "Tu tylko podgląd" in coordinators.text


async def test_a_single_office_deployment_has_no_office_choice(app, dialogue):
    await dialogue.send("/start")
    await dialogue.press("English")
    assert not any(b.payload == "office" for b in dialogue.buttons)
    await dialogue.send("/office")
    assert "serves one information point" in dialogue.text


async def test_a_command_in_a_shared_forum_outside_the_offices_topics_points_to_the_topics(
    network,
):
    general = staff(network, FORUM_CHAT)  # the forum's General topic: no office's own
    await general.command("/requests")
    assert "wątku swojego punktu" in general.text
    assert "czat koordynatorów" not in general.text


async def test_coordinators_see_every_offices_appointment_requests_and_only_look(tmp_path, clock):
    network = read_yaml(FIXTURE / "network.yaml")
    app = await build(write_config(tmp_path, **network, **catalogue()), clock=clock, search="off")
    try:
        nina = person(app, "2001")
        await nina.send("/start north")
        await send_request(nina, "legal_advice", name="Nina Bondar")
        coordinators = staff(app, COORDINATORS_CHAT)
        await coordinators.command("/appointments")
        assert "Północ" in coordinators.text and "Nina" in coordinators.text
        acting = [b for b in coordinators.buttons if not b.payload.startswith("apptv:from:")]
        assert acting == []  # looking only (the next week's «›» aside): acting is the office's
        north = staff(app, NORTH_CHAT)
        await north.command("/appointments")
        assert "Nina" in north.text and north.buttons
    finally:
        await app.close()


async def _tap_first(dialogue: Dialogue, prefix: str) -> None:
    await dialogue.payload(
        next(b.payload for b in dialogue.buttons if b.payload.startswith(prefix))
    )


async def test_changing_office_in_the_middle_of_a_booking_offers_the_new_offices_times(network):
    olena = person(network)
    await olena.send("/start north")
    await olena.send("/book")
    if any(b.payload.startswith("booking:place:") for b in olena.buttons):
        await _tap_first(olena, "booking:place:")
    await _tap_first(olena, "booking:day:")
    await _tap_first(olena, "booking:time:")
    await _tap_first(olena, "booking:topic:")
    await olena.payload("person:agree")
    await olena.send("Olena")
    await olena.send("/office")
    await olena.press("South")
    await olena.press("I agree")  # South's own data administrator
    await olena.send("601 234 567")
    assert "has its own places and times" in olena.text and "South Desk" in olena.text
    await _tap_first(olena, "booking:day:")
    await _tap_first(olena, "booking:time:")
    assert "South Desk" in olena.text and "Olena" in olena.text  # the summary: nothing retyped
    await _tap_first(olena, "booking:confirm:")
    async with network.services.db.transaction() as tx:
        [visit] = await bookings_store.upcoming_for(
            tx, olena.channel, olena.user_id, network.services.clock()
        )
    assert (visit.office, visit.place) == ("south", "south_desk")


async def test_a_help_form_the_new_office_does_not_offer_is_closed_saying_so(tmp_path, clock):
    only_career = {"services": {"career": catalogue()["services"]["career"]}}
    app = await build(
        write_network_with_services(tmp_path, **only_career), clock=clock, search="off"
    )
    try:
        olena = person(app)
        await olena.send("/start north")
        await up_to_the_form(olena, "translation")
        await olena.send("/office")
        await olena.press("East")
        assert "Switch and leave the form?" in olena.text  # asked first
        await olena.press("leave the form")
        assert "does not offer what the form you were filling in was for" in olena.text
        assert "let us go on" not in olena.text  # no promise the form goes on
        await olena.send("Diploma")  # typed as an answer: the form is gone, it is a question
        assert "What document" not in olena.text
        async with app.services.db.transaction() as tx:
            assert await requests_store.open_requests(tx, None) == []
    finally:
        await app.close()


async def test_the_same_service_at_another_office_is_asked_for_anew(tmp_path, clock):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        olena = person(app)
        await olena.send("/start north")
        await send_request(olena, "legal_advice")
        await olena.send("/office")
        await olena.press("East")
        await send_request(olena, "legal_advice")
        assert "Appointment request #W2 sent" in olena.text  # not North's #1 "with an advisor"
    finally:
        await app.close()


async def test_mybookings_names_the_office_of_a_request_made_at_another(network):
    olena = person(network)
    await olena.send("/start north")
    await request_callback(olena)
    await olena.send("/mybookings")
    assert "Callback request #T1" in olena.text and "📍" not in olena.text
    await olena.send("/office")
    await olena.press("South")
    await olena.send("/mybookings")
    assert "Callback request #T1" in olena.text and "📍 North" in olena.text


async def test_declining_another_offices_consent_says_what_stays_saved(network):
    olena = person(network)
    await olena.send("/start north")
    await request_callback(olena)  # agreed with North; name and phone saved
    await olena.send("/office")
    await olena.press("South")
    await olena.send("/callback")
    await olena.press("No, thanks")  # South's administrator: not agreed
    assert "nothing was sent" in olena.text and "still kept" in olena.text
    assert "/forget" in olena.text


@pytest.mark.parametrize(
    ("typed", "lang", "chosen"),
    [
        ("South", "en", "Your information point: South"),
        ("я з Півдня", "uk", None),  # its stem changes (Південь, Півдня): the list, not guessed
        ("Південь", "uk", "Ваш інформаційний пункт: Південь"),
        ("i live in Eastbury", "en", "Your information point: East"),  # its city
    ],
)
async def test_a_typed_office_or_city_name_chooses_that_office(network, typed, lang, chosen):
    newcomer = person(network, lang=lang)
    await newcomer.send(typed)
    if chosen is None:
        assert newcomer.button("Південь") and "Ваш інформаційний пункт" not in newcomer.text
    else:
        assert chosen in newcomer.text
        await newcomer.send("/mydata")
        assert "South" in newcomer.text or "Південь" in newcomer.text or "East" in newcomer.text


async def test_what_is_typed_after_changing_office_is_not_relayed_to_the_old_offices_staff(
    tmp_path, clock
):
    """An appointment request waits at North (its thread takes what the person types); after
    /office East, a question is the bot's (East's answer), not a message in North's staff
    chat that nobody there can act on (the fifteenth tester)."""
    app = await build(write_network_with_services(tmp_path), clock=clock)
    try:
        olena = person(app)
        await olena.send("/start north")
        await send_request(olena, "legal_advice")
        await olena.send("a question for the advisor")
        assert "passed on" in olena.text.lower()  # North's thread, as before
        await olena.send("/office")
        await olena.press("East")
        await olena.send("how do I get a PESEL number")
        assert "passed on" not in olena.text.lower()
        assert "PESEL" in olena.text
    finally:
        await app.close()
