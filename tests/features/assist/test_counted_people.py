"""A help form's number of people told in words: a number with a word for people or children,
or the person and who comes with them (tester 18, item 14)."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


async def _at_the_number(tmp_path, clock, lang):  # type: ignore[no-untyped-def]
    """The fixture's transport form with «How many people?» after the place: the app, and
    someone at that question."""
    catalogue_ = catalogue()
    fields = catalogue_["services"]["transport"]["fields"]
    label = {code: "How many people?" for code in ("uk", "ru", "en", "pl")}
    fields[3:3] = [{"id": "people", "type": "number", "label": label}]
    app = await build(write_config(tmp_path, **catalogue_), clock=clock, search="off")
    olena = Dialogue(app.core, user_id="2001", language_hint=lang)
    await up_to_the_form(olena, "transport")
    await olena.send("24.11")
    await olena.send("10:00")
    await olena.send("the hospital")
    assert "How many people?" in olena.text
    return app, olena


@pytest.mark.parametrize(
    ("lang", "typed", "count"),
    [
        ("en", "2 kids", "2"),
        ("en", "me and my daughter", "2"),
        ("en", "me and my two kids", "3"),
        ("pl", "ja i córka", "2"),
        ("pl", "3 dzieci", "3"),
        ("pl", "ja z mężem i synem", "3"),
        ("uk", "я з донькою", "2"),
        ("uk", "двоє дітей", "2"),
        ("ru", "я с сыном", "2"),
        ("ru", "мы с мамой", "2"),
    ],
)
async def test_people_counted_in_words_are_the_number(tmp_path, clock, lang, typed, count):
    app, olena = await _at_the_number(tmp_path, clock, lang)
    try:
        await olena.send(typed)
        assert f"How many people? — {count}" in olena.text  # the summary
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("lang", "typed", "refused"),
    [
        ("en", "me and the kids", "Please type just a number"),  # how many kids?
        ("uk", "я з дітьми", "лише число"),
        ("pl", "z dziećmi", "Wpisz samą liczbę"),
    ],
)
async def test_people_named_without_how_many_are_asked_for_a_number(
    tmp_path, clock, lang, typed, refused
):
    app, olena = await _at_the_number(tmp_path, clock, lang)
    try:
        await olena.send(typed)
        assert refused in olena.text and "How many people?" in olena.text
    finally:
        await app.close()
