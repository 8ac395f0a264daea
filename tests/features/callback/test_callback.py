"""A person asks for a callback: the flow, its validation, and when they are told to expect it."""

from __future__ import annotations

import asyncio
import datetime as dt

from bot.channels.viber import adapter as viber_adapter
from bot.core import markup
from tests.support.callbacks import (
    STAFF_CHAT,
    StaffMember,
    at_the_name_step,
    confirm_payload,
    request_callback,
)
from tests.support.dialogue import Dialogue


async def test_a_confirmed_request_reaches_the_staff_chat_once_with_what_the_person_entered(
    dialogue, delivery, platform
):
    await dialogue.send("/callback")
    assert "Gmina Starachowice" in dialogue.text  # who the administrator is
    assert "30 days" in dialogue.text and "/forget" in dialogue.text
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.press("Documents")
    await dialogue.press("PESEL")
    await dialogue.send("My son needs a PESEL number")
    await dialogue.press("Українська")
    await dialogue.press("afternoon")
    summary = dialogue.text
    for expected in (
        "Olena",
        "+48 601 234 567",
        "PESEL",
        "My son needs",
        "Language of the call: Ukrainian",
        "When: in the afternoon (after 12:00)",  # the window's button label, lower case
    ):
        assert expected in summary
    await dialogue.press("Send the request")
    assert "Request #T1 has been sent" in dialogue.text
    await delivery.run()
    [staff_message] = platform.to(STAFF_CHAT)
    for expected in (
        "nr T1",
        "Olena",
        "+48 601 234 567",
        "Numer PESEL",
        "My son needs",
        "Kiedy: po połud",
    ):
        assert expected in staff_message.text
    labels = [b.label for row in staff_message.reply.buttons for b in row]
    assert labels == ["🙋 Biorę", "✅ Załatwione", "📵 Nie odbiera"]


