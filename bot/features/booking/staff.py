"""The staff side of bookings, in the staff chat: /today (or /today jutro, /today 15.12: a day
as /week reads one, bot.core.weeks; its title names the weekday and the date, a past day's says
it has passed, with a hint of /week and /appointments), /week (which days: weeks.py),
cancelling a visit (a whole duty: duty.py).

Staff buttons: visit:cancel:<id> asks and visit:cancel_now:<id> cancels one visit and closes
its time to everyone (visit:reopen:<id> opens it again), visit:cancel_open:<id> cancels it and
keeps its time bookable to others. Every affected person is told in their own language, through
the outbox, and offered the nearest free times.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from bot.core import markup, weeks
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.listings import AgendaBlock, today_marked
from bot.core.marks import marked, one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of
from bot.features.booking import cancel_why, closed, network, schedule, thread
from bot.features.booking.views import (
    booking_voice,
    free_slots,
    staff_booking_text,
    staff_cancelled_view,
    user_cancelled_by_staff,
    voice,
)
from bot.storage import bookings as store

OFFERS = 3


def _today(turn: Turn) -> dt.date:
    return turn.local(turn.now).date()


async def agenda(turn: Turn, first: dt.date, last: dt.date) -> Reply:
    """Who is coming to the office (turn.staff_scope) on days first..last: every feature's
    groups (the duty desk's visits per duty, the specialists' appointments: Feature.agenda),
    day by day in the order they start, each with its buttons."""
    v = voice(turn)
    now = _today(turn)
    one = "_today" if first == now else "_day"  # a day alone: today, or another
    if first != last:  # a list of days all past says so
        key = "sb_week_past_title" if weeks.passed(turn, last) else "sb_week_title"
        said = weeks.range_start(first, last, v.date(first))  # «od 7 do 13 grudnia 2026»
        title = turn.t(key, first=said, last=v.date(last))
    else:  # a day alone: its weekday and date, a past one said to be past
        key = "sb_past_day_title" if first < now else f"sb{one}_title"
        title = turn.t(key, day=v.long_day(first))
    if turn.staff_all:  # the coordinators' chat: every office's, to look at
        return await network.every_office(turn, title, first, last, blocks_of)
    found = await blocks_of(turn, first, last)
    if first != last:  # the current week: today's groups marked
        found = today_marked(found, now, turn.t("sb_today_mark"))
    blocks = [title]
    blocks += [block.text for block in found]
    if not found:
        specialists = bool(turn.staff_scope.catalogue.specialists)
        key = "sb_no_duty_nor_specialists" if specialists else "sb_no_duty"
        blocks.append(turn.t(key + one if first == last else key))
    rows = [row for block in found for row in block.rows]
    shows = tuple(dict.fromkeys(who for block in found for who in block.shows))
    reply = Reply("\n\n".join(blocks), rows, shows=shows)
    owned = [line for block in found for line in block.owned]  # /forget: exactly theirs
    return marked(reply, owned, [act for block in found for act in block.acting])


async def blocks_of(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    """Every feature's groups of the office (turn.staff_scope) on days first..last, in order."""
    found: list[AgendaBlock] = []
    for section in turn.registry.agenda:
        found += await section(turn, first, last)
    found.sort(key=lambda block: (block.day, block.starts_at))  # stable: feature order on a tie
    return found


async def today(turn: Turn) -> Outcome:
    """/today, or /today with a day as /week reads one («jutro», «15.12», «wtorek»): that day's
    visits and appointments; anything else is refused with a hint, never ignored."""
    said = " ".join((turn.incoming.args or "").split())
    day = weeks.read_one(said, _today(turn)) if said else _today(turn)
    if day is None:
        why = weeks.no_such_day(turn, said) or turn.t("sb_today_usage", said=markup.literal(said))
        return stay(Reply(why))
    reply = await agenda(turn, day, day)
    if day < _today(turn):  # «/today wczoraj»: the day looked back at, and the other lists
        typed = f"{day.day}.{day.month:02d}"  # as /week reads it back; long ago: with its year
        typed += f".{day.year}" if (_today(turn) - day).days >= weeks.BACK_DAYS else ""
        hint = turn.t("sb_today_past_hint", day=typed)
        reply = dataclasses.replace(reply, text=f"{reply.text}\n\n{hint}")
    return stay(reply)


# --- cancelling -----------------------------------------------------------------------------


async def _booking(turn: Turn) -> store.Booking:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    if number is None:
        raise Expired("visit")
    booking = await store.get(turn.tx, number)
    if booking is None:
        raise Expired("visit")
    turn.staff_may(booking.office, turn.t("sb_record_visit", id=booking.id))
    return booking


def keep_row(turn: Turn) -> list[Button]:
    return [Button(turn.t("sb_btn_keep"), "duty:keep")]


async def ask_cancel_visit(turn: Turn) -> Outcome:
    booking = await _booking(turn)
    if not booking.active:
        return stay(Reply(turn.t("sb_already_cancelled", id=booking.id)))
    if booking.starts_at <= turn.now:
        return stay(Reply(turn.t("sb_visit_past", id=booking.id)))
    shown = staff_booking_text(voice(turn), booking)  # the person's: /forget masks it all
    text = turn.t("sb_cancel_question") + "\n\n" + shown
    yes = Button(turn.t("sb_btn_cancel_yes"), f"visit:cancel_now:{booking.id}")
    keep_open = Button(turn.t("sb_btn_cancel_keep_open"), f"visit:cancel_open:{booking.id}")
    whose = subject_of(booking.channel, booking.user_id)
    record = turn.t("sb_record_visit", id=booking.id)  # what /forget leaves of its lines
    # a question about their visit alone: /forget leaves «🔒 Wizyta nr D1: …», no buttons
    return stay(one(Reply(text, [[yes], [keep_open], keep_row(turn)]), whose, record))


