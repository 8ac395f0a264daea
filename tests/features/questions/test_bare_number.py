"""A bare number typed at the main menu («25», «0»: a button's number, with no such button) is
answered with a hint (press a button or type a question), not «no answer», and is not kept in
/unanswered as a question (tester report 9)."""

from __future__ import annotations

import pytest

from tests.features.questions.test_emoji import nothing_unanswered


@pytest.mark.parametrize(("lang", "text"), [("uk", "25"), ("uk", "0"), ("en", "#14"), ("pl", "7.")])
async def test_a_bare_number_gets_a_hint_and_is_not_an_unanswered_question(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    hint = app.services.t(lang, "q_bare_number", number=text)
    assert dialogue.replies[0].text == hint
    assert app.services.t(lang, "q_no_match") not in dialogue.text
    assert any(b.payload.startswith("category:") for b in dialogue.buttons)  # the menu
    assert await nothing_unanswered(app)


async def test_words_with_a_number_are_still_a_question(app, dialogue):
    await dialogue.send("qwzx 25 blorp")
    assert app.services.t("en", "q_no_match") in dialogue.text
    assert not await nothing_unanswered(app)
