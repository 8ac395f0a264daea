"""A question about a course is answered first by the office's own courses that fit it, open
for sign-up, with their dates and free places (tester 30, item 5: «є курси польської?» got the
long general topic first and one course at the very bottom): all the Polish courses for adults,
or for a child the children's course with its ages (an age outside them said), then the
knowledge base's topic. Other courses (an adaptation course, a picnic) are not listed."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.conftest import write_config
from tests.support.courses import enrol
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue


def _titles(uk: str, ru: str, en: str, pl: str) -> dict[str, str]:
    return {"uk": uk, "ru": ru, "en": en, "pl": pl}


def _opole_like() -> dict:  # type: ignore[type-arg]
    """Polish A1 (2 places) with A2, Polish for work, Polish for children and an adaptation
    course, named as examples/network.yaml names Opole's."""
    data = catalogue()
    services = data["services"]
    a1 = services["polish_a1"]
    a1["keywords"] = {
        "uk": ["курс польської", "вивчити польську"],
        "ru": ["курс польского", "выучить польский"],
        "en": ["polish course", "learn polish"],
        "pl": ["kurs polskiego", "nauczyć się polskiego"],
    }
    services["polish_a2"] = dict(
        a1,
        title=_titles("Польська мова A2", "Польский язык A2", "Polish A2", "Język polski A2"),
        keywords={"uk": ["польська a2"], "ru": ["польский a2"], "en": ["polish a2"],
                  "pl": ["polski a2"]},
        level=_titles("A2, дорослі", "A2, взрослые", "A2, adults", "A2, dorośli"),
        seats=12,
    )  # fmt: skip
    services["polish_work"] = dict(
        a1,
        title=_titles("Польська для роботи", "Польский для работы", "Polish for work",
                      "Język polski techniczny"),
        keywords={"uk": ["польська для роботи"], "ru": ["польский для работы"],
                  "en": ["polish for work"], "pl": ["polski techniczny"]},
        level=None,
        seats=10,
    )  # fmt: skip
    services["polish_kids"] = dict(
        a1,
        title=_titles("Польська для дітей", "Польский для детей", "Polish for children",
                      "Polski dla dzieci"),
        keywords={"uk": ["польська для дітей", "курс польської для дитини"],
                  "ru": ["польский для детей", "курс польского для ребёнка"],
                  "en": ["polish for children", "polish course for my child"],
                  "pl": ["polski dla dzieci", "kurs polskiego dla dziecka"]},
        level=None,
        seats=10,
        **{"for": "children", "min_age": 7, "max_age": 12},
    )  # fmt: skip
    services["adaptation"] = dict(
        a1,
        title=_titles("Адаптаційний курс", "Адаптационный курс", "Adaptation course",
                      "Kurs adaptacyjny"),
        keywords={"uk": ["адаптаційний курс"], "ru": ["адаптационный курс"],
                  "en": ["adaptation course"], "pl": ["kurs adaptacyjny"]},
        level=None,
    )  # fmt: skip
    for service in services.values():
        if service.get("level") is None:
            service.pop("level", None)
    return data