async def test_tapping_confirm_twice_creates_one_request_and_says_it_was_already_sent(
    dialogue, delivery, platform, app
):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("+380 50 123 4567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    confirm = confirm_payload(dialogue)
    await dialogue.payload(confirm)
    await dialogue.payload(confirm)
    assert "already been sent (#T1)" in dialogue.text
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1
    staff = StaffMember(app.core)
    await staff.command("/requests")
    assert "Otwarte prośby: 1" in staff.text


async def test_two_simultaneous_confirm_taps_create_one_request(app, dialogue, delivery, platform):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    confirm = confirm_payload(dialogue)
    first, second = await asyncio.gather(dialogue.payload(confirm), dialogue.payload(confirm))
    texts = " | ".join(markup.to_plain(r.text) for r in first + second)
    assert "already been sent (#T1)" in texts and "Request #T1 has been sent" in texts
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1


async def test_declining_consent_stores_nothing_and_points_to_hours_and_places(
    dialogue, delivery, platform
):
    await dialogue.send("/callback")
    await dialogue.press("No, thanks")
    assert "nothing was stored" in dialogue.text
    assert "ul. Radomska 45" in dialogue.text  # where else to get help
    await dialogue.send("/mydata")
    assert "Saved for the next request" not in dialogue.text
    assert "Callback requests" not in dialogue.text
    await delivery.run()
    assert platform.sent == []


async def _at_the_phone_step(dialogue: Dialogue) -> None:
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")


async def test_an_invalid_phone_is_asked_again_with_an_example(dialogue):
    await _at_the_phone_step(dialogue)
    await dialogue.send("12345")
    assert "+48 601 234 567" in dialogue.text  # the example
    assert dialogue.replies[0].request_contact  # the share button is still offered
    await dialogue.share_contact("380501234567")  # Telegram shares digits without "+"
    assert "+380 50 123 4567" in dialogue.text
    assert "What is it about" in dialogue.text


async def test_a_question_typed_at_the_phone_step_is_offered_an_answer_or_the_form_again(
    dialogue,
):
    await _at_the_phone_step(dialogue)
    await dialogue.send("how much does meldunek cost?")
    assert "looks like a question" in dialogue.text
    assert "valid" not in dialogue.text  # not taken for a wrong phone number
    await dialogue.press("back to the form")
    assert dialogue.replies[0].request_contact  # the phone is asked again
    await dialogue.send("601234567")
    assert "What is it about" in dialogue.text


async def test_danger_written_at_the_phone_step_brings_the_help_lines_then_the_phone_again(
    dialogue,
):
    await _at_the_phone_step(dialogue)
    await dialogue.send("he threatens to kill me")
    assert "112" in dialogue.replies[0].text
    assert "valid" not in dialogue.text and dialogue.replies[-1].request_contact


async def test_something_else_needs_a_description_and_what_is_typed_stays_plain_text(
    dialogue, delivery, platform
):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("*Ola* [x]")
    await dialogue.send("601234567")
    await dialogue.press("Something else")
    assert not any(b.payload == "callback:skip" for b in dialogue.buttons)
    await dialogue.send("   ")
    assert "describe your matter" in dialogue.text
    await dialogue.send("**not bold** [link](https://example.org) <b>")
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    staff_text = platform.to(STAFF_CHAT)[0].reply.text
    rendered = markup.to_html(staff_text)
    assert "<a " not in rendered and "<b>not bold" not in rendered and "&lt;b&gt;" in rendered
    assert "**not bold** [link](https://example.org) <b>" in markup.to_plain(staff_text)
    assert "*Ola* [x]" in markup.to_plain(staff_text)


async def test_typing_where_a_button_is_expected_repeats_the_question(dialogue):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601234567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.send("whichever you like")
    assert "Please answer with the buttons" in dialogue.text
    # what may be typed instead, as the buttons say it (without their emoji)
    typed = "“English”, “Українська”, “Русский”, “Polski” or “Cancel”"
    assert f"You can also type your answer: {typed}." in dialogue.text
    assert "In which language should we call you?" in dialogue.text


async def test_correcting_the_language_goes_back_to_the_summary(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601234567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.press("Skip")
    await dialogue.press("Українська")
    await dialogue.press("morning")
    await dialogue.press("Change something")
    await dialogue.press("Language of the call")
    await dialogue.press("Polski")
    assert "Please check your request" in dialogue.text
    assert "Language of the call: Polish" in dialogue.text
    assert "When: in the morning (before 12:00)" in dialogue.text


async def test_correcting_name_and_phone_reuses_the_saved_details_step(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601234567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.press("Skip")
    await dialogue.press("English")
    await dialogue.press("morning")
    await dialogue.press("Change something")
    await dialogue.press("Change the name")
    await dialogue.send("Olena K.")
    await dialogue.send("+48 602 000 111")
    assert "Olena K." in dialogue.text and "+48 602 000 111" in dialogue.text
    assert dialogue.button("Send the request")


async def test_cancel_leaves_the_flow_and_sends_nothing(dialogue, delivery, platform):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601234567")
    await dialogue.press("Cancel")
    assert "Nothing was sent" in dialogue.text
    await dialogue.payload("callback:language:uk")  # a button of the abandoned flow
    assert "no longer active" in dialogue.text
    await delivery.run()
    assert platform.sent == []


async def test_forged_callback_payloads_get_the_polite_expired_answer(dialogue):
    for payload in (
        "callback:send:deadbeef",
        "callback:topic:no_such_topic",
        "callback:zz",
        "callback:rate:1:5",
        "callback:stop:x",
    ):
        await dialogue.payload(payload)
        assert "no longer active" in dialogue.text, payload
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601234567")
    await dialogue.payload("callback:topic:../../etc")
    assert "no longer active" in dialogue.text


async def test_during_working_hours_the_person_hears_staff_will_call_soon(dialogue):
    text = await request_callback(dialogue)  # Monday 09:00
    assert "at work now" in text


async def test_an_afternoon_call_asked_in_the_morning_is_expected_today_after_noon(dialogue):
    text = await request_callback(dialogue, window="pm")
    assert "today after 12:00" in text


async def test_a_morning_call_asked_on_thursday_afternoon_does_not_say_staff_are_away(
    dialogue, clock
):
    clock.now = dt.datetime(2026, 12, 3, 14, 12, tzinfo=dt.UTC)  # Thursday 15:12, open 08-16
    text = await request_callback(dialogue, window="am")
    assert "not at work now" not in text
    assert "Staff are at work now, but the time of day you chose has already passed today." in text
    assert "Expect a call tomorrow (4 December) after 08:00." in text


async def test_the_passed_morning_is_explained_in_ukrainian_too(dialogue, clock):
    clock.now = dt.datetime(2026, 12, 3, 14, 12, tzinfo=dt.UTC)
    dialogue.language_hint = "uk"
    text = await request_callback(dialogue, window="am")
    assert "неробочий" not in text
    assert "обраний вами час на сьогодні вже минув. Очікуйте дзвінка завтра (4 грудня)" in text


async def test_before_opening_the_person_hears_staff_are_not_at_work_yet_today(dialogue, clock):
    clock.now = dt.datetime(2026, 12, 3, 6, 0, tzinfo=dt.UTC)  # Thursday 07:00
    text = await request_callback(dialogue)
    assert "Staff are not at work now. Expect a call today after 08:00." in text


async def test_on_friday_evening_the_call_is_expected_tomorrow_at_the_saturday_hours(
    dialogue, clock
):
    clock.now = dt.datetime(2026, 11, 27, 17, 0, tzinfo=dt.UTC)  # Friday 18:00 in Warsaw
    text = await request_callback(dialogue)
    assert "not at work now" in text
    assert "tomorrow (28 November) after 10:00" in text


async def test_on_saturday_afternoon_the_weekday_is_named_in_the_persons_language(dialogue, clock):
    clock.now = dt.datetime(2026, 11, 28, 14, 30, tzinfo=dt.UTC)  # Saturday 15:30 in Warsaw
    dialogue.language_hint = "uk"
    text = await request_callback(dialogue)
    assert "понеділок, 30 листопада, після 08:00" in text


async def test_public_holidays_are_skipped_when_saying_when_to_expect_the_call(dialogue, clock):
    # Wednesday 23 December, 19:00: 24-26 December are public holidays, 27th is a Sunday.
    clock.now = dt.datetime(2026, 12, 23, 18, 0, tzinfo=dt.UTC)
    dialogue.language_hint = "pl"
    text = await request_callback(dialogue)
    assert "poniedziałek, 28 grudnia, po 08:00" in text


async def test_opening_hours_validity_dates_are_respected(tmp_path, clock):
    from bot.app import build
    from tests.conftest import write_config

    hours = [
        {
            "weekday": "monday",
            "from": "08:00",
            "to": "16:00",
            "place": "info_point",
            "valid_until": "2026-11-23",
        },
        {
            "weekday": "thursday",
            "from": "09:00",
            "to": "12:00",
            "place": "info_point",
            "valid_from": "2026-12-01",
        },
    ]
    app = await build(write_config(tmp_path, opening_hours=hours), clock=clock, search="off")
    try:
        clock.now = dt.datetime(2026, 11, 23, 16, 0, tzinfo=dt.UTC)  # Monday 17:00
        text = await request_callback(Dialogue(app.core))
        assert "Thursday, 3 December, after 09:00" in text
    finally:
        await app.close()


async def test_someone_elses_contact_card_is_asked_about_not_taken_as_the_phone(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.event(contact_phone="48601999888", contact_is_own=False)
    assert "someone else" in dialogue.text and "+48 601 999 888" in dialogue.text
    await dialogue.press("No, I'll give mine")
    await dialogue.share_contact("380501234567")  # her own card this time
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    assert "+380 50 123 4567" in dialogue.text and "601 999 888" not in dialogue.text


async def test_a_contact_card_confirmed_by_the_person_is_the_number_to_call(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.event(contact_phone="48601999888", contact_is_own=False)
    await dialogue.press("Yes, call this number")
    assert "+48 601 999 888" in dialogue.text  # "Phone: ..." and the next question
    assert "What is it about" in dialogue.text


async def test_a_long_description_is_kept_shortened_not_refused(dialogue):
    story = " ".join(["My employer has not paid me for two months and keeps my passport."] * 30)
    await request_callback(dialogue, description=story)
    await dialogue.send("/mydata")
    assert "My employer has not paid me for two months" in dialogue.text
    assert "…" in dialogue.text


async def test_the_matter_typed_at_the_topic_question_is_kept_as_its_description(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("у меня проблема с работодателем")
    assert "Please answer with the buttons" not in dialogue.text
    await dialogue.payload("callback:language:ru")
    await dialogue.payload("callback:window:asap")
    assert "у меня проблема с работодателем" in dialogue.text  # the summary


async def test_start_in_the_middle_of_the_form_asks_before_closing_it(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Jo")
    await dialogue.send("/start")
    assert "You are filling in a form. Leave it and start again?" in dialogue.text
    await dialogue.press("Go on with the form")  # nothing typed is lost
    assert "The form goes on where you left it" in dialogue.text
    assert "Your phone number" in dialogue.text
    await dialogue.send("/start")
    await dialogue.press("Leave the form")
    assert "The form you were filling in is closed and nothing was sent." in dialogue.text
    assert "Hello!" in dialogue.text
    await dialogue.send("/start")
    assert "The form you were filling in" not in dialogue.text


async def test_help_or_an_unknown_command_in_a_form_shows_its_question_again(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Jo")
    await dialogue.send("/help")
    assert "How to use this bot" in dialogue.text
    assert "Your phone number" in dialogue.text  # the form goes on, visibly
    await dialogue.send("/foo")
    assert "I don't know this command" in dialogue.text
    assert "Your phone number" in dialogue.text
    await dialogue.send("601 234 567")
    assert "Phone" in dialogue.text  # the same form, at its next step


async def test_on_viber_a_shared_contact_is_asked_about_as_viber_does_not_say_whose_it_is(app):
    olena = Dialogue(app.core, user_id="v-olena", channel="viber")
    await olena.send("/callback")
    await olena.press("I agree")
    await olena.send("Olena")
    # what Viber sends for the "share my phone" button and for a card from the address book
    incoming = viber_adapter.to_incoming(
        "v-olena",
        "en",
        {"type": "contact", "contact": {"name": "Ola", "phone_number": "48601999888"}},
    )
    assert incoming is not None
    await olena.event(contact_phone=incoming.contact_phone, contact_is_own=incoming.contact_is_own)
    assert "Should we call this number about your request: +48 601 999 888?" in olena.text
    assert "someone else" not in olena.text  # it may well be hers
    await olena.press("No, I'll type another")
    await olena.send("+380 50 123 4567")
    assert "+380 50 123 4567" in olena.text and "What is it about" in olena.text


async def test_on_viber_a_shared_contact_confirmed_is_the_number_to_call(app):
    olena = Dialogue(app.core, user_id="v-olena", channel="viber")
    await olena.send("/callback")
    await olena.press("I agree")
    await olena.send("Olena")
    await olena.event(contact_phone="48601999888", contact_is_own=None)
    await olena.press("Yes, call this number")
    assert "+48 601 999 888" in olena.text and "What is it about" in olena.text


async def test_a_name_with_markup_typed_is_a_name_and_shown_to_staff_as_typed(
    dialogue, delivery, platform
):
    """«Olena <b>Kowal</b> & <i>x»: no question (tester 23, item 18); staff see it literally."""
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena <b>Kowal</b> & <i>x")
    assert "question" not in dialogue.text and "phone" in dialogue.text
    await dialogue.send("601234567")
    await dialogue.press("Something else")
    await dialogue.send("A letter from the office")
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    staff_text = platform.to(STAFF_CHAT)[0].reply.text
    assert "Olena <b>Kowal</b> & <i>x" in markup.to_plain(staff_text)
    assert "&lt;b&gt;Kowal&lt;/b&gt; &amp; &lt;i&gt;x" in markup.to_html(staff_text)
