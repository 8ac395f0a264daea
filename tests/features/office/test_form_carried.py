"""A help form begun at one office, the person changing office in the middle of it: the new
office's help of the same `key` (under its own id and title) takes the form on, with the answers
that fit (tester 28, item 10); an office with several such helps closes the form and offers them
(bot/features/assist/carry.py)."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator, Awaitable
from contextlib import asynccontextmanager

from bot.app import App, build
from bot.storage import requests as requests_store
from tests.conftest import FIXTURE, write_config
from tests.support.assist import send_payload, up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

RIDE = {"uk": "Поїздка на зустріч", "ru": "Поездка на встречу", "en": "A ride to a meeting",
        "pl": "Przejazd na spotkanie"}  # fmt: skip


def _ride(title: dict[str, str]) -> dict:  # type: ignore[type-arg]
    """East's own ride: the fixture's transport under another id and title, with a question
    more (how many people) and its time a text («after lunch»)."""
    ride = copy.deepcopy(catalogue()["services"]["transport"])
    ride["title"] = title
    ride["key"] = "ride"
    day, time, where, phone = ride["fields"]
    people = {"id": "people", "type": "number", "label": {"uk": "Скільки осіб?",
              "ru": "Сколько человек?", "en": "How many people?", "pl": "Ile osób?"}}  # fmt: skip
    ride["fields"] = [day, {**time, "type": "text"}, where, people, phone]
    return ride


async def _network(
    tmp_path, clock, east: dict, south: dict | None = None, first: dict | None = None
):  # type: ignore[no-untyped-def,type-arg]
    """The fixture network, every office with the fixture catalogue, its transport of the key
    `ride` (asking `first` before its questions, if given); East's and South's own helps added."""
    network = read_yaml(FIXTURE / "network.yaml")
    for office in network["offices"].values():
        office.update(catalogue())
        transport = office["services"]["transport"]
        transport["key"] = "ride"
        if first is not None:
            transport["fields"] = [first, *transport["fields"]]
    network["offices"]["east"]["services"].pop("transport")
    network["offices"]["east"]["services"].update(east)
    if south is not None:
        network["offices"]["south"]["services"].pop("transport")
        network["offices"]["south"]["services"].update(south)
    return await build(write_config(tmp_path, **network), clock=clock, search="off")


@asynccontextmanager
async def _at_the_ride(
    network: Awaitable[App], user_id: str
) -> AsyncIterator[tuple[App, Dialogue]]:
    """Olena (in English) at North's ride's first question, in `network`, closed after."""
    app = await network
    try:
        olena = Dialogue(app.core, user_id=user_id, language_hint="en")
        await olena.send("/start north")
        await up_to_the_form(olena, "transport")
        yield app, olena
    finally:
        await app.close()


async def test_the_same_help_at_the_new_office_takes_the_form_on(tmp_path, clock):
    async with _at_the_ride(_network(tmp_path, clock, {"east_ride": _ride(RIDE)}), "3001") as (
        app,
        olena,
    ):
        await olena.send("24.11")
        await olena.send("10:00")
        assert "Where to?" in olena.text
        await olena.send("/office east")
        assert "Your information point: East" in olena.text
        await olena.payload("person:agree")  # (East's data controller is another)
        assert "Here this help is called «A ride to a meeting»" in olena.text
        assert "2/4 At what time?" in olena.text  # a time at North, a text at East: asked
        await olena.send("after lunch")
        assert "3/4 Where to?" in olena.text  # the day kept
        await olena.send("Kielce")
        assert "4/4 How many people?" in olena.text  # East's own question
        await olena.send("2")
        summary = olena.text
        assert "A ride to a meeting" in summary and "Information point: East" in summary
        assert "24 November" in summary and "after lunch" in summary and "Kielce" in summary
        assert "10:00" not in summary
        await olena.payload(send_payload(olena))
        async with app.services.db.transaction() as tx:
            [request] = await requests_store.open_requests(tx, "east")  # East's staff get it
            assert request.service == "east_ride"
            assert await requests_store.open_requests(tx, "north") == []


async def test_several_such_helps_close_the_form_and_are_offered(tmp_path, clock):
    car, bus = (
        _ride(RIDE),
        _ride({"uk": "Автобус", "ru": "Автобус", "en": "A bus", "pl": "Autobus"}),
    )
    async with _at_the_ride(
        _network(tmp_path, clock, {"east_ride": _ride(RIDE)}, {"car": car, "bus": bus}), "3002"
    ) as (app, olena):
        await olena.send("24.11")
        await olena.send("/office south")
        assert "South does not offer what the form you are filling in is for" in olena.text
        assert "help of this kind under another name («A ride to a meeting», «A bus»)" in olena.text
        await olena.press("leave the form")
        assert "the form was closed and nothing was sent" in olena.text
        assert "It offers help of this kind below" in olena.text
        offered = [b.payload for b in olena.buttons[:2]]
        assert offered == ["assist:open:car", "assist:open:bus"]
        await olena.press("A bus")
        assert "A bus" in olena.text  # its form begins


PURPOSE = {"id": "purpose", "type": "choice",
           "label": {"uk": "Куди?", "ru": "Куда?", "en": "Where with you?", "pl": "Dokąd?"},
           "options": {"doctor": {"uk": "До лікаря", "ru": "К врачу", "en": "To a doctor",
                                  "pl": "Do lekarza"},
                       "office": {"uk": "До установи", "ru": "В учреждение", "en": "To an office",
                                  "pl": "Do urzędu"}}}  # fmt: skip


async def _purpose_network(tmp_path, clock):  # type: ignore[no-untyped-def]
    """North's ride asks first where to (a doctor or an office); East's own ride goes to a
    doctor only."""
    doctor_only = {**PURPOSE, "options": {"doctor": PURPOSE["options"]["doctor"]}}
    ride = _ride(RIDE)
    ride["fields"] = [doctor_only, *ride["fields"]]
    return await _network(tmp_path, clock, {"east_ride": ride}, first=PURPOSE)


async def test_a_choice_the_new_help_has_not_is_not_taken_on(tmp_path, clock):
    """Going to an office with someone is not East's doctor-only ride: the form is not quietly
    made one, the person is told and offered it."""
    network = _purpose_network(tmp_path, clock)
    async with _at_the_ride(network, "3003") as (app, olena):
        await olena.payload("assist:pick:0:1")
        await olena.send("/office east")
        assert "East does not offer what the form you are filling in is for" in olena.text
        assert "«A ride to a meeting»" in olena.text
        assert "Here this help is called" not in olena.text


async def test_a_choice_the_new_help_has_is_taken_on(tmp_path, clock):
    network = _purpose_network(tmp_path, clock)
    async with _at_the_ride(network, "3004") as (app, olena):
        await olena.payload("assist:pick:0:0")
        await olena.send("/office east")
        await olena.payload("person:agree")
        assert "Here this help is called «A ride to a meeting»" in olena.text
        assert "Where with you?" not in olena.text  # the doctor kept


ABOUT = {
    "id": "about",
    "type": "text",
    "label": {
        "uk": "Про що зустріч?",
        "ru": "О чём встреча?",
        "en": "What is the meeting about?",
        "pl": "Czego dotyczy spotkanie?",
    },
}


async def test_an_answer_the_new_form_does_not_ask_for_is_named_not_dropped_unsaid(tmp_path, clock):
    """North's ride asks first what the meeting is about, East's does not: that answer is not
    carried, and the person is told so in one line, in their language, under the help's name."""
    async with _at_the_ride(
        _network(tmp_path, clock, {"east_ride": _ride(RIDE)}, first=ABOUT), "3005"
    ) as (app, olena):
        await olena.send("a school meeting")
        await olena.send("24.11")
        await olena.send("/office east")
        await olena.payload("person:agree")
        said = olena.replies[0].text.split("\n")
        assert said[0].startswith("📋 Here this help is called «A ride to a meeting»")
        assert said[1] == (
            "ℹ️ This form does not ask «What is the meeting about?», so what you answered there"
            " was not carried over."
        )
        assert "2/4 At what time?" in olena.text  # the day kept, the form goes on
        ivan = Dialogue(app.core, user_id="3006", language_hint="uk")
        await ivan.send("/start north")
        await up_to_the_form(ivan, "transport")
        await ivan.send("шкільні збори")
        await ivan.send("/office east")
        await ivan.payload("person:agree")
        expected = "ℹ️ Ця форма не питає: «Про що зустріч?». Що ви відповіли на це, не перенесено."
        assert expected in ivan.text


