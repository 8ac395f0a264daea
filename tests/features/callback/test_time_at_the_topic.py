"""Tester 22, item 7: a time typed at «what is it about?» («завтра після обіду») is not the
matter sent to staff: it is said to be kept, the topics are asked again, and it is read at the
window step as if typed there. The clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload


async def test_a_time_at_the_topic_is_kept_for_when_to_call(dialogue, delivery, platform):
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана")
    await dialogue.send("+48 600-123-456")
    await dialogue.send("завтра після обіду")
    assert "«завтра після обіду» — це про час дзвінка" in dialogue.text
    assert any(b.payload.startswith("callback:category") for b in dialogue.buttons)
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    assert "🕒 Записано: «Пополудні (після 12:00)»." in dialogue.text  # no «when?» asked
    assert "Примітка для працівників: завтра після обіду" in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "завтра після обіду" not in card.text.split("Uwaga od osoby")[0]  # not the matter
    assert "🗒 Uwaga od osoby: завтра після обіду" in card.text


async def test_a_matter_with_no_time_is_still_the_matter(dialogue):
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456")
    await dialogue.send("my employer does not pay me")
    assert "is about when to call you" not in dialogue.text
    assert dialogue.replies[-1].buttons  # on to the language of the call
