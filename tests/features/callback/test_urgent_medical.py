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
    request_callback,
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


async def test_a_medical_emergency_outside_a_form_flags_the_next_request_with_its_reason(
    app, dialogue, clock
):
    dialogue.language_hint = "uk"
    await dialogue.send("мама впала і не встає")
    assert dialogue.replies[0].text.startswith("🚑")
    await dialogue.send("/callback")  # just read: neither the ambulance's lines again ...
    assert "999" not in dialogue.text and "800 120 002" not in dialogue.text  # ... nor the block
    await dialogue.send("/cancel")
    sent = await request_callback(dialogue, topic="other", description="потрібен лікар вдома")
    assert "999" in sent and "800 190 590" in sent  # what helps tonight, not only 112
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "🚨 📞 Prośba o telefon nr T1" in anna.text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    card = platform.to(STAFF_CHAT)[0].text
    assert card.splitlines()[0] == "🚨 PILNE — osoba pisała o nagłym stanie zagrożenia zdrowia"
    # the reason by its kind; the words quoted on a line of their own (tester 38, F4)
    assert "мама" not in card.splitlines()[0] and "„мама впала і не встає”" in card
    clock.advance(hours=13)  # the day after: an ordinary request is not urgent
    await request_callback(dialogue, topic="pesel")
    await anna.command("/requests")
    assert (
        "📞 Prośba o telefon nr T2" in anna.text and "🚨 📞 Prośba o telefon nr T2" not in anna.text
    )


async def test_after_a_medical_emergency_the_closed_office_notice_names_the_ambulance(
    dialogue, clock
):
    clock.advance(days=5, hours=9)  # Saturday 18:00: the office closed
    await dialogue.payload("language:en")
    await dialogue.send("my grandma fell and can't get up")
    clock.advance(hours=1)
    await dialogue.send("/callback")
    notice = dialogue.text
    assert "Nobody can call you right now" in notice
    assert "999" in notice and "800 190 590" in notice  # an ambulance, night care
    assert "800 120 002" not in notice  # not the domestic-violence line
    await dialogue.press("Leave my number anyway")
    assert "Do you agree?" in dialogue.text


async def test_danger_typed_after_a_medical_emergency_still_brings_the_help_lines(
    app, dialogue, clock
):
    dialogue.language_hint = "en"
    await dialogue.send("my friend collapsed, call an ambulance")
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Maria")
    await dialogue.send("601 234 567")  # urgent: the short path's one question (F4)
    await dialogue.send("my husband beats me and I need a lawyer")
    assert "800 120 002" in dialogue.text  # the ambulance's lines are not the help lines
    await dialogue.payload("callback:reach:call")
    await dialogue.payload(confirm_payload(dialogue))
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert platform.to(STAFF_CHAT)[0].text.startswith("🚨 PILNE — osoba pisała o przemocy")