async def test_a_form_whose_every_answer_fits_says_nothing_of_answers_left(tmp_path, clock):
    async with _at_the_ride(_network(tmp_path, clock, {"east_ride": _ride(RIDE)}), "3007") as (
        app,
        olena,
    ):
        await olena.send("24.11")
        await olena.send("/office east")
        await olena.payload("person:agree")
        assert "Here this help is called" in olena.text and "not carried" not in olena.text


async def test_a_form_taken_on_at_its_summary_asks_what_the_new_form_lacks(tmp_path, clock):
    """Every answer given at North, its summary shown, then East: not East's summary with empty
    required answers, but which help it is, each question East asks that was not answered (its
    time a text, its own «How many people?»), then the summary, complete."""
    async with _at_the_ride(_network(tmp_path, clock, {"east_ride": _ride(RIDE)}), "3008") as (
        app,
        olena,
    ):
        for typed in ("24.11", "10:00", "Kielce"):
            await olena.send(typed)
        assert "Please check your request" in olena.text  # North's summary
        await olena.send("/office east")
        await olena.payload("person:agree")
        assert "Here this help is called «A ride to a meeting»" in olena.text
        assert "At what time?" in olena.text and "Please check" not in olena.text
        await olena.send("after lunch")
        assert "How many people?" in olena.text  # East's own question, not «Where to?» again
        await olena.send("2")
        summary = olena.text
        assert "Please check your request: A ride to a meeting" in summary
        assert "after lunch" in summary and "Kielce" in summary and "— —" not in summary
        await olena.payload(send_payload(olena))
        async with app.services.db.transaction() as tx:
            [request] = await requests_store.open_requests(tx, "east")
            assert request.service == "east_ride"
