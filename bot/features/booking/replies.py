"""What each step of booking a visit shows. Pure: the flow (flow.py) decides where to go next.

The draft (BookingDraft) holds the place being looked at, the chosen slot, the topic, the
confirmation token and the person's details given in this booking.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import markup
from bot.core.choice_when import day_means
from bot.core.choices import LANGUAGE, NO, SEND
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.messages import Button, Reply, in_rows
from bot.core.phone import display_phone
from bot.core.session import Person
from bot.features.booking import schedule
from bot.features.booking.schedule import Slot
from bot.features.booking.views import (
    DAY_BUTTONS_PER_ROW,
    free_slots,
    language_line,
    note_line,
    slot_buttons,
    topic_ids,
    visit_lines,
    voice,
)
from bot.features.menu import book_button, nav_row, specialists_instead
from bot.features.person import change_phone, spoken
from bot.features.person import office_line as person_office
from bot.storage import bookings as store

FLOW = "booking"
OTHER = "other"  # the topic "Something else": the person says in a few words what it is
DESCRIPTION_MAX = 200  # what they write is kept cut at a word to this, and they are told


@dataclass
class BookingDraft:
    place: str | None = None  # the place whose days are shown
    day: str | None = None  # the day whose times are shown (YYYYMMDD, local)
    slot_place: str | None = None  # the chosen slot: its place ...
    slot_key: str | None = None  # ... and its UTC start (Slot.key)
    topic: str | None = None
    description: str | None = None  # topic OTHER: what it is about, in the person's words
    token: str | None = None  # the confirmation token, new whenever the slot changes
    token_for: str | None = None  # the slot key the token was made for
    person: Person | None = None  # name and phone given in this booking
    office: str | None = None  # the office whose places and times these are
    another: bool = False  # told of their visit here, the person chose to book another (held.py)
    moving: int | None = None  # /mybookings «🕒 Move»: the visit being moved (move.py) ...
    moving_day: str | None = None  # ... and the day whose times are shown (YYYYMMDD, local)
    visit_language: str | None = None  # the language the visit is to be in (language.py)
    note: str | None = None  # typed at the summary: for staff, beside the topic (typed.py)
    name_like: str | None = None  # «Jan» typed at the topics: asked about once (name_typed.py)


def draft(turn: Turn) -> BookingDraft:
    return turn.draft(BookingDraft, FLOW)


async def offer(turn: Turn) -> tuple[list[Slot], list[store.Booking]]:
    """The free slots a person may book now, and the visits they already hold."""
    held = await store.upcoming_for(turn.tx, turn.incoming.channel, turn.incoming.user_id, turn.now)
    return await free_slots(turn.tx, turn.settings, turn.office, turn.now, held), held


def limit_reply(turn: Turn, held: list[store.Booking]) -> Reply:
    v = voice(turn)
    lines = [f"• {v.when(b.starts_at)} — {markup.literal(v.place_label(b.place))}" for b in held]
    text = turn.t("bk_limit", count=turn.office.booking.max_future_visits)
    return Reply(
        f"{text}\n" + "\n".join(lines),
        [[Button(turn.t("bk_btn_my"), "booking:mine")], nav_row(turn, None)],
    )


def nothing_free_reply(turn: Turn) -> Reply:
    if specialists_instead(turn):  # (no duty to come: «Book a visit» is the specialists')
        return _specialists(turn)
    if not book_button(turn):  # (no duty hours to come: /book, or an older «Book a visit»)
        return _none_now(turn)
    days = turn.services.t.plural(turn.lang, "days", turn.office.booking.horizon_days)
    text = turn.t("bk_nothing_free", days=days)
    return Reply(
        text,
        [
            [Button(turn.t("btn_callback"), "callback")],
            [Button(turn.t("btn_hours"), "hours")],
            nav_row(turn, None),
        ],
    )


def _none_now(turn: Turn) -> Reply:
    """No duty rule still to hold at this office, and no specialist to book (where one is,
    /book lists them: `_specialists`): visits cannot be booked now, said plainly, with the
    call back."""
    rows = [[Button(turn.t("btn_callback"), "callback")]]
    return Reply(turn.t("bk_none_now"), [*rows, nav_row(turn, None)])


def _specialists(turn: Turn) -> Reply:
    """An office without duty hours to come: the specialists one can book, each service's page (its
    «📅 Book an appointment») a tap away."""
    today = turn.local(turn.now).date()
    services = turn.office.catalogue.bookable(today)
    lines = [f"• {markup.literal(s.title.get(turn.lang))}" for s in services]
    rows = [[Button(s.title.get(turn.lang), f"service:{s.id}")] for s in services]
    text = turn.t("bk_specialists", office=markup.literal(turn.office.label(turn.lang)))
    return Reply("\n".join([text, *lines]), [*rows, nav_row(turn, None)])


def place_choice(turn: Turn, places: list[str]) -> Reply:
    v = voice(turn)
    rows = [[Button(v.place_label(p), f"booking:place:{p}")] for p in places]
    rows.append(nav_row(turn, None))
    elsewhere = not_your_town(turn, "bk_not_your_town")  # («I live in Opole»: visits are here)
    said = turn.t_duty("bk_choose_place")
    return Reply(said if elsewhere is None else f"{elsewhere}\n\n{said}", rows, replace=True)


def day_choice(turn: Turn, place: str, free: list[Slot], note: str | None = None) -> Reply:
    v = voice(turn)
    days = schedule.days_with_slots(free, v.zone, place)
    buttons = [
        Button(v.day(d), f"booking:day:{place}:{d:%Y%m%d}", means=day_means(d)) for d in days
    ]
    per_row = DAY_BUTTONS_PER_ROW
    rows = in_rows(buttons, per_row)
    several_places = len(schedule.places_with_slots(free, turn.office.places)) > 1
    rows.append(nav_row(turn, "booking" if several_places else None))
    text = turn.t("bk_choose_day", place=markup.literal(v.place_label(place)))
    return Reply(f"{note}\n\n{text}" if note else text, rows, replace=True)


def time_choice(turn: Turn, place: str, day: dt.date, slots: list[Slot]) -> Reply:
    v = voice(turn)
    rows = slot_buttons(v, slots)
    rows.append(nav_row(turn, f"booking:place:{place}"))
    where = markup.literal(v.place_label(place))  # as the days say it
    return Reply(turn.t("bk_choose_time", day=v.long_day(day), place=where), rows, replace=True)


def topic_choice(turn: Turn) -> Reply:
    """What the visit is about; « Back (or «назад» typed) shows the times of that day again."""
    v = voice(turn)
    current = draft(turn)
    rows = [[Button(v.topic(t), f"booking:topic:{t}")] for t in topic_ids(turn.services.t)]
    start = schedule.parse_key(current.slot_key or "")
    back = None
    if start is not None and current.slot_place:
        back = f"booking:day:{current.slot_place}:{start.astimezone(v.zone):%Y%m%d}"
    rows.append(nav_row(turn, back))
    return Reply(turn.t("bk_choose_topic", when=v.when(start or turn.now)), rows)


def has_topic(current: BookingDraft) -> bool:
    """The topic is chosen ("Something else" once the person said what it is)."""
    return bool(current.topic) and (current.topic != OTHER or bool(current.description))


def ask_description(turn: Turn) -> Reply:
    """After "Something else": what it is about, typed; « Back shows the topics again."""
    current = draft(turn)
    back = f"booking:time:{current.slot_place}:{current.slot_key}"
    return Reply(turn.t("bk_ask_description"), [nav_row(turn, back)])


def described(turn: Turn, text: str) -> list[Reply]:
    """`text` kept as what the visit is about, shortened at a word if it is long (and the line
    that says so)."""
    text = " ".join(text.split())
    draft(turn).description = markup.shortened(text, DESCRIPTION_MAX)
    if len(text) <= DESCRIPTION_MAX:
        return []
    number = turn.services.t.number(turn.lang, DESCRIPTION_MAX)
    return [Reply(turn.t("bk_description_shortened", limit=number))]


def noted(turn: Turn, text: str) -> list[Reply]:
    """`text` added to the visit's note for staff (after an earlier one, « · »), shortened at a
    word if long (and the line that says so)."""
    current = draft(turn)
    joined = " · ".join(filter(None, [current.note, " ".join(text.split())]))
    current.note = markup.shortened(joined, DESCRIPTION_MAX)
    if len(joined) <= DESCRIPTION_MAX:
        return []
    number = turn.services.t.number(turn.lang, DESCRIPTION_MAX)
    return [Reply(turn.t("bk_description_shortened", limit=number))]


def summary(turn: Turn) -> Reply:
    """The last look before confirming (the draft has a slot, a topic, a person, a token)."""
    current = draft(turn)
    v = voice(turn)
    start = schedule.parse_key(current.slot_key or "")
    assert start is not None and current.slot_place and current.topic
    person = current.person or Person()
    text = "\n\n".join(
        [
            "\n".join(filter(None, [turn.t("bk_summary_title"), person_office(turn)])),
            visit_lines(v, current.slot_place, start, current.topic, current.description)
            + note_line(v, current.note),
            f"{language_line(v, visit_language(turn))}\n{turn.t('bk_summary_language_hint')}",
            turn.t(
                "bk_person_line",
                name=markup.literal(person.name),
                phone=display_phone(person.phone),
            ),
            turn.t("bk_summary_question"),
        ]
    )
    local_day = start.astimezone(v.zone).date()
    change = f"booking:day:{current.slot_place}:{local_day:%Y%m%d}"
    rows = [
        [Button(turn.t("bk_btn_confirm"), f"booking:confirm:{current.token}", means=SEND)],
        [Button(turn.t("bk_btn_change_time"), change)],
        change_phone(turn, "confirm"),
        *language_rows(turn),
        [Button(turn.t("bk_btn_abandon"), "booking:abandon", means=NO)],
    ]
    return Reply(text, rows)


def visit_language(turn: Turn) -> str:
    """The visit's language (language.py): person.spoken."""
    return spoken.visit_language(turn, draft(turn).visit_language)


def language_rows(turn: Turn) -> list[list[Button]]:
    """The office's other languages for the visit, two to a row (the summary's)."""
    codes = [c for c in turn.settings.languages if c != visit_language(turn)]
    row = [Button(LANGUAGE_NAMES[c], f"{FLOW}:language:{c}", means=LANGUAGE + c) for c in codes]
    return [row[i : i + 2] for i in range(0, len(row), 2)]


def taken_reply(turn: Turn, place: str, wanted: dt.datetime, free: list[Slot]) -> Reply:
    """That time is gone (taken, too late, cancelled): the nearest free ones instead."""
    v = voice(turn)
    offers = schedule.nearest(free, wanted, place)
    rows = slot_buttons(v, offers, with_day=True, with_place=True)
    rows.append([Button(turn.t("bk_btn_other_times"), "booking")])
    rows.append(nav_row(turn, None))
    key = "bk_slot_gone" if offers else "bk_slot_gone_none"
    return Reply(turn.t(key, when=v.when(wanted)), rows)
