"""/requests: the office's open requests in the staff chat (in the coordinators' chat, every
office's), urgent first, then the oldest: callback and help requests, appointment requests
waiting for an advisor, and visits at the duty hours and booked appointments whose person
wrote back after staff last wrote to them (their threads: bot.features.booking,
bot.features.appointments; listed until staff answer, or it is cancelled or over). They are
numbered apart: every line and button names its kind; a line says who wrote to the person and
when the person wrote back. The list says whose each line and button is (`Reply.marks`): a line
may quote what the person typed, and /forget masks exactly theirs.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from bot.core import gone, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import counted, marked
from bot.core.messages import Button, Reply
from bot.core.turn import subject_of
from bot.features.callback import numbered
from bot.features.callback.details import (
    SAME_PERSON_LATER,
    listed_subject,
    same_person_ids,
    service_title,
    written_line,
    wrote_line,
)
from bot.features.callback.details import (
    waiting as unanswered,
)
from bot.features.callback.staff import status_line
from bot.features.callback.typed_number import show_typed
from bot.storage import appointment_requests, bookings
from bot.storage import requests as store
from bot.storage import threads as threads_store
from bot.storage.appointments import Appointment
from bot.storage.requests import Request

LIST_BUTTONS = 30  # a button per request, each named with its kind and number
NAME_LISTED = 20  # characters of a staff member's name a line shows («Anna Nowak-Kowalska…»)


def _waited(turn: Turn, since: dt.datetime) -> str:
    return turn.services.t.duration(turn.lang, turn.now - since)


def person_wrote(turn: Turn, at: dt.datetime | None) -> str | None:
    """«💬 odpisał(a) 14:05»: the person last wrote to staff about it (not today: the day too)."""
    if at is None:
        return None
    return turn.t("staff_list_person_wrote", when=_at(turn, at))


def _at(turn: Turn, at: dt.datetime) -> str:
    """«14:05» today, the day too otherwise."""
    tz = turn.settings.timezone
    local, t = at.astimezone(tz), turn.services.t
    today = local.date() == turn.now.astimezone(tz).date()
    return t.time(turn.lang, local) if today else t.short_datetime(turn.lang, local)


async def list_open(turn: Turn) -> Outcome:
    """The office's open requests: callback and help requests, and appointment requests
    waiting for an advisor (numbered apart: each named with its kind); in the coordinators'
    chat, every office's. «/requests T1» (one asked for, with the list's command): its card,
    as /request T1 shows it."""
    if (turn.incoming.args or "").strip() and numbered.read(turn.incoming.args or ""):
        return await show_typed(turn, numbered.REQUESTS)
    office = None if turn.staff_all else turn.staff_scope.id
    found = await store.open_requests(turn.tx, office)
    listed = [_listed(turn, r, office is None) for r in found]
    theirs: dict[tuple[str, str | None, str], list[str]] = {}  # a person's T and P numbers
    for r in found:
        theirs.setdefault((r.channel, r.user_id, r.office), []).append(numbered.of_request(r))
    for office_id in [office] if office else list(turn.settings.offices):
        for waiting in await appointment_requests.pending(turn.tx, office_id):
            same = [] if waiting.sensitive else theirs.get(waiting.key, [])  # as its card says
            listed.append(_listed_appointment(turn, waiting, office is None, same))
    for visit in await threads_store.bookings_answered_by_person(turn.tx, office, turn.now):
        listed.append(_listed_booked(turn, visit, "sb_list_visit", "visit", office is None))
    for booked in await threads_store.appointments_answered_by_person(turn.tx, office, turn.now):
        listed.append(_listed_booked(turn, booked, "sa_list_appointment", "apptv", office is None))
    if not listed:
        return stay(Reply(turn.t("staff_no_open")))
    listed.sort(key=lambda item: (not item.urgent, item.created_at))
    lines = [turn.t("staff_open_title", count=len(listed))]
    lines += [item.line for item in listed]
    lines += ["", _footer(turn, {item.kind for item in listed})]
    rows = [[item.button] for item in listed[:LIST_BUTTONS]]
    whose = [item for item in listed if item.subject]
    shows = tuple(dict.fromkeys(item.subject for item in whose))
    owned = [(item.subject, item.line) for item in whose]
    acting = [(item.subject, item.button.payload) for item in whose]
    shown = marked(Reply("\n".join(lines), rows, shows=shows), owned, acting)
    return stay(counted(shown))  # (/forget: the title's count less theirs)


@dataclass(frozen=True)
class _Listed:
    urgent: bool
    created_at: dt.datetime
    line: str
    button: Button
    kind: str  # its letter: T, P, W, D, S
    subject: str = ""  # whose it is (`Reply.marks`: /forget masks exactly their line)


def _footer(turn: Turn, kinds: set[str]) -> str:
    """Under the list, only what concerns what is listed: the letters shown, where else
    appointment requests are (W), why a visit is here (D, S) (tester 27, item 12)."""
    letters = ", ".join(turn.t(f"staff_open_letter_{k}") for k in "TPWDS" if k in kinds)
    said = [turn.t("staff_open_tap", letters=letters)]
    if "W" in kinds:
        said.append(turn.t("staff_open_appointments_too"))
    if kinds & {"D", "S"}:
        said.append(turn.t("staff_open_visits_hint"))
    return " ".join(said)


def _line(turn: Turn, name: str, office: str, every_office: bool, *rest: str) -> str:
    parts = [name]
    if every_office and turn.settings.network:
        parts.append(markup.literal(gone.office_label(turn.services, office, turn.lang)))
    return " · ".join([*parts, *rest])


def _short_name(name: str | None) -> str | None:
    """A name as a list line shows it: on one line, cut at a word to NAME_LISTED characters."""
    return markup.shortened(" ".join(name.split()), NAME_LISTED) if name else name


def _listed(turn: Turn, request: Request, every_office: bool) -> _Listed:
    """A request's line: its kind and number first, then the essentials (language, subject,
    waiting or who took it); what people typed, the person or staff, cut short («…»)."""
    request = replace(
        request,
        staff_name=_short_name(request.staff_name),
        closed_by=_short_name(request.closed_by),
        last_staff_reply_by=_short_name(request.last_staff_reply_by),
    )
    key = "staff_list_help" if request.service is not None else "staff_list_callback"
    name = turn.t(key, id=request.number)
    rest = [
        turn.services.t.language_name(turn.lang, request.call_language),
        markup.literal(listed_subject(turn.services, turn.lang, request)),
    ]
    if request.status == "taken":  # taken: no longer waiting, «zgłoszona 07:19», then who took it
        rest.append(turn.t("staff_list_reported", when=_at(turn, request.created_at)))
        rest.append(status_line(turn.services, request, turn.lang))
    else:
        rest.append(turn.t("staff_waiting", time=_waited(turn, request.created_at)))
    same = [*same_person_ids(request), *same_person_ids(request, SAME_PERSON_LATER)]
    if same:  # «👥 ta sama osoba co nr T1», either way (the first three: the card has them all)
        ids = ", ".join(same[:3]) + (", …" if len(same) > 3 else "")
        rest.append(turn.t("staff_list_same_person", ids=ids))
    if wrote := written_line(turn.services, turn.lang, request):
        rest.append(wrote)
    if request.last_staff_reply_at is None and request.last_person_at is not None:
        rest.append(turn.t("staff_list_person_noted", when=_at(turn, request.last_person_at)))
    elif answer := person_wrote(turn, request.last_person_at):
        rest.append(answer)
    if unanswered(request):  # their last message has no staff answer yet
        rest.append(turn.t("staff_list_unanswered"))
    line = _line(
        turn, f"🚨 {name}" if request.urgent else name, request.office, every_office, *rest
    )
    kind = "P" if request.service is not None else "T"
    button = Button(name, f"request:show:{request.id}")
    whose = subject_of(request.channel, request.user_id) if request.user_id else ""
    return _Listed(request.urgent, request.created_at, line, button, kind, whose)


def _listed_appointment(
    turn: Turn, r: appointment_requests.Request, every_office: bool, same: list[str]
) -> _Listed:
    name = turn.t("sa_list_request", id=r.id)
    rest = [  # the language staff will speak: the appointment's, as the card's (tester 43, F4)
        turn.services.t.language_name(turn.lang, r.visit_language or r.language),
        markup.literal(
            markup.shortened(service_title(turn.services, turn.lang, r.office, r.service), 60)
        ),
        turn.t("staff_waiting", time=_waited(turn, r.created_at)),
    ]
    if same:  # «👥 ta sama osoba co nr T1, P2», as a callback request's line says of it
        ids = ", ".join(same[:3]) + (", …" if len(same) > 3 else "")
        rest.append(turn.t("staff_list_same_person", ids=ids))
    if r.last_person_at is not None and r.staff_wrote_at is None and r.decided_at is None:
        rest.append(turn.t("staff_list_person_noted", when=_at(turn, r.last_person_at)))
    elif answer := person_wrote(turn, r.last_person_at):  # «odpisał(a)»: staff wrote first
        rest.append(answer)
    line = _line(turn, f"🚨 {name}" if r.urgent else name, r.office, every_office, *rest)
    button = Button(name, f"apptq:show:{r.id}")
    return _Listed(r.urgent, r.created_at, line, button, "W", subject_of(r.channel, r.user_id))


def _listed_booked(
    turn: Turn, b: bookings.Booking | Appointment, key: str, group: str, every_office: bool
) -> _Listed:
    """A visit or a booked appointment whose person wrote back: when it is, who wrote to
    them, when they answered; its button (<group>:show:<id>) shows its card again."""
    name = turn.t(key, id=b.id)
    local = b.starts_at.astimezone(turn.settings.timezone)
    rest = [
        turn.services.t.language_name(turn.lang, b.visit_language or b.language),
        turn.t("sb_list_visit_when", when=turn.services.t.short_datetime(turn.lang, local)),
    ]
    who = _short_name(b.staff_wrote_by)
    if wrote := wrote_line(turn.services, turn.lang, who, b.thread_at):
        rest.append(wrote)
    if answer := person_wrote(turn, b.last_person_at):
        rest.append(answer)
    line = _line(turn, name, b.office, every_office, *rest)
    since = b.last_person_at or b.created_at
    kind = "D" if group == "visit" else "S"
    button = Button(name, f"{group}:show:{b.id}")
    return _Listed(False, since, line, button, kind, subject_of(b.channel, b.user_id))
