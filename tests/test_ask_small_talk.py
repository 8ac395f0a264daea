"""`infopoint ask` says to small talk what the chat says: a greeting or thanks gets the greeting
or the thanks, never a visit; where the office books nothing (no duty hours, no specialists), «who
are you?», «бот тупий» and the way to a person offer the call alone, as the chat does; where
an office without duty hours books its specialists, the way to a person names them. `--office`
answers as that office of a network (its own topics, what it books); an id it has not is an
error that names its offices."""

from __future__ import annotations

import io

from bot import ask
from bot.app import build
from bot.cli import _parser
from bot.core import markup
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config
from tests.support.services import catalogue

VISIT = ("візит", "visit", "визит", "wizyt")


def asked(config: str, lang: str, message: str, *options: str) -> str:
    """What `infopoint ask --lang <lang> [options]` prints for `message` (in this process)."""
    argv = ["ask", "--config", config, "--lang", lang, *options, message]
    out = io.StringIO()
    assert ask.main(_parser().parse_args(argv), io.StringIO(""), out) == 0
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


def test_ask_answers_as_the_office_named(tmp_path):
    """South answers PESEL its own way and has a topic of its own; North, the default, neither.
    Where South's duty ended and nothing else is booked, the way to a person is the call alone."""
    ended = [{"weekday": "tuesday", "from": "10:00", "to": "12:00", "place": "south_desk"}]
    config = str(
        write_network_config(
            tmp_path, offices__south__duty=[ended[0] | {"valid_until": "2026-01-31"}]
        )
    )
    assert "PESEL in Southville" in asked(config, "en", "how do I get a PESEL", "--office", "south")
    assert "Southville" not in asked(config, "en", "how do I get a PESEL")
    assert "City bikes in Southville" in asked(
        config, "en", "rent a city bike", "--office", "south"
    )
    south = asked(config, "en", "a real person", "--office", "south")
    assert "callback" in south and "visit" not in south, south


def test_an_office_the_config_has_not_is_refused_with_its_offices(tmp_path, capsys):
    config = str(write_network_config(tmp_path))
    argv = ["ask", "--config", config, "--office", "west", "hello"]
    out = io.StringIO()
    assert ask.main(_parser().parse_args(argv), io.StringIO(""), out) == 2
    assert out.getvalue() == ""
    assert capsys.readouterr().err == (
        "error: --office west: no such office in config.yaml (did you mean east?); its offices: "
        "north, south, east\n"
    )
    (tmp_path / "one").mkdir()
    single = str(write_config(tmp_path / "one"))
    argv = ["ask", "--config", single, "--office", "north", "hello"]
    assert ask.main(_parser().parse_args(argv), io.StringIO(""), out) == 2
    assert "has no offices (no `offices:`); leave --office out" in capsys.readouterr().err
