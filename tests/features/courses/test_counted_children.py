"""How many children, said before naming them at a children's course's sign-up («двоє: Маша 8
років і Петро 10», «2 kids: Anna 8 and Tom 10»): the number of children, no part of the first
child's name; more than one sign-up takes is refused as any number is. An age typed again with a
word that says nothing («ой 12») is the age (tester 18, item 3)."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue


async def _details(dialogue: Dialogue) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("Олена")
    await dialogue.send("601 234 567")


@pytest.mark.parametrize(
    ("lang", "typed", "first", "second"),
    [
        ("uk", "двоє: Маша 8 років і Петро 10", "👧 Маша, 8 років", "👧 Петро, 10 років"),
        ("ru", "двое детей: Миша 7, Соня 9", "👧 Миша, 7 лет", "👧 Соня, 9 лет"),
        ("pl", "dwoje dzieci: Ola 8 i Kuba 10", "👧 Ola, 8 lat", "👧 Kuba, 10 lat"),
        ("en", "2 kids: Anna 8 and Tom 10", "👧 Anna, 8 years old", "👧 Tom, 10 years old"),
        ("en", "two kids, Anna 8 and Tom 10", "👧 Anna, 8 years old", "👧 Tom, 10 years old"),
    ],
)
async def test_how_many_said_first_is_the_number_not_a_name(
    tmp_path, clock, lang, typed, first, second
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint=lang)
        await _details(parent)
        await parent.send(typed)  # at «how many children?»
        assert f"{first}\n{second}" in parent.text
        assert "1 to 3" not in parent.text and "1 до 3" not in parent.text
        await parent.payload(
            next(b.payload for b in parent.buttons if b.payload.startswith("course:confirm:"))
        )
        await parent.send("/mybookings")
        assert f"{first}\n{second}" in parent.text


async def test_three_said_with_two_named_asks_the_third(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="ru")
        await _details(olena)
        await olena.send("1")
        await olena.send("трое детей: Миша 7, Соня 9")  # at the child's name, after «1»
        assert olena.text == (
            "✍️ Записываю детей:\n👧 Миша, 7 лет\n👧 Соня, 9 лет\n👧 Ребёнок 3 из 3: как его зовут?"
        )
        await olena.send("Лиза 11")
        assert "👧 Миша, 7 лет\n👧 Соня, 9 лет\n👧 Лиза, 11 лет" in olena.text


async def test_more_than_one_sign_up_takes_is_refused_and_asked_again(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        ola = Dialogue(app.core, language_hint="pl")
        await _details(ola)
        await ola.send("czworo dzieci: Ola 8, Kuba 10")
        assert ola.text == (
            "Jeden zapis to najwyżej 3 dzieci, a tak byłoby 4. Napisz, proszę, najwyżej 3.\n"
            "👧 Ile dzieci zapisujesz? (1–3)"
        )


async def test_an_age_typed_again_with_a_word_around_it(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await _details(olena)
        await olena.send("1")
        await olena.send("Марічка")
        await olena.send("дванадцятеро?")
        assert "Будь ласка, напишіть вік числом років" in olena.text
        await olena.send("ой 12")
        assert "👧 Марічка, 12 років" in olena.text


@pytest.mark.parametrize(
    ("lang", "said", "age_asked", "line"),
    [
        ("ru", "Значит, один ребёнок: Саша.", "Саша", "👧 Саша, 8 лет"),
        ("uk", "Отже, одна дитина: Саша.", "Саша", "👧 Саша, 8 років"),
    ],
)
async def test_a_name_at_how_many_is_one_child_of_that_name(
    tmp_path, clock, lang, said, age_asked, line
):
    """Tester 35, item 24: «Саша» at «how many children? (1–3)» is one child named Саша."""
    async with app_with(tmp_path, clock, **KIDS) as app:
        parent = Dialogue(app.core, language_hint=lang)
        await _details(parent)
        await parent.send("Саша")
        assert said in parent.text and age_asked in parent.text
        assert "1 до 3" not in parent.text
        await parent.send("назад")  # from Саша's age to the name, then to how many
        await parent.send("назад")
        assert "(1–3)" in parent.text
        await parent.send("Саша")
        await parent.send("8")
        assert line in parent.text  # the summary
