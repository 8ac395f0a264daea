"""Several children in one message at a children's course («Марічка 8, Андрій 15», «Maria 8 and
Anton 15») and ages in words («Марічка вісім років», «osiem lat»): all read, the sign-up
becoming a family's of that many children; what cannot be told apart, or more children than
one sign-up takes, asked again saying why (README «Known gaps», Forms)."""

from __future__ import annotations

import pytest

from bot.features.courses.child_age import Told, age_alone, read
from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("text", "children"),
    [
        ("Марічка 8, Андрій 15", [("Марічка", 8), ("Андрій", 15)]),
        ("Maria 8 and Anton 15", [("Maria", 8), ("Anton", 15)]),
        ("Марічка вісім років", [("Марічка", 8)]),
        ("Маша семь лет, Петя пять", [("Маша", 7), ("Петя", 5)]),
        ("Ania osiem lat i Piotr dziesięć", [("Ania", 8), ("Piotr", 10)]),
        ("Anna, 8, and Tom, 10", [("Anna", 8), ("Tom", 10)]),
        ("Аня і Петро", [("Аня", None), ("Петро", None)]),
        ("Мар’яна дев’ять", [("Мар’яна", 9)]),
    ],
)
def test_children_and_their_ages_are_read_from_one_message(text, children):
    typed = read(text)
    assert not typed.unsure
    assert typed.children == [Told(name, age) for name, age in children]


@pytest.mark.parametrize("text", ["Марічка 8 15", "8 Марічка 9", "Olena 601234567"])
def test_ages_that_belong_to_no_one_name_are_unsure(text):
    assert read(text).unsure


@pytest.mark.parametrize(
    ("text", "age"),
    [
        ("вісім", 8),
        ("8 років", 8),
        ("eight years old", 8),
        ("osiem lat", 8),
        ("п’ятнадцять", 15),
        ("восьми", 8),  # tester report 20, item 9: «восьми років», «восьми лет»
        ("восьми років", 8),
        ("семи лет", 7),
        ("п'ятнадцяти", 15),
    ],
)
def test_an_age_in_words_is_an_age(text, age):
    assert age_alone(text) == age


async def _details(dialogue: Dialogue) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send("Олена")
    await dialogue.send("601 234 567")


async def test_two_children_typed_at_once_are_one_family_sign_up(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await _details(olena)
        await olena.send("2")
        await olena.send("Марічка 8, Андрій 10")
        text = olena.text
        assert "Перевірте, будь ласка: ви записуєте дітей" in text
        assert "👧 Марічка, 8 років\n👧 Андрій, 10 років" in text
        assert "Скільки років" not in text
        await olena.press("Так, записати дітей")
        assert "Ваших дітей записано: Польська мова A1!" in olena.text


async def test_more_children_than_said_raise_the_count_and_ask_the_missing_age(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        maria = Dialogue(app.core)
        await _details(maria)
        await maria.send("1")  # one child, she said; then types two
        await maria.send("Maria eight and Anton")
        assert "I have noted these children:\n👧 Maria, 8 years old\n👧 Anton (age" in maria.text
        assert "How old is Anton?" in maria.text
        await maria.send("eleven")
        assert "👧 Maria, 8 years old\n👧 Anton, 11 years old" in maria.text
        assert "Yes, sign them up" in [b.label.lstrip("✅ ") for b in maria.buttons]


async def test_a_child_the_course_does_not_take_among_those_typed_may_be_left_out(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await _details(olena)
        await olena.send("Марічка 8, Андрій 15")  # typed at «how many children?»
        assert "Ці заняття для дітей віком 7–12 років, тож записати дитину (Андрій)" in (olena.text)
        await olena.press("Записати лише: Марічка")
        assert "✂️ Андрій — не записуємо" in olena.text
        assert "👧 Марічка, 8 років" in olena.text and "Андрій, 15" not in olena.text


async def test_an_age_in_words_at_the_age_question(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        ola = Dialogue(app.core, language_hint="pl")
        await _details(ola)
        await ola.send("1")
        await ola.send("Ania")
        await ola.send("osiem lat")
        assert "👧 Ania, 8 lat" in ola.text and "Tak, zapisz dziecko" in " ".join(
            b.label for b in ola.buttons
        )


async def test_names_and_ages_not_told_apart_or_too_many_children_are_asked_again(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await _details(olena)
        await olena.send("1")
        await olena.send("Марічка 8 15")
        assert "Я не зрозумів, який вік чиєї дитини." in olena.text
        assert "наприклад «Марічка 8, Андрій 10»" in olena.text
        assert "Як звати дитину?" in olena.text
        await olena.send("Аня 8, Петро 9, Іван 10, Оля 11")
        assert "Один запис — щонайбільше 3 дитини, а так було б 4." in olena.text
        await olena.send("Марічка вісім років")
        assert "👧 Марічка, 8 років" in olena.text and "Для вас є місце" in olena.text


async def test_an_age_in_words_as_восьми_is_taken_at_the_age_question(tmp_path, clock):
    """Tester report 20, item 9: «восьми» was refused with «please write the age in years»."""
    async with app_with(tmp_path, clock, **KIDS) as app:
        olena = Dialogue(app.core, language_hint="uk")
        await _details(olena)
        await olena.send("1")
        await olena.send("Марічка")
        assert "Скільки років дитині (Марічка)?" in olena.text
        await olena.send("восьми")
        assert "👧 Марічка, 8 років" in olena.text
