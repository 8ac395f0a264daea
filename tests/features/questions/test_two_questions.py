"""Two questions in one message (tester report 38, F17; search/two.py): the one asked first
answered, the other one's topic named under it with a button that opens it, in every language
and in either order; one question with an «and» inside, or a detail joined by one, stays one
answer."""

from __future__ import annotations

import pytest

ALSO = {  # (the title follows, then «: that is a separate topic …»)
    "en": "❓ You also asked about «",
    "uk": "❓ Ви також питали про «",
    "ru": "❓ Вы также спрашивали о «",
    "pl": "❓ Pytasz też o «",
}


@pytest.mark.parametrize(
    ("lang", "question", "titles"),
    [
        ("en", "how to get pesel and how to open bank account", ("PESEL number", "Bank account")),
        (
            "uk",
            "як зробити песель і куди записати дитину до школи",
            ("Номер PESEL", "Школа і дитсадок"),
        ),
        (
            "ru",
            "как получить песель и как открыть счет в банке",
            ("Номер PESEL", "Банковский счёт"),
        ),
        ("pl", "jak zrobić pesel i jak założyć konto w banku", ("Numer PESEL", "Konto w banku")),
        ("en", "how to open bank account and how to get pesel", ("Bank account", "PESEL number")),
        (
            "uk",
            "куди записати дитину до школи і як зробити песель",
            ("Школа і дитсадок", "Номер PESEL"),
        ),
        (
            "en",
            "where do i get pesel? also how to find a family doctor",
            ("PESEL number", "Doctors"),
        ),
        (
            "en",
            "how to find a family doctor? also where do i get pesel",
            ("Doctors", "PESEL number"),
        ),
    ],
)
async def test_the_first_question_is_answered_and_the_other_named_with_a_button_to_its_topic(
    dialogue, lang, question, titles
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(question)
    answered, other = titles
    assert dialogue.text.startswith(answered), dialogue.text[:80]  # the first asked, at once
    line = next(x for x in dialogue.text.split("\n") if x.startswith("❓"))
    assert line.startswith(ALSO[lang] + other), line  # the other one named ...
    await dialogue.press(next(b.label for b in dialogue.buttons if b.label.startswith(other)))
    assert dialogue.text.startswith(other)  # ... and a tap away


async def test_one_question_with_and_inside_is_one_answer(dialogue):
    await dialogue.payload("language:en")
    for question in (
        "how to bring my wife and children to poland",
        "can i drive in poland with my indian licence and for how long",
        "i lost my wallet with residence card and bank card",
    ):
        await dialogue.send(question)
        assert "You also asked" not in dialogue.text, question


async def test_a_story_told_before_the_question_does_not_take_its_answer(dialogue):
    # («rent is due next week» has an «is», but it opens no question: the social help asked is
    # answered, the rent named under it)
    await dialogue.payload("language:en")
    await dialogue.send(
        "Good morning. I'm a single mother of two, I lost my job last month and have no income "
        "now, rent is due next week. Is there any social help from the city, like MOPS, for "
        "emergency money?"
    )
    assert dialogue.text.startswith("800+ and social benefits"), dialogue.text[:80]
