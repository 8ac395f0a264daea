"""Help requests nobody took yet (🆕), staff took (🙋) or arranged (✅) that have a day, in the
staff's /today and /week (Feature.agenda), beside the duty desk's visits, the specialists'
appointments and the course meetings (tester 18, item 5: a childcare or an accompaniment staff
must be at). One group each,
headed by the day, the service and the time the form asked (a time, a part of the day, or none),
marked 🆕 while nobody has taken it (tester 21, item 9: the one most at risk of being missed), 🙋
while taken and ✅ once arranged (done: it stays on its day, as an arranged one stays in
the person's /mybookings until then, but nothing is left to do about it); under it the request's
number and who took it, and a button to its card (request:show:<id>). Where to go, when the form
asked it («Which office?» answered with an option that goes to a place: «📍 ZUS»), is on the
heading: whoever goes reads it there. No name, phone or other answer of the form: the card shows
them, to staff who open it. Its day and time are the form's
first `date` answer and the `time` after it (bot.features.callback.when_of, as /mybookings reads
them)."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock
from bot.core.messages import Button
from bot.core.when import read_window
from bot.features.callback import service_title, value_text, when_of
from bot.storage import requests as store
from bot.storage.requests import Request

OPEN, TAKEN, ARRANGED = "🆕", "🙋", "✅"  # nobody took it, taken (to be done), arranged (done)
MARKS = {"open": OPEN, "taken": TAKEN, "done": ARRANGED}
LINES = {"open": "as_day_open", "taken": "as_day_taken", "done": "as_day_arranged"}


async def agenda(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    office = turn.staff_scope
    zone = turn.settings.timezone
    found = []
    for request in await store.help_on_days(turn.tx, office.id):
        when = when_of(request)
        if when is None or not first <= when[0] <= last or request.service is None:
            continue
        day, time = when
        part = _part(request)
        shown = turn.services.t.time(turn.lang, time) if time is not None else None
        if part is not None:
            shown = value_text(turn.services, turn.lang, "time", part, None)
        title = service_title(turn.services, turn.lang, request.office, request.service)
        mark = MARKS[request.status]  # arranged: done, not to be taken up again
        head = turn.t(
            "as_day_head" if shown else "as_day_head_no_time",
            day=turn.services.t.date(turn.lang, day, "full"),
            mark=mark,
            service=markup.literal(title),
            time=shown or "",
        )
        if (place := _place(turn, request)) is not None:  # where to go («📍 ZUS»)
            head += f" — 📍 {markup.literal(place)}"
        line = turn.t(
            LINES[request.status],
            id=request.number,
            who=markup.literal(request.staff_name or request.closed_by or turn.t("staff_someone")),
        )
        label = turn.t("as_btn_day_card", id=request.number, mark=mark)
        rows = [[Button(label, f"request:show:{request.id}")]]
        window = read_window(part) if part else None
        starts = time or (window[1] if window else dt.time())
        at = dt.datetime.combine(day, starts, zone)
        found.append(AgendaBlock(day, at, f"{head}\n{line}", rows))
    return found


def _place(turn: Turn, request: Request) -> str | None:
    """The office's place the help goes to (a `choice` answered with an option that goes to
    one), in the staff's language; None: the form asks none, or it was typed («Other»)."""
    office = turn.settings.office(request.office)
    service = office.catalogue.services.get(request.service or "")
    if service is None:
        return None
    fields = {f.id: f for f in service.fields}
    for detail in request.details:
        field = fields.get(detail.id)
        if field is not None and field.type == "choice":
            place = office.places.get(field.place_of(detail.value))
            if place is not None:
                return place.label(turn.lang)
    return None


def _part(request: Request) -> str | None:
    """A `time` answer given as a part of the day («morning»: 08:00–12:00), as stored."""
    return next(
        (d.value for d in request.details if d.type == "time" and read_window(d.value)), None
    )
