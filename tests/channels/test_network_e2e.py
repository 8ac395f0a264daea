"""A network of offices end to end: the real runner and python-telegram-bot against the fake
Bot API (and the fake Viber), people arriving by their office's link; every request and visit
reaches its own office's staff chat or forum topic, and nobody else's."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import FIXTURE, Clock
from tests.support.e2e import confirm_a_request, has, running_bot, shown
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import FakeViber
from tests.support.network import (
    COORDINATORS_CHAT,
    EAST_TOPIC,
    FORUM_CHAT,
    NORTH_CHAT,
    SOUTH_TOPIC,
)
from tests.support.webhook_e2e import webhook_bot
from tests.support.yamlfiles import read_yaml

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


def network() -> dict[str, Any]:
    data: dict[str, Any] = read_yaml(FIXTURE / "network.yaml")
    return data


def _requests_in(tg: FakeTelegram, chat: int, topic: int | None) -> list[dict[str, Any]]:
    return [m for m in tg.messages_in_topic(chat, topic) if "#" in m.get("text", "")]


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(NORTH_CHAT, "North staff")
        server.group(FORUM_CHAT, "South and East staff", topics=(SOUTH_TOPIC, EAST_TOPIC))
        server.group(COORDINATORS_CHAT, "Coordinators")
        yield server
        assert not server.refused, f"the server refused: {server.refused}"


async def _book_south(user) -> None:  # type: ignore[no-untyped-def]
    """South's only duty: Tuesday 10:00–12:00 at the South Desk (in English)."""
    await user.send("/book")
    await user.wait_message(has("Choose a day"))
    await user.press("Tue")
    await user.wait_message(has("Choose a time"))
    await user.press("10:30")
    await user.wait_message(has("What is your visit about"))
    await user.press("PESEL")
    await user.wait_message(has("What is your name"))  # consent given with the request
    await user.send("Sasha")
    await user.wait_message(has("phone"))
    await user.share_contact("+48601000002")
    await user.wait_message(has("Please check your booking"))
    await user.press("Confirm")
    await user.wait_message(has("Your visit is booked"))


async def test_two_offices_links_requests_visits_and_staff_each_see_their_own(tmp_path, tg):
    nina = tg.user("Nina", language_code="en")
    sasha = tg.user("Sasha", language_code="en")
    north_staff, south_staff = tg.user("Anna", "pl"), tg.user("Ben", "en")
    tg.set_member(tg.chats[NORTH_CHAT], north_staff)
    tg.set_member(tg.chats[FORUM_CHAT], south_staff)
    async with running_bot(tmp_path, tg, clock=Clock(), **network()):
        await nina.send("/start north")  # t.me/<bot>?start=north
        await shown(tg, nina.id, has("North Information Point"))
        await sasha.send("/start south")
        await shown(tg, sasha.id, has("South Information Point"))
        await confirm_a_request(tg, nina, "Nina")
        await confirm_a_request(tg, sasha, "Sasha")
        north_card = await shown(tg, NORTH_CHAT, has("Nina"))
        south_card = await shown(tg, FORUM_CHAT, has("Sasha"))
        assert south_card["message_thread_id"] == SOUTH_TOPIC  # South's forum topic
        assert "Sasha" not in str(tg.messages_in(NORTH_CHAT))
        assert "Nina" not in str(tg.messages_in(FORUM_CHAT))
        assert _requests_in(tg, FORUM_CHAT, EAST_TOPIC) == []

        # North's staff forge a tap on South's request: refused, nothing changes
        sasha_id = south_card["text"].split("#T")[1].split()[0]
        await north_staff.press_data(f"request:take:{sasha_id}", north_card)
        await shown(tg, NORTH_CHAT, has("należy do punktu Południe"))
        # South's staff take it in their topic: Sasha is told, in her chat
        await south_staff.press("Take", tg.chats[FORUM_CHAT], south_card)
        await shown(tg, sasha.id, has("has taken your request"))

        await _book_south(sasha)
        visit = await shown(tg, FORUM_CHAT, has("New visit"))
        assert visit["message_thread_id"] == SOUTH_TOPIC
        assert "South Desk" in visit["text"]
        assert "New visit" not in str(tg.messages_in(NORTH_CHAT))


