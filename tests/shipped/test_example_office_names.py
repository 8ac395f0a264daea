"""examples/network.yaml: someone whose office is Opole types another office's name or city
(«Sopot», «Сопот», «Starachowice», «Стараховіце») and is offered the switch, in their language."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content, four offices


@pytest.mark.parametrize(
    ("lang", "typed", "offered"),
    [
        ("uk", "Sopot", ["📍 Перейти: Сопот", "✖ Залишитися: Ополе"]),
        ("ru", "Сопот", ["📍 Перейти: Сопот", "✖ Остаться: Ополе"]),
        # the city of two offices: both offered
        (
            "uk",
            "Starachowice",
            [
                "📍 Перейти: Стараховіце — місто",
                "📍 Перейти: Стараховіце — повіт (Центр допомоги біженцям)",
                "✖ Залишитися: Ополе",
            ],
        ),
        (
            "ru",
            "Стараховице",
            [
                "📍 Перейти: Стараховице — город",
                "📍 Перейти: Стараховице — повят (Центр помощи беженцам)",
                "✖ Остаться: Ополе",
            ],
        ),
    ],
)
async def test_an_opole_person_typing_another_city_is_offered_the_switch(
    example, lang, typed, offered
):
    olena = Dialogue(example.core, user_id="3101", language_hint=lang)
    await olena.send("/start opole")
    await olena.send(typed)
    assert [b.label for b in olena.buttons] == offered
