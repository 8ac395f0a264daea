"""Tester report 28, items 4, 7 and 9: the end of temporary protection asked in a few words, in
any language or transliterated («temp protection», «ukr status ending», «zalishitysya v polshi
pislya 4 bereznya»), opens at the part for Ukrainians with PESEL UKR; a lost or removed UKR
status at PESEL's part that says what to do now; «когда приходить?» is the hours, not 800+.
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
UKRAINIANS = ("legal_stay", "Ukrainians with PESEL UKR")
UKR_STATUS = ("pesel", "Ukrainians: PESEL with UKR status")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # (nothing, or «did you mean», before)
        ("temp protection", "en", UKRAINIANS),
        ("temp protection ends what now", "en", UKRAINIANS),
        ("can i stay in poland after temporary protection", "en", UKRAINIANS),
        ("zalishitysya v polshi pislya 4 bereznya", "uk", UKRAINIANS),
        ("ostanus li ya legalno posle marta ukr status", "ru", UKRAINIANS),
        ("can i work with ukr status", "en", ("employment", "Who may work without a permit")),
        # («stracilem status ukr» at this part too since the nineteenth round)
        ("lost ukr status", "en", UKR_STATUS),
        # other ways of saying it
        ("тимчасовий захист закінчується що робити", "uk", UKRAINIANS),
        ("що буде після 4 березня 2027", "uk", UKRAINIANS),
        ("временная защита заканчивается что делать", "ru", UKRAINIANS),
        ("posle marta 2027 chto budet", "ru", UKRAINIANS),
        ("koniec ochrony czasowej co dalej", "pl", UKRAINIANS),
        ("czy mogę zostać w polsce po 4 marca 2027", "pl", UKRAINIANS),
        ("karta cukr", "pl", UKRAINIANS),
        ("tymchasovyi zakhyst", "uk", UKRAINIANS),
        ("my ukr status was removed", "en", UKR_STATUS),
        ("песель укр статус снят что делать", "ru", UKR_STATUS),
        ("ukr status", "en", UKR_STATUS),
    ],
)
def test_the_end_of_protection_opens_at_the_part_that_answers(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


def test_ukr_status_ending_has_the_ukrainians_part_first(searcher):
    # («ukr status» is PESEL's name: «did you mean» until the nineteenth round read «ukr status
    # ending» as the end of temporary protection, data.yaml sayings): legal stay, at its part
    result = searcher.search("ukr status ending", "en")
    assert result.best and result.best.id == "legal_stay"
    part = result.part if result.confident else searcher.part_of("ukr status ending", "legal_stay")
    assert part is not None
    assert searcher.parts.kb.topic("en", "legal_stay").parts[part].heading == UKRAINIANS[1]


@pytest.mark.parametrize(
    ("question", "topic"),
    [("какой приход нужен для 800+", "benefits"), ("перестали приходить детские", "benefits")],
)
def test_income_and_payments_that_do_not_come_stay_benefits(searcher, question, topic):
    assert at_once(searcher, question, "ru")[0] == topic


async def replies_to(tmp_path, lang: str, text: str):  # type: ignore[no-untyped-def]
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        return await Dialogue(app.core, language_hint=lang).send(text)
    finally:
        await app.close()


async def test_temp_protection_is_answered_with_the_part_for_ukrainians(tmp_path):
    replies = await replies_to(tmp_path, "en", "temp protection")
    first = replies[0].text
    heading = "**Legal stay, visas, karta pobytu**\n\n**Ukrainians with PESEL UKR**"
    assert first.startswith(heading), first
    assert "4 March 2027" in first and "CUKR card" in first


async def test_a_removed_ukr_status_says_what_to_do_now(tmp_path):
    replies = await replies_to(tmp_path, "ru", "песель укр статус снят что делать")
    first = replies[0].text
    assert "Граждане Украины: PESEL со статусом UKR" in first.split("\n\n")[1], first
    assert "сняли, возможно по ошибке" in first and "бесплатной юридической помощи" in first


async def test_when_to_come_is_the_hours_not_800_plus(tmp_path):
    # «приходить» was only in 800+'s «перестали приходить детские»: answered at once with 800+
    replies = await replies_to(tmp_path, "ru", "когда приходить?")
    seen = "\n".join(r.text for r in replies)
    assert "800" not in seen, seen
    hours = await replies_to(tmp_path, "ru", "когда можно прийти")
    assert replies[0].text == hours[0].text
