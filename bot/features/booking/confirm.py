"""What a confirmed booking produces: the confirmation with an .ics file, and the staff note."""

from __future__ import annotations

import logging

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, go, stay
from bot.core.messages import Attachment, Button, Expired, Reply
from bot.core.session import Sent
from bot.features.booking import ics, schedule
from bot.features.booking.replies import (
    FLOW,
    draft,
    limit_reply,
    offer,
    taken_reply,
    visit_language,
)
from bot.features.booking.views import (
    Voice,
    bookable_slots,
    booking_lines,
    bring_text,
    map_row,
    notice,
    plain_topic,
    staff_card,
    voice,
)
from bot.features.menu import nav_row
from bot.storage import bookings as store

log = logging.getLogger(__name__)

ICS_MIME = "text/calendar"


def calendar_file(v: Voice, booking: store.Booking) -> Attachment:
    place = v.place(booking.place)
    location = (
        ", ".join(part for part in (place.name, place.desk, place.address) if part)
        if place
        else booking.place
    )
    organisation = v.office.organisation
    domain = organisation.email.rpartition("@")[2] or "infopoint.invalid"
    event = ics.Event(
        uid=f"booking-{booking.id}-{ics.utc(booking.created_at)}@{domain}",
        stamp=booking.created_at,
        start=booking.starts_at,
        end=booking.ends_at,
        summary=_summary(v, plain_topic(v, booking.topic)),
        location=location,
        description=v(
            "bk_ics_description", org=v.office.org_name(v.lang), phone=organisation.phone
        ),
    )
    name = f"visit-{booking.starts_at.astimezone(v.zone):%Y-%m-%d-%H%M}.ics"
    return Attachment(name, ics.calendar(event), ICS_MIME)


def _summary(v: Voice, topic: str) -> str:
    """The calendar's title: who the visit is with (the office's duty desk), and the topic."""
    duty = v.office.duty_name(v.lang)
    if duty is None:
        return v("bk_ics_summary", topic=topic)
    return v("bk_ics_summary_duty", duty=duty, topic=topic)


def confirmation_reply(turn: Turn, booking: store.Booking) -> Reply:
    v = voice(turn)
    text = "\n\n".join(
        [
            turn.t("bk_confirmed_title", id=booking.id),
            booking_lines(v, booking),
            bring_text(v, booking.topic),
            turn.t(
                "bk_confirmed_footer",
                notice=notice(v, turn.office.booking.min_notice_minutes),
                phone=markup.literal(turn.office.organisation.phone),
            ),
        ]
    )
    rows = [r for r in [map_row(v, booking.place)] if r]
    rows.append([Button(turn.t("bk_btn_my"), "booking:mine")])
    rows.append(nav_row(turn, None))
    return Reply(text, rows, attachment=calendar_file(v, booking))


async def notify_staff_new(turn: Turn, booking: store.Booking) -> None:
    """In the staff language, tied to the booking so a later cancellation edits this message."""
    staff = Voice(turn.services, turn.office.staff_language, turn.office)
    await turn.to_staff(staff_card(staff, booking, new=True), ref_kind="booking", ref_id=booking.id)


async def confirm(turn: Turn) -> Outcome:
    """Book it, in this turn's transaction; a second tap finds the flow already finished."""
    current = draft(turn)
    token = turn.args[0] if len(turn.args) == 1 else ""
    in_step = turn.session.flow == FLOW and turn.session.step == "confirm"
    if not in_step or current.token != token:
        booked = turn.memory.booked
        if token and booked is not None and booked.token == token:
            return stay(await _already_booked(turn, booked.id))
        raise Expired("booking:confirm")
    place, start = current.slot_place, schedule.parse_key(current.slot_key or "")
    person = current.person
    if start is None or place is None or person is None or current.topic is None:
        raise Expired("booking:confirm")
    free, held = await offer(turn)
    if len(held) >= turn.office.booking.max_future_visits:
        return end(limit_reply(turn, held))
    slot = next(
        (
            s
            for s in await bookable_slots(turn.tx, turn.settings, turn.office, turn.now)
            if s.place == place and s.start == start
        ),
        None,
    )
    if slot is None:  # too late now, or the duty was cancelled meanwhile
        return go("time", taken_reply(turn, place, start, free))
    new = store.NewBooking(
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        place=place,
        day=slot.local_day(turn.settings.timezone),
        starts_at=slot.start,
        ends_at=slot.end,
        topic=current.topic,
        name=person.name,
        phone=person.phone or "",
        office=turn.office.id,
        description=current.description,  # (a topic's button leaves none: flow.on_topic)
        note=current.note,  # typed at the summary (typed.py)
        visit_language=visit_language(turn),
    )
    try:
        booking_id = await store.create(turn.tx, turn.now, new, turn.office.booking.capacity)
    except store.SlotFull:
        log.info("a booking lost the race for its slot")
        return go("time", taken_reply(turn, place, start, free))
    except store.AlreadyHeld:
        mine = [[Button(turn.t("bk_btn_my"), "booking:mine")]]
        return end(Reply(turn.t("bk_already_yours"), mine))
    booking = await store.get(turn.tx, booking_id)
    assert booking is not None
    turn.memory.booked = Sent(token, booking_id)
    turn.memory.talk_language = new.visit_language
    await notify_staff_new(turn, booking)
    return end(confirmation_reply(turn, booking))


async def _already_booked(turn: Turn, booking_id: int) -> Reply:
    booking = await store.get(turn.tx, booking_id)
    rows = [[Button(turn.t("bk_btn_my"), "booking:mine")], nav_row(turn, None)]
    if booking is None or booking.user_id != turn.incoming.user_id:
        return Reply(turn.t("bk_already_sent"), rows)
    v = voice(turn)
    text = turn.t("bk_already_sent") + "\n\n" + booking_lines(v, booking)
    return Reply(text, rows)
