"""A place offered from the waiting list, as /mybookings shows it (tester 30, item 7): «Take the
place» with «No, thanks» (as the offer's notification has them; it frees the place for the
next), and «Wait for places for all» only where others of the sign-up still wait. Staff's card
says who of the family is signed up already. The fixture's Polish A1 as a children's course of
2 places, up to 3 children a sign-up (tests/features/courses/test_families.py)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.app import App, build
from tests.conftest import write_config
from tests.features.courses.test_families import KIDS, family, signed_up
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import catalogue

SEEN = {  # Take, No thanks, Wait for all, after «No, thanks»
    "uk": (
        "✅ Зайняти місце: Польська мова A1 — Петро",
        "✖ Ні, дякую: Польська мова A1 — Петро",
        "Чекати на місця для всіх",
        "місце отримає наступна людина",
    ),
    "ru": (
        "✅ Занять место: Польский язык A1 — Петро",
        "✖ Нет, спасибо: Польский язык A1 — Петро",
        "Ждать места для всех",
        "место получит следующий человек",
    ),
    "en": (
        "✅ Take the place: Polish A1 — Петро",
        "✖ No, thanks: Polish A1 — Петро",
        "Wait for places for all",
        "the place goes to the next person",
    ),
    "pl": (
        "✅ Zajmij miejsce: Język polski A1 — Петро",
        "✖ Nie, dziękuję: Język polski A1 — Петро",
        "Czekać na miejsca dla wszystkich",
        "miejsce dostanie następna osoba",
    ),
}
STAFF = {  # the staff language's line under Петро's offered place
    "pl": "👧 dzieci: Петро (10) · 👪 z tej rodziny już zapisano: Аня (nr 1 listy zapisanych)",
    "uk": "👪 з цієї родини вже записано: Аня (№ 1 у списку записаних)",
    "ru": "👪 из этой семьи уже записаны: Аня (№ 1 в списке записанных)",
    "en": "👪 already signed up from this family: Аня (no. 1 of the list above)",
}


@asynccontextmanager
async def kids(tmp_path: Any, clock: Any, staff: str) -> AsyncIterator[App]:
    data = catalogue()
    data["services"]["polish_a1"].update(KIDS)
    config = write_config(tmp_path, **data, staff__language=staff)
    app = await build(config, clock=clock, search="off")
    try:
        yield app
    finally:
        await app.close()


async def _offered_to_petro(app: App, lang: str) -> Dialogue:
    """Olena's child and Аня have the 2 places, Петро waits alone; Olena leaves: the place is
    offered to Петро, and nobody else of Maria's sign-up waits."""
    olena = Dialogue(app.core, user_id="p1")
    await signed_up(olena, "Olena")
    maria = Dialogue(app.core, user_id="p2", language_hint=lang)
    await family(maria)
    await maria.payload(next(b.payload for b in maria.buttons if b.payload.endswith(":split")))
    await olena.send("/mybookings")
    await olena.press("Leave: Polish A1")
    await olena.press("Yes, leave")
    return maria


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_an_offered_place_can_be_turned_down_in_bookings(tmp_path, clock, lang):
    take, no, wait_all, declined = SEEN[lang]
    async with kids(tmp_path, clock, lang) as app:
        maria = await _offered_to_petro(app, lang)
        await maria.send("/mybookings")
        labels = [b.label for b in maria.buttons]
        assert take in labels and no in labels
        assert not any(wait_all in label for label in labels)  # nobody else waits

        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert STAFF[lang] in anna.text

        await maria.press(no)
        assert declined in maria.text
        await maria.send("/mybookings")
        assert not any(b.payload.startswith("course:take:") for b in maria.buttons)
        assert "Петро" not in maria.text and "Аня" in maria.text  # Аня keeps her place


async def test_wait_for_all_stays_where_others_of_the_sign_up_wait(tmp_path, clock):
    async with kids(tmp_path, clock, "pl") as app:
        olena = Dialogue(app.core, user_id="p1")
        await signed_up(olena, "Olena")
        ivan = Dialogue(app.core, user_id="p3")
        await signed_up(ivan, "Ivan")  # the two places taken
        maria = Dialogue(app.core, user_id="p2")
        await family(maria)  # Аня and Петро wait, number 1
        await maria.payload(next(b.payload for b in maria.buttons if ":confirm:" in b.payload))
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")  # one place: offered for Аня, Петро waits on
        await maria.send("/mybookings")
        labels = [b.label for b in maria.buttons]
        assert "✅ Take the place: Polish A1 — Аня" in labels
        assert "⏳ Wait for places for all" in labels
        assert not any(label.startswith("✖ No, thanks") for label in labels)
