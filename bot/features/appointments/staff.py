"""The staff side of appointments: /appointments, and its buttons (cancelling: cancelling.py).

/appointments lists the office's requests waiting for an advisor (apptq:show:<id> shows a card
again; in full on the list of the 7 days with today and on the week /appointments shows, the
coming one on a Sunday; on other weeks only counted, a line that says /appointments shows
them) and 7 days' appointments per specialist, each with a cancel button: this week from
Monday, or as /week takes them (`/appointments next`, `+2`, `15.12`: its week; «‹» «›»:
apptv:from:<YYYYMMDD>, within the booking horizon; bot.core.weeks reads both; days all past
are said to be).
apptv:cancel:<id> cancels (cancelling.py; why: cancel_why.py); apptv:show:<id>, from /requests,
shows an appointment's note again (booked.py).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core import markup, weeks
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.marks import marked
from bot.core.messages import Button, Reply
from bot.core.turn import subject_of, subjects_of
from bot.features.appointments import booked, cancel_why, cancelling
from bot.features.appointments.views import (
    first_name,
    office_voice,
    service_label,
    staff_line,
)
from bot.features.callback import read_number, show_record
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store

DAYS = weeks.WEEK_DAYS


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
    said = weeks.range_start(first, last, v.date(first))  # «od 7 do 13 grudnia 2026»
    blocks = [turn.t(title, first=said, last=v.date(last))]
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


BUTTONS: dict[str, Handler] = {
    "show": booked.show,  # /requests (bot.features.callback.listing)
    "cancel": cancelling.ask_cancel,
    "cancel_now": cancelling.cancel,
    "cancel_open": cancelling.cancel_keep_open,
    "reopen": cancelling.reopen,
    "why": cancel_why.give,  # why staff cancelled, told to the person (the time kept open)
    "keep": cancelling.keep,
    "from": from_day,  # «‹» «›» under /appointments
}
