"""A duty staff cancelled (🤒) is named where the person chooses a day at that place, as in
/contact (bot.features.hours.cancelled_line): the day missing from the buttons is explained."""

from __future__ import annotations

from tests.support.dialogue import StaffMember


async def test_the_days_of_a_place_name_its_cancelled_duty_and_no_other_places(app, dialogue):
    anna = StaffMember(app.core)
    await anna.payload("duty:cancel_now:city_hall:20261201")  # Tuesday 1 December
    await anna.payload("duty:cancel_now:social_services:20261203")  # another place's
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    text = dialogue.text
    assert "🤒 Duty cancelled (no visits then): Tue 1 Dec, 13:00–15:30\n" in text, text
    assert "3 Dec" not in text
    assert not any("1 Dec" in b.label for b in dialogue.buttons)  # not bookable, as before
    await anna.payload("duty:reopen:city_hall:20261201")
    await dialogue.payload("booking:place:city_hall")
    assert "🤒" not in dialogue.text and any("1 Dec" in b.label for b in dialogue.buttons)
