"""Whether the person came, on the visit's own card in the staff chat (views.staff_card): once
the visit's time has started (came.open_cards, a job, marks it on the booking: migration 051)
the card's «✖ Cancel this visit» gives way to «✅ Attended» and «❌ No-show»; once marked, the
card says so, and the other choice stays, to correct a slip (came.py marks it).

Staff button: visit:came:<id>:<1|0> (the list's have the days too: came.py)."""

from __future__ import annotations

from bot.core.messages import Button
from bot.core.voice import Voice
from bot.storage import bookings as store


def asks(booking: store.Booking) -> bool:
    """Whether the card asks (or says) whether the person came: its time has started."""
    return booking.active and (booking.came is not None or booking.came_asked_at is not None)


def line(v: Voice, booking: store.Booking) -> str:
    """«✅ The person came to the visit.» once marked; "" before."""
    if booking.came is None:
        return ""
    return v("sb_card_came_yes" if booking.came else "sb_card_came_no")


def rows(v: Voice, booking: store.Booking) -> list[list[Button]]:
    """Came, did not come; once marked, the other choice."""
    choices = [("sb_btn_card_came", 1), ("sb_btn_card_no_show", 0)]
    return [
        [
            Button(v(key), f"visit:came:{booking.id}:{came}")
            for key, came in choices
            if booking.came is None or booking.came != bool(came)
        ]
    ]
