"""A visit's topic named in the words typed at «What is your visit about?»: that topic's button,
the words kept beside it for staff (tester 18, item 14)."""

from __future__ import annotations

import pytest

from tests.support.bookings import STAFF_CHAT, TUE_1330, confirm_button, to_chat
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "topic"),
    [
        (
            "uk",
            "прийшов лист з ужонду воєводського, не розумію що хочуть",
            "✉️ Офіційний лист або бланк",
        ),
        ("ru", "пришло письмо из ужонда, не понимаю что там", "✉️ Официальное письмо или бланк"),
        ("en", "a letter from ZUS I do not understand", "✉️ Official letter or form"),
        ("pl", "dostałem pismo z urzędu i nic nie rozumiem", "✉️ Pismo urzędowe lub formularz"),
        ("uk", "хочу записати сина до школи", "🎒"),
    ],
)
async def test_a_matter_typed_that_names_one_topic_is_that_topic_with_the_words_kept(
    app, lang, typed, topic
):
    person = Dialogue(app.core, user_id=f"t{lang}{len(typed)}", language_hint=lang)
    await person.payload(TUE_1330)
    assert any(b.payload == "booking:topic:letter" for b in person.buttons)
    await person.send(typed)
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("601 234 567")
    assert f"{topic}" in person.text and typed in person.text  # the summary
    await person.payload(confirm_button(person).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert typed in card.text


async def test_a_matter_that_names_two_topics_is_something_else(app, dialogue):
    await dialogue.payload(TUE_1330)
    await dialogue.send("a letter about my work permit")  # a letter, and work
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "Something else — “a letter about my work permit”" in dialogue.text
