"""`infopoint ask` says to small talk what the chat says: a greeting or thanks gets the greeting
or the thanks, never a visit; where the office books nothing (no duty hours, no specialists), «who
are you?», «бот тупий» and the way to a person offer the call alone, as the chat does; where
an office without duty hours books its specialists, the way to a person names them."""

from __future__ import annotations

import io

from bot import ask
from bot.app import build
from bot.cli import _parser
from bot.core import markup
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

VISIT = ("візит", "visit", "визит", "wizyt")


def asked(config: str, lang: str, message: str) -> str:
    """What `infopoint ask --lang <lang>` prints for `message` (in this process)."""
    parsed = _parser().parse_args(["ask", "--config", config, "--lang", lang, message])
    out = io.StringIO()
    assert ask.main(parsed, io.StringIO(""), out) == 0
    return out.getvalue().strip()


SMALL_TALK = [
    ("uk", "привіт"),
    ("en", "hello"),
    ("uk", "дякую"),
    ("pl", "dzięki"),
    ("en", "who are you?"),
    ("uk", "бот тупий"),
    ("en", "a real person"),
    ("ru", "помогите"),
]


async def test_ask_offers_no_visit_where_the_office_books_none(tmp_path, clock):
    config = write_config(tmp_path, duty=[])  # (no duty hours, no specialists)
    app = await build(config, clock=clock)
    try:
        for n, (lang, message) in enumerate(SMALL_TALK):
            person = Dialogue(app.core, user_id=f"77{n}")
            await person.payload(f"language:{lang}")
            await person.send(message)
            chat = markup.to_plain(person.replies[0].text or "").strip()
            out = asked(str(config), lang, message)
            assert out.startswith(chat), (out, chat)
            assert not any(word in out.lower() for word in VISIT), out
    finally:
        await app.close()


async def test_ask_names_the_specialists_of_an_office_without_duty_hours(tmp_path):
    config = write_config(tmp_path, duty=[], **catalogue())
    out = asked(str(config), "en", "a real person")
    assert out == (
        "You can talk to a person: ask for a callback, or book an appointment with one of our"
        " specialists."
    )
