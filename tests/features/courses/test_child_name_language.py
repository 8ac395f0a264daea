"""«I don't understand English» typed at a child's name (in any of the four languages, in Latin
letters too) is no child's name: said so and the languages offered, as at the person's own
name; the one chosen, or named while they are offered, asks the child's name again in it."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue


async def _at_childs_name(dialogue: Dialogue) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("Olga Koval")
    await dialogue.send("601 234 567")
    await dialogue.send("1")
    assert "first name" in dialogue.text


@pytest.mark.parametrize(
    "typed",
    [
        "I don't understand English",
        "не розумію англійську",
        "не понимаю по-английски",
        "nie rozumiem po angielsku",
        "ne rozumiyu anglijsku",
    ],
)
async def test_not_understanding_at_a_childs_name_offers_the_languages(tmp_path, clock, typed):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="en")
        await _at_childs_name(olga)
        await olga.send(typed)
        assert "That is not a name" in olga.text
        assert olga.button("Українська") and olga.button("Polski")
        assert "How old" not in olga.text  # not taken as the child's name
        await olga.press("Українська")
        assert "✅ Мова: українська" in olga.text and "Як звати дитину?" in olga.text
        await olga.send("Марічка")
        assert "Скільки років дитині (Марічка)?" in olga.text


async def test_a_language_named_while_they_are_offered_is_chosen(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="en")
        await _at_childs_name(olga)
        await olga.send("I don't understand English")
        await olga.send("po polsku")
        assert "✅ Język: polski" in olga.text
        await olga.send("Polina")  # a child's name, never «Polish»
        assert "Polina" in olga.text and "lat" in olga.text  # her age asked
