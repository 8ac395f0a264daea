"""A visit about "Something else": the person says in a few words what it is, so that the
staff can prepare; it is shown to them, to staff and in /mybookings, and forgotten in time."""

from __future__ import annotations

from bot.features.booking.privacy import retention
from tests.support.bookings import STAFF_CHAT, TUE_1330, Staff, confirm_button, to_chat
from tests.support.dialogue import Dialogue


async def _at_the_topics(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/book")
    await dialogue.press("City Hall")
    await dialogue.press("Tue 24 Nov")
    await dialogue.press("13:30")


async def test_something_else_asks_what_the_visit_is_about_and_everyone_sees_it(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.press("Something else")
    assert "Describe your matter in a few words" in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)  # not on yet
    await dialogue.send("A letter from the *tax* office [2025]")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    described = "Something else — “A letter from the *tax* office [2025]”"
    assert described in dialogue.text  # the summary, exactly as typed
    await dialogue.payload(confirm_button(dialogue).payload)
    assert "Your visit is booked" in dialogue.text and described in dialogue.text
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "Inna sprawa — „A letter from the *tax* office [2025]”" in card.text
    assert "\\*tax\\*" in card.reply.text  # escaped: never read as markup
    await dialogue.send("/mybookings")
    assert described in dialogue.text
    staff = Staff(app.core)
    await staff.command("week")
    assert "A letter from the *tax* office [2025]" in staff.text


async def test_a_long_description_is_kept_shortened_and_the_person_is_told(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.press("Something else")
    await dialogue.send("My employer " + "did not pay me for the last months " * 10)
    assert "the first 200 characters were kept" in dialogue.text
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    kept = dialogue.text.split("“")[1].split("”")[0]
    assert kept.startswith("My employer did not pay") and kept.endswith("…")
    assert len(kept) <= 200


async def test_a_matter_typed_instead_of_a_topic_button_is_kept_as_something_else(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.send("my landlord keeps the deposit")  # none of the topics' words
    assert dialogue.button("I agree")  # the booking goes on, nothing asked twice
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "Something else — “my landlord keeps the deposit”" in dialogue.text


async def test_a_question_typed_at_the_topics_is_offered_an_answer_not_taken_as_the_topic(
    app, dialogue
):
    await _at_the_topics(dialogue)
    await dialogue.send("what documents do I need for PESEL?")
    assert dialogue.button("answer my question")
    await dialogue.press("back to the form")
    assert "What is your visit about?" in dialogue.text


async def test_back_from_the_description_and_a_topic_button_books_as_before(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.press("Something else")
    await dialogue.press("Back")
    assert "What is your visit about?" in dialogue.text
    await dialogue.press("PESEL")
    assert dialogue.button("I agree")  # no description asked for a topic of the list
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "Topic: 🪪 PESEL, address registration\n" in dialogue.text
    assert "“" not in dialogue.text


async def test_what_a_past_visit_was_about_is_forgotten_with_the_name(app, dialogue, clock):
    await dialogue.payload(TUE_1330)
    await dialogue.payload("booking:topic:other")
    await dialogue.send("My landlord keeps the deposit")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload(confirm_button(dialogue).payload)
    await dialogue.send("/mydata")
    assert "My landlord keeps the deposit" in dialogue.text
    clock.advance(days=32)
    await retention(app.services)
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT topic, description, name FROM bookings")
    assert tuple(row) == ("other", None, None)  # an anonymous count of a visit


async def test_a_stray_number_as_the_matter_asks_for_a_few_words(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.press("Something else")
    await dialogue.send("12")
    assert "Please write a bit more, at least 3 characters" in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)
    await dialogue.send("a letter from ZUS")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "Something else — “a letter from ZUS”" in dialogue.text


async def test_a_stray_number_at_the_topics_is_no_matter(app, dialogue):
    await _at_the_topics(dialogue)
    await dialogue.send("3")
    assert "Please choose with the buttons" in dialogue.text
    assert "What is your visit about?" in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)


async def _at_the_topics_pl(dialogue) -> None:  # type: ignore[no-untyped-def]
    dialogue.language_hint = "pl"
    await dialogue.send("/book")
    await dialogue.payload(TUE_1330)
    assert "W jakiej sprawie chcesz przyjść?" in dialogue.text


async def test_a_name_typed_at_the_topics_is_asked_about_not_taken_as_the_matter(
    app, dialogue, delivery, platform
):
    """Tester 37, F22: «Jan», meant as the name, became «Inna sprawa — „Jan”» on the staff card.
    It is asked about once: a topic chosen then, the name at its step; or kept as the matter
    by its button. «ZUS» and longer words are the matter at once, as before."""
    other = Dialogue(app.core, user_id="4100")  # (none of these three books: one time will do)
    await _at_the_topics_pl(other)
    await other.send("Emerytura")
    await other.press("„Emerytura” — to jest moja sprawa")
    assert other.button("Zgadzam się")  # kept as the matter: the booking goes on
    third = Dialogue(app.core, user_id="4101")
    await _at_the_topics_pl(third)
    await third.send("Anna Nowak")
    await third.send("Anna Nowak")  # typed again: the matter, as typed
    assert third.button("Zgadzam się")
    fourth = Dialogue(app.core, user_id="4102")
    await _at_the_topics_pl(fourth)
    await fourth.send("ZUS")
    assert "Twoje imię" not in fourth.text and fourth.button("Zgadzam się")
    await _at_the_topics_pl(dialogue)
    await dialogue.send("Jan")
    assert "„Jan” — to Twoje imię? Zapytamy o nie w następnym kroku." in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)
    await dialogue.payload("booking:topic:pesel")
    await dialogue.press("Zgadzam się")
    await dialogue.send("Jan")
    await dialogue.send("601 234 567")
    await dialogue.payload(confirm_button(dialogue).payload)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Inna sprawa" not in card.text and "PESEL" in card.text


async def test_a_phone_number_as_the_matter_is_named_as_one(app, dialogue):
    # tester 39, F14: «at least 3 characters» for a number of 15 before
    await _at_the_topics(dialogue)
    await dialogue.press("Something else")
    await dialogue.send("+48 511 222 333")
    assert "That looks like a phone number, not a description" in dialogue.text
    await dialogue.send("A letter from the tax office")
    assert "That looks like a phone number" not in dialogue.text
    assert any(b.payload == "person:agree" for b in dialogue.buttons)
