"""The phone step: numbers as people in Poland and Ukraine type them."""

from __future__ import annotations

import pytest

from bot.core.phone import display_phone, normalise_phone
from tests.support.callbacks import at_the_name_step


@pytest.mark.parametrize(
    "typed",
    ["050 123 45 67", "0501234567", "(050) 123-45-67", "8 050 123 45 67", "80501234567"],
)
def test_a_ukrainian_number_in_its_national_format_is_read_as_plus_380(typed):
    assert normalise_phone(typed) == "+380501234567"


@pytest.mark.parametrize(
    ("typed", "e164"),
    [
        ("601 234 567", "+48601234567"),
        ("601-234-567", "+48601234567"),
        ("+48 601 234 567", "+48601234567"),
        ("0048 601 234 567", "+48601234567"),
        ("48601234567", "+48601234567"),  # a shared contact: digits with the country code
        ("+380 50 123 4567", "+380501234567"),
        ("00380501234567", "+380501234567"),
        ("380501234567", "+380501234567"),
        ("+49 30 12345678", "+493012345678"),
    ],
)
def test_polish_and_international_numbers_still_work(typed, e164):
    assert normalise_phone(typed) == e164


@pytest.mark.parametrize(
    "typed", ["12345", "0601234567", "8 601 234 567 8", "000", "call me", "050 123 45 6"]
)
def test_nonsense_is_still_refused(typed):
    assert normalise_phone(typed) is None


async def test_a_ukrainian_number_typed_at_the_phone_step_is_confirmed_as_read(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Олена")
    await dialogue.send("050 123 45 67")
    assert "правильний номер" not in dialogue.text
    assert "+380 50 123 4567 (прочитано як український номер" in dialogue.text
    assert "Чого стосується справа?" in dialogue.text  # the form goes on


async def test_the_old_long_distance_format_is_read_too_and_reaches_the_summary(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("8 050 123 45 67")
    assert "read as a Ukrainian number" in dialogue.text
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    assert "Phone: +380 50 123 4567" in dialogue.text


async def test_a_polish_number_is_confirmed_without_the_ukrainian_note(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "+48 601 234 567" in dialogue.text and "Ukrainian" not in dialogue.text


def test_the_international_form_is_what_is_shown():
    assert display_phone(normalise_phone("(050) 123-45-67")) == "+380 50 123 4567"


async def test_a_name_and_phone_in_one_message_fill_both_steps(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Ramesh, 600 123 456")
    assert "Phone: +48 600 123 456" in dialogue.text
    assert "What is it about" in dialogue.text  # the phone is not asked for
    await dialogue.send("/mydata")
    assert "Ramesh, +48 600 123 456" in dialogue.text


async def test_a_phone_with_words_around_it_is_read(dialogue):
    await at_the_name_step(dialogue)
    await dialogue.send("Ramesh")
    await dialogue.send("600123456 after 5pm")
    assert "Phone: +48 600 123 456" in dialogue.text


@pytest.mark.parametrize(
    "typed, name",
    [
        ("nazywam się Oksana, tel. 600 123 456", "Oksana"),
        ("I'm Ramesh, my phone is 600 123 456", "Ramesh"),
        ("Оля, мій номер +380501234567", "Оля"),
    ],
)
async def test_the_words_that_introduce_the_phone_are_not_part_of_the_name(dialogue, typed, name):
    await at_the_name_step(dialogue)
    await dialogue.send(typed)
    await dialogue.send("/mydata")
    assert f"{name}, +" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "said", "polish"),
    [
        ("ru", "8 600 123 456", "начинается с 8", "Возможно, вы имели в виду +48 600 123 456?"),
        ("en", "8 916 123 45 67", "inside Russia or Belarus", None),
        ("uk", "89161234567", "+7 … або +375 …", None),
        ("pl", "8 601 234 567", "wewnątrz Rosji lub Białorusi", "Czy chodziło o +48 601 234 567?"),
    ],
)
async def test_a_leading_8_is_explained_and_the_number_asked_again(
    dialogue, lang, typed, said, polish
):
    """Tester 22, item 14: «8 600 123 456» out of a Russian habit: not «more digits than a
    number», but the 8 explained, the +7 / +375 form asked for, the Polish number offered."""
    dialogue.language_hint = lang
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Ольга")
    await dialogue.send(typed)
    assert said in dialogue.text
    if polish:
        assert polish in dialogue.text
    else:
        assert "+48" not in dialogue.text
    assert dialogue.replies[-1].request_contact or "📱" in dialogue.text  # the phone again
    await dialogue.send("600 123 456")
    assert "+48 600 123 456" in dialogue.text  # then taken
