"""A help request's staff card names the language once (tester 31, item 12): a `language`
answer that is the language of the call is said on the answer's line, «(też język rozmowy
telefonicznej)», not again as «🗣 Język rozmowy telefonicznej»; another language keeps both
lines."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT
from tests.support.assist import send_translation
from tests.support.bookings import to_chat


async def test_the_language_of_the_talk_answered_in_the_form_is_named_once(app, dialogue):
    await send_translation(dialogue, language="assist:pick:2:en")  # English, as the chat
    card = (await to_chat(app.core, STAFF_CHAT))[-1].text
    assert "▫️ Język dokumentu — angielski (też język rozmowy telefonicznej)" in card
    details = card.split("Twoje słowa")[0]  # (the reply hint names the language to write in)
    assert "Język rozmowy telefonicznej:" not in card and details.count("angielski") == 1


async def test_another_language_in_the_form_keeps_the_language_of_the_talk(app, dialogue):
    await send_translation(dialogue)  # Ukrainian document, English chat
    card = (await to_chat(app.core, STAFF_CHAT))[-1].text
    assert "🗣 Język rozmowy telefonicznej: angielski" in card
    assert "▫️ Język dokumentu — ukraiński" in card and "też język rozmowy telefonicznej" not in card
