"""Whether the person came to a visit at the duty hours (tester 39, F11), marked by staff in
/today and /week and on the visit's own card once the visit's time has started, as a course's
attendance is: kept in SQLite (bookings.came, migration 050), said on the visit's line there
(«— ✅ obecność») and on its card (came_card.py), shown in the person's /mydata, erased by
/forget with the booking, kept by retention as an anonymous count.

Staff buttons: visit:came:<id>:<1|0>:<first>:<last> (the list's days, YYYYMMDD): marks it and
shows the list again in place, the visit's line marked and its buttons gone (today's: the other
choice stays, to correct a slip), and its card edited; visit:came:<id>:<1|0> (the card, from
its time on: `open_cards`, a job): marks it, the card and its copies edited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.job_turn import staff_turn
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.core.turn import subject_of
from bot.core.voice import short
from bot.features.booking.views import STAFF, Voice, voice
from bot.settings.config import Office
from bot.storage import Tx, message_refs
from bot.storage import bookings as store

log = logging.getLogger(__name__)

OPEN_WITHIN = dt.timedelta(hours=12)  # a card whose visit started longer ago is left as it is


def mark(v: Voice, booking: store.Booking) -> str:
    """What the visit's line says after it, once marked («— ✅ obecność»)."""
    if booking.came is None:
        return ""
    return " — " + v("sb_came_mark_yes" if booking.came else "sb_came_mark_no")


def rows(
    turn: Turn, v: Voice, visits: list[store.Booking], first: dt.date, last: dt.date
) -> list[list[Button]]:
    """A row per visit whose time has started and that nobody marked yet: came, did not; one
    marked today: the other choice, to correct it."""
    today = turn.local(turn.now).date()
    days = f"{first:%Y%m%d}:{last:%Y%m%d}"
    found = []
    for b in visits:
        if not b.active or b.starts_at > turn.now or (b.came is not None and b.day != today):
            continue
        time, name = v.time(b.starts_at), (b.name or "—")[:24]
        choices = [("sb_btn_came", 1), ("sb_btn_no_show", 0)]
        row = [
            Button(v(key, time=time, name=name), f"visit:came:{b.id}:{came}:{days}")
            for key, came in choices
            if b.came is None or b.came != bool(came)
        ]
        found.append(row)
    return found


def acting(visits: list[store.Booking], rows: list[list[Button]]) -> tuple[tuple[str, str], ...]:
    """Whose each «came» button is (its visit's person): /forget takes their buttons off a
    list that shows others too (bot.core.marks)."""
    whose = {str(b.id): subject_of(b.channel, b.user_id) for b in visits}
    return tuple(
        (whose[parts[2]], button.payload)
        for row in rows
        for button in row
        if (parts := button.payload.split(":"))[:2] == ["visit", "came"] and parts[2] in whose
    )


def _day(text: str) -> dt.date:
    try:
        return dt.datetime.strptime(text, "%Y%m%d").date()
    except ValueError:
        raise Expired("visit") from None


async def mark_came(turn: Turn) -> Outcome:
    """visit:came:<id>:<1|0>:<first>:<last> (a list): marked, the list shown again in place;
    visit:came:<id>:<1|0> (the visit's card): marked, the card and its copies edited."""
    from bot.features.booking.staff import agenda  # (staff.py's buttons name this module)

    if len(turn.args) not in (2, 4) or turn.args[1] not in ("0", "1"):
        raise Expired("visit")
    number = record_id(turn.args[0])
    booking = await store.get(turn.tx, number) if number is not None else None
    if booking is None:
        raise Expired("visit")
    turn.staff_may(booking.office, turn.t("sb_record_visit", id=booking.id))
    if not booking.active:
        return stay(Reply(turn.t("sb_already_cancelled", id=booking.id)))
    if booking.starts_at > turn.now:  # nobody is marked as come before their time
        when = short(voice(turn), booking.starts_at)
        return stay(Reply(turn.t("sb_came_later", id=booking.id, when=when)))
    await store.set_came(turn.tx, booking.id, turn.args[1] == "1")
    marked = dataclasses.replace(booking, came=turn.args[1] == "1")
    if len(turn.args) == 2:  # the card: it, and every copy shown again, say so
        await STAFF.edit(turn, marked)
        return stay()
    if await _posted(turn.tx, turn.settings.office(booking.office), booking.id):
        await STAFF.edit(turn, marked)  # its card says so too
    shown = await agenda(turn, _day(turn.args[2]), _day(turn.args[3]))
    return stay(dataclasses.replace(shown, replace=True))


async def open_cards(services: Services) -> None:
    """The job (every minute): a visit whose time has started gets «came / did not come» on its
    card, in place of its cancel button (came_card.py); once, marked on the booking in the
    same transaction. A card whose visit started long ago (the bot was down, the first run
    after migration 051) is left as it is: /today and /week still ask."""
    now = services.clock()
    opened = 0
    async with services.db.transaction() as tx:
        for booking in await store.started_unasked(tx, now):
            await store.set_came_asked(tx, booking.id, now)
            if (
                now - booking.starts_at > OPEN_WITHIN
                or booking.office not in services.settings.offices
            ):
                continue
            office = services.settings.office(booking.office)
            if not await _posted(tx, office, booking.id):  # an edit of nothing would wait
                continue
            turn = staff_turn(services, tx, now, office)
            await STAFF.edit(turn, dataclasses.replace(booking, came_asked_at=now))
            opened += 1
    if opened:
        log.info("%d visit card(s) now ask whether the person came", opened)
        services.outbox.wake()


async def _posted(tx: Tx, office: Office, booking_id: int) -> bool:
    chat = office.staff_chat_id
    if chat is None:
        return False
    return (
        await message_refs.message_for(tx, "telegram", str(chat), store.REF, booking_id) is not None
    )
