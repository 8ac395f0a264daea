"""An urgent callback request while staff are not at work (tester report 11, item 5): said at
once, with 112 and the 24-hour lines, before anything is asked; no «when should we call?»; the
help lines once in the flow; a network's coordinators told, with nothing a card would not show."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import FIXTURE, write_config
from tests.support.bookings import to_chat
from tests.support.callbacks import confirm_payload
from tests.support.dialogue import Dialogue
from tests.support.network import COORDINATORS_CHAT, NORTH_CHAT
from tests.support.yamlfiles import read_yaml

SATURDAY_EVENING = {"days": 5, "hours": 9}  # from Monday 09:00: Saturday 18:00, closed at 14:00
BLOCK = "Robbed, attacked or followed?"  # a line of the help lines' block only


class Transcript:
    """Everything the person read in one conversation."""

    def __init__(self, dialogue: Dialogue) -> None:
        self.dialogue, self.read = dialogue, []  # type: list[str]

    async def send(self, text: str) -> str:
        await self.dialogue.send(text)
        self.read.append(self.dialogue.text)
        return self.dialogue.text

    async def press(self, label: str) -> str:
        await self.dialogue.press(label)
        self.read.append(self.dialogue.text)
        return self.dialogue.text


async def test_closed_on_saturday_evening_the_urgent_call_says_so_at_once(app, dialogue, clock):
    clock.advance(**SATURDAY_EVENING)
    person = Transcript(dialogue)
    await person.send("my husband beats me, I am scared")
    notice = await person.press("Request an urgent call")
    assert "Nobody can call you right now" in notice
    assert "next at work on Monday, 30 November, 08:00" in notice
    assert "call 112" in notice and "800 120 002" in notice
    assert "Do you agree?" not in notice and "your name" not in notice  # nothing asked yet
    assert [b.label for b in dialogue.buttons] == ["📞 Leave my number anyway", "🏠 Main menu"]
    consent = await person.press("Leave my number anyway")
    assert "Do you agree?" in consent
    await person.press("I agree")
    await person.send("Maria")
    await person.send("601 234 567")
    summary = await person.press("Call me as soon as possible")  # the short path (F4)
    assert "When is the best time to call you?" not in summary  # urgent: as soon as possible
    assert "When: as soon as possible" in summary and "Topic: Domestic violence" in summary
    await person.press("Change something")
    assert dialogue.button("Language of the call") and dialogue.button("Call or write")
    assert not any("Time of the call" in b.label for b in dialogue.buttons)
    await person.press("Back")
    sent = await person.press("Send the request")
    assert "marked as urgent" in sent and "Monday, 30 November, after 08:00" in sent
    # the help lines' block: once, on the answer to what she wrote
    assert sum(BLOCK in text for text in person.read) == 1


async def test_the_notice_comes_with_the_command_too_and_the_menu_leaves_it(app, dialogue, clock):
    clock.advance(**SATURDAY_EVENING)
    await dialogue.payload("topic:domestic_violence")  # read hours ago: still urgent
    clock.advance(hours=2)
    await dialogue.send("/callback")
    assert "Nobody can call you right now" in dialogue.text
    await dialogue.press("Main menu")
    assert "Nobody can call you" not in dialogue.text


async def test_open_the_urgent_request_shows_the_help_lines_once_and_asks_no_time(app, dialogue):
    person = Transcript(dialogue)
    await person.send("my husband beats me, I am scared")
    consent = await person.press("Request an urgent call")
    assert "Nobody can call you" not in consent
    assert BLOCK not in consent  # shown just now, above
    await person.press("I agree")
    await person.send("Maria")
    await person.send("601 234 567")
    asked = await person.press("Call me as soon as possible")  # the short path (F4)
    assert BLOCK not in asked and "When: as soon as possible" in asked
    sent = await person.press("Send the request")
    assert "marked as urgent" in sent
    assert sum(BLOCK in text for text in person.read) == 1


async def test_an_ordinary_request_on_saturday_evening_asks_its_questions(app, dialogue, clock):
    clock.advance(**SATURDAY_EVENING)
    await dialogue.send("/callback")
    assert "Do you agree?" in dialogue.text
    await dialogue.press("I agree")
    await dialogue.send("Maria")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:en")
    assert "When is the best time to call you?" in dialogue.text


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    offices = read_yaml(FIXTURE / "network.yaml")
    app = await build(write_config(tmp_path, **offices), clock=clock)
    yield app
    await app.close()


async def _urgent_request(person: Dialogue) -> None:
    await person.send("/start north")
    await person.send("my husband beats me")
    await person.press("Request an urgent call")
    if any(b.payload == "callback:anyway" for b in person.buttons):
        await person.press("Leave my number anyway")
    await person.payload("person:agree")
    await person.send("Nina Bondar")
    await person.send("601 234 567")
    await person.payload("callback:reach:call")  # (the short path: topic and language set)
    await person.payload(confirm_payload(person))


async def test_the_coordinators_are_told_of_an_urgent_request_while_the_office_is_closed(
    network, clock
):
    clock.advance(**SATURDAY_EVENING)
    await _urgent_request(Dialogue(network.core, user_id="2001"))
    [told] = await to_chat(network.core, str(COORDINATORS_CHAT))
    assert told.text.startswith("🚨 📞 Prośba o telefon nr T1 · 🏢 Północ")
    assert "pilna prośba (osoba pisała o przemocy) przyszła, gdy punkt jest zamknięty" in told.text
    assert "poniedziałek, 30 listopada, 08:00" in told.text
    assert "angielski" in told.text and "/request T1" in told.text  # (the chat's language)
    for private in ("Nina", "601", "beats"):  # what the card has, /request 1 shows there
        assert private not in told.text
    assert told.buttons == []
    card = [q for q in await to_chat(network.core, str(NORTH_CHAT)) if "PILNE" in q.text]
    assert card and "Nina Bondar" in card[0].text  # the office's own chat has the card


async def test_the_coordinators_are_not_told_while_the_office_is_open(network, clock):
    await _urgent_request(Dialogue(network.core, user_id="2001"))
    assert await to_chat(network.core, str(COORDINATORS_CHAT)) == []
