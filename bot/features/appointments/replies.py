"""What the steps of the appointment flow show, and its typed draft. Pure: the handlers
(flow.py, qualify.py, offers.py) decide where the person goes next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import markup, slots
from bot.core.choice_when import day_means, time_means
from bot.core.choices import LANGUAGE, NO, SEND
from bot.core.dispatch import Turn
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import display_phone
from bot.core.session import Person
from bot.features.appointments.times import Free, days, nearest
from bot.features.appointments.views import (
    DAY_BUTTONS_PER_ROW,
    SLOT_BUTTONS_PER_ROW,
    Voice,
    appointment_lines,
    voice,
)
from bot.features.menu import nav_row
from bot.features.person import change_phone, spoken
from bot.settings.catalogue import APPOINTMENT, Service

FLOW = "appt"


@dataclass
class ApptDraft:
    service: str | None = None
    request: int | None = None  # an approved request whose time is being picked
    specialist: str | None = None  # the specialist whose days are shown, then the chosen one
    day: str | None = None  # the day whose times are shown (YYYYMMDD, local)
    key: str | None = None  # the chosen time (UTC, slots.Slot.key)
    token: str | None = None  # the confirm (or send) button's token, new when the time changes
    token_for: str | None = None
    person: Person | None = None  # name and phone given in this flow
    description: str | None = None  # a qualification request: the need, in a few words ...
    one_word: str | None = None  # a need of one word, asked about once (qualify.keep_need)
    urgent: bool | None = None  # ... or, for a sensitive service, only whether it is urgent
    for_child: bool = False  # ... and, if the person says so, that it is for their child
    moving: int | None = None  # /mybookings «🕒 Move»: the appointment being moved (move.py) ...
    moving_day: str | None = None  # ... and the day whose times are shown (YYYYMMDD, local)
    visit_language: str | None = None  # chosen on the summary (language.py); None: theirs
    hour: str | None = None  # a time typed at the days («o trzech»: 15:00): taken on the day
    note: str | None = None  # «(sąsiadka, ja tylko pomagam)» after the name: for staff


def draft(turn: Turn) -> ApptDraft:
    return turn.draft(ApptDraft, FLOW)


def services(turn: Turn) -> list[Service]:
    return turn.office.catalogue.of_kind(APPOINTMENT)


def service_of(turn: Turn, service_id: str | None) -> Service:
    """An appointment service of this person's office, or the button is stale or forged."""
    found = turn.office.catalogue.services.get(service_id or "")
    if found is None or found.kind != APPOINTMENT:
        raise Expired("appt")
    return found


def current_service(turn: Turn) -> Service:
    return service_of(turn, draft(turn).service)


def list_reply(turn: Turn) -> Reply:
    """`appt` on its own: the office's appointment services."""
    rows = [[Button(s.title.get(turn.lang), f"appt:open:{s.id}")] for s in services(turn)]
    rows.append(nav_row(turn, "services"))
    return Reply(turn.t("ap_choose_service"), rows, replace=True)


def _title(turn: Turn, service: Service) -> str:
    return markup.literal(service.title.get(turn.lang))


def specialist_choice(turn: Turn, service: Service, free: list[Free]) -> Reply:
    v = voice(turn)
    present = {t.specialist for t in free}
    rows = []
    for sid in service.specialists:
        specialist = v.specialist(sid)
        if sid in present and specialist is not None:
            where = v.place_label(specialist.place) if specialist.place else ""
            label = v.role(sid) + (f" · {where}" if where else "")
            rows.append([Button(label, f"appt:spec:{sid}")])
    rows.append(nav_row(turn, f"service:{service.id}"))
    text = turn.t("ap_choose_specialist", service=_title(turn, service))
    return Reply(text, rows, replace=True)


def day_choice(
    turn: Turn, service: Service, specialist: str, free: list[Free], note: str | None = None
) -> Reply:
    v = voice(turn)
    buttons = [
        Button(v.day(d), f"appt:day:{specialist}:{d:%Y%m%d}", means=day_means(d))
        for d in days(free, turn.settings, specialist)
    ]
    per_row = DAY_BUTTONS_PER_ROW
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    several = len({t.specialist for t in free}) > 1
    back = None if draft(turn).request else f"service:{service.id}"
    if several and not draft(turn).request:
        back = f"appt:open:{service.id}"
    rows.append(nav_row(turn, back))
    key = "ap_choose_day" if v.role_apart(service.id, specialist) else "ap_choose_day_alone"
    text = turn.t(key, service=_title(turn, service), role=markup.literal(v.role(specialist)))
    return Reply(f"{note}\n\n{text}" if note else text, rows, replace=True)


