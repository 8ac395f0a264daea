"""The network's coordinators' chat: every office's records, to look at, each named with its
office; acting on a record is its office's chat."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.appointments import send_request
from tests.support.callbacks import Delivery, RecordingPlatform, request_callback
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, NORTH_CHAT
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    offices = read_yaml(FIXTURE / "network.yaml")
    app = await build(write_config(tmp_path, **offices, **catalogue()), clock=clock)
    yield app
    await app.close()


def person(app, user_id: str) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core, user_id=user_id, language_hint="en")


def staff(app, chat: int) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, chat_id=str(chat))


async def test_a_card_in_the_coordinators_chat_has_no_buttons_and_no_invitation_to_reply(
    network,
):
    nina = person(network, "2001")
    await nina.send("/start north")
    await request_callback(nina, name="Nina")
    coordinators = staff(network, COORDINATORS_CHAT)
    for show in (coordinators.payload("request:show:1"), coordinators.command("/request 1")):
        await show
        assert "Nina" in coordinators.text
        assert coordinators.buttons == []
        assert "Odpowiedz na tę wiadomość" not in coordinators.text
    north = staff(network, NORTH_CHAT)  # the office's own chat acts on it
    await north.command("/request 1")
    assert north.button("Biorę") and "Odpowiedz na tę wiadomość" in north.text


async def test_an_appointment_request_card_in_the_coordinators_chat_is_to_look_at(network):
    nina = person(network, "2001")
    await nina.send("/start north")
    await send_request(nina, "legal_advice", name="Nina Bondar")
    coordinators = staff(network, COORDINATORS_CHAT)
    await coordinators.payload("apptq:show:1")
    assert "Prośba o wizytę nr W1" in coordinators.text and "Nina" in coordinators.text
    assert coordinators.buttons == []
    north = staff(network, NORTH_CHAT)
    await north.payload("apptq:show:1")
    assert north.button("Przyjmij")


async def test_coordinators_see_which_office_each_unanswered_question_came_from(network):
    nina, sasha = person(network, "2001"), person(network, "2002")
    await nina.send("/start north")
    await nina.send("qwzx plorf vbnm")
    await sasha.send("/start south")
    await sasha.send("zxqw frolp mnbv")
    coordinators = staff(network, COORDINATORS_CHAT)
    await coordinators.command("/unanswered")
    lines = coordinators.text.splitlines()
    assert any("🏢 Północ" in line for line in lines)
    north_at = next(i for i, line in enumerate(lines) if "🏢 Północ" in line)
    south_at = next(i for i, line in enumerate(lines) if "🏢 Południe" in line)
    assert "qwzx plorf" in lines[north_at + 1] and "zxqw frolp" in lines[south_at + 1]
    north = staff(network, NORTH_CHAT)  # an office's own chat: its own, no office named
    await north.command("/unanswered")
    assert "qwzx plorf" in north.text and "zxqw" not in north.text and "🏢" not in north.text


async def test_requests_lists_waiting_appointment_requests_each_named_with_its_kind(network):
    nina, ira = person(network, "2001"), person(network, "2002")
    await nina.send("/start north")
    await request_callback(nina, name="Nina")  # callback request nr 1
    await ira.send("/start north")
    await send_request(ira, "legal_advice", name="Ira Bondar")  # appointment request nr 1
    north, coordinators = staff(network, NORTH_CHAT), staff(network, COORDINATORS_CHAT)
    for chat in (north, coordinators):
        await chat.command("/requests")
        assert "Otwarte prośby: 2" in chat.text and "Brak otwartych próśb" not in chat.text
        assert "📞 Prośba o telefon nr T1 ·" in chat.text
        assert "📨 Prośba o wizytę nr W1 ·" in chat.text and "Porada prawna" in chat.text
        labels = [b.label for b in chat.buttons]
        assert labels == ["📞 Prośba o telefon nr T1", "📨 Prośba o wizytę nr W1"]
    assert "Północ" in coordinators.text  # every office's, with its name
    await north.press("Prośba o wizytę nr W1")
    assert "Prośba o wizytę nr W1" in north.text and north.button("Przyjmij")
    await north.press("Przyjmij")
    assert "Prośba o wizytę nr W1 —" in north.text  # the advisor's picker names the kind
    await coordinators.command("/requests")
    await coordinators.press("Prośba o wizytę nr W1")
    assert coordinators.buttons == []  # to look at
    await north.command("/request 1")  # a command with a number says which kind it takes
    assert "Prośba o telefon nr T1" in north.text and "Nina" in north.text
    await north.command("/request W1")  # the same number, its letter: the other record
    assert north.text.startswith("📨 Prośba o wizytę nr W1") and "Nina" not in north.text
    await north.command("/appointments 1")  # a number alone there: an appointment request
    assert north.text.startswith("📨 Prośba o wizytę nr W1")
    await north.command("/appointments T1")
    assert "Prośba o telefon nr T1" in north.text and "Nina" in north.text
    await north.command("/request")
    assert "Litery: T — prośba o telefon" in north.text and "W — prośba o wizytę" in north.text


async def test_staff_typing_help_get_the_staff_commands_in_the_staff_language(network):
    north = staff(network, NORTH_CHAT)
    await north.command("/help")
    assert "Polecenia czatu pracowników" in north.text
    for command in ("/requests", "/request", "/today", "/week", "/appointments", "/unanswered"):
        assert f"\n{command} — " in north.text, command
    assert "/courses — Kursy i wydarzenia: listy, obecność" in north.text  # the staff one's
    assert "odpowiedz na wiadomość o jej prośbie" in north.text
    await north.command("/start")
    assert "Polecenia czatu pracowników" in north.text
    coordinators = staff(network, COORDINATORS_CHAT)
    await coordinators.command("/help")
    assert "/requests — " in coordinators.text and "czat koordynatorów" in coordinators.text
    assert "Polecenia czatu koordynatorów" in coordinators.text  # not the staff chat's
    assert "Polecenia czatu pracowników" not in coordinators.text


async def test_the_coordinators_help_lists_only_the_commands_that_work_there(network):
    coordinators = staff(network, COORDINATORS_CHAT)
    await coordinators.command("/help")
    listed = [
        line.split(" — ")[0] for line in coordinators.text.splitlines() if line.startswith("/")
    ]
    assert listed == [
        "/requests",
        "/request",
        "/today",
        "/week",
        "/courses",
        "/appointments",
        "/unanswered",
    ]
    for command in listed:
        await coordinators.command(f"{command} 1" if command == "/request" else command)
        assert "To czat koordynatorów" not in coordinators.text, command
    await coordinators.command("/seats")  # an office's chat's, not listed here
    assert "To czat koordynatorów" in coordinators.text


async def test_a_staff_message_about_a_request_names_the_office_in_a_network(network, clock):
    platform = RecordingPlatform()
    delivery = Delivery(network, platform, clock)
    nina = Dialogue(network.core, user_id="2001", language_hint="uk")
    await nina.send("/start north")
    await request_callback(nina, name="Nina")
    await delivery.run()
    card = platform.to(str(NORTH_CHAT))[-1]
    await staff(network, NORTH_CHAT).reply(card.message_id, "Zadzwonię jutro")
    await delivery.run()
    told = platform.to("2001")[-1].text
    assert "Інформаційний пункт (Північ) пише щодо вашого запиту № T1:" in told
