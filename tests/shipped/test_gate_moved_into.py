"""The first message says where the person moved to («я переехала в Сопот, где сделать
песель»): that town's point is theirs at once; moved from a town («из Сопота»): still asked."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "text", "chosen"),
    [
        ("ru", "я переехала в Сопот, где сделать песель", "Ваш информационный пункт: Сопот"),
        ("uk", "я переїхала до Сопота, де зробити песель", "Ваш інформаційний пункт: Сопот"),
        ("en", "I moved to Sopot, where do I get a pesel", "Your information point: Sopot"),
    ],
)
async def test_moved_into_a_town_of_a_point_chooses_it(example, lang, text, chosen):  # type: ignore[no-untyped-def]
    olena = Dialogue(example.core, user_id=f"moved-{lang}", language_hint=lang)
    await olena.send(text)
    assert chosen in olena.text


async def test_moved_from_a_town_of_a_point_is_still_asked(example):  # type: ignore[no-untyped-def]
    olena = Dialogue(example.core, user_id="moved-from", language_hint="ru")
    await olena.send("я переехала из Сопота, где сделать песель")
    assert "Ваш информационный пункт: Сопот" not in olena.text
