"""Who comes on one sign-up: a children's course asks a parent each child's first name and age
(`for: children`, `min_age`, `max_age`), a family event how many people (`max_people`); each
takes a seat, the waiting list counts them, and staff see the count and the children."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from bot.app import App, build
from tests.conftest import write_config
from tests.support.courses import confirm_button, inbox, payload_of, people, text_of
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import catalogue


@asynccontextmanager
async def app_with(tmp_path: Any, clock: Any, **extra: Any) -> AsyncIterator[App]:
    data = catalogue()
    data["services"]["polish_a1"].update(extra)
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        yield app
    finally:
        await app.close()


KIDS = {"for": "children", "min_age": 7, "max_age": 12, "max_people": 3}


async def _details(dialogue: Dialogue, name: str = "Maria") -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send(name)
    await dialogue.send("601 234 567")


async def test_a_parent_signs_up_two_children_by_name_and_age(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        maria = Dialogue(app.core, language_hint="uk")
        await maria.payload("course:open:polish_a1")
        assert "Дітей записує один із батьків або опікун (вік 7–12), до 3 одразу" in maria.text
        await _details(maria)
        assert "Скільки дітей ви записуєте? (1–3)" in maria.text
        await maria.send("двоє")
        assert "Дитина 1 з 2: як її звати?" in maria.text
        await maria.send("Аня")
        assert "Скільки років дитині (Аня)?" in maria.text
        await maria.send("5")
        assert "для дітей віком 7–12 років" in maria.text  # refused, asked again
        await maria.send("вісім")
        await maria.send("Петро")
        await maria.send("десять")
        text = maria.text
        assert "ви записуєте дітей" in text and "✅ Місця є для всіх." in text  # not «дитину»
        assert confirm_button(maria).label == "✅ Так, записати дітей"  # not «записати мене»
        assert "👧 Аня, 8 років\n👧 Петро, 10 років" in text
        assert "Батько, мати або опікун: Maria, 📱 +48 601 234 567" in text
        await maria.payload(confirm_button(maria).payload)
        assert "Ваших дітей записано: Польська мова A1!" in maria.text
        assert "👧 Аня, 8 років" in maria.text
        staff = StaffMember(app.core)
        await staff.payload("courses:show:polish_a1")
        assert "Zapisani (2 z 2)" in staff.text
        assert "1. Maria, +48 601 234 567" in staff.text
        assert "👧 dzieci: Аня (8), Петро (10)" in staff.text
        await maria.send("/mydata")
        assert "👧 Аня (8), Петро (10)" in maria.text


async def test_a_childs_name_and_age_are_checked(tmp_path, clock):
    async with app_with(tmp_path, clock, **{"for": "children"}) as app:
        olena = Dialogue(app.core)
        await _details(olena)
        assert "What is your child's first name?" in olena.text  # one child: no number asked
        await olena.send("123")
        assert "Please write just the child's first name." in olena.text
        await olena.send("Sofia")
        await olena.send("a few years")  # («eight years» is read: test_several_children)
        assert "Please write the age as a number of years" in olena.text
        await olena.send("8")
        assert "Please check: you are signing up your child" in olena.text
        assert "👧 Sofia, 8 years old" in olena.text
        assert confirm_button(olena).label == "✅ Yes, sign my child up"


async def test_a_group_takes_as_many_seats_and_may_wait_together_when_fewer_are_left(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, max_people=4, seats=3) as app:
        first, second, third = people(app, 3)
        await first.payload("course:open:polish_a1")
        assert "You can sign up to 4 people at once, you included" in first.text
        await _details(first)
        assert "How many people are coming, you included? (1–4)" in first.text
        await first.send("9")
        assert "Please choose a number from 1 to 4." in first.text
        await first.press("2")
        assert "👥 Places: 2" in first.text and "There are places for everyone." in first.text
        assert confirm_button(first).label == "✅ Yes, sign us up"
        await first.payload(confirm_button(first).payload)
        assert "You are signed up for Polish A1: 2 places!" in first.text
        await _details(second, "Petro")
        await second.press("2")  # one seat left: not enough for two
        assert "Free places left: 1, not enough for all 2. You can choose:" in second.text
        await second.press("All wait together")
        assert "waiting list for Polish A1: number 1" in second.text
        await _details(third, "Ivan")
        await third.press("1")  # Petro waits for two seats together: the one free is Ivan's
        assert "There is a place for you." in third.text
        await third.payload(confirm_button(third).payload)
        assert "You are signed up for Polish A1!" in third.text
        staff = StaffMember(app.core)
        await staff.command("/courses")
        assert "zapisani: 3 z 3, rezerwowi: 2" in staff.text
        await staff.payload("courses:show:polish_a1")
        assert "· 👥 2 os." in staff.text
        assert "1. Petro, +48 601 234 567 · angielski, terminal (test) · 👥 2 os. · ⏳ tylko" in (
            staff.text
        )
        await first.send("/mybookings")
        await first.press("Leave: Polish A1")
        assert "Your 2 places will go to the next people on the waiting list." in first.text
        await first.press("Yes, leave")
        await second.send("/mybookings")
        assert "2 places are yours if you confirm" in second.text  # two seats: Petro's two
        offer = (await inbox(app, second.user_id))[-1]
        assert "🎉 2 places are free on Polish A1!" in text_of(offer)
        assert "There are places for everyone on your sign-up (2 people)." in text_of(offer)
        await second.payload(payload_of(offer, "Sign up now: 2 people"))
        assert "the day before each meeting.\n\n👥 Places: 2" in (second.text)


async def _two_children(dialogue: Dialogue) -> None:
    await _details(dialogue)
    await dialogue.send("двоє")
    for name, age in (("Аня", "8"), ("Петро", "10")):
        await dialogue.send(name)
        await dialogue.send(age)


async def test_the_children_are_named_in_mybookings_and_on_the_staffs_remove_button(
    tmp_path, clock
):
    async with app_with(tmp_path, clock, **KIDS) as app:
        maria = Dialogue(app.core, language_hint="uk")
        await _two_children(maria)
        await maria.payload(confirm_button(maria).payload)
        await maria.send("/mybookings")
        assert "🎓 Польська мова A1 — ✅ ви записані\n👧 Аня, 8 років\n👧 Петро, 10 років" in (
            maria.text
        )
        await maria.press("Відписатися: Польська мова A1 — Аня, Петро")
        assert "Польська мова A1 — Аня, Петро" in maria.text  # the question names them too
        await maria.press("Ні, залишитися")
        staff = StaffMember(app.core)
        await staff.payload("courses:show:polish_a1")
        await staff.press("Usuń z listy: 1. Maria — Аня, Петро")
        assert "Usunąć z listy na „Język polski A1”: Maria — Аня, Петро?" in staff.text
        await staff.press("Tak, usuń")
        assert "Maria — Аня, Петро: usunięto z listy" in staff.text
        told = text_of((await inbox(app, maria.user_id))[-1])  # whom, as staff were shown
        assert "Працівники вилучили зі списку на «Польська мова A1»: Аня, Петро." in told


async def test_a_groups_places_are_counted_in_mybookings(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=4) as app:
        olena = Dialogue(app.core)
        await _details(olena, "Olena")
        await olena.press("2")
        await olena.payload(confirm_button(olena).payload)
        await olena.send("/mybookings")
        assert "🎓 Polish A1 — ✅ you are signed up\n👥 Places: 2" in olena.text
        assert olena.button("Leave: Polish A1").label == "✖ Leave: Polish A1"  # nobody to name


ASKED_AT_PEOPLE = {  # tester 36, F7: «choose a number» at a question typed at the number step
    "en": ("how many places are left?", "That looks like a question", "How many people"),
    "uk": ("скільки ще є місць?", "Схоже, це запитання", "Скільки людей"),
    "ru": ("сколько мест осталось?", "Похоже, это вопрос", "Сколько человек"),
    "pl": ("ile zostało miejsc?", "To wygląda na pytanie", "Ile osób"),
}


async def test_a_question_at_the_number_of_people_is_offered_an_answer(tmp_path, clock):
    async with app_with(tmp_path, clock, max_people=4) as app:
        for lang, (question, offer, step) in ASKED_AT_PEOPLE.items():
            person = Dialogue(app.core, user_id=f"q-{lang}", language_hint=lang)
            await _details(person)
            await person.send(question)
            assert offer in person.text, lang
            assert "1–4" not in person.text, lang
            await person.payload("typed:back")  # the step again, nothing lost
            assert step in person.text and "(1–4)" in person.text, lang
            await person.send("2")
            assert "👥" in person.text, lang
