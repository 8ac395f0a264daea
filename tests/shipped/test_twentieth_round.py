"""Tester 30's search misses, fixed in the twentieth round (docs/search.md): working without a
residence card is work's «who may work without a permit», a residence card that «went missing»
(«propala karta pobytu») is a lost card, «песль для дитни» is PESEL for a child, «lost my ukr
status what now» is PESEL's UKR part at once, «pesel dlya rebenka» offers no doctor beside it.
Through the real search on the shipped content, and in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
PERMIT = ("employment", "Who may work without a permit")
LOST_CARD = ("legal_stay", "Lost, stolen or damaged residence card?")
CHILD = ("pesel", "PESEL for a child")
UKR_STATUS = ("pesel", "Ukrainians: PESEL with UKR status")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # (legal stay first, «did you mean», or its whole answer: «карта побиту» names it)
        ("робота без карти побиту можна?", "uk", PERMIT),
        ("robota bez karty pobytu mozhna?", "uk", PERMIT),
        ("работа без карты побыту можно?", "ru", PERMIT),
        ("можно ли работать без карты побыту", "ru", PERMIT),
        ("praca bez karty pobytu", "pl", PERMIT),
        ("czy mogę pracować bez karty pobytu", "pl", PERMIT),
        ("can I work without a residence card", "en", PERMIT),
        # («did you mean»: stay, a lost passport, the police)
        ("propala karta pobytu chto delat", "ru", LOST_CARD),
        ("пропала карта побыту что делать", "ru", LOST_CARD),
        ("пропала карта побиту що робити", "uk", LOST_CARD),
        # (PESEL's whole answer, «What it is» first)
        ("песль для дитни", "uk", CHILD),
        ("песль для ребенка", "ru", CHILD),
        ("pesel dlya rebenka", "ru", CHILD),
        # («did you mean», PESEL first)
        ("lost my ukr status what now", "en", UKR_STATUS),
        ("lost ukr status what to do", "en", UKR_STATUS),
    ],
)
def test_the_question_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # a worker asking for a PESEL is still asking for a PESEL
        ("працюю по візі, як отримати песель", "uk", ("pesel", "Other foreigners")),
        ("работаю по визе, как получить песель", "ru", ("pesel", "Other foreigners")),
        ("чи можна працювати з песель укр", "uk", ("employment", "Who may work without a permit")),
        ("poteryal kartu pobytu", "ru", LOST_CARD),
        # (tester 32: a job lost is the labour office's part, not the whole answer)
        (
            "lost my job, what now",
            "en",
            ("employment", "Out of work: labour office (PUP) and unemployment benefit"),
        ),
    ],
)
def test_near_questions_keep_their_answer(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


async def test_in_the_chat(tmp_path):
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        work = await Dialogue(app.core, user_id="work", language_hint="uk").send(
            "робота без карти побиту можна?"
        )
        child = await Dialogue(app.core, user_id="child", language_hint="ru").send(
            "pesel dlya rebenka"
        )
    finally:
        await app.close()
    first = work[-1].text.split("\n\n")[1]
    assert first.startswith("**Хто може працювати без дозволу"), work[-1].text[:300]
    # PESEL for a child, with no doctor offered as «not what you asked?»
    text = child[-1].text
    assert "PESEL для ребёнка" in text.split("\n\n")[1], text[:300]
    labels = [b.label for row in child[-1].buttons for b in row]
    assert not any("Врач" in label for label in labels), labels
