"""Tester 31 (2026-12-06), examples/network.yaml through the real core: a pet's question (a dog
brought from Ukraine, a vet for a dog) gets the honest «no answer» with the way to a person, not
family reunification's sponsor rules nor regulated professions; a question a topic's own text
covers with its animal (a dog on the train, a flat with a cat, a card a dog chewed) keeps its
topic. Staff's /today with two courses on one day: each button names its course and hour."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue, StaffMember

pytestmark = pytest.mark.slow  # the whole shipped content, four offices

OPOLE_STAFF = "-1001000000001"
NO_ANSWER = {
    "uk": "На жаль, на це в мене немає відповіді.",
    "ru": "К сожалению, на это у меня нет ответа.",
    "en": "Sorry, I have no answer to that.",
    "pl": "Niestety nie mam odpowiedzi na to pytanie.",
}


@pytest.fixture
def example(searched_example):  # type: ignore[no-untyped-def]
    """examples/network.yaml on a Monday morning, with the search (tests/shipped/conftest.py)."""
    return searched_example


async def of_opole(example, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(example.core, user_id="3101", language_hint=lang)
    await person.send("/start opole")
    await person.payload(f"language:{lang}")
    return person


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("uk", "чи можна привезти собаку з України в Польщу потягом"),
        ("ru", "можно ли привезти кошку из Украины в Польшу"),
        ("en", "can I bring my dog from Ukraine to Poland"),
        ("uk", "де в Ополе ветеринар для собаки"),
        ("pl", "czy mogę przywieźć psa z Ukrainy do Polski"),
        ("ru", "где в Ополе ветклиника"),
    ],
)
async def test_a_pets_question_gets_no_answer_and_the_way_to_a_person(example, lang, question):
    person = await of_opole(example, lang)
    await person.send(question)
    assert person.text.startswith(NO_ANSWER[lang])
    assert "callback" in {b.payload for b in person.buttons}  # a person, a tap away
    assert not any(b.payload.startswith("answer:topic:") for b in person.buttons)
    assert "Спонсор" not in person.text and "pobyt stały" not in person.text


@pytest.mark.parametrize(
    ("lang", "question", "title"),
    [
        ("en", "can I take my dog on the regional train", "transport"),
        ("pl", "pies pogryzł kartę pobytu, trzeba wymieniać?", "karta pobytu"),
        ("ru", "ищем квартиру для семьи с собакой, на что смотреть в договоре", "жиль"),
        ("uk", "я ветеринар з України, як підтвердити диплом", "диплом"),
    ],
)
async def test_an_animal_a_topic_speaks_of_keeps_that_topic(example, lang, question, title):
    person = await of_opole(example, lang)
    await person.send(question)
    assert not person.text.startswith(NO_ANSWER[lang])
    assert title.lower() in person.text.lower()


async def test_two_courses_on_one_day_have_buttons_naming_each(example):
    anna = StaffMember(example.core, chat_id=OPOLE_STAFF)
    await anna.command("/today 9.01")
    labels = [b.label for b in anna.buttons if b.payload.startswith("courses:")]
    assert "✅ Obecność 10:00 · Język polski A2" in labels
    assert "👥 Zapisani 10:00 · Język polski A2" in labels
    assert "✅ Obecność 12:00 · Polski dla dzieci" in labels
    assert len(set(labels)) == len(labels) == 4  # no two alike
    assert all(len(label) <= 40 for label in labels)
