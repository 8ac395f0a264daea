"""The waiting list: who is told what, and when, as seats free up, offers lapse or are taken."""

from __future__ import annotations

from bot.app import build
from bot.features.courses.waiting import lapse_offers
from tests.support.courses import (
    course_app,
    enrol,
    inbox,
    payload_of,
    people,
    text_of,
)
from tests.support.dialogue import StaffMember
from tests.support.services import write_services_config


async def _leave(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/mybookings")
    await dialogue.press("Leave: Polish A1")
    assert "Do you really want to leave Polish A1?" in dialogue.text
    await dialogue.press("Yes, leave")
    assert "You have left Polish A1" in dialogue.text


async def test_two_seats_four_people_one_leaves_the_first_waiting_lets_it_lapse_the_next_takes_it(
    tmp_path, clock
):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan = people(app, 4)
        await enrol(olena, name="Olena")
        assert "You are signed up for Polish A1!" in olena.text
        assert "Tue, 1 Dec 2026, 17:00–18:30" in olena.text
        await enrol(petro, name="Petro")
        await maria.payload("course:open:polish_a1")
        assert "you will be number 1 on the waiting list" in maria.text
        await enrol(maria, name="Maria")
        assert "You are on the waiting list for Polish A1: number 1." in maria.text
        assert "You will then have 24 hours to take it" in maria.text
        await enrol(ivan, name="Ivan")
        assert "number 2" in ivan.text

        await _leave(olena)
        offer = (await inbox(app, "p3"))[-1]
        assert "A place is free on Polish A1!" in text_of(offer)
        assert "confirm by 24 November 2026, 09:00" in text_of(offer)  # confirm_hours: 24
        [moved] = await inbox(app, "p4")  # told the new number, not offered anything
        assert "You are now number 1 on the waiting list for Polish A1." in text_of(moved)
        await ivan.send("/mybookings")
        assert "Polish A1 — ⏳ number 1 on the waiting list" in ivan.text
        await maria.send("/mybookings")
        assert "a place is yours if you confirm by 24 November 2026, 09:00" in maria.text

        clock.advance(hours=23, minutes=59)
        assert await lapse_offers(app.services) == 0
        clock.advance(minutes=1)
        assert await lapse_offers(app.services) == 1
        assert await lapse_offers(app.services) == 0  # once only
        lapsed = (await inbox(app, "p3"))[-1]
        assert "went to the next person on the waiting list and you are no longer on it" in text_of(
            lapsed
        )
        await maria.payload(payload_of(offer, "Take the place"))
        assert "this place is no longer yours" in maria.text

        offer = (await inbox(app, "p4"))[-1]
        assert "A place is free on Polish A1!" in text_of(offer)
        await ivan.payload(payload_of(offer, "Take the place"))
        assert "The place is yours: you are signed up for Polish A1!" in ivan.text
        await ivan.payload(payload_of(offer, "Take the place"))  # a second tap
        assert "already done" in ivan.text

        anna = StaffMember(app.core)
        await anna.command("/courses")
        assert "zapisani: 2 z 2, rezerwowi: 0" in anna.text
        await anna.press("Język polski A1")
        assert "1. Petro" in anna.text and "2. Ivan" in anna.text
        assert "Maria" not in anna.text and "Olena" not in anna.text


async def test_no_thanks_gives_the_seat_to_the_next_at_once(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan = people(app, 4)
        for person in (olena, petro, maria, ivan):
            await enrol(person)
        await _leave(petro)
        offer = (await inbox(app, "p3"))[-1]
        await maria.payload(payload_of(offer, "No, thanks"))
        assert "the place goes to the next person" in maria.text
        assert "A place is free" in text_of((await inbox(app, "p4"))[-1])
        await maria.payload(payload_of(offer, "Take the place"))
        assert "no longer on the list" in maria.text


async def test_taking_a_seat_too_late_passes_it_on_even_before_the_job_runs(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan = people(app, 4)
        for person in (olena, petro, maria, ivan):
            await enrol(person)
        await _leave(olena)
        offer = (await inbox(app, "p3"))[-1]
        clock.advance(hours=25)
        await maria.payload(payload_of(offer, "Take the place"))
        assert "this place is no longer yours" in maria.text
        assert "A place is free" in text_of((await inbox(app, "p4"))[-1])
        assert await lapse_offers(app.services) == 0  # nothing left for the job


async def test_leaving_the_waiting_list_moves_the_others_up(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        crowd = people(app, 5)
        for person in crowd:
            await enrol(person)
        third, fourth, fifth = crowd[2:]
        await third.send("/mybookings")
        await third.press("Leave")
        assert "leave the waiting list for Polish A1?" in third.text
        await third.press("Yes, leave")
        assert "no longer on the waiting list for Polish A1" in third.text
        await fifth.send("/mybookings")
        assert "number 2 on the waiting list" in fifth.text
        [moved] = await inbox(app, "p4")  # nobody freed a seat: no offer, just the number
        assert text_of(moved) == "⏫ You are now number 1 on the waiting list for Polish A1."
        [moved] = await inbox(app, "p5")
        assert text_of(moved) == "⏫ You are now number 2 on the waiting list for Polish A1."
        assert await inbox(app, "p1") == [] and await inbox(app, "p2") == []  # seated: untold


async def test_an_offer_survives_a_restart_and_lapses_after_it(tmp_path, clock):
    config = write_services_config(tmp_path)
    first = await build(config, clock=clock, search="off")
    try:
        olena, petro, maria, ivan = people(first, 4)
        for person in (olena, petro, maria, ivan):
            await enrol(person)
        await _leave(olena)
    finally:
        await first.close()
    clock.advance(hours=30)  # the bot was down when the offer ran out
    second = await build(config, clock=clock, search="off")
    try:
        assert await lapse_offers(second.services) == 1
        assert "A place is free" in text_of((await inbox(second, "p4"))[-1])
    finally:
        await second.close()


async def test_an_offer_that_lapses_with_nobody_else_waiting_says_the_place_is_still_free(
    tmp_path, clock
):
    """Tester 43, F13: the only one waiting let the offer lapse (asleep, no data for a day): they
    are told the place is still free, not only «you are no longer on the waiting list», and one
    tap on «✍️ Sign up» gets it; with someone behind them, it went to the next and they are told
    how to get back on the list."""
    async with course_app(tmp_path, clock) as app:
        olena, petro = people(app, 2)
        [taras] = people(app, 1, lang="uk")
        taras.user_id = "p3"
        await enrol(olena, name="Olena")
        await enrol(petro, name="Petro")
        await enrol(taras, name="Тарас")
        assert "номер 1" in taras.text
        await _leave(olena)
        assert "🎉" in text_of((await inbox(app, "p3"))[-1])
        clock.advance(hours=25)
        assert await lapse_offers(app.services) == 1
        lapsed = (await inbox(app, "p3"))[-1]
        assert "але місце досі вільне: більше ніхто на нього не чекає" in text_of(lapsed)
        await taras.payload(payload_of(lapsed, "✍️ Записатися"))
        await taras.payload("person:saved")  # the name and phone given before
        await taras.payload(next(b.payload for b in taras.buttons if ":confirm:" in b.payload))
        assert "✅ Ви записані: Польська мова A1!" in taras.text, taras.text

        [maria, ivan] = people(app, 2)[:2]
        maria.user_id, ivan.user_id = "p4", "p5"
        await enrol(maria, name="Maria")
        await enrol(ivan, name="Ivan")
        await _leave(petro)
        clock.advance(hours=25)
        assert await lapse_offers(app.services) == 1
        lapsed = (await inbox(app, "p4"))[-1]
        assert "the place went to the next person on the waiting list" in text_of(lapsed)
        assert "sign up again: you will be put back on the waiting list" in text_of(lapsed)
        assert "A place is free on Polish A1!" in text_of((await inbox(app, "p5"))[-1])
