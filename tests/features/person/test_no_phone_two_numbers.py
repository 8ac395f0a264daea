"""The phone step, tester 20: «I have no phone» hears what the person can do (a foreign number is
fine, the questions here, the office's hours, ✖ Cancel), and a repeated «not a valid number»
says how to leave (item 6); two numbers in one message are never cut to one unseen (item 13);
a name said with the town the person is from is their name (item 12)."""

from __future__ import annotations

import pytest

from tests.support.bookings import TUE_1330
from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload


@pytest.mark.parametrize(
    ("lang", "typed", "foreign", "cancel"),
    [
        ("en", "I have no phone", "A foreign number is fine too", "✖ Cancel"),
        ("uk", "в мене немає польського номера", "Іноземний номер теж підходить", "✖ Скасувати"),
        ("pl", "nie mam telefonu", "Zagraniczny numer też się nada", "✖ Anuluj"),
        ("ru", "у меня нет польского номера", "Иностранный номер тоже подходит", "✖ Отменить"),
    ],
)
async def test_no_phone_hears_what_can_be_done_with_a_way_out(
    dialogue, lang, typed, foreign, cancel
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send("Olena")
    await dialogue.send(typed)
    assert foreign in dialogue.text and "+380 50 123 4567" in dialogue.text
    assert "/hours" in dialogue.text and "/cancel" in dialogue.text
    [[button]] = dialogue.replies[-1].buttons
    assert button.label == cancel
    await dialogue.press(cancel.removeprefix("✖ "))
    assert any(b.payload == "callback" for b in dialogue.buttons)  # the main menu: form left
    assert not any(b.payload.startswith("callback:topic") for b in dialogue.buttons)


async def test_a_foreign_number_after_that_is_taken(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("John")
    await dialogue.send("I don't have a Polish number")
    await dialogue.send("+49 151 2345 6789")
    assert "Phone: +49 1512 3456789" in dialogue.text
    assert "What is it about?" in dialogue.text


async def test_every_repeated_error_says_how_to_leave(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("John")
    for typed in ("tomorrow", "9:30"):
        await dialogue.send(typed)
        assert "does not look like a valid phone number" in dialogue.text
        assert "/cancel" in dialogue.text


async def test_two_numbers_reach_staff_both(dialogue, delivery, platform):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Ola")
    await dialogue.send("600 123 456 або 501 222 333")
    assert "Телефон: +48 600 123 456" in dialogue.text
    assert "другий номер" in dialogue.text and "501 222 333" in dialogue.text
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:pm")
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "+48 600 123 456" in card.text and "501 222 333" in card.text


async def test_two_numbers_in_a_booking_ask_which(dialogue):
    await dialogue.payload(TUE_1330)
    await dialogue.payload("booking:topic:pesel")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567 or 501 222 333")
    assert "You wrote two numbers. Which one should we use?" in dialogue.text
    assert [b.label for b in dialogue.buttons] == [
        "+48 601 234 567",
        "+48 501 222 333",
    ]
    await dialogue.press("+48 501 222 333")
    assert "Phone: +48 501 222 333" in dialogue.text
    assert "Please check your booking" in dialogue.text and "601 234 567" not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed", "name", "dropped"),
    [
        ("uk", "Олена Петренко з Харкова", "Олена Петренко", "Харкова"),
        (
            "uk",
            "Олександра-Вікторія Костянтинівна Шевченко-Заболотна з Харкова",
            "Олександра-Вікторія Костянтинівна Шевченко-Заболотна",
            "Харкова",
        ),
        ("en", "Olena Petrenko from Kharkiv", "Olena Petrenko", "Kharkiv"),
        ("pl", "Anna Kowalska z Krakowa", "Anna Kowalska", "Krakowa"),
        ("ru", "Ольга Иванова из Харькова", "Ольга Иванова", "Харькова"),
    ],
)
async def test_a_name_with_the_town_is_the_name(
    dialogue, delivery, platform, lang, typed, name, dropped
):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert "+380 50 123 4567" in dialogue.text  # the phone is asked: it was a name
    await dialogue.send("600 123 456")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:pm")
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert name in card.text and dropped not in card.text


async def test_a_letter_at_the_offer_to_answer_a_question_asks_the_offer_again(dialogue):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("а скільки коштує песель")
    await dialogue.send("Ю")
    assert "Будь ласка, напишіть ім'я" in dialogue.text
    assert "Схоже, це запитання, а не ім'я" in dialogue.text  # the yes/no not dropped unseen
    assert {b.payload for b in dialogue.buttons} == {"person:answer", "person:is_name"}
