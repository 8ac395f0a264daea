"""A longer plea for help, as a person at a loss writes it: the way to a person (a callback, a
visit), not «I have no answer» nor topics it is not about; a question that says «please help»
is still answered as the question."""

from __future__ import annotations

import pytest

from tests.features.urgent.test_screen import no_crisis_lines, nothing_unanswered
from tests.support.dialogue import Dialogue

PLEAS = [
    ("ru", "я не понимаю что делать, все сложно, помогите пожалуйста", "Заказать звонок"),
    ("uk", "я не розумію що робити, все складно, допоможіть", "Замовити дзвінок"),
    ("en", "I don't know what to do, please help me", "Request a callback"),
    ("pl", "nie wiem co robić, pomóżcie", "Poproś o telefon"),
    ("ru", "Я вообще не понимаю, что мне делать. Помогите!", "Заказать звонок"),
    ("en", "help help, I'm lost and everything is so complicated", "Request a callback"),
]


def the_way_to_a_person(app, dialogue: Dialogue, lang: str, person: str) -> None:  # type: ignore[no-untyped-def]
    first = dialogue.replies[0]
    assert first.text == app.services.t(lang, "urgent_plea"), dialogue.text
    assert "112" in dialogue.text  # for danger, said as for a cry alone
    assert [b.payload for b in first.buttons[0]] == ["callback", "booking"]
    assert first.buttons[0][0].label.endswith(person)
    assert any(b.payload.startswith("category:") for b in dialogue.buttons)  # and the menu
    for key in ("q_no_match", "q_did_you_mean", "q_was_helpful"):
        assert app.services.t(lang, key) not in dialogue.text
    no_crisis_lines(dialogue)


@pytest.mark.parametrize(("lang", "text", "person"), PLEAS)
async def test_a_longer_plea_gets_the_way_to_a_person_not_no_answer(
    app, dialogue, lang, text, person
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    the_way_to_a_person(app, dialogue, lang, person)
    assert await nothing_unanswered(app)  # (what a person at a loss writes is kept nowhere)


async def test_a_plea_is_answered_in_its_language_when_none_was_chosen(app):
    olena = Dialogue(app.core, user_id="1002", language_hint="en")
    await olena.send("я не розумію що робити, все складно, допоможіть")
    the_way_to_a_person(app, olena, "uk", "Замовити дзвінок")
    chosen = Dialogue(app.core, user_id="1003", language_hint="uk")
    await chosen.payload("language:pl")
    await chosen.send("я не розумію що робити, все складно, допоможіть")
    the_way_to_a_person(app, chosen, "pl", "Poproś o telefon")  # a language chosen is kept


@pytest.mark.parametrize(
    ("lang", "text", "title"),
    [
        ("uk", "допоможіть з песелем", "PESEL"),
        ("ru", "помогите пожалуйста с песелем", "PESEL"),
        ("en", "please help me with health insurance", "Health insurance (NFZ)"),
        ("pl", "pomóżcie, jak zrobić meldunek", "Meldunek"),
        ("ru", "не понимаю что делать с мельдунком, помогите", "Мельдунек"),
        ("en", "I don't know what to do, please help me get a PESEL", "PESEL"),
        ("pl", "nie wiem co robić z numerem PESEL, pomóżcie", "PESEL"),
        ("uk", "все складно, допоможіть з медичним страхуванням", "Медичне страхування"),
    ],
)
async def test_a_question_that_says_please_help_gets_its_answer(app, dialogue, lang, text, title):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert title in dialogue.text.splitlines()[0], dialogue.text  # the answer's title first
    assert app.services.t(lang, "urgent_plea") not in dialogue.text
    assert not dialogue.text.startswith("🆘")