async def cancel_visit(turn: Turn) -> Outcome:
    """✖ Yes, cancel the visit: its time closes to everyone (nobody can see people then)."""
    return await _cancel_visit(turn, close=True)


async def cancel_keep_open(turn: Turn) -> Outcome:
    """✖ Cancel, keep the time bookable: the visit only (the person asked, a visit booked twice):
    its time may be booked by someone else at once, never offered to the same person again."""
    return await _cancel_visit(turn, close=False)


async def _cancel_visit(turn: Turn, close: bool) -> Outcome:
    booking = await _booking(turn)
    if booking.active and booking.starts_at <= turn.now:
        return stay(Reply(turn.t("sb_visit_past", id=booking.id), replace=True))
    if not await store.cancel(turn.tx, booking.id, turn.now, "staff"):
        return stay(Reply(turn.t("sb_already_cancelled", id=booking.id), replace=True))
    # Nobody can see people then (what the person is told): the time is closed to everyone,
    # before the person's new times are chosen, so that it is not among them.
    if close:
        await store.close_slot(turn.tx, booking.place, booking.starts_at, booking.id, turn.now)
    await tell_person(turn, booking, closed=close)
    v = voice(turn)
    text = turn.t(
        "sb_cancelled_one",
        id=booking.id,
        name=markup.literal(booking.name or "—"),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    day, time = v.day(booking.day), v.time(booking.starts_at)
    text += "\n" + turn.t("sb_time_closed" if close else "sb_time_kept_open", day=day, time=time)
    rows = [[closed.reopen_button(turn, v, booking.id, booking.starts_at)]] if close else []
    rows += cancel_why.visit_rows(turn, booking.id)  # why, for the person: cancel_why.py
    whose = subject_of(booking.channel, booking.user_id)
    # why, if staff want to say (tester 36, F20): a reply to this, as to the card, reaches the
    # person («…writes about your cancelled visit»: booking/thread.py), as an appointment's does
    text += "\n\n" + turn.t("sb_cancel_reason_hint")
    await thread.reply_here(turn, booking.id)
    done = Reply(text, rows, replace=True)
    return stay(one(done, whose, turn.t("sb_record_visit", id=booking.id)))


async def reopen_time(turn: Turn) -> Outcome:
    """↩️ Reopen: the time of a visit staff cancelled may be booked again (the visit stays
    cancelled)."""
    booking = await _booking(turn)
    await store.reopen_slot(turn.tx, booking.place, booking.starts_at)
    v = voice(turn)
    text = turn.t(
        "sb_time_reopened",
        day=v.day(booking.day),
        time=v.time(booking.starts_at),
        place=markup.literal(v.place_label(booking.place)),
    )
    rows = await cancel_why.still_to_give(turn, booking)  # (the confirmation had them)
    return stay(Reply(text, rows, replace=True))


async def tell_person(
    turn: Turn, booking: store.Booking, closed: bool = True, reason: str | None = None
) -> None:
    """In the person's language (their current choice, else the booking's), with new times
    (a time kept bookable: not that one again; a time closed: from the next day with duty
    hours on, as a specialist's closed time offers them, appointments/reoffer.py), and the
    ready reason staff chose for a whole duty (`reason`: cancel_why.py)."""
    person = await cancel_why.person_voice(turn, booking)
    held = await store.upcoming_for(turn.tx, booking.channel, booking.user_id, turn.now)
    free = await free_slots(turn.tx, turn.settings, person.office, turn.now, held)
    free = [s for s in free if (s.start, s.place) != (booking.starts_at, booking.place)]
    if closed:  # nobody there that day, as a specialist's closed time: from the next day on
        free = [s for s in free if s.start.astimezone(person.zone).date() > booking.day]
    offers = schedule.nearest(free, booking.starts_at, booking.place, OFFERS)
    told = user_cancelled_by_staff(person, booking, offers, closed)
    if why := cancel_why.for_person(person, reason):
        told = dataclasses.replace(
            told, text=f"{told.text}\n\n{person('bk_reason_line', reason=why)}"
        )
    # («booking»: one it cannot get is reported to staff naming the visit, under its card)
    await turn.enqueue(
        booking.channel, booking.chat_id, told, ref_kind=store.REF, ref_id=booking.id
    )
    staff = booking_voice(turn.services, booking)
    await turn.edit_card(  # the card, and every copy of it shown again
        staff_cancelled_view(staff, booking, "staff"),
        staff.office,
        (store.REF, booking.id),
        (store.REF_LOOK, booking.id),
        subject_of(booking.channel, booking.user_id),
    )


VISIT_BUTTONS: dict[str, Handler] = {
    "show": thread.show,  # /requests (bot.features.callback.listing)
    "cancel": ask_cancel_visit,
    "cancel_now": cancel_visit,
    "cancel_open": cancel_keep_open,
    "reopen": reopen_time,
    "why": cancel_why.give,  # a ready reason for the person (cancel_why.py)
}
