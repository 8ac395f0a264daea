"""Tester report 29, item 10: a newcomer's «I just arrived from Ukraine, what to do first», in
any of the four languages or transliterated, is answered at once with the first-steps checklist
(whole: legal stay and PESEL, meldunek, NFZ, school, work, a bank account, free help), each line
naming the topic with the details; a question about one of those things («pesel dla dziecka»,
«meldunek jakie dokumenty») still gets its own topic. Through the real search on the shipped
content, and in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
WHOLE = ("first_steps", None)


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # («did you mean: PESEL / School and kindergarten / University studies» before)
        ("I just arrived from Ukraine what to do first", "en"),
        ("що робити після приїзду в Польщу", "uk"),
        ("что делать в первую очередь после приезда", "ru"),
        ("właśnie przyjechałem, co najpierw załatwić", "pl"),
        ("shcho robyty pershe pislia pryizdu", "uk"),
        ("chto delat snachala", "ru"),
    ],
)
def test_arrival_questions_get_the_whole_checklist_at_once(searcher, question, lang):
    assert at_once(searcher, question, lang) == WHOLE


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("pesel dla dziecka", "pl", ("pesel", "PESEL for a child")),
        ("песель для дитини", "uk", ("pesel", "PESEL for a child")),
        ("meldunek jakie dokumenty", "pl", ("meldunek", "Bring")),
        (
            "just came from ukraine 2 weeks ago where i get number with ukr status",
            "en",
            ("pesel", "Ukrainians: PESEL with UKR status"),
        ),
    ],
)
def test_one_thing_asked_still_gets_its_own_topic(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


async def test_the_checklist_in_the_chat_points_to_each_topic(tmp_path):
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        user = Dialogue(app.core, language_hint="en")
        await user.send("I just arrived from Ukraine what to do first")
        first = user.replies[0].text
        heading = "**After arrival: a checklist**\n\n**Legal stay and PESEL.**"
        assert first.startswith(heading), first
        for line in (
            "**in person within 30 days** of crossing the border",
            "at the latest on the **4th day**",
            "«Health insurance (NFZ)»",
            "«School and kindergarten»",
            "powiadomienie",
            "basic payment account",
            "Free legal aid",
        ):
            assert line in first, line
        assert "{" not in first  # the offices filled in
        assert "checked" in first.lower() and "6 December 2026" in first
        await user.press("PESEL number")  # a button under it opens the topic named
        assert user.replies[0].text.startswith("**PESEL number (incl. PESEL UKR)**")

        polish = Dialogue(app.core, user_id="1002", language_hint="pl")
        await polish.send("/start")
        await polish.press("Polski")
        await polish.press("Dokumenty")
        assert polish.buttons[0].label == "Co załatwić najpierw"
    finally:
        await app.close()
