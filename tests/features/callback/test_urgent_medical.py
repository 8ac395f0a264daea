"""A doctor needed tonight, written in a callback request («дитина хворіє, висока температура»):
112 and the night care line at once and again when it is sent, not only «we will call you
tomorrow»; the request urgent for staff (tester 28, item 3)."""

from __future__ import annotations

import datetime as dt

from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    RecordingPlatform,
    StaffMember,
    at_the_name_step,
    confirm_payload,
    to_the_window,
)

FEVER = "дитина хворіє, висока температура, нема страховки"


async def test_a_sick_child_in_a_request_on_sunday_evening_gets_night_care_and_is_urgent(
    app, dialogue, clock
):
    clock.now = dt.datetime(2026, 12, 6, 18, 0, tzinfo=dt.UTC)  # Sunday 19:00 in Warsaw
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:other")
    await dialogue.send(FEVER)
    said = dialogue.text
    assert "112" in said and "800 190 590" in said  # at once, before the request is sent
    await dialogue.payload("callback:language:uk")
    assert not any(b.payload.startswith("callback:window:") for b in dialogue.buttons)
    await dialogue.payload(confirm_payload(dialogue))
    sent = dialogue.replies[0].text
    assert "завтра" in sent  # when staff call: the office is closed now
    assert "800 190 590" in sent and "112" in sent  # and what helps tonight, in the same message
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "🚨 📞 Prośba o telefon nr T1" in anna.text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert platform.to(STAFF_CHAT)[0].text.startswith("🚨 PILNE")


async def test_an_ordinary_request_about_a_doctor_is_not_urgent(app, dialogue, clock):
    clock.now = dt.datetime(2026, 12, 6, 18, 0, tzinfo=dt.UTC)
    dialogue.language_hint = "uk"
    await to_the_window(dialogue, topic="other", description="хочу записатися до педіатра")
    assert "800 190 590" not in dialogue.text
    assert any(b.payload.startswith("callback:window:") for b in dialogue.buttons)
