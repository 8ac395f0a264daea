"""After /forget the person keeps being answered in the language they used (tester 35, item
21): it is held in memory only (bot/core/forgotten.py), nothing about them is stored, and
/mydata shows nothing but that language."""

from __future__ import annotations

from tests.features.privacy.test_privacy import stored_anywhere
from tests.support.callbacks import request_callback


async def test_the_language_stays_after_forget_and_nothing_is_stored(app, dialogue):
    dialogue.language_hint = None  # an app that says nothing: English would be the default
    await dialogue.payload("language:uk")
    await request_callback(dialogue, name="Oksana", phone="+48 601 999 888")
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await dialogue.send("/mydata")
    assert "Що ми про вас зберігаємо" in dialogue.text
    assert "Мова: українська" in dialogue.text
    assert "Oksana" not in dialogue.text and "601" not in dialogue.text
    assert stored_anywhere(app, "Oksana", "601 999 888", "601999888") == []
    await dialogue.send("/start")
    assert any("а" <= ch <= "я" for ch in dialogue.text)  # still in Ukrainian


async def test_another_core_knows_nothing_of_it(app, clock, config_path):
    """Held in the process only: a restart (a new app) starts in the app's language again."""
    from bot.app import build
    from tests.support.dialogue import Dialogue

    person = Dialogue(app.core, language_hint=None)
    await person.payload("language:uk")
    await person.send("/forget")
    await person.payload("privacy:forget")
    await app.close()
    again = await build(config_path, clock=clock)
    try:
        fresh = Dialogue(again.core, language_hint=None)
        await fresh.send("/mydata")
        assert "What we store about you" in fresh.text
    finally:
        await again.close()
