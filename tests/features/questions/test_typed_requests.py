"""«Menu» typed alone shows the main menu, «оператор» or «a real person» alone the way to a
person (a callback, a visit), in any of the four languages, whatever the person's own; neither
is searched nor kept in /unanswered. A longer message with the same word is a question."""

from __future__ import annotations

import pytest

from tests.features.questions.test_emoji import nothing_unanswered

MENU = ["меню", "menu", "Menu główne", "головне меню", "main menu", "start", "🏠 Главное меню"]
PERSON = [
    "оператор",
    "живий оператор",
    "человек",
    "konsultant",
    "operator",
    "a real person",
    "хочу живого оператора!",
    "Can I talk to a human please",
]


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_menu_typed_in_any_language_shows_the_main_menu(app, dialogue, lang):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send("песель")  # somewhere else first
    for text in MENU:
        await dialogue.send(text)
        assert [r.text for r in dialogue.replies] == [app.services.t(lang, "main_menu")], text
        assert any(b.payload.startswith("category:") for b in dialogue.buttons)
    assert await nothing_unanswered(app)


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_asking_for_a_person_in_any_language_offers_a_callback_or_a_visit(
    app, dialogue, lang
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send("хочу поговорить с человеком")  # what has always worked
    offer = dialogue.replies[0].text
    assert dialogue.replies[0].buttons[0][0].payload == "callback"
    for text in PERSON:
        await dialogue.send(text)
        assert [r.text for r in dialogue.replies] == [offer], text
        assert [b.payload for b in dialogue.replies[0].buttons[0]] == ["callback", "booking"]
    assert await nothing_unanswered(app)


@pytest.mark.parametrize(
    ("lang", "text", "topic"),
    [
        ("uk", "оператор сказав зробити песель", "pesel"),
        ("ru", "человек без PESEL, как получить номер", "pesel"),
        ("en", "start a job, do I need health insurance", "health_insurance"),
    ],
)
async def test_the_same_word_in_a_question_is_searched(app, dialogue, lang, text, topic):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert app.services.t(lang, "main_menu") not in dialogue.text
    # answered (its feedback buttons name it) or offered among the candidates
    assert any(topic in b.payload.split(":") for b in dialogue.buttons), dialogue.text
