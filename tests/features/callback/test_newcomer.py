"""What a newcomer on a phone trips over in a form: changing the language half-way, a question
typed where the name goes, changing only the phone, asking twice about the same thing."""

from __future__ import annotations

import pytest

from bot.features.person.question import looks_like_question
from tests.support.bookings import STAFF_CHAT, to_chat
from tests.support.callbacks import StaffMember, request_callback


async def test_a_language_change_in_a_form_asks_the_same_question_in_the_new_language(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    assert "Your phone number" in dialogue.text
    await dialogue.send("/language")
    assert "carry on with your form" in dialogue.text
    await dialogue.press("Українська")
    assert "Мова: українська. Продовжуємо з того місця" in dialogue.text
    assert "Ваш номер телефону" in dialogue.text  # the phone question again, in Ukrainian
    assert dialogue.replies[-1].request_contact  # with its "share my phone" button
    assert "Головне меню" not in dialogue.text
    await dialogue.send("601 234 567")
    assert "Чого стосується справа?" in dialogue.text  # the form goes on


async def test_a_language_change_at_the_summary_shows_the_summary_in_the_new_language(dialogue):
    await request_callback(dialogue)
    await dialogue.send("/callback")
    await dialogue.press("Send a new request anyway")  # (#1 is open)
    await dialogue.press("Use: Olena")
    await dialogue.payload("callback:topic:meldunek")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    await dialogue.payload("language:pl")
    assert "Wracamy do miejsca" in dialogue.text and "Sprawdź swoją prośbę" in dialogue.text
    assert "Język rozmowy: ukraiński" in dialogue.text
    await dialogue.press("Wyślij prośbę")
    assert "Prośba nr T2" in dialogue.text


async def test_a_language_change_while_booking_shows_the_same_step_again(dialogue):
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.payload("language:ru")
    assert "Продолжаем с того места" in dialogue.text
    assert "вт, 24 нояб." in [b.label for b in dialogue.buttons]  # the days again
    await dialogue.press("вт, 24 нояб.")
    await dialogue.payload("language:pl")
    assert "Wracamy do miejsca" in dialogue.text and "wtorek, 24 listopada 2026" in dialogue.text
    assert "13:30" in [b.label for b in dialogue.buttons]  # the times of that day again


async def test_outside_a_form_a_language_change_shows_the_main_menu(dialogue):
    await dialogue.payload("language:pl")
    assert "Język: polski. Wybierz temat" in dialogue.text


def test_every_step_of_every_form_can_ask_its_question_again(app):
    missing = [
        f"{flow.name}.{name}"
        for flow in app.core.registry.flows.values()
        for name, step in flow.steps.items()
        if step.ask is None
    ]
    assert missing == []


@pytest.mark.parametrize(
    "text",
    [
        "а скільки коштує мельдунек?",
        "скільки коштує мельдунек",
        "как сделать песель ребенку",
        "jak zrobić meldunek",
        "where is the office",
        "I need help with my documents please",
    ],
)
def test_questions_are_not_names(text):
    assert looks_like_question(text)


@pytest.mark.parametrize(
    "text", ["Olena", "Олена Коваленко", "Maria José Kowalska-Nowak", "Ян", "Jak", "Will Smith"]
)
def test_names_are_names(text):
    assert not looks_like_question(text)


async def test_a_question_typed_at_the_name_step_is_answered_instead_of_saved(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("а скільки коштує мельдунек?")
    assert "Схоже, це запитання, а не ім'я" in dialogue.text
    assert "номер телефону" not in dialogue.text
    await dialogue.press("Так, відповісти на запитання")
    assert "заповнення припинено, нічого не надіслано" in dialogue.text
    assert "Мельдунек" in dialogue.text or "мельдунек" in dialogue.text  # the answer follows
    await dialogue.send("/mydata")
    assert "мельдунек" not in dialogue.text  # not saved as a name
    assert "Незавершений крок" not in dialogue.text


async def test_a_name_that_reads_like_a_question_can_still_be_given(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Who Knows Maria Smith")
    await dialogue.press("No, that is my name")
    assert "Your phone number" in dialogue.text
    await dialogue.send("601 234 567")
    await dialogue.send("/mydata")
    assert "Saved for the next request: Who Knows Maria Smith, +48 601 234 567" in dialogue.text


async def test_danger_typed_at_the_name_step_shows_the_help_lines_at_once(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("my husband beats me what do I do")
    assert "call 112" in dialogue.text
    assert "Your form is still open" in dialogue.text and "What is your name?" in dialogue.text
    assert "looks like a question" not in dialogue.text  # (bot.features.urgent.in_free_text)


async def test_name_or_phone_in_the_summary_can_change_only_the_phone(dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    await dialogue.press("Change something")
    await dialogue.press("Change the phone")
    assert "What is the right number?" in dialogue.text
    await dialogue.send("+380 50 123 4567")
    assert "Please check your request" in dialogue.text
    assert "Name: Olena" in dialogue.text and "Phone: +380 50 123 4567" in dialogue.text


async def test_a_second_request_offers_a_note_to_the_open_one(app, dialogue, delivery, platform):
    await request_callback(dialogue)  # #1, PESEL, still open
    await delivery.run()
    await dialogue.send("/callback")  # said at once, before the name (tester 18, item 7)
    assert "You already have an open callback request: #T1" in dialogue.text
    assert "(waiting)" in dialogue.text
    await dialogue.press("Add a note to #T1")
    await dialogue.send("My son's passport is *new*")
    assert "Your note was added to request #T1" in dialogue.text
    await delivery.run()
    note = platform.to(STAFF_CHAT)[-1]
    assert "Olena dopisuje uwagę" in note.text and "My son's passport is *new*" in note.text
    assert note.reply.reply_to_message_id == platform.to(STAFF_CHAT)[0].message_id
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "Otwarte prośby: 1" in anna.text  # no second request


async def test_a_second_request_on_the_same_topic_can_still_be_sent(app, dialogue):
    await request_callback(dialogue)
    await dialogue.send("/callback")
    await dialogue.press("Send a new request anyway")
    await dialogue.press("Use: Olena")
    await dialogue.payload("callback:topic:pesel")  # the same topic: not asked about again
    assert "about this topic" not in dialogue.text
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    await dialogue.press("Send the request")
    assert "Request #T2 has been sent" in dialogue.text
    staff = [q for q in await to_chat(app.core, STAFF_CHAT) if q.action == "send"]
    assert len(staff) == 2
