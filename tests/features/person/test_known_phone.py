"""A new name in a form's summary costs one step: the number already given is offered."""

from __future__ import annotations

from tests.support.bookings import STAFF_CHAT, book, confirm_button, to_chat


async def _at_the_callback_summary(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")


async def test_changing_only_the_name_in_the_callback_summary_keeps_the_phone_in_one_tap(
    dialogue,
):
    await _at_the_callback_summary(dialogue)
    await dialogue.press("Change something")
    await dialogue.press("Change the name")
    await dialogue.send("Olga")
    assert dialogue.replies[0].request_contact  # sharing another number still works
    await dialogue.press("✅ Use +48 601 234 567")
    assert "Please check your request" in dialogue.text
    assert "Name: Olga" in dialogue.text and "Phone: +48 601 234 567" in dialogue.text


async def test_a_new_number_can_still_be_typed_after_a_new_name(dialogue):
    await _at_the_callback_summary(dialogue)
    await dialogue.press("Change something")
    await dialogue.press("Change the name")
    await dialogue.send("Olga")
    await dialogue.send("602 000 111")
    assert "Name: Olga" in dialogue.text and "Phone: +48 602 000 111" in dialogue.text


async def test_same_name_change_the_phone_does_not_offer_the_old_number(dialogue):
    await _at_the_callback_summary(dialogue)
    await dialogue.press("Change something")
    await dialogue.press("Change the name")  # (no second way to the phone: tester 33)
    assert not any("Same name" in b.label for b in dialogue.buttons)
    await dialogue.press("Use: Olena")  # unchanged: the summary again
    await dialogue.press("Change something")
    await dialogue.press("Change the phone")
    assert dialogue.replies[-1].request_contact
    assert not any(b.payload == "person:known_phone" for b in dialogue.buttons)


async def test_the_offer_is_in_the_persons_language(dialogue):
    dialogue.language_hint = "pl"
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send("/callback")
    await dialogue.press("Wyjdź z formularza: /callback")
    await dialogue.send("Ola")
    assert "Albo użyj numeru podanego wcześniej" in dialogue.text
    assert dialogue.button("✅ Użyj +48 601 234 567")


async def test_a_second_booking_under_another_name_takes_the_number_in_one_tap(app, dialogue):
    await book(dialogue)  # Olena, +48 601 234 567, at 13:30
    await dialogue.payload(confirm_button(dialogue).payload)
    await dialogue.payload("booking:time:city_hall:202611241300")  # 13:00, for her daughter
    await dialogue.payload("booking:topic:pesel")
    assert "Use: Olena, +48 601 234 567" in dialogue.buttons[0].label
    await dialogue.send("Olga")  # her daughter, say: not "Use: Olena, ..."
    await dialogue.press("✅ Use +48 601 234 567")
    assert "Olga" in dialogue.text and "+48 601 234 567" in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    staff = await to_chat(app.core, STAFF_CHAT)
    assert "Olga" in staff[-1].text and "+48 601 234 567" in staff[-1].text
