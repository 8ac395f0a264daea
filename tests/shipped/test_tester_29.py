"""Tester 29 (2026-12-06), on the example network (examples/network.yaml) with the shipped
content: nowhere to sleep tonight is answered with the night's way first (the police, 112),
and a place is named before its hours; someone who says they moved to another office's town
is offered that office first, and their «where» is answered."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the shipped content's index


@pytest.mark.parametrize(
    ("lang", "question", "night", "hours"),
    [
        ("en", "I have nowhere to sleep tonight with my child", "police", "its hours"),
        ("uk", "мені ніде ночувати сьогодні з дитиною", "поліції", "годин"),
        ("ru", "мне негде ночевать сегодня с ребёнком", "полицию", "час"),
        ("pl", "nie mam gdzie spać z dzieckiem", "policję", "godzin"),
    ],
)
async def test_nowhere_to_sleep_tonight_starts_with_the_night_and_names_the_place_first(
    network, lang, question, night, hours
):
    person = Dialogue(network.core, user_id=f"night{lang}", language_hint=lang)
    await person.send("/start opole")
    await person.send(question)
    bullets = [line for line in person.text.splitlines() if line.startswith("•")]
    assert night in bullets[0] and "112" in bullets[0]  # tonight: the police, 112
    daytime = bullets[1]
    assert daytime.index("Armii Krajowej 36") < daytime.index(hours)  # the place, then its hours


@pytest.mark.parametrize(
    ("lang", "said", "offer", "where"),
    [
        # another office's own town: its offer first, then the answer (Opole's, until switched)
        ("ru", "я переехала в Сопот, где сделать песель", "Перейти: Сопот", "PESEL"),
        # a town with no office, nearest Sopot: Sopot offered first, the «where» in Gdynia's
        ("uk", "я переїхала до Гдині, де зробити мельдунек", "Перейти: Сопот", "w Gdyni"),
        ("en", "I moved to Sopot", "Switch to Sopot", None),
        ("pl", "przeprowadziłam się do Sopotu", "Przejdź: Sopot", None),
    ],
)
async def test_someone_who_moved_is_offered_the_new_towns_office_first(
    network, lang, said, offer, where
):
    person = Dialogue(network.core, user_id=f"moved{lang}", language_hint=lang)
    await person.send("/start opole")
    await person.send(said)
    first = person.replies[0]
    assert [b.label for row in first.buttons for b in row] == [f"📍 {offer}"]
    assert len(first.text) < 250  # a short message, above the long answer
    if where is not None:
        assert where in person.text
        assert "Переїзд:" not in person.text  # the «where», not only the tip about moving
    await person.press(offer)
    assert "Сопот" in person.text or "Sopot" in person.text
