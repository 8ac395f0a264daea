"""After a «с», «з», «z» that means both "from" and "with", a town's name in the genitive is
where the person is from, in the instrumental whom they are with: a Russian or Ukrainian
feminine adjective's «-ой», «-ої» is both, so the name's other word decides («с Зелёной Гуры»,
«с Острува-Мазовецкой»: from; «с Зелёной Гурой», «с Острувом-Мазовецкой»: with;
bot/features/office/instrumental.py)."""

from __future__ import annotations

import pytest

from tests.features.office.test_area_towns import TOWN_KEPT
from tests.support.dialogue import Dialogue

NONE_THERE = {  # «📍 В городе … у нас нет …», a town with no Russian name: «Ваш город: …»
    "ru": ("у нас нет информационного пункта", "Информационного пункта там у нас нет"),
    "uk": ("у нас немає інформаційного пункту", "Інформаційного пункту там у нас немає"),
}


@pytest.mark.parametrize(
    ("hint", "from_", "with_", "town"),
    [
        ("ru", "я с Зелёной Гуры", "я работаю с Зелёной Гурой", "Зелёна-Гура"),
        ("ru", "я с Острува-Мазовецкой", "мы торгуем с Острувом-Мазовецкой", "Ostrów Mazowiecka"),
        ("uk", "я з Зеленої Гури", "я працюю з Зеленою Гурою", "Зелена Гура"),
    ],
)
async def test_a_town_in_the_genitive_is_where_one_is_from(area_network, hint, from_, with_, town):
    person = Dialogue(area_network.core, user_id=f"from-{from_}", language_hint=hint)
    await person.send(from_)
    assert town in person.text  # read as their town: none there, the nearest first
    assert any(said in person.text for said in NONE_THERE[hint])
    await person.send("/mydata")
    assert TOWN_KEPT[hint] in person.text
    other = Dialogue(area_network.core, user_id=f"with-{with_}", language_hint=hint)
    await other.send(with_)
    assert town not in other.text
    await other.send("/mydata")
    assert TOWN_KEPT[hint] not in other.text
