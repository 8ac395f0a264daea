"""Words typed at a booking's summary (tester 35, item 9: «потерял карту побыту и уволили»): a
note for staff with the visit's topic, shown on the summary and on the staff card (escaped),
never thrown away with «use the buttons»."""

from __future__ import annotations

from tests.support.bookings import STAFF_CHAT, book, confirm_button, to_chat


async def test_a_note_typed_at_the_summary_reaches_the_staff_card(app, dialogue):
    dialogue.language_hint = "ru"
    await book(dialogue, name="Дмитрий", phone="+48 600 100 200")
    assert "просто напишите это здесь" in dialogue.text  # the summary says it may be typed
    await dialogue.send("потерял карту *побыту* и уволили")
    assert "Добавлено для сотрудников к теме визита" in dialogue.text
    assert "воспользуйтесь кнопками" not in dialogue.text.casefold()
    assert "— «потерял карту *побыту* и уволили»" in dialogue.text  # on the summary again
    await dialogue.send("и ещё вопрос про PIT за прошлый год")
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "потерял карту *побыту* и уволили · и ещё вопрос про PIT за прошлый год" in card.text
    assert "\\*побыту\\*" in card.reply.text  # escaped: never read as markup


async def test_a_word_too_short_at_the_summary_is_no_note(app, dialogue):
    await book(dialogue)
    await dialogue.send("3")
    assert "Added for the staff" not in dialogue.text
    assert "Please check your booking" in dialogue.text
