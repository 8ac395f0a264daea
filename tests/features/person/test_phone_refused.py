"""A number the phone step does not take, and says why: a digit or more typed on to it (one
number with too many digits, not a valid number and a note «8»), or a line nobody can be called
back on (toll-free, shared-cost, premium-rate). Words after the number stay a note, and a second
whole number too."""

from __future__ import annotations

import pytest

from bot.core.phone import phone_in
from tests.support.callbacks import at_the_name_step

TOO_LONG = "is too long for a Polish number: a Polish number has 9 digits (e.g. 601 234 567"


async def _the_rest_of_the_request(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:pm")


async def test_a_digit_too_many_is_said_not_cut_off_into_a_note(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оля")
    await dialogue.send("+48 601 234 567 8")
    assert dialogue.text.startswith(
        "⚠️ У «+48 601 234 567 8» більше цифр, ніж у номері телефону: польський номер має 9 цифр"
        " (напр. 601 234 567 або з кодом країни +48 601 234 567)"
    )
    assert "Телефон:" not in dialogue.text and "примітк" not in dialogue.text
    assert dialogue.replies[-1].request_contact  # sharing the number still works
    await dialogue.send("+48 601 234 567")
    assert "✅ Телефон: +48 601 234 567" in dialogue.text and "примітк" not in dialogue.text
    assert "Чого стосується справа?" in dialogue.text  # the form goes on


@pytest.mark.parametrize(
    "typed",
    ["601 234 567 8", "601-234-567-8", "+48 601 234 567 89", "601 234 5678"],
)
async def test_digits_run_on_to_the_number_make_one_number_too_long(dialogue, typed):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert f"“{typed}” {TOO_LONG}" in dialogue.text
    assert "Phone:" not in dialogue.text


@pytest.mark.parametrize(
    ("typed", "note"),
    [
        ("601 234 567 after 14", "after 14"),
        ("601234567 або 602111222", "або 602111222"),  # a second number: a note for staff
        ("601234567 602111222", "602111222"),
        ("601 234 567, 8", "8"),  # apart by a comma: something else written with it
        ("601 234 567 8am", "8am"),
        ("601 234 567 14-16", "14-16"),  # hours, not digits of the number
    ],
)
async def test_words_a_time_or_a_second_number_after_it_stay_a_note(dialogue, typed, note):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert "Phone: +48 601 234 567" in dialogue.text
    assert f"as a note to your request: “{note}”" in dialogue.text
    assert TOO_LONG not in dialogue.text


async def test_a_name_with_a_number_too_long_keeps_the_name_and_asks_the_number(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Ramesh, 601 234 567 8")
    assert f"“601 234 567 8” {TOO_LONG}" in dialogue.text
    await dialogue.send("601 234 567")
    assert "Phone: +48 601 234 567" in dialogue.text and "note" not in dialogue.text
    await _the_rest_of_the_request(dialogue)
    assert "Name: Ramesh\n" in dialogue.text and "Note for the staff" not in dialogue.text


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("+48 800 123 456", "📵 +48 800 123 456 is a toll-free line: staff cannot call you back"),
        ("801 123 456", "📵 +48 801 123 456 is a shared-cost line"),
        ("703 123 456", "📵 +48 703 123 456 is a premium-rate line"),
        ("0 800 50 12 34", "📵 +380 800 501 234 is a toll-free line"),  # Ukraine's 0 800
    ],
)
async def test_a_line_nobody_can_be_called_back_on_is_refused_kindly(dialogue, typed, said):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert said in dialogue.text
    assert "Please give the number of your own phone, mobile or landline" in dialogue.text
    assert "Phone:" not in dialogue.text
    await dialogue.send("+48 22 123 45 67")  # a landline is a phone staff can call
    assert "Phone: +48 22 123 45 67" in dialogue.text


async def test_a_shared_contact_of_a_toll_free_line_is_refused_too(dialogue):
    await at_the_name_step(dialogue, "pl")
    await dialogue.send("Olena")
    await dialogue.share_contact("48800123456")
    assert "📵 +48 800 123 456 to bezpłatna infolinia: pod taki numer pracownicy nie mogą" in (
        dialogue.text
    )


async def test_danger_written_with_a_number_too_long_brings_the_help_lines(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567 8 my husband beats me")
    assert "112" in dialogue.text and TOO_LONG in dialogue.text


@pytest.mark.parametrize(
    ("typed", "overlong"),
    [
        ("+48 601 234 567 8", "+48 601 234 567 8"),
        ("Оля, 050 123 45 67 8", "050 123 45 67 8"),
        ("17 600 123 456", "17 600 123 456"),  # no word before the 17: eleven digits
        ("po 17 600 123 456", ""),  # «po 17»: a time, the note
        ("601 234 567 8:00", ""),
        ("601 234 567 8 pm", ""),
    ],
)
def test_the_digits_typed_as_one_number_are_found_whole(typed, overlong):
    found = phone_in(typed)
    assert found is not None and found.overlong == overlong


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("uk", "я не знаю свій номер", "Вводити його не обов'язково"),
        ("ru", "не помню свой номер телефона", "Вводить его не обязательно"),
        ("en", "I don't know my number", "No need to type it"),
        ("pl", "nie pamiętam swojego numeru", "Nie trzeba go wpisywać"),
    ],
)
async def test_a_number_not_known_is_told_the_share_button_and_why_it_is_needed(
    dialogue, lang, typed, said
):
    """Tester 35, item 24: not «that is not a valid number», but the 📱 button, why staff
    need a number, and the office's hours; the phone asked again with the button."""
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Оля")
    await dialogue.send(typed)
    assert said in dialogue.text and "/hours" in dialogue.text
    assert dialogue.replies[-1].request_contact
    await dialogue.send("601 234 567")
    assert "+48 601 234 567" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "words", "too_long", "saved"),
    [
        ("uk", "мій номер", "більше цифр, ніж у номері телефону", "✅ Телефон: +48 600 123 456"),
        ("ru", "мой номер", "больше цифр, чем в номере телефона", "✅ Телефон: +48 600 123 456"),
        ("en", "my number is", TOO_LONG, "✅ Phone: +48 600 123 456"),
        ("pl", "mój numer", "ma więcej cyfr niż numer telefonu", "✅ Telefon: +48 600 123 456"),
    ],
)
async def test_words_that_introduce_the_number_change_nothing_in_how_it_is_read(
    dialogue, lang, words, too_long, saved
):
    # tester 39, F18: «мій номер 0 600 123 456» was +48 600 123 456 «read as a Ukrainian number»
    # with «мій номер 0» as a note for staff, while the bare number was refused
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Оксана Петренко")
    await dialogue.send("0 600 123 456")
    bare = dialogue.text
    assert too_long in bare
    await dialogue.send(f"{words} 0 600 123 456")
    assert dialogue.text == bare  # the same refusal, word for word
    await dialogue.send(f"{words} 600 123 456")
    assert saved in dialogue.text and "380" not in dialogue.text
    assert words not in dialogue.text  # no note made of the words
