"""Issue 16/18: a name typed with one bare number at a person's own name step («Маша 8»,
«Person 1», «Anna 2») is no child's age taken for granted. Where the form asks for children (a
children's course) the person is asked, «✅ My name is Маша» (the name taken without the number)
or «👶 8 is my child's age» (their own name asked); in any other form (a callback, a booking, an
adult course) nobody's age matters, and the name is taken without the number at once. An age
said so («Маша 8 років», «Masza, 8 lat») or two children's ages are children at once; at a
child's name in a sign-up, «Марічка 8» stays her name and age
(bot/features/person/name_number.py)."""

from __future__ import annotations

import pytest

from tests.features.courses.test_who_comes import KIDS, app_with
from tests.support.dialogue import Dialogue

TYPED = {"uk": "Маша 8", "ru": "Маша 8", "en": "Anna 2", "pl": "Masza 8"}
ASKED = {
    "uk": "🤔 «Маша 8»: 8 — це вік дитини?",
    "ru": "🤔 «Маша 8»: 8 — это возраст ребёнка?",
    "en": "🤔 “Anna 2”: is 2 your child's age?",
    "pl": "🤔 „Masza 8”: czy 8 to wiek dziecka?",
}
MY_NAME = {
    "uk": "✅ Мене звати Маша",
    "ru": "✅ Меня зовут Маша",
    "en": "✅ My name is Anna",
    "pl": "✅ Mam na imię Masza",
}
AN_AGE = {
    "uk": "👶 8 — це вік дитини",
    "ru": "👶 8 — это возраст ребёнка",
    "en": "👶 2 is my child's age",
    "pl": "👶 8 to wiek dziecka",
}
OWN_NAME = {
    "uk": "Спершу напишіть, будь ласка, своє ім'я",
    "ru": "Сначала, пожалуйста, напишите своё имя",
    "en": "First, please type your own name",
    "pl": "Najpierw wpisz, proszę, swoje imię",
}


async def _to_the_summary(person: Dialogue, lang: str) -> None:
    await person.send("601 234 567")
    await person.payload("callback:topic:pesel")
    await person.payload("callback:skip")
    await person.payload(f"callback:language:{lang}")
    await person.payload("callback:window:asap")


@pytest.mark.parametrize("lang", list(TYPED))
async def test_at_a_callback_the_name_is_taken_without_the_number(app, lang):
    person = Dialogue(app.core, user_id=f"nn{lang}", language_hint=lang)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(TYPED[lang])
    assert ASKED[lang] not in person.text  # no child in a callback: not asked
    assert any(r.request_contact for r in person.replies)  # the name taken: the phone asked
    await _to_the_summary(person, lang)
    name = TYPED[lang].split()[0]
    assert f": {name}\n" in person.text and TYPED[lang] not in person.text


async def _at_a_course(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id=f"nc{lang}", language_hint=lang)
    await person.payload("course:open:polish_a1")
    await person.payload("course:enrol:polish_a1")
    await person.payload("person:agree")
    await person.send(TYPED[lang])
    return person


@pytest.mark.parametrize("lang", list(TYPED))
async def test_at_a_course_it_is_asked_about_and_taken_without_it(tmp_path, clock, lang):
    async with app_with(tmp_path, clock, **KIDS) as app:
        person = await _at_a_course(app, lang)
        assert ASKED[lang] in person.text
        assert [b.label for b in person.buttons][:2] == [MY_NAME[lang], AN_AGE[lang]]
        assert not any(r.request_contact for r in person.replies)  # the phone not asked yet
        await person.press(MY_NAME[lang])
        assert any(r.request_contact for r in person.replies)  # the name taken: the phone


@pytest.mark.parametrize("lang", list(TYPED))
async def test_the_number_as_a_childs_age_asks_the_parents_own_name(tmp_path, clock, lang):
    async with app_with(tmp_path, clock, **KIDS) as app:
        person = await _at_a_course(app, lang)
        await person.press(AN_AGE[lang])
        assert OWN_NAME[lang] in person.text
        assert not any(r.request_contact for r in person.replies)
        await person.send("Olena")
        assert any(r.request_contact for r in person.replies)


@pytest.mark.parametrize("lang", list(TYPED))
async def test_at_an_adult_course_the_name_is_taken_without_the_number(tmp_path, clock, lang):
    async with app_with(tmp_path, clock) as app:
        person = await _at_a_course(app, lang)
        assert ASKED[lang] not in person.text
        assert any(r.request_contact for r in person.replies)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "Маша 8 років"),
        ("ru", "Аня 8 лет"),
        ("en", "Anna 8 years old"),
        ("pl", "Masza, 8 lat"),
    ],
)
async def test_an_age_said_so_is_a_child_at_once(app, lang, typed):
    person = Dialogue(app.core, user_id=f"ny{lang}", language_hint=lang)
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send(typed)
    assert OWN_NAME[lang] in person.text
    assert not any(b.payload in ("person:is_name", "person:children") for b in person.buttons)


async def test_person_1_typed_again_as_a_name_goes_on(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        person = Dialogue(app.core, user_id="np1", language_hint="en")
        await person.payload("course:open:polish_a1")
        await person.payload("course:enrol:polish_a1")
        await person.payload("person:agree")
        await person.send("Person 1")
        assert "is 1 your child's age?" in person.text
        await person.send("Olena")  # typed instead of a tap: the name step reads it as before
        assert any(r.request_contact for r in person.replies)


async def test_at_a_childs_name_a_bare_number_is_still_the_age(tmp_path, clock):
    async with app_with(tmp_path, clock, **KIDS) as app:
        olga = Dialogue(app.core, language_hint="uk")
        await olga.payload("course:open:polish_a1")
        await olga.payload("course:enrol:polish_a1")
        await olga.payload("person:agree")
        await olga.send("Оксана 2")  # the parent's own name: asked
        assert "🤔 «Оксана 2»: 2 — це вік дитини?" in olga.text
        await olga.press("✅ Мене звати Оксана")
        await olga.send("512 345 678")
        await olga.send("1")
        await olga.send("Марічка 8")  # a child's name: her name and age
        assert "👧 Марічка, 8 років" in olga.text
        assert "Батько, мати або опікун: Оксана, 📱" in olga.text
