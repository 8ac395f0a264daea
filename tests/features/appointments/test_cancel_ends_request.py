"""Staff cancel an appointment booked from an approved request (tester 34, items 1 and 2).

Keeping its time open, staff say why first: the person gets no times until then, other times
with a reason that lets them book again, none with one that ends the matter («not ours», «call
us first»), which declines the request, so that the times offered for it earlier say plainly
that it was closed and why and book nothing. Closing the time (the specialist is away), the
times offered are from the next day on; a staff message after it tells the person truly where
their answers go while the request stays approved."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, LAWYER_TUE_1045, STAFF_CHAT, send_request
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember


async def _booked(app, dialogue: Dialogue) -> StaffMember:  # type: ignore[no-untyped-def]
    """W1 approved with two times offered; the person books the first (S1)."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    await anna.press("Zaproponuj 2 zaznaczone")
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text
    await anna.payload("apptv:cancel:1")
    return anna


async def _told(app, dialogue: Dialogue):  # type: ignore[no-untyped-def]
    return [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]


async def _visits(app) -> int:  # type: ignore[no-untyped-def]
    return sum(
        "Nowa wizyta u specjalisty" in q.reply.text for q in await to_chat(app.core, STAFF_CHAT)
    )


async def test_not_ours_closes_the_request_and_its_earlier_times_book_nothing(app, dialogue):
    anna = await _booked(app, dialogue)
    await anna.press("Odwołaj, godzina zostaje wolna")
    told = await _told(app, dialogue)
    assert "has been cancelled" in told.text and "stays approved" not in told.text
    assert not any(b.payload.startswith("appt:take:") for b in told.buttons)
    visits = await _visits(app)

    await anna.press("Nasi specjaliści tym się nie zajmują")
    assert "Prośba o wizytę nr W1 zamknięta jako odrzucona" in anna.text
    assert "dostała inne wolne terminy" not in anna.text
    told = await _told(app, dialogue)
    assert "Our specialists can't help with this matter" in told.text
    assert "request #W1 is closed" in told.text and "goes to the bot" in told.text
    assert not any(b.payload.startswith(("appt:take:", "appt:again:")) for b in told.buttons)
    card = [m for m in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1" in m.text]
    assert "Nasi specjaliści tym się nie zajmują" in card[-1].text  # declined, with the reason

    await dialogue.payload("appt:take:1:1")  # the 10:45 button of the first offer
    assert "request #W1 (Legal advice) is closed, so this time can no longer be booked" in (
        dialogue.text
    )
    assert "Our specialists can't help with this matter" in dialogue.text
    assert "booked" not in dialogue.text.replace("no longer be booked", "")
    assert await _visits(app) == visits  # no new appointment reached staff
    await dialogue.send("/mybookings")
    assert "10:45" not in dialogue.text


async def test_the_person_asked_so_other_times_come_with_the_reason(app, dialogue):
    anna = await _booked(app, dialogue)
    await anna.press("Odwołaj, godzina zostaje wolna")
    await anna.press("Osoba sama prosiła o odwołanie")
    assert "dostała inne wolne terminy" in anna.text
    told = await _told(app, dialogue)
    assert "It was cancelled because you asked us to" in told.text
    assert "request #W1 (Legal advice) stays approved" in told.text
    assert "/services" not in told.text
    take = next(b for b in told.buttons if b.payload.startswith("appt:take:1:"))
    await dialogue.payload(take.payload)
    assert "Your appointment is booked" in dialogue.text


async def test_a_closed_hour_offers_the_next_days_and_a_reply_says_where_answers_go(
    app, dialogue, delivery, platform
):
    anna = await _booked(app, dialogue)
    await anna.press("Tak, odwołaj wizytę")
    told = await _told(app, dialogue)
    labels = " ".join(b.label for b in told.buttons)
    assert "24 Nov" not in labels and "1 Dec" in labels  # not later that morning
    await delivery.run()
    note = next(s for s in platform.to(STAFF_CHAT) if "(nr S1)" in s.text)
    await anna.reply(note.message_id, "Prawnik jest chory w tym tygodniu, przepraszamy")
    assert "prośba o wizytę nadal jest przyjęta" in anna.text
    await delivery.run()
    said = platform.to(dialogue.user_id)[-1].text
    assert "Prawnik jest chory" in said and "request #W1 stays approved" in said
    assert "goes to the advisor" in said
    assert "/services" not in said and "goes to the bot" not in said
    await dialogue.send("ok, next week Wednesday is fine for me")
    assert "Passed on to the advisor" in dialogue.text


async def test_a_confidential_request_closed_so_still_gets_the_lines_to_talk_now(app, dialogue):
    await send_request(dialogue, "psychologist")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    await anna.press("Prosimy najpierw zadzwonić")
    told = await _told(app, dialogue)
    assert "please call us at" in told.text and "request #W1 is closed" in told.text
    assert "116 123" in told.text  # as a declined confidential request's
