"""A family on a course with fewer free seats than children: the parent chooses «some now, the
rest on the waiting list» or «all wait together»; as seats free up, the first sign-up that fits
is offered them, a family waiting together is passed over by a single person who fits (keeping
its number), and a family that may be split is offered the free seats for its first children.
The fixture's Polish A1 has 2 seats; here it is a children's course of up to 3 a sign-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import pytest

from bot.app import App, build
from bot.features.courses.reminders import queue_reminders
from bot.features.courses.waiting import lapse_offers
from tests.conftest import write_config
from tests.support.courses import (
    confirm_button,
    inbox,
    payload_of,
    people,
    text_of,
    up_to_summary,
)
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import catalogue

KIDS = {"for": "children", "min_age": 7, "max_age": 12, "max_people": 3}
CHILDREN = (("Аня", "8"), ("Петро", "10"), ("Іван", "9"))


@asynccontextmanager
async def kids_course(tmp_path: Any, clock: Any) -> AsyncIterator[App]:
    data = catalogue()
    data["services"]["polish_a1"].update(KIDS)
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        yield app
    finally:
        await app.close()


async def one_child(dialogue: Dialogue, name: str, child: str = "Sofia") -> None:
    """A parent signs up one child: the summary is shown."""
    await up_to_children(dialogue, name, 1)
    await dialogue.send(child)
    await dialogue.send("9")


async def up_to_children(dialogue: Dialogue, name: str, count: int) -> None:
    await dialogue.payload("course:open:polish_a1")
    await dialogue.payload("course:enrol:polish_a1")
    await dialogue.payload("person:agree")
    await dialogue.send(name)
    await dialogue.send("601 234 567")
    await dialogue.press(str(count))


async def family(dialogue: Dialogue, count: int = 2) -> None:
    """Maria signs up `count` children (Аня, Петро, Іван): the summary is shown."""
    await up_to_children(dialogue, "Maria", count)
    for child, age in CHILDREN[:count]:
        await dialogue.send(child)
        await dialogue.send(age)


async def signed_up(dialogue: Dialogue, name: str) -> None:
    await one_child(dialogue, name)
    await dialogue.payload(confirm_button(dialogue).payload)


async def test_a_parent_signs_up_some_children_now_and_the_rest_on_the_waiting_list(
    tmp_path, clock
):
    async with kids_course(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")
        await signed_up(olena, "Olena")  # one of the two seats
        maria = Dialogue(app.core, user_id="p2", language_hint="uk")
        await family(maria)
        text = maria.text
        assert "Вільних місць залишилося: 1, це замало для всіх (2). Можна обрати:" in text
        assert "• записати зараз: Аня; решту — до списку очікування (номер 1): Петро;" in text
        assert "• або всі чекають разом: я запропоную вам місця, коли їх буде досить" in text
        labels = [b.label for b in maria.buttons if b.payload.startswith("course:confirm:")]
        assert labels == ["✅ Зараз: Аня, решта чекає", "⏳ Усі чекають разом"]
        split = maria.button("Зараз: Аня, решта чекає").payload
        await maria.payload(split)
        assert "✅ Записано на «Польська мова A1»: Аня!" in maria.text
        assert "⏳ У списку очікування, номер 1: Петро. Щойно звільняться місця" in maria.text
        await maria.payload(split)  # a second tap: nothing more
        assert "Це вже зроблено" in maria.text

        await maria.send("/mybookings")
        assert "— ✅ ви записані\n👧 Аня, 8 років" in maria.text
        assert "— ⏳ номер 1 у списку очікування\n👧 Петро, 10 років" in maria.text
        await maria.payload("course:open:polish_a1")  # the course's page: both parts
        assert "✅ Ви записані\n👧 Аня, 8 років" in maria.text
        assert "⏳ Номер 1 у списку очікування\n👧 Петро, 10 років" in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert (
            "Zapisani (2 z 2):" in anna.text and "Lista rezerwowa (1), w kolejności:" in anna.text
        )
        assert "👧 dzieci: Аня (8)" in anna.text and "👧 dzieci: Петро (10)" in anna.text

        await olena.send("/mybookings")  # Olena's seat frees: Петро fits in it
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        offer = (await inbox(app, "p2"))[-1]
        assert "Є вільне місце: Польська мова A1 — Петро!" in text_of(offer)  # whose
        await maria.payload(payload_of(offer, "Зайняти місце"))
        assert "Місце ваше: ви записані на «Польська мова A1»!" in maria.text
        assert "👧 Петро, 10 років" in maria.text
        clock.now = dt.datetime(2026, 11, 30, 17, 0, tzinfo=dt.UTC)  # a day before: one reminder
        assert await queue_reminders(app.services) == 1


async def test_a_family_waiting_together_is_held_a_place_first_then_passed_by_one_who_fits(
    tmp_path, clock
):
    async with kids_course(tmp_path, clock) as app:
        olena, ivan, petro = (Dialogue(app.core, user_id=u) for u in ("p1", "p3", "p4"))
        await signed_up(olena, "Olena")
        maria = Dialogue(app.core, user_id="p2")
        await family(maria)
        await maria.press("All wait together")
        assert "You are on the waiting list for Polish A1: number 1." in maria.text

        await ivan.payload("course:open:polish_a1")  # the free seat is not held for Maria
        assert "Free places: 1 of 2." in ivan.text
        await one_child(ivan, "Ivan")
        assert "There is a place for you." in ivan.text
        await ivan.payload(confirm_button(ivan).payload)
        assert "Your child is signed up for Polish A1!" in ivan.text
        await signed_up(petro, "Petro")
        assert "number 2" in petro.text

        await olena.send("/mybookings")  # one seat frees: Maria needs two, Petro one
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [held] = await inbox(app, "p2")  # first come, first served: held for Maria once
        assert "so I am holding it for you: the place is for Аня if you confirm by" in (
            text_of(held)
        )
        assert await inbox(app, "p4") == []  # Petro waits for her answer
        await maria.payload(payload_of(held, "keep waiting"))  # she had her hold: Petro next
        assert "A place is free on Polish A1 — Sofia!" in text_of((await inbox(app, "p4"))[-1])
        await maria.send("/mybookings")
        assert "⏳ number 1 on the waiting list" in maria.text

        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert (
            "1. Maria, +48 601 234 567 · angielski, terminal (test) · ⏳ tylko wszyscy razem"
            in (anna.text)
        )


async def _full_with_a_family_of_three(app: App) -> tuple[Dialogue, Dialogue, Dialogue]:
    """Two seats taken; Maria's three children wait (number 1, no choice: nothing was free),
    Petro behind them (number 2)."""
    olena, ivan, petro = (Dialogue(app.core, user_id=u) for u in ("p1", "p3", "p4"))
    maria = Dialogue(app.core, user_id="p2", language_hint="uk")
    await signed_up(olena, "Olena")
    await signed_up(ivan, "Ivan")
    await family(maria, 3)
    assert "Усі місця зайняті: ви будете під номером 1 у списку очікування." in maria.text
    await maria.payload(confirm_button(maria).payload)
    await signed_up(petro, "Petro")
    await olena.send("/mybookings")
    await olena.press("Leave: Polish A1")
    await olena.press("Yes, leave")
    return maria, petro, olena


async def test_a_seat_freed_for_a_family_is_offered_for_its_first_child_and_taken(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        maria, _, _ = await _full_with_a_family_of_three(app)
        [offer] = await inbox(app, "p2")
        text = text_of(offer)
        assert "🎉 Є вільне місце: Польська мова A1!" in text
        assert "замало для всіх із вашого запису. Поки що місце — для дитини: Аня, якщо" in text
        assert "решта (Петро, Іван) тоді залишаються під номером 1 у списку очікування" in text
        assert await inbox(app, "p4") == []  # Petro: still number 2, the seat is held for Аня
        await maria.payload(payload_of(offer, "Записати зараз: Аня"))
        assert "Місце ваше: ви записані на «Польська мова A1»!" in maria.text
        assert "👧 Аня, 8 років" in maria.text
        assert "⏳ Досі в списку очікування, номер 1: Петро, Іван." in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "👧 dzieci: Аня (8)" in anna.text and "👧 dzieci: Петро (10), Іван (9)" in anna.text


async def test_a_family_that_would_rather_wait_together_lets_the_seat_go_to_the_next(
    tmp_path, clock
):
    async with kids_course(tmp_path, clock) as app:
        maria, _, _ = await _full_with_a_family_of_three(app)
        [offer] = await inbox(app, "p2")
        await maria.payload(payload_of(offer, "Чекати на місця для всіх"))
        assert "Гаразд: усі разом залишаються в списку очікування на «Польська мова A1»" in (
            maria.text
        )
        assert "номер 1 (Аня, Петро, Іван)" in maria.text
        assert "A place is free on Polish A1 — Sofia!" in text_of((await inbox(app, "p4"))[-1])
        await maria.send("/mybookings")
        assert "⏳ номер 1 у списку очікування\n👧 Аня, 8 років\n👧 Петро, 10 років" in maria.text
        await maria.payload(payload_of(offer, "Записати зараз: Аня"))  # too late now
        assert "номер 1 (Аня, Петро, Іван)" in maria.text


async def test_a_seat_offered_for_a_familys_first_child_that_lapses_goes_on(tmp_path, clock):
    async with kids_course(tmp_path, clock) as app:
        await _full_with_a_family_of_three(app)
        clock.advance(hours=24)
        assert await lapse_offers(app.services) == 1
        lapsed = text_of((await inbox(app, "p2"))[-1])
        assert "Час, щоб зайняти місця на «Польська мова A1», минув" in lapsed
        assert "Усі разом залишаються в списку очікування, номер 1 (Аня, Петро, Іван)." in lapsed
        assert "A place is free on Polish A1 — Sofia!" in text_of((await inbox(app, "p4"))[-1])
        clock.advance(hours=24)  # Petro lets it lapse too: Maria waits together, not offered
        assert await lapse_offers(app.services) == 1  # the place for one again; nobody behind
        told = text_of((await inbox(app, "p2"))[-1])  # fits it: she is told it is free, to take
        assert "🪑 Є вільне місце: Польська мова A1." in told  # for one child if she likes
        assert "ви всі разом залишаєтеся під номером 1" in told


async def test_a_group_that_is_not_children_is_split_in_places(tmp_path, clock):
    data = catalogue()
    data["services"]["polish_a1"].update({"max_people": 3})
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        first, second = people(app, 2)
        await up_to_summary(first)
        await first.press("1")
        await first.payload(confirm_button(first).payload)
        await second.payload("course:open:polish_a1")
        await second.payload("course:enrol:polish_a1")
        await second.payload("person:agree")
        await second.send("Petro")
        await second.send("601 234 567")
        await second.press("3")
        assert "Free places left: 1, not enough for all 3. You can choose:" in second.text
        assert "• sign up now: 1 person; the rest on the waiting list (number 1): 2 people;" in (
            second.text
        )
        await second.press("Now: 1 person, the rest wait")
        assert "Signed up for Polish A1: 1 person!" in second.text
        assert "On the waiting list, number 1: 2 people." in second.text
    finally:
        await app.close()


SPLIT_NAMED = {
    "uk": "або родина чи група, що займе їх для частини своїх людей, поки решта чекає далі",
    "ru": "или семья либо группа, которая займёт их для части своих людей, пока остальные ждут",
    "en": "or a family or group that takes them for some of its people while the others wait on",
    "pl": "albo rodzina lub grupa, która zajmie je dla części swoich osób, a reszta poczeka dalej",
}


@pytest.mark.parametrize("lang", list(SPLIT_NAMED))
async def test_a_familys_hold_over_says_who_has_places_next(tmp_path, clock, lang):
    """Issue 18: the family that lets its one hold go is told where such places go next, in the
    list's order (bot/storage/waiting_list.py `offer_next`): someone they are enough for, or a
    family or group that may be split; never only «the next people who fit»."""
    async with kids_course(tmp_path, clock) as app:
        olena, ivan = (Dialogue(app.core, user_id=u) for u in ("p1", "p3"))
        maria = Dialogue(app.core, user_id="p2", language_hint=lang)
        await signed_up(olena, "Olena")
        await signed_up(ivan, "Ivan")
        await family(maria, 3)
        await maria.payload(confirm_button(maria).payload)  # all wait: number 1
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        [offer] = await inbox(app, "p2")  # the place held for Аня
        decline = next(b for r in offer.buttons for b in r if "decline" in b.payload)
        await maria.payload(decline.payload)
        assert SPLIT_NAMED[lang] in maria.text
        assert "(Аня, Петро, Іван)" in maria.text  # all of them, together, at their number
