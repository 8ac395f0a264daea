"""A question about the course typed while signing up for it («а це безкоштовно?», «а де це?»,
«коли заняття?»; tester report 16, item 3) is answered from the course's own page and the
sign-up goes on at the step it was at, nothing typed lost and nothing asked about leaving; a
question the page cannot answer (another matter, or a price the description says nothing of)
is offered an answer outside the form, as before."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.courses import confirm_button
from tests.support.dialogue import Dialogue

FREE = {
    "uk": "Безкоштовні заняття польської для дітей, 8 занять по вівторках.",
    "ru": "Бесплатные занятия польским для детей, 8 занятий по вторникам.",
    "en": "Free Polish classes for children, 8 meetings on Tuesdays.",
    "pl": "Bezpłatne zajęcia z polskiego dla dzieci, 8 spotkań we wtorki.",
}
LEAVE = "Схоже, це запитання"  # the offer to leave the form
ADDRESS = "ul. Radomska 45, 27-200 Starachowice"  # the course's place (the fixture's info_point)


async def test_free_where_and_when_at_a_childs_name_are_answered_and_the_sign_up_goes_on(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, **KIDS, description=FREE) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await olga.payload("course:open:polish_a1")
        await olga.payload("course:enrol:polish_a1")
        await olga.payload("person:agree")
        await olga.send("Ольга Коваль")
        await olga.send("601 234 567")
        await olga.send("1")
        assert "Як звати дитину?" in olga.text
        for question, answer in [
            ("а це безкоштовно?", FREE["uk"]),
            ("а де це?", ADDRESS),
            ("коли заняття?", "8 занять: перше"),
            ("для кого це?", "A1, дорослі"),
        ]:
            await olga.send(question)
            assert answer in olga.text, question
            assert "Як звати дитину?" in olga.text and LEAVE not in olga.text, question
        await olga.send("Марко")
        await olga.send("8")
        assert "👧 Марко, 8 років" in olga.text
        assert "Ольга Коваль, 📱 +48 601 234 567" in olga.text  # what was given before, kept
        await olga.payload(confirm_button(olga).payload)
        assert "Вашу дитину записано: Польська мова A1!" in olga.text


@pytest.mark.parametrize(
    ("lang", "steps", "question", "answer", "asked"),
    [
        ("en", 1, "is it free?", FREE["en"], "What is your name?"),
        ("pl", 0, "gdzie to jest?", ADDRESS, "Zanim zaczniemy: Twoje dane"),
        ("ru", 2, "когда занятия?", "8 занятий", "Ваш номер телефона"),
        ("pl", 4, "czy to jest za darmo?", FREE["pl"], "Jak ma na imię dziecko?"),
        # tester report 17, item 5: the phone, how many children and the age steps too
        ("en", 2, "when?", "8 meetings", "phone number"),
        ("uk", 2, "коли?", "8 занять", "номер телефону"),
        ("en", 3, "is it free?", FREE["en"], "How many children are you signing up?"),
        ("uk", 3, "а це безкоштовно?", FREE["uk"], "Скільки дітей ви записуєте?"),
        ("en", 5, "where?", ADDRESS, "How old is Maria?"),
        ("uk", 5, "а це безкоштовно?", FREE["uk"], "Скільки років"),
    ],
)
async def test_at_every_step_of_the_sign_up_in_every_language(
    tmp_path, clock, lang, steps, question, answer, asked
):
    async with app_with(tmp_path, clock, **KIDS, description=FREE) as app:
        person = Dialogue(app.core, language_hint=lang)
        await person.payload("course:open:polish_a1")
        await person.payload("course:enrol:polish_a1")
        if steps > 0:  # the consent, then the steps typed: the name, the phone, how many
            await person.payload("person:agree")
        for typed in ["Olena Koval", "601 234 567", "1", "Maria"][: steps - 1]:
            await person.send(typed)
        await person.send(question)
        assert answer in person.text
        assert asked in person.text
        assert "valid phone" not in person.text and "правильний номер" not in person.text
        assert "from 1 to" not in person.text and "від 1 до" not in person.text
        assert "as a number" not in person.text and "числом" not in person.text


async def test_another_question_or_a_price_the_page_does_not_say_is_offered_as_before(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, **KIDS) as app:  # its description names no price
        olga = Dialogue(app.core, language_hint="uk")
        await olga.payload("course:open:polish_a1")
        await olga.payload("course:enrol:polish_a1")
        await olga.payload("person:agree")
        await olga.send("Ольга Коваль")
        await olga.send("601 234 567")
        await olga.send("1")
        await olga.send("а це безкоштовно?")
        assert LEAVE in olga.text
        await olga.press("Ні, повернутися до форми")
        await olga.send("де отримати песель для дитини?")
        assert LEAVE in olga.text
        await olga.press("Так, відповісти на запитання")
        assert "заповнення припинено" in olga.text
