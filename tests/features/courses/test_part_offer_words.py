"""Places freed for some of a group waiting together name whom they are for, in the person's
language, with the right plural: «the place is yours», «the places are for you and 1 more
person», and, where some of the group have places already, «the place is for 1 more person of
your group»; never «yours for 1 person». The event: the fixture's Multiculturalism Day, up to
6 people a sign-up."""

from __future__ import annotations

import pytest

from tests.features.courses.test_group_plurals import DAY, group, group_event
from tests.support.courses import inbox, text_of, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember

FOR_TWO = {
    "en": "For now, the places are for you and 1 more person if you confirm by",
    "uk": "Поки що місця — для вас і ще 1 людини, якщо підтвердите до",
    "ru": "Пока места — для вас и ещё 1 человека, если подтвердите до",
    "pl": "Na razie miejsca są dla Ciebie i jeszcze 1 osoby, jeśli potwierdzisz do",
}
FOR_ONE = {
    "en": "For now, the place is yours if you confirm by",
    "uk": "Поки що місце — ваше, якщо підтвердите до",
    "ru": "Пока место — ваше, если подтвердите до",
    "pl": "Na razie miejsce jest Twoje, jeśli potwierdzisz do",
}
ONE_MORE = {
    "en": "For now, the place is for 1 more person of your group if you confirm by",
    "uk": "Поки що місце — для ще 1 людини з вашої групи, якщо підтвердите до",
    "ru": "Пока место — для ещё 1 человека из вашей группы, если подтвердите до",
    "pl": "Na razie miejsce jest dla jeszcze 1 osoby z Twojej grupy, jeśli potwierdzisz do",
}


async def _waiting_behind(app, lang: str, seats_taken: int) -> Dialogue:  # type: ignore[no-untyped-def]
    olena = Dialogue(app.core, user_id="p1")
    await group(olena, seats_taken)
    maria = Dialogue(app.core, user_id="p2", language_hint=lang)
    await up_to_summary(maria, DAY, name="Maria")
    await maria.send("3")
    await maria.press(maria.buttons[0].label)  # nothing free: all on the waiting list
    await olena.send("/mybookings")
    await olena.press(olena.buttons[0].label)  # cancel Olena's places
    await olena.press(olena.buttons[0].label)  # yes
    return maria


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl"])
@pytest.mark.parametrize(("freed", "said"), [(2, FOR_TWO), (1, FOR_ONE)])
async def test_places_for_some_of_a_group_name_whom(tmp_path, clock, lang, freed, said):
    async with group_event(tmp_path, clock, seats=freed) as app:
        await _waiting_behind(app, lang, freed)
        offer = text_of((await inbox(app, "p2"))[-1])
        assert said[lang] in offer
        assert "1 person if" not in offer and "for 1 person" not in offer


@pytest.mark.parametrize("lang", ["en", "uk", "ru", "pl"])
async def test_a_place_for_the_rest_of_a_split_group_says_one_more(tmp_path, clock, lang):
    async with group_event(tmp_path, clock, seats=2) as app:
        maria = Dialogue(app.core, user_id="p1", language_hint=lang)
        await up_to_summary(maria, DAY, name="Maria")
        await maria.send("4")
        await maria.payload(maria.buttons[0].payload)  # 2 now, the rest wait
        await StaffMember(app.core).command(f"/seats {DAY} 3")  # one more place: for the rest
        assert ONE_MORE[lang] in text_of((await inbox(app, "p1"))[-1])
