"""After staff cancelled a booked appointment: the nearest free times of the same specialist,
offered to the person (never the cancelled time). At once when the time is closed (the
specialist will not be there: only from the next day on, as the whole day is likely lost);
when the time was kept open, only once staff chose a reason that lets the person book again
(cancel_why.REBOOK). An appointment booked from an approved request has the request offered
again by the bot (the approval stands); a direct one gets time buttons (appt:again)."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.turn import subject_of
from bot.features.appointments import cards, offered
from bot.features.appointments.confirm import MINE
from bot.features.appointments.replies import time_buttons
from bot.features.appointments.times import free_times, nearest
from bot.features.appointments.views import Voice
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store

OFFERS = 3


async def offer_again(
    turn: Turn, v: Voice, a: store.Appointment, note: str, *, next_days: bool
) -> None:
    """`note` (in the person's language, `v`) with the times after it; `next_days`: none on
    the cancelled time's day."""
    free = await free_times(turn.tx, turn.settings, v.office, [a.specialist], turn.now)
    day = a.starts_at.astimezone(v.zone).date()
    free = [
        t
        for t in free
        if t.start != a.starts_at and not (next_days and t.start.astimezone(v.zone).date() <= day)
    ]
    offers = nearest(free, a.starts_at, OFFERS)
    if a.request_id is not None:
        times = [(t.specialist, t.key) for t in offers]
        if await requests.reoffer(turn.tx, a.request_id, times, turn.now):
            r = await requests.get(turn.tx, a.request_id)
            if r is not None:
                await offered.tell_person(turn, r, note)
                await cards.refresh(turn, r.id)
                return
    rows = time_buttons(v, offers, f"appt:again:{a.id}:{{key}}", with_role=False)
    text = note + "\n\n" + v("ap_offer_other" if offers else "ap_offer_none")
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