async def test_a_viber_user_from_an_offices_qr_code_reaches_that_offices_topic(tmp_path):
    async with FakeTelegram() as tg, FakeViber() as viber:
        tg.group(NORTH_CHAT, "North staff")
        tg.group(FORUM_CHAT, "South and East staff", topics=(SOUTH_TOPIC, EAST_TOPIC))
        tg.group(COORDINATORS_CHAT, "Coordinators")
        olena = viber.user("Olena", language="en", phone="48601000003")
        async with webhook_bot(tmp_path, tg, viber, clock=Clock(), **network()):
            welcome = await olena.open(context="east")  # viber://pa?chatURI=...&context=east
            assert welcome is not None and "Choose your language" in welcome["text"]
            await olena.press("English")
            await olena.wait_message(has("Language: English"))
            assert "📍 East: change" in olena.labels()
            await olena.send("/callback")
            await olena.wait_message(has("your data"))
            await olena.press("I agree")
            await olena.wait_message(has("What is your name"))
            await olena.send("Olena")
            await olena.wait_message(has("Your phone number"))
            share = next(b for b in olena.buttons() if b["ActionType"] == "share-phone")
            await olena.press(share["Text"])
            await olena.wait_message(has("Should we call this number"))
            await olena.press("Yes, call this number")
            await olena.wait_message(has("What is it about"))
            await olena.press("Documents")
            await olena.wait_message(has("choose the topic"))
            await olena.press("PESEL")
            await olena.wait_message(has("Anything the staff should know"))
            await olena.press("Skip")
            await olena.wait_message(has("In which language"))
            await olena.press("English")
            await olena.wait_message(has("When is the best time"))
            await olena.press("As soon as possible")
            await olena.wait_message(has("Please check your request"))
            await olena.press("Send the request")
            await olena.wait_message(has("has been sent"))
            card = await shown(tg, FORUM_CHAT, has("Olena"))
            assert card["message_thread_id"] == EAST_TOPIC
            assert _requests_in(tg, FORUM_CHAT, SOUTH_TOPIC) == []
            assert _requests_in(tg, NORTH_CHAT, None) == []
        assert not viber.refused and not tg.refused


async def test_a_person_who_shares_their_location_is_served_by_the_nearest_office(tmp_path, tg):
    """No link: the person is asked for their office and shares where they are (Telegram's
    location message); the nearest office (South, in Kraków's place) serves them."""
    marta = tg.user("Marta", language_code="en")
    async with running_bot(tmp_path, tg, clock=Clock(), **network()):
        await marta.send("/start")
        await shown(tg, marta.id, has("Which information point is yours?"))
        await marta.share_location(50.05, 19.93)  # a street away from South
        await shown(tg, marta.id, has("The nearest information point is South"))
        await confirm_a_request(tg, marta, "Marta")
        card = await shown(tg, FORUM_CHAT, has("Marta"))
        assert card["message_thread_id"] == SOUTH_TOPIC
        assert "Marta" not in str(tg.messages_in(NORTH_CHAT))


async def test_a_viber_subscriber_opening_another_offices_qr_code_in_a_form_changes_office(
    tmp_path,
):
    async with FakeTelegram() as tg, FakeViber() as viber:
        tg.group(NORTH_CHAT, "North staff")
        tg.group(FORUM_CHAT, "South and East staff", topics=(SOUTH_TOPIC, EAST_TOPIC))
        tg.group(COORDINATORS_CHAT, "Coordinators")
        olena = viber.user("Olena", language="en", phone="48601000003")
        async with webhook_bot(tmp_path, tg, viber, clock=Clock(), **network()):
            await olena.open(context="east")
            await olena.press("English")
            await olena.send("/callback")
            await olena.press("I agree")
            await olena.wait_message(has("What is your name"))
            await olena.send("Olena")
            await olena.wait_message(has("Your phone number"))
            await olena.send("601 000 003")
            await olena.wait_message(has("What is it about"))
            # East's own QR code again: the form is reminded, nothing changes
            again = await olena.open(subscribed=True, context="east")
            assert again is not None and "form" in again["text"]
            # South's QR code: South is her office now, as /office would make it
            assert await olena.open(subscribed=True, context="south") is None
            await olena.wait_message(has("Your information point: South"))
            await olena.wait_message(has("Gmina South"))  # another administrator: consent first
            await olena.press("I agree")
            await olena.wait_message(has("What is it about"))  # the form goes on
            assert "📍 South: change" not in olena.labels()  # still in the form, not the menu
            # she leaves the chat and comes back by East's QR code: Viber takes one message
            # before she subscribes again, so it says both what happened and what comes next:
            # the form's question, her consent to East's administrator still holding (tester
            # 37, F21: each consent given is kept)
            await olena.unsubscribe()
            welcome = await olena.open(subscribed=False, context="east")
            assert welcome is not None and "Your information point: East" in welcome["text"]
            assert "What is it about" in welcome["text"] and "✅ I agree" not in olena.labels()
        assert not viber.refused and not tg.refused


async def test_another_offices_telegram_link_in_the_middle_of_a_request_changes_office(
    tmp_path, tg
):
    nina = tg.user("Nina", language_code="en")
    async with running_bot(tmp_path, tg, clock=Clock(), **network()):
        await nina.send("/start north")
        await shown(tg, nina.id, has("North Information Point"))
        await nina.send("/callback")
        await shown(tg, nina.id, has("your data"))
        await nina.press("I agree")
        await shown(tg, nina.id, has("What is your name"))
        await nina.send("Nina")
        await shown(tg, nina.id, has("Your phone number"))
        await nina.share_contact("+48601234567")
        await shown(tg, nina.id, has("What is it about"))
        await nina.send("/start south")  # South's link, t.me/<bot>?start=south
        await shown(tg, nina.id, has("Your information point: South"))
        await shown(tg, nina.id, has("Gmina South"))  # South's administrator asks first
        await nina.press("I agree")
        await shown(tg, nina.id, has("What is it about"))  # the same question, nothing lost
        assert "is closed and nothing was sent" not in str(tg.messages_in(nina.id))
