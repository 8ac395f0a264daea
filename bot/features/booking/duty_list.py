"""The duty desk's part of /today and /week (days_off.py adds the duty days a holiday takes
away): bookings per duty (place and hours) and time; a button per visit to cancel it and per
duty; a visit whose time has started: whether the person came (came.py)."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.listings import AgendaBlock
from bot.core.messages import Button
from bot.core.turn import subject_of, subjects_of
from bot.features.booking import came, closed, schedule
from bot.features.booking.views import Voice, phone, voice
from bot.storage import bookings as store
from bot.storage import outbox


def _today(turn: Turn) -> dt.date:
    return turn.local(turn.now).date()


async def duties(turn: Turn, first: dt.date, last: dt.date) -> list[AgendaBlock]:
    """The duty desk's part of /today and /week: bookings per duty (place and hours) and time;
    a button per visit and per duty."""
    v = voice(turn)
    office = turn.staff_scope
    hours = {
        (d.day, d.place): d
        for d in schedule.duties_between(office.duty, office.booking, first, last)
    }
    cancelled = await store.closed_duties(turn.tx, first, last)
    times = await closed.times(turn, first, last)
    groups: dict[tuple[dt.date, str], list[store.Booking]] = {key: [] for key in hours}
    for booking in await store.between(turn.tx, first, last, office.id):
        groups.setdefault((booking.day, booking.place), []).append(booking)
    gone: dict[tuple[dt.date, str], list[store.Booking]] = {}  # whom staff (or a duty) let down
    for booking in await store.between(turn.tx, first, last, office.id, "cancelled"):
        if booking.cancelled_by == "staff":
            gone.setdefault((booking.day, booking.place), []).append(booking)
            groups.setdefault((booking.day, booking.place), [])
    found = []
    for (day, place), visits in sorted(groups.items()):
        head = f"**{v.long_day(day)}** — {markup.literal(v.place_label(place))}"
        duty = hours.get((day, place))
        if duty is not None:
            head += f", {v.time_of(duty.start)}–{v.time_of(duty.end)}"
            starts_at = dt.datetime.combine(day, duty.start, v.zone)
        else:  # a duty no longer in the config, whose visits stand
            starts_at = visits[0].starts_at
        lines = [head]
        if (place, day) in cancelled:
            lines.append(turn.t("sb_duty_is_cancelled"))
        listed = sorted([*visits, *gone.get((day, place), [])], key=lambda b: (b.starts_at, b.id))
        with_duty = (place, day) in cancelled
        said = [await _listed_line(turn, v, b, with_duty) for b in listed]
        lines += said or [turn.t("sb_no_visits")]
        shut, line = closed.on_duty(turn, v, times, place, day)
        lines += line
        rows = [
            [
                Button(
                    turn.t(
                        "sb_btn_cancel_one", time=v.time(b.starts_at), name=(b.name or "—")[:24]
                    ),
                    f"visit:cancel:{b.id}",
                )
            ]
            for b in visits
            if b.starts_at > turn.now
        ]
        rows += came.rows(turn, v, visits, first, last)  # once its time started: came?
        rows += shut
        over = duty is not None and dt.datetime.combine(day, duty.end, v.zone) <= turn.now
        if day >= _today(turn) and not over:  # (a duty over today is not cancelled any more)
            key, action = (
                ("sb_btn_reopen_duty", "reopen")
                if (place, day) in cancelled
                else ("sb_btn_cancel_duty", "cancel")
            )
            label = turn.t(key, day=v.day(day), place=v.place_label(place))
            rows.append([Button(label, f"duty:{action}:{place}:{day:%Y%m%d}")])
        owned = tuple(
            (subject_of(b.channel, b.user_id), s) for b, s in zip(listed, said, strict=True)
        )
        acting = tuple((subject_of(b.channel, b.user_id), f"visit:cancel:{b.id}") for b in visits)
        acting += came.acting(visits, rows)  # (their names on buttons: /forget takes them off)
        text = "\n".join(lines)
        found.append(AgendaBlock(day, starts_at, text, rows, subjects_of(listed), owned, acting))
    return found


async def _listed_line(turn: Turn, v: Voice, booking: store.Booking, with_duty: bool) -> str:
    """A visit's line; one staff cancelled (alone or `with_duty`) marked so, with whether the
    person got the message (staff call whom it did not reach, or greet them if they come)."""
    if booking.active:
        return _visit_line(v, booking) + came.mark(v, booking)
    sent = await outbox.delivery(turn.tx, booking.channel, booking.chat_id, store.REF, booking.id)
    key = "sb_visit_gone_" if with_duty else "sb_visit_dropped_"
    return f"{_visit_line(v, booking)} — {turn.t(key + (sent or 'failed'))}"


def _visit_line(v: Voice, booking: store.Booking) -> str:
    return v(
        "sb_visit_line",
        time=v.time(booking.starts_at),
        name=markup.literal(booking.name or "—"),
        phone=phone(booking),
        topic=v.topic_told(booking.topic, booking.description),
        id=booking.id,
    )
