"""Booking a specialist's time: the appointment row (the database keeps the capacity), the
person's confirmation with a calendar file, and the "New appointment" note in the staff chat."""

from __future__ import annotations

import logging

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Attachment, Button, Reply
from bot.features.appointments.times import Free
from bot.features.appointments.views import (
    Voice,
    lines_of,
    map_row,
    office_voice,
    staff_note,
)
from bot.features.booking import CalendarEvent, calendar_bytes, ics_utc
from bot.features.menu import nav_row
from bot.settings.catalogue import Service
from bot.settings.config import Office
from bot.storage import appointments as store

log = logging.getLogger(__name__)

ICS_MIME = "text/calendar"
MINE = "booking:mine"  # /mybookings: the person's visits, appointments, courses and requests


async def book(
    turn: Turn,
    office: Office,
    service: Service,
    time: Free,
    name: str,
    phone: str,
    *,
    token: str | None = None,
    request: int | None = None,
    for_child: bool = False,
    visit_language: str | None = None,
    note: str | None = None,
) -> store.Appointment:
    """Book it in this turn's transaction; raises store.SlotFull or store.AlreadyHeld.
    `for_child`: the request it comes from is for the person's child; `visit_language`: the
    language the appointment is to be in (its summary's, or its request's); `note`: the
    bracket written after the name, for staff."""
    specialist = office.catalogue.specialists[time.specialist]
    new = store.NewAppointment(
        office=office.id,
        service=service.id,
        specialist=specialist.id,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        place=specialist.place,
        remote=specialist.remote if specialist.place is None else None,
        day=time.start.astimezone(turn.settings.timezone).date(),
        starts_at=time.start,
        ends_at=time.end,
        name=name,
        phone=phone,
        sensitive=service.sensitive,
        token=token,
        request_id=request,
        for_child=for_child,
        visit_language=visit_language,
        note=note,
    )
    new_id = await store.create(turn.tx, turn.now, new, specialist.capacity)
    appointment = await store.get(turn.tx, new_id)
    assert appointment is not None
    await notify_staff_new(turn, appointment)
    return appointment


def calendar_file(v: Voice, a: store.Appointment) -> Attachment:
    place = v.office.places.get(a.place or "")
    if place is not None:
        location = ", ".join(part for part in (place.name, place.desk, place.address) if part)
    else:
        location = v(f"ap_ics_remote_{a.remote or 'phone'}")
    organisation = v.office.organisation
    domain = organisation.email.rpartition("@")[2] or "infopoint.invalid"
    # A calendar is often shared or synced with work: a sensitive service is not named in it.
    summary = (
        v("ap_ics_summary_private", org=v.office.org_name(v.lang))
        if a.sensitive
        else v("ap_ics_summary", service=v.title(a.service), role=v.role(a.specialist))
        if v.role_apart(a.service, a.specialist)
        else v.title(a.service)
    )
    event = CalendarEvent(
        uid=f"appointment-{a.id}-{ics_utc(a.created_at)}@{domain}",
        stamp=a.created_at,
        start=a.starts_at,
        end=a.ends_at,
        summary=summary,
        location=location,
        description=v(
            "ap_ics_description", org=v.office.org_name(v.lang), phone=organisation.phone
        ),
    )
    name = f"appointment-{a.starts_at.astimezone(v.zone):%Y-%m-%d-%H%M}.ics"
    return Attachment(name, calendar_bytes(event), ICS_MIME)


def notice(v: Voice, minutes: int) -> str:
    if minutes and minutes % 60 == 0:
        return v.services.t.plural(v.lang, "ap_hours", minutes // 60)
    return v.services.t.plural(v.lang, "ap_minutes", minutes)


def confirmation_reply(turn: Turn, a: store.Appointment) -> Reply:
    v = office_voice(turn.services, a.office, turn.lang)
    text = "\n\n".join(
        [
            turn.t("ap_confirmed_title", id=a.id),
            lines_of(v, a),
            turn.t(
                "ap_confirmed_footer",
                notice=notice(v, v.office.booking.min_notice_minutes),
                phone=markup.literal(v.office.organisation.phone),
            ),
        ]
    )
    rows = [r for r in [map_row(v, a.place)] if r]
    rows.append([Button(turn.t("ap_btn_mine"), MINE)])
    rows.append(nav_row(turn, None))
    return Reply(text, rows, attachment=calendar_file(v, a))


def already_booked_reply(turn: Turn, a: store.Appointment) -> Reply:
    v = office_voice(turn.services, a.office, turn.lang)
    text = turn.t("ap_already_booked") + "\n\n" + lines_of(v, a)
    return Reply(text, [[Button(turn.t("ap_btn_mine"), MINE)], nav_row(turn, None)])


def held_reply(turn: Turn, a: store.Appointment) -> Reply:
    """One upcoming appointment per service and person: this one is already theirs."""
    v = office_voice(turn.services, a.office, turn.lang)
    text = turn.t("ap_already_have") + "\n\n" + lines_of(v, a)
    return Reply(text, [[Button(turn.t("ap_btn_mine"), MINE)], nav_row(turn, None)])


def already_yours_reply(turn: Turn) -> Reply:
    """This very time with this specialist is already the person's (another service's)."""
    return Reply(turn.t("ap_already_yours"), [[Button(turn.t("ap_btn_mine"), MINE)]])


async def notify_staff_new(turn: Turn, a: store.Appointment) -> None:
    """In the staff language, tied to the appointment so a later change edits this message."""
    staff = office_voice(turn.services, a.office)
    await turn.to_staff(
        staff_note(staff, a, new=True),
        office=staff.office,
        ref_kind=store.REF,
        ref_id=a.id,
        about=f"{a.channel}:{a.user_id}",
    )
