"""Booking a visit as a person sees it, through the core: choices, details, confirmation."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import Clock, write_config
from tests.support.bookings import (
    STAFF_CHAT,
    TUE_1330,
    book,
    book_and_confirm,
    confirm_button,
    to_chat,
)
from tests.support.dialogue import Dialogue


async def test_a_visit_is_booked_step_by_step_and_confirmed_in_the_users_language(app, dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.press("Міська рада")
    assert "Оберіть день" in dialogue.text
    await dialogue.press("вт, 24 лист.")
    await dialogue.press("13:30")
    await dialogue.press("PESEL")
    assert "Погоджуюся" in dialogue.buttons[0].label  # the shared consent step
    await dialogue.press("Погоджуюся")
    await dialogue.send("Олена")
    await dialogue.share_contact("380501234567")
    assert "Перевірте" in dialogue.text and "+380 50 123 4567" in dialogue.text
    await dialogue.press("Підтвердити")
    text = dialogue.text
    assert "Ви записані" in text
    assert "вівторок, 24 листопада 2026\u202fр., 13:30" in text
    assert "Biuro Obsługi Mieszkańca, stanowisko nr 4" in text
    assert "ul. Radomska 45, 27-200 Starachowice" in text
    assert "кольорове фото 35×45 мм" in text  # what to bring for PESEL
    attachment = dialogue.replies[0].attachment
    assert attachment is not None and attachment.filename.endswith(".ics")
    assert attachment.mime_type == "text/calendar"
    assert b"DTSTART:20261124T123000Z\r\n" in attachment.content


async def test_the_staff_chat_learns_of_the_new_booking_in_polish(app, dialogue):
    await book_and_confirm(dialogue, name="Olena *bold*")
    staff = await to_chat(app.core, STAFF_CHAT)
    assert len(staff) == 1
    assert "Nowa wizyta" in staff[0].text
    assert "wtorek, 24 listopada 2026, 13:30" in staff[0].text
    assert "Olena *bold*" in staff[0].text  # shown exactly as typed, never as markup
    assert "+48 601 234 567" in staff[0].text
    assert "angielski" in staff[0].text  # the person's language
    assert staff[0].buttons[0].payload.startswith("visit:cancel:")


async def test_the_place_choice_is_skipped_when_only_one_place_has_duty(tmp_path, clock):
    config = write_config(
        tmp_path,
        duty=[{"weekday": "thursday", "from": "13:00", "to": "15:00", "place": "social_services"}],
    )
    app = await build(config, clock=clock)
    try:
        dialogue = Dialogue(app.core)
        await dialogue.send("/book")
        assert "Social Services Centre" in dialogue.text
        assert [b.label for b in dialogue.buttons][:3] == [
            "Thu 26 Nov",
            "Thu 3 Dec",
            "Thu 10 Dec",
        ]
    finally:
        await app.close()


async def test_only_future_slots_after_the_notice_are_offered(app, dialogue, clock):
    clock.advance(days=1, hours=2, minutes=30)  # Tuesday 11:30 in Warsaw; notice: 2 hours
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    times = [b.label for b in dialogue.buttons if b.payload.startswith("booking:time:")]
    assert times[0] == "13:30"
    assert len(times) == 8


async def test_a_full_day_is_not_shown(app, clock):
    thursday = [f"booking:time:social_services:2026112612{m:02d}" for m in (0, 15, 30, 45)]
    thursday += [f"booking:time:social_services:2026112613{m:02d}" for m in (0, 15, 30, 45)]
    for number, payload in enumerate(thursday):
        await book_and_confirm(Dialogue(app.core, user_id=f"u{number}"), payload)
    dialogue = Dialogue(app.core, user_id="late")
    await dialogue.send("/book")
    await dialogue.press("Social Services")
    days = [b.label for b in dialogue.buttons if b.payload.startswith("booking:day:")]
    assert "Thu 26 Nov" not in days and days[0] == "Thu 3 Dec"


async def test_confirming_twice_books_once_and_says_it_is_already_confirmed(app, dialogue):
    await book(dialogue)
    confirm = confirm_button(dialogue).payload
    await dialogue.payload(confirm)
    assert "is booked" in dialogue.text
    await dialogue.payload(confirm)
    assert "already confirmed" in dialogue.text
    assert len(await to_chat(app.core, STAFF_CHAT)) == 1
    await dialogue.send("/mybookings")
    assert dialogue.text.count("24 November 2026") == 1


async def test_a_second_booking_offers_the_saved_name_and_phone(app, dialogue):
    await book_and_confirm(dialogue, name="Olena")
    await dialogue.payload("booking:time:social_services:202611261200")
    await dialogue.payload("booking:topic:work")
    assert dialogue.button("Use: Olena")
    await dialogue.press("Use: Olena")
    assert "Please check" in dialogue.text and "Olena" in dialogue.text


async def test_nobody_holds_more_future_visits_than_allowed(app, dialogue):
    await book_and_confirm(dialogue, TUE_1330)
    await book_and_confirm(dialogue, "booking:time:social_services:202611261200")
    await dialogue.send("/book")
    assert "as many upcoming visits as one person can hold" in dialogue.text
    assert dialogue.button("My visits")


async def test_a_time_taken_meanwhile_is_refused_with_the_nearest_free_times(app, dialogue):
    await book(dialogue)
    await book_and_confirm(Dialogue(app.core, user_id="quicker"))
    await dialogue.payload(confirm_button(dialogue).payload)
    assert "no longer available" in dialogue.text
    offers = [b.label for b in dialogue.buttons if b.payload.startswith("booking:time:")]
    assert offers == [
        "Tue 24 Nov, 13:00 · City Hall (Urząd Miejski)",
        "Tue 24 Nov, 13:15 · City Hall (Urząd Miejski)",
        "Tue 24 Nov, 13:45 · City Hall (Urząd Miejski)",
    ]
    await dialogue.press("13:45")  # name, phone and topic are kept
    assert "Please check" in dialogue.text and "13:45" in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    assert "is booked" in dialogue.text


async def test_typed_text_while_choosing_gets_the_buttons_again(app, dialogue):
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.send("whenever suits you")
    assert "choose with the buttons" in dialogue.text
    assert any(b.payload.startswith("booking:day:") for b in dialogue.buttons)


async def test_cancel_command_leaves_the_booking_without_booking(app, dialogue):
    await book(dialogue)
    await dialogue.send("/cancel")
    await dialogue.send("/mybookings")
    assert "no upcoming visits" in dialogue.text
    assert await to_chat(app.core, STAFF_CHAT) == []


@pytest.mark.parametrize(
    "payload",
    [
        "booking:time:city_hall:209901011200",  # far beyond the horizon
        "booking:time:city_hall:202611241231",  # not a slot
        "booking:time:nowhere:202611241230",
        "booking:time:city_hall:garbage",
        "booking:day:city_hall:20261399",
        "booking:topic:pesel",  # a topic before any time was chosen
        "booking:confirm:deadbeef",
        "booking:cancel:999",
        "booking:zz",
    ],
)
async def test_forged_or_stale_booking_buttons_are_answered_politely(app, dialogue, payload):
    await dialogue.payload(payload)
    assert "no longer" in dialogue.text
    assert dialogue.buttons


async def test_somebody_elses_booking_cannot_be_cancelled_by_its_id(app, dialogue):
    await book_and_confirm(dialogue)
    intruder = Dialogue(app.core, user_id="intruder")
    await intruder.payload("booking:cancel_now:1")
    assert "no longer active" in intruder.text
    await dialogue.send("/mybookings")
    assert "24 November 2026" in dialogue.text


async def test_every_booking_button_fits_telegrams_64_bytes(tmp_path):
    long_place = "centrum_uslug_spolecznych"[:24]  # the longest place id config allows
    config = write_config(
        tmp_path,
        places={long_place: {"name": "CUS", "address": "ul. Majówka 21A"}},
        duty=[{"weekday": "tuesday", "from": "13:00", "to": "14:00", "place": long_place}],
        opening_hours=[],
    )
    app = await build(config, clock=Clock())
    try:
        dialogue = Dialogue(app.core)
        seen = []
        await dialogue.send("/book")
        seen += dialogue.buttons
        await dialogue.press("Tue")
        seen += dialogue.buttons
        await book_and_confirm(dialogue, f"booking:time:{long_place}:202611241230")
        seen += dialogue.buttons
        await dialogue.send("/mybookings")
        seen += dialogue.buttons
        assert all(len(b.payload.encode()) <= 64 for b in seen if b.payload)
    finally:
        await app.close()


async def test_a_summary_shown_again_keeps_its_button_but_a_new_time_needs_a_new_one(app, dialogue):
    await book(dialogue)
    first = confirm_button(dialogue).payload
    await dialogue.send("is this right?")
    assert "looks like a question" in dialogue.text
    await dialogue.press("back to the form")
    assert confirm_button(dialogue).payload == first  # the summary again, same button
    await dialogue.press("Change the time")
    await dialogue.press("14:00")
    assert "14:00" in dialogue.text and "Please check" in dialogue.text
    await dialogue.payload(first)  # the older summary showed 1:30
    assert "no longer active" in dialogue.text
    await dialogue.send("/mybookings")  # the form is open: leave it first? (nothing is sent)
    assert "Leave it and open /mybookings?" in dialogue.text
    await dialogue.press("Leave the form: /mybookings")
    assert "no upcoming visits" in dialogue.text


async def test_a_question_typed_while_choosing_a_day_is_answered_if_the_person_leaves_the_form(
    app, dialogue
):
    await dialogue.send("/book")
    await dialogue.send("what is pesel?")
    assert "looks like a question" in dialogue.text and "Nothing will be sent or booked" in (
        dialogue.text
    )
    await dialogue.press("answer my question")
    assert "nothing was sent" in dialogue.replies[0].text
    assert "PESEL" in dialogue.text  # the answer, as outside a form
    await dialogue.send("Tue")  # no longer choosing a day: a message like any other
    assert "Please choose with the buttons" not in dialogue.text
    await dialogue.payload("typed:answer")  # the offer's button again: nothing kept to answer
    assert "no longer active" in dialogue.text


async def test_danger_written_while_booking_brings_the_help_lines_and_the_step_again(app, dialogue):
    await dialogue.send("/book")
    await dialogue.send("my husband beats me")
    assert "112" in dialogue.replies[0].text  # the help lines first
    assert "Please choose with the buttons" in dialogue.text  # then the step, as before
    await dialogue.send("/callback")  # the request they make next is urgent: not asked when
    assert "112" not in dialogue.replies[0].text  # (the help lines were shown just now)
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:reach:call")  # (the short path: tester 38, F4)
    assert "When: as soon as possible" in dialogue.text


async def test_tomorrow_typed_at_the_days_chooses_tomorrow(app, dialogue):
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.send("tomorrow please")
    assert "Tuesday, 24 November 2026" in dialogue.text
    assert any(b.payload.startswith("booking:time:") for b in dialogue.buttons)
