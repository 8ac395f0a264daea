"""The staff side of appointments: /appointments, and cancelling an appointment.

/appointments lists the office's requests waiting for an advisor (apptq:show:<id> shows a card
again; in full on the list of the 7 days with today and on the week /appointments shows, the
coming one on a Sunday; on other weeks only counted, a line that says /appointments shows
them) and 7 days' appointments per specialist, each with a cancel button: this week from
Monday, or as /week takes them (`/appointments next`, `+2`, `15.12`: its week; «‹» «›»:
apptv:from:<YYYYMMDD>, within the booking horizon; bot.core.weeks reads both; days all past
are said to be).
apptv:cancel:<id> asks, apptv:cancel_now:<id> cancels and closes its time to everyone (the
specialist will not be there; apptv:reopen:<id> opens it again), apptv:cancel_open:<id> cancels
it and keeps the time bookable by others (why: apptv:why, cancel_why.py), apptv:keep keeps
(apptv:show:<id>, from /requests, shows an appointment's note again: booked.py). The person is
told in their language and offered the nearest free times of the same specialist, never the
cancelled one: for an appointment booked from an approved request, the request is offered again
by the bot (the approval stands).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core import markup, weeks
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.marks import marked, one
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.turn import subject_of, subjects_of
from bot.features.appointments import booked, cancel_why, cards, offered
from bot.features.appointments.confirm import MINE
from bot.features.appointments.replies import time_buttons
from bot.features.appointments.times import free_times, nearest
from bot.features.appointments.views import (
    first_name,
    office_voice,
    person_voice,
    service_label,
    staff_appointment_text,
    staff_line,
)
from bot.features.callback import read_number, show_record
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store

DAYS = weeks.WEEK_DAYS
OFFERS = 3


async def agenda(turn: Turn) -> Outcome:
    """/appointments [next | +N | a day, as /week reads them: bot.core.weeks]: the office's
    requests waiting for an advisor and its appointments of those DAYS days, with their buttons
    and «‹» «›» (apptv:from:<YYYYMMDD>); in the coordinators' chat every office's, to look at.
    `/appointments W3` (or 3; S5: a booked appointment's note): that record's card again.
    Anything else is refused with a hint, never ignored."""
    said = " ".join(turn.incoming.args.split())
    if said and not said.startswith(("+", "-")) and read_number(said, "W") is not None:
        # («-1»: the week before, not request W1)
        return await show_record(turn, "W")
    first = weeks.first_day(said, weeks.today(turn))
    if first is None:
        days = turn.services.t.plural(turn.lang, "days", _horizon(turn))
        why = weeks.no_such_day(turn, said)
        return stay(Reply(why or turn.t("sa_agenda_usage", said=markup.literal(said), days=days)))
    return await _listed(turn, first)


async def from_day(turn: Turn) -> Outcome:
    """apptv:from:<YYYYMMDD>: «‹» or «›» under an /appointments list."""
    return await _listed(turn, weeks.from_payload(turn, "apptv"))


def _horizon(turn: Turn) -> int:
    """How many days ahead the specialists may be booked (every office's, in the coordinators'
    chat): «›» goes no further."""
    offices = turn.settings.offices.values() if turn.staff_all else [turn.staff_scope]
    return max(office.booking.horizon_days for office in offices)


async def _listed(turn: Turn, first: dt.date) -> Outcome:
    offices = list(turn.settings.offices.values()) if turn.staff_all else [turn.staff_scope]
    last = weeks.last_day(first)
    v = office_voice(turn.services, offices[0].id)
    title = "sa_agenda_past_title" if weeks.passed(turn, last) else "sa_agenda_title"
    blocks = [turn.t(title, first=v.date(first), last=v.date(last))]
    rows: list[list[Button]] = []
    found: list[requests.Request | store.Appointment] = []
    marks = Marks([], [])  # each person's lines and buttons, for /forget
    today = weeks.today(turn)  # the requests in full on the week with today and on the one
    # /appointments shows (on a Sunday, the coming one: tester 29, item 7); on others, counted
    current = first <= today <= last or first == weeks.first_day("", today)
    elsewhere = {"sa_agenda_waiting_count": 0, "sa_agenda_offered_count": 0}
    for office in offices:
        waiting = await requests.pending(turn.tx, office.id)
        choosing = await requests.awaiting_choice(turn.tx, office.id)
        booked = await store.between(turn.tx, first, last, office.id)
        if not current:
            elsewhere["sa_agenda_waiting_count"] += len(waiting)
            elsewhere["sa_agenda_offered_count"] += len(choosing)
            waiting, choosing = [], []
        if turn.staff_all and (waiting or choosing or booked):
            blocks.append(f"🏢 **{markup.literal(office.label(turn.lang))}**")
        act = None if turn.staff_all else rows
        blocks += _office_blocks(turn, office.id, waiting, choosing, booked, act, marks)
        found += [*waiting, *choosing, *booked]
    counted = [turn.services.t.plural(turn.lang, k, n) for k, n in elsewhere.items() if n]
    if counted:  # «⏳ 2 prośby czekają na doradcę: /appointments», under the title
        blocks.insert(1, "\n".join(counted))
    if not found:
        blocks.append(turn.t("sa_agenda_no_appointments" if counted else "sa_agenda_empty"))
    paging = weeks.paging(turn, first, _horizon(turn), "apptv")
    if paging:
        rows.append(paging)
    reply = Reply("\n\n".join(blocks), rows, shows=subjects_of(found))
    return stay(marked(reply, marks.owned, marks.acting))  # /forget: exactly the person's


@dataclass(frozen=True)
class Marks:
    """A list's lines and buttons by whose they are (subject, line or payload), in order."""

    owned: list[tuple[str, str]]
    acting: list[tuple[str, str]]


def _office_blocks(
    turn: Turn,
    office: str,
    waiting: list[requests.Request],
    choosing: list[requests.Request],
    booked: list[store.Appointment],
    rows: list[list[Button]] | None,
    marks: Marks,
) -> list[str]:
    """One office's requests waiting for an advisor, those waiting for the person to choose an
    offered time, and booked appointments; their buttons added to `rows` (None: looking only,
    in the coordinators' chat), each line and button to `marks` as its person's."""
    v = office_voice(turn.services, office)
    blocks = []
    for title, listed in (("sa_agenda_waiting", waiting), ("sa_agenda_offered", choosing)):
        if not listed:
            continue
        lines = [turn.t(title)]
        for r in listed:
            name = first_name(r.name) if r.sensitive else (r.name or "—")
            flag = "⚡ " if r.urgent else ""
            service = flag + service_label(v, r.service, r.for_child)
            lines.append(
                turn.t("sa_agenda_request", id=r.id, service=service, name=markup.literal(name))
            )
            marks.owned.append((subject_of(r.channel, r.user_id), lines[-1]))
            if rows is not None:
                label = turn.t("sa_btn_show_request", id=r.id)
                rows.append([Button(label, f"apptq:show:{r.id}")])
                marks.acting.append((subject_of(r.channel, r.user_id), f"apptq:show:{r.id}"))
        blocks.append("\n".join(lines))
    by_specialist: dict[str, list[store.Appointment]] = {}
    for a in booked:
        by_specialist.setdefault(a.specialist, []).append(a)
    for specialist, items in by_specialist.items():
        head = f"**{markup.literal(v.staff_who(specialist))}**"
        lines = [head]
        day = None
        for a in items:
            local = a.starts_at.astimezone(v.zone).date()
            if local != day:
                lines.append(v.long_day(local))
                day = local
            lines.append(staff_line(v, a))
            marks.owned.append((subject_of(a.channel, a.user_id), lines[-1]))
            if rows is not None and a.starts_at > turn.now:
                name = first_name(a.name) if a.sensitive else (a.name or "—")
                label = turn.t("sa_btn_cancel_one", when=v.short(a.starts_at), name=name[:24])
                rows.append([Button(label, f"apptv:cancel:{a.id}")])
                marks.acting.append((subject_of(a.channel, a.user_id), f"apptv:cancel:{a.id}"))
        blocks.append("\n".join(lines))
    return blocks


async def _appointment(turn: Turn) -> store.Appointment:
    number = record_id(turn.args[0]) if len(turn.args) == 1 else None
    a = await store.get(turn.tx, number) if number is not None else None
    if a is None:
        raise Expired("apptv")
    turn.staff_may(a.office, turn.t("sa_record_appointment", id=a.id))
    return a


async def ask_cancel(turn: Turn) -> Outcome:
    a = await _appointment(turn)
    if not a.active:
        return stay(Reply(turn.t("sa_already_cancelled", id=a.id)))
    if a.starts_at <= turn.now:
        return stay(Reply(turn.t("sa_past", id=a.id)))
    v = office_voice(turn.services, a.office)
    shown = staff_appointment_text(v, a)  # the person's: /forget masks it all
    text = turn.t("sa_cancel_question") + "\n\n" + shown
    rows = [
        [Button(turn.t("sa_btn_cancel_yes"), f"apptv:cancel_now:{a.id}")],
        [Button(turn.t("sa_btn_cancel_keep_open"), f"apptv:cancel_open:{a.id}")],
        [Button(turn.t("sa_btn_keep"), "apptv:keep")],
    ]
    whose = subject_of(a.channel, a.user_id)
    record = turn.t("sa_record_appointment", id=a.id)  # what /forget leaves of it
    return stay(one(Reply(text, rows), whose, record))  # about their appointment alone


async def cancel(turn: Turn) -> Outcome:
    """✖ Yes, cancel: the specialist will not be there, so the time closes to everyone."""
    return await _cancel(turn, close=True)


async def cancel_keep_open(turn: Turn) -> Outcome:
    """✖ Cancel, keep the time bookable (the person asked by phone, say): the appointment only;
    someone else may book the time, the same person is not offered it again."""
    return await _cancel(turn, close=False)


async def _cancel(turn: Turn, close: bool) -> Outcome:
    a = await _appointment(turn)
    if a.active and a.starts_at <= turn.now:
        return stay(Reply(turn.t("sa_past", id=a.id), replace=True))
    if not await store.cancel(turn.tx, a.id, turn.now, "staff"):
        return stay(Reply(turn.t("sa_already_cancelled", id=a.id), replace=True))
    if close:  # before the person's new times are chosen, so that it is not among them
        await store.close_time(turn.tx, a.specialist, a.starts_at, a.id, turn.now)
    await _tell_person(turn, a, close)
    await edit_note(turn, a, "staff")
    name = first_name(a.name) if a.sensitive else (a.name or "—")
    text = turn.t(
        "sa_cancelled_one",
        id=a.id,
        name=markup.literal(name),
        by=markup.literal(turn.incoming.sender_name or "—"),
    )
    v = office_voice(turn.services, a.office)
    text += "\n" + turn.t(
        "sa_time_closed" if close else "sa_time_kept_open", when=v.short(a.starts_at)
    )
    if not close:  # the person is told no reason: a ready one (cancel_why.py), or a reply
        text += "\n" + turn.t("sa_cancel_why_hint", id=a.id)
    rows = [
        [Button(turn.t("sa_btn_reopen_time", when=v.short(a.starts_at)), f"apptv:reopen:{a.id}")]
    ]
    done = Reply(text, rows if close else cancel_why.rows(turn, a), replace=True)
    whose, record = subject_of(a.channel, a.user_id), turn.t("sa_record_appointment", id=a.id)
    return stay(one(done, whose, record))


async def reopen(turn: Turn) -> Outcome:
    """↩️ Reopen: the time of an appointment staff cancelled may be booked again (the
    appointment stays cancelled)."""
    a = await _appointment(turn)
    await store.reopen_time(turn.tx, a.specialist, a.starts_at)
    v = office_voice(turn.services, a.office)
    who = markup.literal(v.staff_name(a.specialist))
    return stay(Reply(turn.t("sa_time_reopened", when=v.short(a.starts_at), who=who), replace=True))


async def keep(turn: Turn) -> Outcome:
    return stay(Reply(turn.t("sa_kept"), replace=True))


async def edit_note(turn: Turn, a: store.Appointment, by: str) -> None:
    """The appointment's message in the staff chat, marked cancelled (by the person or staff)."""
    staff = office_voice(turn.services, a.office)
    mark = staff("sa_cancelled_by_user_mark" if by == "user" else "sa_cancelled_by_staff_mark")
    await turn.edit_card(  # the note, and every copy of it shown again
        Reply(f"{mark}\n{staff_appointment_text(staff, a)}"),
        staff.office,
        (store.REF, a.id),
        (store.REF_LOOK, a.id),
        subject_of(a.channel, a.user_id),
    )


async def _tell_person(turn: Turn, a: store.Appointment, close: bool) -> None:
    """In the person's language, with the nearest free times of the same specialist (never
    the cancelled one: closed, or kept for others)."""
    v = await person_voice(turn.services, turn.tx, a.office, a.channel, a.user_id, a.language)
    free = await free_times(turn.tx, turn.settings, v.office, [a.specialist], turn.now)
    free = [t for t in free if t.start != a.starts_at]
    offers = nearest(free, a.starts_at, OFFERS)
    text = v(
        "ap_cancelled_by_staff" if close else "ap_cancelled_by_staff_open",
        when=v.when(a.starts_at),
        service=markup.literal(v.title(a.service)),
    )
    if a.request_id is not None:
        times = [(t.specialist, t.key) for t in offers]
        if await requests.reoffer(turn.tx, a.request_id, times, turn.now):
            r = await requests.get(turn.tx, a.request_id)
            if r is not None:
                await offered.tell_person(turn, r, text)
                await cards.refresh(turn, r.id)
                return
    rows = time_buttons(v, offers, f"appt:again:{a.id}:{{key}}", with_role=False)
    text += "\n\n" + v("ap_offer_other" if offers else "ap_offer_none")
    rows.append([Button(v("ap_btn_other_times"), f"appt:open:{a.service}")])
    rows.append([Button(v("ap_btn_mine"), MINE)])
    await turn.enqueue(
        a.channel,
        a.chat_id,
        Reply(text, rows),
        ref_kind=store.to_person(a.sensitive),
        ref_id=a.id,
        about=subject_of(a.channel, a.user_id),
    )


BUTTONS: dict[str, Handler] = {
    "show": booked.show,  # /requests (bot.features.callback.listing)
    "cancel": ask_cancel,
    "cancel_now": cancel,
    "cancel_open": cancel_keep_open,
    "reopen": reopen,
    "why": cancel_why.give,  # why staff cancelled, told to the person (the time kept open)
    "keep": keep,
    "from": from_day,  # «‹» «›» under /appointments
}