ADULTS = {  # the question, the titles listed first, the places line, the topic after them
    "uk": ("хочу вивчити польську, є курси?",
           ["Польська мова A1", "Польська мова A2", "Польська для роботи"],
           "Вільних місць: 1 з 2", "Курси польської мови"),
    "ru": ("хочу выучить польский, есть курсы?",
           ["Польский язык A1", "Польский язык A2", "Польский для работы"],
           "Свободных мест: 1 из 2", "Курсы польского языка"),
    "en": ("I want to learn Polish, are there courses?",
           ["Polish A1", "Polish A2", "Polish for work"],
           "Free places: 1 of 2", "Polish language courses"),
    "pl": ("chcę nauczyć się polskiego, są kursy?",
           ["Język polski A1", "Język polski A2", "Język polski techniczny"],
           "Wolne miejsca: 1 z 2", "Kursy języka polskiego"),
}  # fmt: skip
CHILD = {  # a child of 6: the children's course, its ages, and that 6 is not among them
    "uk": ("курс польської для сина 6 років", "Польська для дітей",
           "для дітей віком 7–12 років (вік 6 до нього не підходить)"),
    "ru": ("курс польского для сына 6 лет", "Польский для детей",
           "для детей 7–12 лет (возраст 6 не подходит)"),
    "en": ("polish course for my son, he is 6 years old", "Polish for children",
           "for children aged 7–12 (age 6 is outside it)"),
    "pl": ("kurs polskiego dla syna, 6 lat", "Polski dla dzieci",
           "dla dzieci w wieku 7–12 lat (wiek 6 się nie mieści)"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_the_offices_polish_courses_come_first_with_dates_and_places(tmp_path, clock, lang):
    question, titles, places, topic = ADULTS[lang]
    app = await build(write_config(tmp_path, **_opole_like()), clock=clock)
    try:
        await enrol(Dialogue(app.core, user_id="p9"), "polish_a1")  # 1 of A1's 2 places taken
        person = Dialogue(app.core, user_id="p1", language_hint=lang)
        await person.send(question)
        lead = person.replies[0]
        assert [b.label for row in lead.buttons for b in row] == titles
        assert [b.payload for row in lead.buttons for b in row] == [
            "course:open:polish_a1",
            "course:open:polish_a2",
            "course:open:polish_work",
        ]
        assert places in lead.text and "🗓" in lead.text
        assert "Adapt" not in lead.text and "Адапт" not in lead.text
        rest = "\n".join(r.text for r in person.replies[1:])
        assert topic in rest  # the general topic after them
        assert not any(  # not offered again under it
            b.payload.startswith(("service:polish", "course:open"))
            for r in person.replies[1:]
            for row in r.buttons
            for b in row
        )
        await person.press(titles[1])  # the course's page: dates and sign-up
        assert any(b.payload == "course:enrol:polish_a2" for b in person.buttons)
    finally:
        await app.close()


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_a_question_about_a_child_gets_the_childrens_course_with_its_ages(
    tmp_path, clock, lang
):
    question, title, ages = CHILD[lang]
    app = await build(write_config(tmp_path, **_opole_like()), clock=clock, search="off")
    try:
        parent = Dialogue(app.core, user_id="p1", language_hint=lang)
        await parent.send(question)
        lead = parent.replies[0]
        assert [b.label for row in lead.buttons for b in row] == [title]
        assert ages in lead.text
    finally:
        await app.close()


async def test_a_question_naming_no_course_gets_no_list(tmp_path, clock):
    app = await build(write_config(tmp_path, **_opole_like()), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="p1")
        await person.send("how do I get a PESEL number")
        assert not any(b.payload.startswith("course:open") for b in person.buttons)
    finally:
        await app.close()


ALONG = {  # someone comes too (tester 41, F7): how they sign up, under each adults' course
    "uk": ("хочу на курс польської для себе і дружини",
           "👥 Один запис — одне місце: хто йде з вами, записується сам"),
    "ru": ("хочу на курс польского для себя и жены",
           "👥 Одна запись — одно место: кто идёт с вами, записывается сам"),
    "en": ("I want a polish course for me and my wife",
           "👥 One sign-up is one place: whoever comes with you signs up themselves"),
    "pl": ("chcę kurs polskiego dla siebie i żony",
           "👥 Jeden zapis to jedno miejsce: kto idzie z tobą, zapisuje się sam"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_a_course_for_two_says_each_signs_up_themselves(tmp_path, clock, lang):
    question, line = ALONG[lang]
    app = await build(write_config(tmp_path, **_opole_like()), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="p1", language_hint=lang)
        await person.send(question)
        lead = person.replies[0]
        assert any(b.payload == "course:open:polish_a1" for row in lead.buttons for b in row)
        assert lead.text.count(line) == 3  # under each of the three adults' Polish courses
        await person.send(ADULTS[lang][0])  # no one else said: no such line
        assert "👥" not in person.replies[0].text
    finally:
        await app.close()
