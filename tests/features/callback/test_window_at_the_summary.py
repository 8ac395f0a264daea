"""«When to call» changed at the summary by typing it, as a person in a hurry does («завтра
після обіду» under «Is everything correct?»): the window and the note are taken, as at the
window step, and the summary comes again; never «please use the buttons»."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, confirm_payload, to_the_window
from tests.support.dialogue import Dialogue

TYPED = {  # the time typed, the afternoon window as the summary says it
    "uk": ("завтра після обіду", "пополудні"),
    "ru": ("завтра после обеда", "днём"),
    "en": ("tomorrow afternoon", "in the afternoon"),
    "pl": ("jutro po południu", "po południu"),
}


async def at_the_summary(dialogue: Dialogue, lang: str) -> None:
    dialogue.language_hint = lang
    await to_the_window(dialogue, description=None, language=lang)
    await dialogue.payload("callback:window:am")


@pytest.mark.parametrize("lang", sorted(TYPED))
async def test_a_time_typed_at_the_summary_changes_when_to_call(app, delivery, platform, lang):
    typed, afternoon = TYPED[lang]
    dialogue = Dialogue(app.core, language_hint=lang)
    await at_the_summary(dialogue, lang)
    await dialogue.send(typed)
    assert afternoon in dialogue.text.lower() and typed in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert typed in card.text  # staff read the person's own words


async def test_other_text_at_the_summary_still_asks_for_the_buttons(dialogue):
    await at_the_summary(dialogue, "en")
    await dialogue.send("hmm ok")
    assert "answer with the buttons below" in dialogue.text and "Note for" not in dialogue.text
