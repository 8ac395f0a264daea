"""/mydata and /contact in the middle of a form (tester 38, F5): what they show, then «the form
goes on where you left it» and the form's question again, as /language does; «продовжити» typed
then is not taken for the answer, nor is a bare yes at a topic step (F8)."""

from __future__ import annotations

from tests.support.bookings import TUE_1330
from tests.support.callbacks import at_the_name_step
from tests.support.dialogue import Dialogue

GOES_ON = "✏️ Форма чекає там, де ви зупинилися"
TOPIC = "📌 Чого стосується справа?"


async def _at_the_topic(dialogue: Dialogue) -> None:
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана")
    await dialogue.send("600 123 456")
    assert TOPIC in dialogue.text


async def test_mydata_in_a_form_shows_the_data_then_asks_the_form_question_again(
    dialogue: Dialogue,
):
    await _at_the_topic(dialogue)
    await dialogue.send("/mydata")
    assert "Оксана, +48 600 123 456" in dialogue.text
    assert GOES_ON in dialogue.text and TOPIC in dialogue.replies[-1].text
    assert not any(b.payload.startswith("privacy:") for b in dialogue.buttons)  # «1» deletes not
    for typed in ("продовжити", "так"):  # neither is what the request is about
        await dialogue.send(typed)
        assert TOPIC in dialogue.replies[-1].text and "Якою мовою" not in dialogue.text


async def test_contact_in_a_form_shows_the_hours_then_the_question_without_its_buttons(
    dialogue: Dialogue,
):
    await _at_the_topic(dialogue)
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.send("/contact")
    assert "+48 41 000 00 00" in dialogue.text and GOES_ON in dialogue.text
    assert "Якою мовою вам зателефонувати?" in dialogue.replies[-1].text
    await dialogue.send("ок")
    assert "Записатися на візит" not in dialogue.text and "«Українська»" in dialogue.text


async def test_a_bare_yes_at_the_visit_topic_asks_again(dialogue: Dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/book")
    await dialogue.payload(TUE_1330)
    asked = dialogue.text
    await dialogue.send("так")
    assert "«так»" not in dialogue.text and "“так”" not in dialogue.text
    assert asked.splitlines()[-1] in dialogue.text  # the same question again
    assert any(b.payload.startswith("booking:topic:") for b in dialogue.buttons)
