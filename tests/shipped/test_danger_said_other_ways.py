"""Tester 36 on the shipped content: «my boss locks us in the hostel and takes our passports» got
«no answer», its Ukrainian and Russian the lost passport offered; «i dont see any point anymore»
the opening hours («point» is the information point's word). Now 112 and KCIK first, with the
part of «Reporting a crime» on forced labour under them; the crisis lines with nothing of the
office's hours under them. And «what's the point of a meldunek» (README, Known gaps) asks what
meldunek is for: its answer, never the hours (a saying reads «the point of» as «why»)."""

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


MELDUNEK = {  # the topic's title in each language
    "en": "Meldunek (address registration)",
    "uk": "Мельдунек (реєстрація адреси)",
    "ru": "Мельдунек (регистрация адреса)",
    "pl": "Meldunek (zameldowanie)",
}
HOURS = ("🕒", "🧑‍💼")  # the information point's hours and the assistant's duty


async def test_the_point_of_a_meldunek_is_its_answer_not_the_information_points_hours(
    shipped_core,
):
    for at, (lang, text) in enumerate(
        [
            ("en", "what's the point of a meldunek"),
            # («did you mean» meldunek, the hours or PESEL: «point» read as the information point)
            ("en", "what's the point of registering my address"),
            ("en", "whats the point of registering?"),
            ("uk", "який сенс у meldunek"),
            ("ru", "какой смысл в meldunek"),
            ("pl", "jaki sens meldunku"),
        ]
    ):
        person = Dialogue(shipped_core, user_id=str(4200 + at), language_hint=lang)
        await person.payload(f"language:{lang}")
        await person.send(text)
        assert person.text.startswith(f"{MELDUNEK[lang]}\n"), person.text[:300]
        assert not any(mark in person.text for mark in HOURS), person.text[:300]
        assert "hours" not in [b.payload for b in person.buttons]


async def test_whats_the_point_alone_does_not_get_the_hours(shipped_core):
    person = Dialogue(shipped_core, user_id="4300")
    await person.send("what's the point")  # (it got the assistant's duty hours at once)
    assert not any(mark in person.text for mark in HOURS), person.text[:300]
