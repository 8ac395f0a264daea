"""Moving up the waiting list: whoever's number changes (someone ahead left the list, was taken
off it, forgot their data, or was offered a freed seat) is told the new number, in their own
language, once; whoever's number stayed the same is told nothing."""

from __future__ import annotations

from bot.core.messages import Reply
from bot.features.courses.waiting import lapse_offers
from tests.support.courses import course_app, enrol, inbox, payload_of, people, text_of
from tests.support.dialogue import Dialogue, StaffMember


def told(replies: list[Reply], position: int) -> bool:
    text = f"You are now number {position} on the waiting list for Polish A1."
    return any(text in text_of(r) for r in replies)


async def _leave(dialogue: Dialogue) -> None:
    await dialogue.send("/mybookings")
    await dialogue.press("Leave")
    await dialogue.press("Yes, leave")
    assert "Polish A1" in dialogue.text


async def test_a_freed_seat_is_offered_and_everyone_behind_is_told_their_new_number(
    tmp_path, clock
):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria = people(app, 3)
        taras = Dialogue(app.core, user_id="p4", language_hint="uk")
        ivan = Dialogue(app.core, user_id="p5", language_hint="en")
        for person in (olena, petro, maria, taras, ivan):  # 2 seats; 3 waiting
            await enrol(person)
        assert "номер 2" in taras.text and "number 3" in ivan.text

        await _leave(olena)
        [offer] = await inbox(app, "p3")  # the first waiting: the seat, and nothing else
        assert "A place is free on Polish A1!" in text_of(offer)
        [to_taras] = await inbox(app, "p4")
        assert text_of(to_taras) == "⏫ Тепер ви номер 1 у списку очікування на «Польська мова A1»."
        assert [b.payload for row in to_taras.buttons for b in row] == ["course:mine"]
        [to_ivan] = await inbox(app, "p5")
        assert text_of(to_ivan) == "⏫ You are now number 2 on the waiting list for Polish A1."
        assert await inbox(app, "p2") == []  # seated: nothing changed for him
        await ivan.send("/mybookings")
        assert "Polish A1 — ⏳ number 2 on the waiting list" in ivan.text


async def test_only_those_behind_the_one_who_left_are_told(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        crowd = people(app, 6)  # p3..p6 waiting, numbers 1..4
        for person in crowd:
            await enrol(person)
        await _leave(crowd[4])  # p5, number 3
        assert "no longer on the waiting list for Polish A1" in crowd[4].text
        assert await inbox(app, "p3") == [] and await inbox(app, "p4") == []  # ahead: unchanged
        [moved] = await inbox(app, "p6")
        assert text_of(moved) == "⏫ You are now number 3 on the waiting list for Polish A1."
        for untold in ("p1", "p2", "p5"):  # seated, and the one who left
            assert await inbox(app, untold) == [], untold


async def test_an_offer_that_lapses_moves_the_rest_up_and_each_is_told_once(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan, anna = people(app, 5)
        for person in (olena, petro, maria, ivan, anna):
            await enrol(person)
        await _leave(olena)
        assert told(await inbox(app, "p4"), 1) and told(await inbox(app, "p5"), 2)

        clock.advance(hours=24)  # Maria did not take it in time: Ivan is offered it, Anna moves
        assert await lapse_offers(app.services) == 1
        ivan_inbox, anna_inbox = await inbox(app, "p4"), await inbox(app, "p5")
        assert "A place is free on Polish A1!" in text_of(ivan_inbox[-1])
        assert len(ivan_inbox) == 2  # his new number, then the seat
        assert [text_of(r) for r in anna_inbox] == [
            "⏫ You are now number 2 on the waiting list for Polish A1.",
            "⏫ You are now number 1 on the waiting list for Polish A1.",
        ]
        assert await lapse_offers(app.services) == 0  # the job again: nobody is told again
        assert len(await inbox(app, "p5")) == 2 and len(await inbox(app, "p4")) == 2

        await ivan.payload(payload_of(ivan_inbox[-1], "Take the place"))
        assert "The place is yours" in ivan.text
        assert len(await inbox(app, "p5")) == 2  # a seat taken moves nobody


async def test_two_seats_freed_at_once_tell_the_new_number_once(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        for person in people(app, 5):  # 2 seats, p3..p5 waiting
            await enrol(person)
    async with course_app(tmp_path, clock, services__polish_a1__seats=4) as app:  # two more
        await lapse_offers(app.services)  # the job fills them
        assert "A place is free" in text_of((await inbox(app, "p3"))[-1])
        assert "A place is free" in text_of((await inbox(app, "p4"))[-1])
        assert [text_of(r) for r in await inbox(app, "p5")] == [
            "⏫ You are now number 1 on the waiting list for Polish A1."
        ]


async def test_staff_taking_someone_off_the_waiting_list_moves_the_others_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        crowd = people(app, 5)
        for n, person in enumerate(crowd, 1):
            await enrol(person, name=f"Person{n}")
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Usuń z listy rezerwowej: 1. Person3")
        await anna.press("Tak, usuń")
        assert "Person3: usunięto z listy" in anna.text
        assert "The staff have taken you off the list" in text_of((await inbox(app, "p3"))[-1])
        assert told(await inbox(app, "p4"), 1) and told(await inbox(app, "p5"), 2)
        assert await inbox(app, "p1") == [] and await inbox(app, "p2") == []


async def test_forget_by_someone_waiting_moves_the_others_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        crowd = people(app, 5)
        for person in crowd:
            await enrol(person)
        await crowd[2].send("/forget")
        await crowd[2].payload("privacy:forget")
        assert "has been deleted" in crowd[2].text
        assert [text_of(r) for r in await inbox(app, "p4")] == [
            "⏫ You are now number 1 on the waiting list for Polish A1."
        ]
        assert told(await inbox(app, "p5"), 2)
        assert await inbox(app, "p3") == []  # nothing goes to whoever asked to be forgotten
