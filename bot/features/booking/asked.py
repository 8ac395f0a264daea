"""A typed request to book a visit or for the next free time, outside the booking flow
(bot.search's Result.booking: «запишите меня на прием в четверг», «when is the next free
visit», «zapisz mnie na wizytę»; the typed command «book an appointment»): «📅 Book a visit»
first, with the nearest free time named; a day named in it («в четверг», «tomorrow»,
«завтра о 14», read as the booking's day step reads one, `day_in`) opens that day's free
times (the time, when it is free, taken), or says it has none with the nearest days; nothing
bookable: the callback offered instead (replies.nothing_free_reply). Right after staff declined
the person's specialist request for having no free time, the answer is about that specialist
first (no_time.py)."""

from __future__ import annotations

import datetime as dt
import re

from bot.core import day_names, markup, relative, when
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.flows import Outcome, Replay, stay
from bot.core.messages import Button, Reply
from bot.core.words import fold
from bot.features.booking import day_why, no_time, schedule
from bot.features.booking.replies import limit_reply, nothing_free_reply, offer
from bot.features.booking.schedule import Slot
from bot.features.booking.views import voice
from bot.features.menu import nav_row

SPAN = 5  # the most words a day with its time is said in («у четвер о пів на третю»)
_EDGES = "?!.,;:()«»\"'"
_DATE = re.compile(r"\d[./]\d")  # «14.12», «15/12»


def day_in(text: str, today: dt.date) -> when.When | None:
    """The day (and time) named anywhere in `text`: the longest run of its words that is one
    (bot.core.when: «в четверг», «tomorrow at 10», «5 грудня»); a number alone is none («на 14»)."""
    words = [w for w in (w.strip(_EDGES) for w in text.split()) if w]
    for size in range(min(SPAN, len(words)), 0, -1):
        for at in range(len(words) - size + 1):
            span = " ".join(words[at : at + size])
            if not _anchored(words[at : at + size]):  # («на 14», «перший раз», «kiedy»: none)
                continue
            said = when.read(span, today)
            if (
                said is not None
                and said.date is not None
                and said.date >= today
                and not said.deadline
            ):
                return said
    return None


def _anchored(words: list[str]) -> bool:
    """A run of words that may name a day in a sentence: a weekday or a month named without a
    typo, a day named from today («завтра», «tomorrow»), or a date in digits («14.12»); a day
    of the month alone («на 14», «перший раз», «first time») is none."""
    for word in words:
        folded = fold(word)
        if _DATE.search(word) or relative.ahead(folded) is not None:
            return True
        if len(folded) >= 3 and day_names.plainly(folded.rstrip(".")):
            return True
    return False


async def asked(turn: Turn, text: str) -> Outcome:
    """The reply to a typed booking request (module docstring)."""
    free, held = await offer(turn)
    if len(held) >= turn.office.booking.max_future_visits:
        return stay(limit_reply(turn, held))
    specialist = await no_time.declined_title(turn)
    if specialist is not None:  # «а коли будуть вільні терміни?» after «no free time»
        return stay(no_time.reply(turn, specialist, free))
    if not free:
        return stay(nothing_free_reply(turn))
    said = day_in(text, turn.local(turn.now).date())
    if said is not None and said.date is not None:
        return _on_day(turn, said, free)
    first = min(free, key=lambda s: s.start)
    v = voice(turn)
    place = markup.literal(v.place_label(first.place))
    told = v.duty("bk_asked", when=v.when(first.start), place=place)
    elsewhere = not_your_town(turn, "bk_not_your_town")  # («я в Ополе»: the visit is here)
    told = told if elsewhere is None else f"{elsewhere}\n\n{told}"
    return stay(Reply(told, _rows(turn)))


def _on_day(turn: Turn, said: when.When, free: list[Slot]) -> Outcome:
    """A day named: its free times (at its one place with some; the time named, if free,
    taken), the places with free times that day, or the nearest free day of each place."""
    assert said.date is not None
    day, zone, v = said.date, turn.settings.timezone, voice(turn)
    places = schedule.places_with_slots(free, turn.office.places)
    that_day = [s for s in free if s.local_day(zone) == day]
    there = [p for p in places if any(s.place == p for s in that_day)]
    if len(there) == 1:
        place = there[0]
        at = next(
            (s for s in that_day if said.time and s.start.astimezone(zone).time() == said.time),
            None,
        )
        if at is not None:
            return Outcome(replay=Replay(payload=f"booking:time:{place}:{at.key}"))
        return Outcome(replay=Replay(payload=f"booking:day:{place}:{day:%Y%m%d}"))
    named = v.long_day(day)
    if there:
        rows = [[Button(v.place_label(p), f"booking:day:{p}:{day:%Y%m%d}")] for p in there]
        return stay(Reply(turn.t("bk_place_day_free", day=named), [*rows, *_rows(turn)[1:]]))
    rows = []
    for place in places:
        nearest = min(s.local_day(zone) for s in free if s.place == place)
        label = f"{v.place_label(place)} — {v.day(nearest)}"
        rows.append([Button(label, f"booking:day:{place}:{nearest:%Y%m%d}")])
    why = day_why.closed(turn, day)  # «24.12»: a holiday, said so
    told = f"{why} {turn.t('bk_nearest_free_below')}" if why else None
    told = told or turn.t("bk_place_day_none", day=named)
    return stay(Reply(told, [*rows, *_rows(turn)[1:]]))


def _rows(turn: Turn) -> list[list[Button]]:
    """«📅 Book a visit» first, then the callback, then the way back."""
    return [
        [Button(turn.t("btn_book"), "booking")],
        [Button(turn.t("btn_callback"), "callback")],
        nav_row(turn, None),
    ]
