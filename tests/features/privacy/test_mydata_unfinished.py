"""/mydata in the middle of a form (tester 30, item 13): the unfinished step's line shows what
the person has typed into it so far, escaped, not only that there is something."""

from __future__ import annotations

import pytest

from tests.support.callbacks import to_the_window


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("uk", "• Незавершений крок (те, що вже введено)"),
        ("ru", "• Незавершённый шаг (то, что уже введено)"),
        ("en", "• An unfinished step (what you have entered so far)"),
        ("pl", "• Niedokończony krok (to, co już wpisano)"),
    ],
)
async def test_mydata_in_a_callback_form_shows_what_was_typed_into_it(dialogue, lang, line):
    dialogue.language_hint = lang
    await to_the_window(dialogue, name="Olena <Koval>", description="My son needs a PESEL")
    await dialogue.send("/mydata")
    lines = dialogue.text.splitlines()
    at = lines.index(line)
    assert lines[at + 1].strip() == "Olena <Koval>, +48 601 234 567, My son needs a PESEL"


async def test_mydata_at_the_name_step_shows_nothing_typed_yet(dialogue):
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("/mydata")
    lines = dialogue.text.splitlines()
    at = lines.index("• An unfinished step (what you have entered so far)")
    assert not lines[at + 1 :] or not lines[at + 1].startswith("  ")
