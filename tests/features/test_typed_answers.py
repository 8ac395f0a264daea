"""A button's answer typed instead of tapped (bot/core/choices.py): on Viber and on old phones
people type «Русский», «так», «по-русски» where the buttons are. Text that names exactly one
button shown presses it; anything else gets the step's reply with what may be typed; danger
words and questions still go where they went; a free-text step takes its text as before."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.channels.test_console import run_chat
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config


async def at_the_call_language(dialogue: Dialogue) -> None:
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")


async def test_the_testers_typed_language_goes_on_to_the_time_of_the_call(dialogue):
    dialogue.language_hint = "uk"
    for typed in ("Русский", "русский", "по-русски"):
        await at_the_call_language(dialogue)
        assert "🗣 Якою мовою вам зателефонувати?" in dialogue.text
        await dialogue.send(typed)
        assert "скористайтеся кнопками" not in dialogue.text
        assert "🕒 Коли вам краще зателефонувати?" in dialogue.text
        await dialogue.send("/cancel")


@pytest.mark.parametrize(
    ("typed", "language"),
    [
        ("Русский", "Russian"),
        ("російською", "Russian"),
        ("на русском языке", "Russian"),
        ("po rosyjsku", "Russian"),
        ("po polsku", "Polish"),
        ("Proszę po polsku", "Polish"),
        ("English", "English"),
        ("englsh", "English"),  # a typo in the label
        ("in English, please", "English"),
        ("українською", "Ukrainian"),
        ("UKRAIŃSKI", "Ukrainian"),
    ],
)
async def test_the_call_language_typed_by_any_of_its_names_is_taken(dialogue, typed, language):
    await at_the_call_language(dialogue)
    await dialogue.send(typed)
    assert "When is the best time to call you?" in dialogue.text
    await dialogue.send("morning")  # the label's part before its brackets
    assert f"Language of the call: {language}" in dialogue.text
    assert "When: in the morning (before 12:00)" in dialogue.text


@pytest.mark.parametrize(
    "typed", ["yes", "I agree", "так", "згода", "tak", "да", "zgadzam się", "Так, згоден!"]
)
async def test_the_consent_typed_as_a_yes_in_any_of_the_four_languages_is_given(dialogue, typed):
    await dialogue.send("/callback")
    await dialogue.send(typed)
    assert "What is your name?" in dialogue.text


@pytest.mark.parametrize("typed", ["no", "ні, дякую", "nie", "нет", "No, thanks"])
async def test_the_consent_typed_as_a_no_stores_nothing(dialogue, typed):
    await dialogue.send("/callback")
    await dialogue.send(typed)
    assert "nothing was stored" in dialogue.text
    await dialogue.send("/mydata")
    assert "Olena" not in dialogue.text


async def test_the_consent_typed_in_latin_letters_is_given_and_the_hint_is_in_its_script(app):
    """Tester 37, F12: «da» and «soglasen» at the Russian consent got «type “да” or “нет”»
    three times: a person who writes only in Latin letters could not type what it named."""
    typed = ["da", "soglasen", "tak", "zgoda", "yes", "ок", "Да, согласна", "zghodna"]
    for n, yes in enumerate(typed):
        person = Dialogue(app.core, user_id=str(3000 + n), language_hint="ru")
        await person.send("/callback")
        await person.send(yes)
        assert "Как вас зовут?" in person.text, yes
    person = Dialogue(app.core, user_id="3100", language_hint="ru")
    await person.send("/callback")
    await person.send("hmm a chto eto")
    assert "Можно и написать: «da» или «net»." in person.text
    await person.send("хм а что это")
    assert "Можно и написать: «да» или «нет»." in person.text
    await person.send("net")
    assert "ничего не сохранено" in person.text
    english = Dialogue(app.core, user_id="3101", language_hint="en")
    await english.send("/callback")
    await english.send("ммм")  # Cyrillic at the English consent: the Cyrillic words named
    assert "You can also type “так” or “ні”." in english.text


async def test_words_that_are_neither_a_yes_nor_a_no_get_the_two_buttons_named(dialogue):
    await dialogue.send("/callback")
    for typed in ("ok thanks", "maybe", "thanks"):
        await dialogue.send(typed)
        assert "Please tap “✅ I agree” to go on" in dialogue.text
        assert "You can also type “yes” or “no”." in dialogue.text
        assert [b.payload for b in dialogue.buttons] == ["person:agree", "person:decline"]


async def test_a_typed_answer_that_names_no_button_lists_what_may_be_typed(dialogue):
    await at_the_call_language(dialogue)
    await dialogue.payload("callback:language:uk")
    await dialogue.send("nope")
    assert "Please answer with the buttons below. You can also type your answer: " in (
        dialogue.text
    )
    choices = (
        "“As soon as possible”, “Morning (before 12:00)”, “Afternoon (after 12:00)” or “Cancel”"
    )
    assert choices in dialogue.text
    assert "When is the best time to call you?" in dialogue.text  # the question again
    await dialogue.send("As soon as possible")
    assert "Please check your request" in dialogue.text
    await dialogue.send("send the request")  # the summary's buttons too
    assert "Request #T1 has been sent" in dialogue.text


async def test_a_typed_answer_that_could_mean_several_buttons_says_which(app, dialogue):
    await dialogue.send("/book")
    await dialogue.send("city hall")  # the place's label without what is in brackets
    assert "Choose a day" in dialogue.text
    await dialogue.send("Tue")
    assert "“Tue” could mean “Tue 24 Nov”, “Tue 1 Dec” or “Tue 8 Dec”." in dialogue.text
    assert any(b.payload.startswith("booking:day:") for b in dialogue.buttons)
    await dialogue.send("24 Nov")  # a number and a word of one button only
    assert "Choose a time" in dialogue.text
    await dialogue.send("13")
    assert "“13” could mean “13:00”, “13:15”, “13:30” or “13:45”." in dialogue.text
    await dialogue.send("13.15")
    assert "Tuesday, 24 November 2026, 13:15" in dialogue.text


async def test_a_question_typed_at_a_button_step_is_still_offered_an_answer(dialogue):
    await at_the_call_language(dialogue)
    await dialogue.send("which language is better for the office?")
    assert "looks like a question" in dialogue.text
    await dialogue.send("no")  # the offer's buttons mean yes and no: back to the form
    assert "In which language should we call you?" in dialogue.text
    await dialogue.send("English")
    assert "When is the best time to call you?" in dialogue.text


async def test_danger_written_with_a_buttons_answer_brings_the_help_lines_first(dialogue):
    await at_the_call_language(dialogue)
    await dialogue.send("Russian, my husband beats me")
    assert "112" in dialogue.replies[0].text  # the help lines first, nothing pressed
    assert "In which language should we call you?" in dialogue.text
    await dialogue.send("Russian")
    await dialogue.send("morning")
    await dialogue.payload(
        next(b.payload for b in dialogue.buttons if b.payload.startswith("callback:send:"))
    )
    assert "marked as urgent" in dialogue.text


async def test_a_free_text_step_takes_any_other_text_as_the_matter(dialogue):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("Something else about my flat")  # the matter in the person's words
    assert "In which language should we call you?" in dialogue.text
    await dialogue.send("Polski")
    await dialogue.send("Afternoon")
    assert "Something else about my flat" in dialogue.text
    assert "Language of the call: Polish" in dialogue.text


async def test_the_terminal_still_presses_numbered_buttons_and_takes_typed_answers(tmp_path):
    out = await run_chat(
        tmp_path,
        ["/callback", "1", "Olena", "601234567", "my son needs a PESEL", "3", "morning", "/quit"],
    )
    assert "[3] Русский" in out  # English first, then Ukrainian, Russian, Polish
    assert "Language of the call: Russian" in out  # 3 pressed the third button
    assert "When: in the morning (before 12:00)" in out  # and «morning» the window's


async def test_a_specialists_day_and_time_typed_as_people_write_them(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        dialogue = Dialogue(app.core)
        await dialogue.payload("appt:open:career")
        await dialogue.send("26 nov")
        assert "Thursday, 26 November 2026" in dialogue.text
        await dialogue.send("9.30")  # the button «09:30»
        await dialogue.send("yes")
        await dialogue.send("Olena")
        await dialogue.send("601 234 567")
        assert "Thursday, 26 November 2026, 09:30" in dialogue.text
    finally:
        await app.close()


async def test_a_courses_summary_is_answered_by_a_typed_yes(tmp_path, clock):
    app = await build(write_services_config(tmp_path), clock=clock, search="off")
    try:
        dialogue = Dialogue(app.core)
        await dialogue.payload("course:open:polish_a1")
        await dialogue.press("Sign up")
        await dialogue.send("tak")
        await dialogue.send("Olena")
        await dialogue.send("601 234 567")
        await dialogue.send("maybe")
        assert (
            "You can also type your answer: “Yes, sign me up”, “Change something” or “Don't sign"
            " up”." in dialogue.text
        )
        await dialogue.send("Так")
        assert "You are signed up for Polish A1!" in dialogue.text
    finally:
        await app.close()


async def at_the_topic(dialogue: Dialogue) -> None:
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert any(b.payload == "callback:cancel" for b in dialogue.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("en", "cancel", "Cancelled. Nothing was sent."),
        ("en", "✖ Cancel", "Cancelled. Nothing was sent."),
        ("en", "menu", "Cancelled. Nothing was sent."),
        ("en", "never mind", "Cancelled. Nothing was sent."),
        ("ru", "отмена", "Отменено. Ничего не отправлено."),
        ("ru", "Отменить", "Отменено. Ничего не отправлено."),
        ("ru", "меню", "Отменено. Ничего не отправлено."),
        ("ru", "не надо, передумал", "Отменено. Ничего не отправлено."),
        ("uk", "скасувати", "Скасовано. Нічого не надіслано."),
        ("pl", "anuluj", "Anulowano. Nic nie zostało wysłane."),
    ],
)
async def test_a_word_for_cancel_at_the_topic_cancels_and_is_never_the_request(
    dialogue, lang, typed, said
):
    dialogue.language_hint = lang
    await at_the_topic(dialogue)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert not any(b.payload.startswith("callback:") for b in dialogue.buttons)
    await dialogue.send("/mybookings")
    assert "#T1" not in dialogue.text and "№ T1" not in dialogue.text


async def test_a_buttons_label_typed_at_the_topic_presses_it(dialogue):
    await at_the_topic(dialogue)
    await dialogue.send("Something else")  # the button «✏️ Something else»: asks what about
    assert "Please describe your matter briefly" in dialogue.text
    await dialogue.send("cancel")  # the description's «✖ Cancel» too
    assert "Cancelled. Nothing was sent." in dialogue.text


async def test_a_word_for_cancel_inside_a_longer_text_is_the_matter(dialogue):
    await at_the_topic(dialogue)
    await dialogue.send("cancel my registration at the flat")
    assert "In which language should we call you?" in dialogue.text


async def test_menu_typed_in_the_booking_description_leaves_it(dialogue):
    await dialogue.send("/book")
    await dialogue.payload("booking:place:city_hall")
    await dialogue.send("24 Nov")
    await dialogue.send("13:00")
    await dialogue.press("Something else")
    assert "Describe your matter in a few words" in dialogue.text
    await dialogue.send("главное меню")  # «🏠 Main menu» pressed: the menu, not the visit's topic
    assert {"callback", "booking"} <= {b.payload for b in dialogue.buttons}
    assert "What is your name?" not in dialogue.text


async def at_the_summary_with_a_question_offered(dialogue: Dialogue) -> None:
    await at_the_call_language(dialogue)
    await dialogue.payload("callback:language:uk")
    await dialogue.send("morning")
    assert any(b.payload.startswith("callback:send:") for b in dialogue.buttons)
    await dialogue.send("how much does a PESEL cost?")
    assert "That looks like a question" in dialogue.text


@pytest.mark.parametrize("typed", ["6", "hmm", "PESEL", "send"])
async def test_an_answer_that_is_not_yes_or_no_asks_the_question_offer_again(dialogue, typed):
    await at_the_summary_with_a_question_offered(dialogue)
    await dialogue.send(typed)
    assert "Please answer with one of the two buttons below" in dialogue.text
    assert "That looks like a question" in dialogue.text
    assert [b.payload for b in dialogue.buttons] == ["typed:answer", "typed:back"]  # no «Send»
    await dialogue.send("yes")  # then a yes answers the question; nothing is sent
    assert "Request #T1 has been sent" not in dialogue.text
    await dialogue.send("/mybookings")
    assert "#T1" not in dialogue.text


async def test_a_no_to_the_question_offer_goes_back_to_the_summary(dialogue):
    await at_the_summary_with_a_question_offered(dialogue)
    await dialogue.send("hmm")
    await dialogue.send("no")
    assert "Please check your request" in dialogue.text
    await dialogue.press("Send")
    assert "Request #T1 has been sent" in dialogue.text
