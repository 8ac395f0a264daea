"""Tester 36 on the shipped content: «my boss locks us in the hostel and takes our passports» got
«no answer», its Ukrainian and Russian the lost passport offered; «i dont see any point anymore»
the opening hours («point» is the information point's word). Now 112 and KCIK first, with the
part of «Reporting a crime» on forced labour under them; the crisis lines with nothing of the
office's hours under them."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

FORCED_LABOUR = {  # the part's heading in each language
    "en": "Forced labour or human trafficking",
    "uk": "Примусова праця чи торгівля людьми",
    "ru": "Принудительный труд или торговля людьми",
    "pl": "Praca przymusowa lub handel ludźmi",
}
LOCKED_IN = [
    ("en", "my boss locks us in the hostel and takes our passports"),
    ("uk", "працодавець закрив нас і забрав паспорти"),
    ("ru", "работодатель закрыл нас в общежитии и забрал паспорта"),
    ("pl", "szef zamyka nas w hotelu robotniczym i zabrał paszporty"),
]


async def test_locked_in_at_work_gets_112_kcik_and_the_part_on_forced_labour(shipped_core):
    for at, (lang, text) in enumerate(LOCKED_IN):
        person = Dialogue(shipped_core, user_id=str(4000 + at), language_hint="en")
        await person.send(text)
        lines, part = person.replies[0], person.replies[1]
        assert lines.text.startswith("🚨") and "112" in lines.text, person.text
        assert "+48 22 628 01 20" in lines.text  # KCIK
        assert lines.buttons[0][0].payload == "callback"
        assert f"**{FORCED_LABOUR[lang]}.**" in part.text, person.text
        assert "Straż Graniczn" in part.text
        assert any(b.payload == "topic:crime_report" for row in part.buttons for b in row)


async def test_no_point_anymore_gets_the_crisis_lines_and_not_the_opening_hours(shipped_core):
    for at, text in enumerate(
        ["i dont see any point anymore", "there is no point anymore", "I see no point."]
    ):
        person = Dialogue(shipped_core, user_id=str(4100 + at))
        await person.send(text)
        assert person.replies[0].text.startswith("🚨") and "116 123" in person.text
        assert "🕒" not in person.text, person.text
        # nothing else to say: psychological help a tap away, and the menu
        payloads = [b.payload for r in person.replies for row in r.buttons for b in row]
        assert "topic:psychological_help" in payloads, payloads
