"""Two questions in one message (tester report 38, F17; search/two.py): the first one answered,
the other one's topic named under it with a button that opens it, in every language; one
question with an «and» inside stays one answer."""

from __future__ import annotations

import pytest


def payloads(dialogue) -> list[str]:
    return [b.payload for b in dialogue.buttons]


@pytest.mark.parametrize(
    ("lang", "question", "first", "said", "other"),
    [
        (
            "en",
            "how to get pesel and how to open bank account",
            "PESEL number",
            "You also asked about «Bank account»: that is a separate topic.",
            "Bank account",
        ),
        (
            "uk",
            "як зробити песель і куди записати дитину до школи",
            "Номер PESEL",
            "Ви також питали про «Школа і дитсадок»: це окрема тема.",
            "Школа і дитсадок",
        ),
        (
            "ru",
            "как получить песель и открыть счет в банке",
            "Номер PESEL",
            "Вы также спрашивали о «Банковский счёт»: это отдельная тема.",
            "Банковский счёт",
        ),
        (
            "pl",
            "jak zrobić pesel i założyć konto w banku",
            "Numer PESEL",
            "Pytasz też o «Konto w banku»: to osobny temat.",
            "Konto w banku",
        ),
    ],
)
async def test_the_second_question_of_a_message_is_named_with_a_button_to_its_topic(
    dialogue, lang, question, first, said, other
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(question)
    assert dialogue.text.startswith(first), dialogue.text[:80]  # the first question answered
    assert said in dialogue.text
    await dialogue.press(other)
    assert dialogue.text.startswith(other)  # the second question's answer, a tap away


async def test_the_two_questions_are_told_apart_after_a_question_mark_too(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("where do i get pesel? also how to find a family doctor")
    assert dialogue.text.startswith("PESEL number")
    assert "You also asked about «Doctors, clinics, prescriptions»" in dialogue.text
    assert any(p.startswith("answer:topic:healthcare:") for p in payloads(dialogue))


async def test_one_question_with_and_inside_is_one_answer(dialogue):
    await dialogue.payload("language:en")
    for question in ("how to bring my wife and children to poland", "pesel and meldunek for my son"):
        await dialogue.send(question)
        assert "You also asked" not in dialogue.text, question