def time_choice(turn: Turn, specialist: str, day: dt.date, free: list[Free]) -> Reply:
    v = voice(turn)
    buttons = [
        Button(
            v.time(t.start),
            f"appt:time:{specialist}:{t.key}",
            means=time_means(t.start.astimezone(v.zone)),
        )
        for t in free
    ]
    per_row = SLOT_BUTTONS_PER_ROW
    rows = [buttons[i : i + per_row] for i in range(0, len(buttons), per_row)]
    rows.append(nav_row(turn, f"appt:spec:{specialist}"))
    return Reply(turn.t("ap_choose_time", day=v.long_day(day)), rows, replace=True)


def summary(turn: Turn, service: Service) -> Reply:
    """The last look before confirming a direct booking."""
    current = draft(turn)
    v = voice(turn)
    start = slots.parse_key(current.key or "")
    specialist = v.specialist(current.specialist or "")
    if start is None or specialist is None:
        raise Expired("appt:confirm")
    person = current.person or Person()
    who = turn.t(
        "ap_person_line", name=markup.literal(person.name), phone=display_phone(person.phone)
    )
    if current.note:  # «(sąsiadka …)» after the name: for staff
        who += "\n" + turn.t("cb_phone_note", note=markup.literal(current.note))
    text = "\n\n".join(
        [
            turn.t("ap_summary_title"),
            appointment_lines(
                v,
                service.id,
                specialist.id,
                start,
                specialist.place,
                specialist.remote,
                person.phone,
            ),
            who,
            language_lines(turn),
            turn.t("ap_summary_question"),
        ]
    )
    local_day = start.astimezone(v.zone).date()
    rows = [
        [Button(turn.t("ap_btn_confirm"), f"appt:confirm:{current.token}", means=SEND)],
        [Button(turn.t("ap_btn_change_time"), f"appt:day:{specialist.id}:{local_day:%Y%m%d}")],
        change_phone(turn, "confirm"),
        *language_rows(turn),
        [Button(turn.t("ap_btn_abandon"), "appt:abandon", means=NO)],
    ]
    return Reply(text, rows)


def visit_language(turn: Turn) -> str:
    """The appointment's language (language.py): person.spoken."""
    return spoken.visit_language(turn, draft(turn).visit_language)


def language_lines(turn: Turn) -> str:
    """«🗣 Language of the appointment: Polish» and, for someone else, how to choose another."""
    name = turn.services.t.language_name(turn.lang, visit_language(turn))
    return f"{turn.t('ap_visit_language_line', language=name)}\n{turn.t('ap_language_hint')}"


def language_rows(turn: Turn) -> list[list[Button]]:
    """The office's other languages, two to a row (a summary's)."""
    codes = [c for c in turn.settings.languages if c != visit_language(turn)]
    row = [Button(LANGUAGE_NAMES[c], f"{FLOW}:language:{c}", means=LANGUAGE + c) for c in codes]
    return [row[i : i + 2] for i in range(0, len(row), 2)]


def time_buttons(
    v: Voice, free: list[Free], payload: str, *, with_role: bool
) -> list[list[Button]]:
    """One time a row, with its day (and the specialist when several could be meant)."""
    rows = []
    for t in free:
        label = v.short(t.start)
        if with_role:
            label += f" · {v.role(t.specialist)}"
        elif t.place:
            label += f" · {v.place_label(t.place)}"
        rows.append([Button(label, payload.format(specialist=t.specialist, key=t.key))])
    return rows


def taken_reply(turn: Turn, service: Service, wanted: dt.datetime, free: list[Free]) -> Reply:
    """That time is gone: the nearest free ones instead (of any of the service's specialists)."""
    v = voice(turn)
    offers = nearest(free, wanted)
    several = len(service.specialists) > 1
    rows = time_buttons(v, offers, "appt:time:{specialist}:{key}", with_role=several)
    rows.append([Button(turn.t("ap_btn_other_times"), f"appt:open:{service.id}")])
    rows.append(nav_row(turn, None))
    key = "ap_slot_gone" if offers else "ap_slot_gone_none"
    return Reply(turn.t(key, when=v.when(wanted)), rows)


def nothing_free_reply(turn: Turn, service: Service) -> Reply:
    days_ = turn.services.t.plural(turn.lang, "days", turn.office.booking.horizon_days)
    text = turn.t("ap_nothing_free", service=_title(turn, service), days=days_)
    rows = [[Button(turn.t("btn_callback"), "callback")], nav_row(turn, f"service:{service.id}")]
    return Reply(text, rows)
