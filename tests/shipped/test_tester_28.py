"""Tester report 28 (2026-12-06), items 1 to 3, on the shipped content in the chat: a bag with
documents stolen opens at the police and what to do next (not the Polish travel document); a
landlord who threw the family out opens at the illegal eviction (the police, 112, where to
sleep tonight), not at how to rent; a sick child's high fever gets 112 and the night care line
at once, not «did you mean»."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

# (a Sunday after the content's latest `checked` date: a later one is an error)
SUNDAY_EVENING = dt.datetime(2026, 12, 13, 18, 0, tzinfo=dt.UTC)


@pytest.fixture
async def shipped(tmp_path):  # type: ignore[no-untyped-def]
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(SUNDAY_EVENING)
    )
    try:
        yield app
    finally:
        await app.close()


async def first_text(app, lang: str, text: str) -> str:  # type: ignore[no-untyped-def]
    replies = await Dialogue(app.core, language_hint=lang).send(text)
    return replies[0].text


@pytest.mark.parametrize(
    ("lang", "text", "police", "consulate", "block"),
    [
        ("uk", "вкрали сумку з документами", "повідомте поліцію", "консульство", "блокування"),
        ("ru", "ukrali sumku s dokumentami", "сообщите в полицию", "консульство", "блокировка"),
        (
            "en",
            "my bag with documents was stolen",
            "report it to the police",
            "consulate",
            "blocking",
        ),
    ],
)
async def test_documents_stolen_open_at_the_police_and_the_next_steps(
    shipped, lang, text, police, consulate, block
):
    said = (await first_text(shipped, lang, text)).lower()
    assert police in said and consulate in said and block in said
    assert "dokumenty zastrzeżone" in said
    for travel in ("проїзний", "проездной", "travel document"):
        assert travel not in said  # the voivode's document for the few is behind «Full answer»


@pytest.mark.parametrize(
    ("lang", "text", "illegal", "shelter"),
    [
        ("uk", "хазяїн вигнав нас з квартири, ми на вулиці з дітьми", "незаконно", "нічліжки"),
        ("ru", "хозяин выгнал из квартиры ночью", "незаконно", "ночлежки"),
        ("pl", "właściciel wyrzucił mnie z mieszkania", "bezprawne", "noclegownie"),
        ("en", "landlord kicked me out tonight", "illegal", "night shelters"),
    ],
)
async def test_thrown_out_by_the_landlord_opens_at_the_police_and_a_bed_tonight(
    shipped, lang, text, illegal, shelter
):
    said = await first_text(shipped, lang, text)
    assert illegal in said and "112" in said and shelter in said
    for lease in ("umowa najmu", "kaucja", "MSWiA"):
        assert lease not in said  # not how to rent, nor buying


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "дитина хворіє, висока температура, нема страховки"),
        ("ru", "ребенку плохо ночью куда звонить"),
        ("en", "my kid is sick and we have no insurance"),
    ],
)
async def test_a_sick_child_at_night_gets_112_and_night_care_first(shipped, lang, text):
    replies = await Dialogue(shipped.core, language_hint=lang).send(text)
    first = replies[0].text
    assert first.startswith("🚑") and "112" in first and "800 190 590" in first
    said = "\n".join(r.text for r in replies)
    assert shipped.services.t(lang, "q_did_you_mean") not in said
