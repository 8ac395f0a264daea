"""A person asks for help (translation, transport): the form of the service, each field checked
for its type, the summary, sending. The clock is Monday 23 November 2026, 09:00 in Warsaw."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.assist import fill_translation, send_payload, send_translation, up_to_the_form
from tests.support.callbacks import STAFF_CHAT
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


async def test_a_help_service_is_offered_on_its_page_and_asks_consent_name_and_phone_first(
    dialogue,
):
    await dialogue.send("/services")
    await dialogue.press("Document translation")
    await dialogue.press("Ask for this help")
    assert "Document translation" in dialogue.text
    assert "To arrange this help for you, we need your name" in dialogue.text
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "1/4 Which document?" in dialogue.text
    assert [b.label for b in dialogue.buttons] == [
        "Birth certificate",
        "Diploma",
        "Other",
        "« Back",
        "✖ Cancel",
    ]


async def test_a_translation_request_is_summarised_sent_and_confirmed(dialogue, delivery, platform):
    await fill_translation(dialogue, note="Two pages, stamped")
    summary = dialogue.text
    for expected in (
        "Please check your request: Document translation",
        "Name: Olena",
        "Phone: +48 601 234 567",
        "Which document? — Diploma",
        "When do you need it? — Tuesday, 1 December 2026",
        "From which language? — Ukrainian",
        "Anything else? — Two pages, stamped",
    ):
        assert expected in summary
    await dialogue.payload(send_payload(dialogue))
    assert "Request #P1 for “Document translation” has been sent" in dialogue.text
    assert "Staff are at work now" in dialogue.text
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Prośba o pomoc nr P1: Tłumaczenie dokumentu" in card.text


async def test_a_date_in_the_past_is_refused_with_a_clear_message_and_asked_again(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("20.11.2026")
    assert "That date has already passed" in dialogue.text
    assert "2/4 When do you need it?" in dialogue.text  # the same question again
    await dialogue.send("20.11")  # three days ago, without the year: a slip, not next year
    assert "That date has already passed" in dialogue.text
    await dialogue.send("soon")
    assert "couldn't read that date" in dialogue.text
    await dialogue.send("31.11")
    assert "There is no 31.11: November has only 30 days." in dialogue.text
    await dialogue.send("2026-12-12")
    assert "3/4 From which language?" in dialogue.text


async def test_the_next_days_are_offered_as_buttons_and_today_is_accepted(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    labels = [b.label for b in dialogue.buttons]
    assert labels[:3] == ["Today, Mon 23 Nov", "Tomorrow, Tue 24 Nov", "Wed 25 Nov"]
    await dialogue.press("Today")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "When do you need it? — Monday, 23 November 2026" in dialogue.text


async def test_a_date_without_a_year_in_january_is_next_year(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("5.1")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "Tuesday, 5 January 2027" in dialogue.text


async def test_a_bad_time_is_refused_and_a_short_one_understood(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("25:00")  # no such hour: said so, not «couldn't read» (tester 40, F11)
    assert "There is no such time as 25:00: the hours go from 00:00 to 23:59" in dialogue.text
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("half past ninety")
    assert "couldn't read that time" in dialogue.text
    await dialogue.send("9.30")
    assert "3/3 Where to?" in dialogue.text
    await dialogue.send("Urząd Wojewódzki, Kielce")
    # the phone field takes the phone just given: not asked again
    summary = dialogue.text
    assert "At what time? — 09:30" in summary
    assert "Where to? — Urząd Wojewódzki, Kielce" in summary
    assert "Your phone" not in summary and summary.count("+48 601 234 567") == 1


async def test_an_optional_field_can_be_skipped_and_is_left_out_of_the_staff_card(
    dialogue, delivery, platform
):
    await fill_translation(dialogue)  # the note skipped
    assert "Anything else? — —" in dialogue.text
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Jaki dokument? — Dyplom" in card.text and "Coś jeszcze" not in card.text


async def test_a_required_field_has_no_skip_and_a_forged_skip_is_refused(dialogue):
    await up_to_the_form(dialogue, "translation")
    assert not [b for b in dialogue.buttons if b.payload.startswith("assist:skip")]
    await dialogue.payload("assist:skip:0")
    assert "no longer active" in dialogue.text
    await dialogue.payload("assist:pick:0:1")  # the form goes on where it was
    assert "2/4 When do you need it?" in dialogue.text


async def test_a_button_of_an_earlier_question_is_not_taken_as_an_answer(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.payload("assist:pick:0:0")  # "Birth certificate", tapped on the old message
    assert "That button belongs to an earlier question" in dialogue.text
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.payload("assist:skip:3")
    await dialogue.payload("assist:pick:1:20261124")  # a day, tapped at the summary
    assert "That button belongs to an earlier question" in dialogue.text
    assert "Which document? — Diploma" in dialogue.text
    assert "When do you need it? — Tuesday, 1 December 2026" in dialogue.text


async def test_a_choice_can_be_typed_by_its_label(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("diploma")
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "Which document? — Diploma" in dialogue.text  # the option, not the typed word


async def test_another_language_is_typed_and_ours_are_recognised_by_name(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("1.12")
    await dialogue.press("Another language")
    assert "Type the name of the language" in dialogue.text
    await dialogue.send("Georgian")
    await dialogue.payload("assist:skip:3")
    assert "From which language? — Georgian" in dialogue.text
    await dialogue.press("Change something")
    await dialogue.press("From which language")
    await dialogue.send("польська")
    assert "From which language? — Polish" in dialogue.text


async def test_a_long_text_is_kept_shortened_not_refused(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:2:uk")
    await dialogue.send("Please hurry, " + "the office needs it soon " * 30)
    assert "the first 500 characters were kept" in dialogue.text
    assert "Anything else? — Please hurry, the office needs it soon" in dialogue.text
    assert "…" in dialogue.text
    assert "Which document? — Diploma" in dialogue.text


async def test_the_contact_number_is_changed_with_the_name_or_phone_shared_or_typed(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.press("Change something")
    assert not any("Your phone" in b.label for b in dialogue.buttons)  # «Change the phone» does
    await dialogue.press("Change the phone")
    assert dialogue.replies[0].request_contact  # Telegram's "share my phone number"
    await dialogue.send("12345")
    assert "does not look like a valid phone number" in dialogue.text
    await dialogue.share_contact("380501234567")
    assert "Phone: +380 50 123 4567" in dialogue.text
    assert "+48 601 234 567" not in dialogue.text and "Your phone" not in dialogue.text


async def test_a_ukrainian_number_typed_for_the_contact_number_is_read_as_plus_380(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.press("Change something")
    await dialogue.press("Change the phone")
    await dialogue.send("(050) 123-45-67")
    assert "+380 50 123 4567 (read as a Ukrainian number" in dialogue.text
    assert "Phone: +380 50 123 4567" in dialogue.text


async def test_changing_one_answer_goes_back_to_the_summary(dialogue):
    await fill_translation(dialogue)
    await dialogue.press("Change something")
    await dialogue.press("Which document")
    await dialogue.press("Birth certificate")
    assert "Please check your request" in dialogue.text
    assert "Which document? — Birth certificate" in dialogue.text
    assert "When do you need it? — Tuesday, 1 December 2026" in dialogue.text


async def test_a_language_change_in_the_middle_asks_the_same_question_in_the_new_language(
    dialogue,
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.payload("language:uk")
    assert "2/4 Коли потрібно?" in dialogue.text
    assert "Сьогодні" in dialogue.buttons[0].label
    await dialogue.send("1.12")
    assert "3/4 З якої мови?" in dialogue.text


async def test_tapping_send_twice_creates_one_request(app, dialogue, delivery, platform):
    await fill_translation(dialogue)
    payload = send_payload(dialogue)
    await dialogue.payload(payload)
    await dialogue.payload(payload)
    assert "already been sent (#P1)" in dialogue.text
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1


async def test_cancel_sends_nothing(dialogue, delivery, platform):
    await fill_translation(dialogue)
    await dialogue.press("Cancel")
    assert "Nothing was sent" in dialogue.text
    await delivery.run()
    assert platform.to(STAFF_CHAT) == []


async def test_only_the_offices_help_services_can_be_opened(dialogue):
    for payload in ("assist:open:polish_a1", "assist:open:nothing", "assist:open"):
        await dialogue.payload(payload)
        assert "no longer active" in dialogue.text, payload
    await dialogue.payload("assist")
    assert [b.label for b in dialogue.buttons][:2] == [
        "Document translation",
        "Transport to a meeting",
    ]


async def test_danger_words_in_a_note_show_the_help_lines_and_make_the_request_urgent(
    dialogue, delivery, platform
):
    await send_translation(dialogue, note="my husband beats me, I need the papers fast")
    assert "112" in dialogue.text
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "PILNE" in card.text


async def test_danger_words_where_a_date_is_asked_show_the_help_lines_and_the_question_again(
    dialogue,
):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("he beats me every day")
    assert "112" in dialogue.text
    assert "2/4 When do you need it?" in dialogue.text


async def test_a_language_change_at_the_summary_shows_it_again_in_the_new_language(dialogue):
    await fill_translation(dialogue)
    await dialogue.payload("language:pl")
    assert "Sprawdź swoją prośbę: Tłumaczenie dokumentu" in dialogue.text
    assert "Jaki dokument? — Dyplom" in dialogue.text
    assert "Na kiedy? — wtorek, 1 grudnia 2026" in dialogue.text


async def test_out_of_hours_the_person_hears_when_staff_will_get_back_to_them(dialogue, clock):
    clock.now = dt.datetime(2026, 11, 28, 14, 0, tzinfo=dt.UTC)  # Saturday 15:00, closed at 14
    await send_translation(dialogue)
    assert "they will get back to you on Monday, 30 November, after 08:00" in dialogue.text


async def test_in_the_evening_ukrainian_speakers_hear_staff_will_answer_tomorrow(dialogue, clock):
    clock.now = dt.datetime(2026, 11, 23, 17, 0, tzinfo=dt.UTC)  # Monday 18:00
    dialogue.language_hint = "uk"
    await send_translation(dialogue)
    assert "Запит № P1 («Переклад документа») надіслано" in dialogue.text
    assert "працівники зв'яжуться з вами завтра після 08:00" in dialogue.text


async def test_a_time_already_past_today_is_refused(dialogue):
    await up_to_the_form(dialogue, "transport")  # Monday 23 November 2026, 09:00
    await dialogue.send("23.11")
    await dialogue.send("8:30")
    assert "That time has already passed today (it is 09:00 now)" in dialogue.text
    assert "2/3 At what time?" in dialogue.text
    await dialogue.send("10:00")
    assert "3/3 Where to?" in dialogue.text


async def test_only_days_the_office_works_are_offered_and_a_closed_day_is_refused(dialogue):
    await up_to_the_form(dialogue, "transport")
    days = [b.label for b in dialogue.buttons if b.payload.startswith("assist:pick:0:")]
    assert not any(label.startswith("Sun") for label in days)
    assert len(days) == 6
    await dialogue.send("29.11")  # a Sunday: the office is closed
    assert "does not work on Sunday, 29 November" in dialogue.text
    await dialogue.send("25.12")  # Christmas Day
    assert "does not work on Friday, 25 December" in dialogue.text


async def test_the_summary_gives_the_phone_once(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("10:00")
    await dialogue.send("Urząd Wojewódzki")
    assert dialogue.text.count("601 234 567") == 1


async def test_a_typed_language_must_name_a_language_in_any_grammatical_form(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Diploma")
    await dialogue.send("24.11")
    await dialogue.send("Szpital")  # a word, not a language
    assert "That does not look like the name of a language" in dialogue.text
    assert "3/4 From which language?" in dialogue.text
    await dialogue.send("грузинською")
    assert "4/4" in dialogue.text  # taken: the next question


async def test_other_asks_which_and_the_typed_words_are_the_answer(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.press("Other")
    assert "Tell us in a few words what it is" in dialogue.text
    await dialogue.send("Marriage certificate")
    assert "2/4 When do you need it?" in dialogue.text
    await dialogue.send("24.11")
    await dialogue.payload("assist:pick:2:pl")
    await dialogue.payload("assist:skip:3")
    assert "Which document? — Other: Marriage certificate" in dialogue.text


async def test_the_staff_card_gives_the_contact_number_once(dialogue, delivery, platform):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert card.text.count("601 234 567") == 1


async def test_a_question_typed_at_a_choice_is_offered_an_answer_not_taken_as_other(dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("how much does a sworn translation cost?")
    assert "Which document? — how much" not in dialogue.text
    assert any(b.payload == "typed:answer" for b in dialogue.buttons)


async def test_a_number_of_people_must_be_at_least_one_unless_the_field_says_so(tmp_path, clock):
    catalogue_ = catalogue()
    fields = catalogue_["services"]["transport"]["fields"]
    every = ("uk", "ru", "en", "pl")  # a label needs every offered language (`infopoint check`)
    people, bags = (
        {code: text for code in every} for text in ("How many people?", "How many bags?")
    )
    fields[3:3] = [
        {"id": "people", "type": "number", "label": people},
        {"id": "bags", "type": "number", "min": 0, "max": 5, "label": bags},
    ]
    app = await build(write_config(tmp_path, **catalogue_), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001")
        await up_to_the_form(olena, "transport")
        await olena.send("24.11")
        await olena.send("10:00")
        await olena.send("the hospital")
        assert "How many people?" in olena.text
        await olena.send("0")
        assert "must be at least 1" in olena.text and "How many people?" in olena.text
        await olena.send("2")
        assert "How many bags?" in olena.text
        await olena.send("6")
        assert "at most 5" in olena.text and "How many bags?" in olena.text
        await olena.send("0")  # none: an answer this field takes
        assert "Is everything correct?" in olena.text and "How many bags? — 0" in olena.text
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("lang", "typed", "count"),
    [("uk", "двоє", "2"), ("uk", "нас троє", "3"), ("ru", "трое", "3"), ("ru", "два", "2")]
    + [("en", "two", "2"), ("en", "ten people", "10"), ("pl", "dwie", "2"), ("pl", "dwoje", "2")],
)
async def test_a_number_of_people_written_as_a_word_is_taken(tmp_path, clock, lang, typed, count):
    catalogue_ = catalogue()
    fields = catalogue_["services"]["transport"]["fields"]
    label = {code: "How many people?" for code in ("uk", "ru", "en", "pl")}
    fields[3:3] = [{"id": "people", "type": "number", "label": label}]
    app = await build(write_config(tmp_path, **catalogue_), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint=lang)
        await up_to_the_form(olena, "transport")
        await olena.send("24.11")
        await olena.send("10:00")
        await olena.send("the hospital")
        await olena.send(typed)
        assert f"How many people? — {count}" in olena.text  # the summary
    finally:
        await app.close()


async def test_a_georgian_mobile_typed_without_its_code_is_chosen_not_guessed(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.press("Change something")
    await dialogue.press("Change the phone")
    await dialogue.send("555 12 34 56")
    assert "can be read two ways: +48 55 512 34 56 (Poland, landline)" in dialogue.text
    await dialogue.press("Georgia")
    assert "Phone: +995 555 12 34 56" in dialogue.text
    assert "+48 55 512 34 56" not in dialogue.text


async def test_the_forms_own_phone_field_asks_which_reading_never_saves_a_guess(
    dialogue, delivery, platform
):
    """The transport form's own `type: phone` field, asked (an «✏️ Your phone» button of the
    summary before the field followed the contact number): «555 12 34 56» is a Georgian mobile
    or a Polish landline, and is asked about as at the contact step (tester 40, F12), never
    saved as +48 on a guess; the reading chosen goes to staff."""
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.payload("assist:fix:3")
    await dialogue.send("555 12 34 56")
    assert "can be read two ways: +48 55 512 34 56 (Poland, landline)" in dialogue.text
    assert "Phone: +48 55 512 34 56" not in dialogue.text
    await dialogue.press("Georgia")
    assert "Phone: +995 555 12 34 56" in dialogue.text  # the summary, the reading chosen
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "+995 555 12 34 56" in card.text and "+48 55 512" not in card.text


async def test_the_forms_own_phone_field_asks_about_a_polish_mobile_with_digits_more(dialogue):
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("Kielce")
    await dialogue.payload("assist:fix:3")
    await dialogue.send("601 234 567 89")  # never saved as +60 12-345 6789 (Malaysia)
    assert "has more digits than a Polish mobile number" in dialogue.text
    assert "Phone: +60" not in dialogue.text


async def test_a_home_number_typed_alone_later_in_the_form_is_asked_about_first(dialogue):
    """A number typed alone at a later question corrects the contact number (person/corrected):
    «555 12 34 56» there is asked about as at the phone step, not taken as +48 55 …"""
    await up_to_the_form(dialogue, "transport")
    await dialogue.send("24.11")
    await dialogue.send("14")
    await dialogue.send("555 12 34 56")  # at «Where to?»
    assert "can be read two ways: +48 55 512 34 56 (Poland, landline)" in dialogue.text
    assert "Phone: +48 55" not in dialogue.text
    await dialogue.press("Georgia")
    assert "Phone: +995 555 12 34 56" in dialogue.text
    assert "Where to?" in dialogue.text  # the question it was typed at, again
    await dialogue.send("Kielce")
    assert "Phone: +995 555 12 34 56" in dialogue.text  # the summary
