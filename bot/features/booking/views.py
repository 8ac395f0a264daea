"""What bookings look like: shared by the user's flow, the staff commands and the reminders.

Everything here renders for an explicit language (`Voice`), because a staff action in the staff
chat must also write to each affected person in that person's own language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.content.i18n import FALLBACK, Translator
from bot.core import markup
from bot.core.choice_when import time_means
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply, in_rows
from bot.core.moved import StaffSide
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.voice import Voice as BaseVoice
from bot.features.booking import came_card, schedule
from bot.features.booking.schedule import Slot
from bot.features.callback import wrote_line
from bot.settings.config import Office, Place, Settings
from bot.storage import Tx
from bot.storage import bookings as store

TOPIC_PREFIX = "bk_topic_"
SLOT_BUTTONS_PER_ROW = 4
DAY_BUTTONS_PER_ROW = 2


@dataclass(frozen=True)
class Voice(BaseVoice):
    """A Voice with the places of one office and the topics people book visits about."""

    def place(self, place_id: str) -> Place | None:
        return self.office.places.get(place_id)

    def place_label(self, place_id: str) -> str:
        place = self.place(place_id)
        return place.label(self.lang) if place else place_id

    def topic(self, topic_id: str) -> str:
        key = TOPIC_PREFIX + topic_id
        return self(key) if self.services.t.has(FALLBACK, key) else topic_id

    def topic_told(self, topic_id: str, description: str | None) -> str:
        """Markup: the topic, with what the person wrote it is about ("Something else") after
        it, escaped."""
        if not description:
            return self.topic(topic_id)
        return self(
            "bk_described_topic", topic=self.topic(topic_id), text=markup.literal(description)
        )


def voice(turn: Turn) -> Voice:
    return Voice(turn.services, turn.lang, turn.office)


def booking_voice(services: Services, booking: store.Booking, lang: str | None = None) -> Voice:
    """Speaking of a booking: with its office's places, in `lang` (by default its staff's)."""
    office = services.settings.office(booking.office)
    return Voice(services, lang or office.staff_language, office)


def topic_ids(t: Translator) -> list[str]:
    """Visit topics are data: the bk_topic_* keys of booking.yaml, in file order."""
    return [k[len(TOPIC_PREFIX) :] for k in t.strings[FALLBACK] if k.startswith(TOPIC_PREFIX)]


def place_lines(v: Voice, place_id: str) -> str:
    place = v.place(place_id)
    if place is None:
        return markup.literal(place_id)
    lines = [f"📍 **{markup.literal(place.label(v.lang))}**"]
    if place.label(v.lang) != place.name:
        lines.append(markup.literal(place.name))
    desk = place.desk_in(v.lang)
    if desk:
        lines.append(markup.literal(desk))
    lines.append(markup.literal(place.address_in(v.lang)))
    return "\n".join(lines)


def visit_lines(
    v: Voice, place_id: str, start: dt.datetime, topic: str, description: str | None = None
) -> str:
    return "\n".join(
        [
            f"🗓 **{v.when(start)}**",
            place_lines(v, place_id),
            v("bk_line_topic", topic=v.topic_told(topic, description)),
        ]
    )


def note_line(v: Voice, note: str | None) -> str:
    """«\n🗒 Note for the staff: …» (escaped), what the person typed at the summary; "" if none."""
    return "\n" + v("cb_phone_note", note=markup.literal(note)) if note else ""


def booking_lines(v: Voice, booking: store.Booking) -> str:
    """A booked visit: when, where, what about, the person's note for staff, and its language
    if not v's (the person's)."""
    lines = visit_lines(v, booking.place, booking.starts_at, booking.topic, booking.description)
    lines += note_line(v, booking.note)
    other = own_language_line(v, booking.visit_language)
    return f"{lines}\n{other}" if other else lines


def bring_text(v: Voice, topic: str) -> str:
    key = f"bk_bring_{topic}"
    items = v(key) if v.services.t.has(FALLBACK, key) else v("bk_bring_other")
    return f"{v('bk_bring_title')}\n{items}"


def notice(v: Voice, minutes: int) -> str:
    """'2 hours' / '90 minutes': how long before a visit booking and cancelling close."""
    if minutes and minutes % 60 == 0:
        return v.services.t.plural(v.lang, "bk_hours", minutes // 60)
    return v.services.t.plural(v.lang, "bk_minutes", minutes)


def map_row(v: Voice, place_id: str) -> list[Button]:
    place = v.place(place_id)
    if place is None or not place.map_url:
        return []
    return [Button(v("bk_btn_map"), url=place.map_url)]


def slot_buttons(
    v: Voice,
    slots: list[Slot],
    *,
    with_day: bool = False,
    with_place: bool = False,
    instead_of: int | None = None,
) -> list[list[Button]]:
    """A button per slot; `instead_of`: the visit staff cancelled that these replace (its topic
    goes with the new one)."""
    buttons = []
    for slot in slots:
        label = v.time(slot.start)
        if with_day:
            label = f"{v.day(slot.local_day(v.zone))}, {label}"
        if with_place:
            label = f"{label} · {v.place_label(slot.place)}"
        local = slot.start.astimezone(v.zone)
        payload = f"booking:time:{slot.place}:{slot.key}"
        if instead_of is not None:
            payload += f":{instead_of}"
        buttons.append(Button(label, payload, means=time_means(local)))
    per_row = 1 if with_day or with_place else SLOT_BUTTONS_PER_ROW
    return in_rows(buttons, per_row)


async def bookable_slots(
    tx: Tx, settings: Settings, office: Office, now: dt.datetime
) -> list[Slot]:
    """The office's future slots that may be booked now, seats not yet considered: without
    the duties staff cancelled and the times they closed (by cancelling a visit there)."""
    first, last = schedule.horizon(office.booking, settings.timezone, now)
    cancelled = await store.closed_duties(tx, first, last)
    slots = schedule.bookable(office.duty, office.booking, settings.timezone, now, cancelled)
    if not slots:
        return []
    closed = await store.closed_slots(tx, min(s.start for s in slots), max(s.end for s in slots))
    return [s for s in slots if (s.place, s.start) not in closed]


async def free_slots(
    tx: Tx,
    settings: Settings,
    office: Office,
    now: dt.datetime,
    held: list[store.Booking] | None = None,
) -> list[Slot]:
    """Only free, future slots; `held` (a person's own visits) are left out of the offer."""
    candidates = await bookable_slots(tx, settings, office, now)
    if not candidates:
        return []
    taken = await store.taken(tx, candidates[0].start, candidates[-1].end)
    mine = {(b.place, b.starts_at) for b in held or []}
    return [
        s
        for s in schedule.free(candidates, taken, office.booking.capacity)
        if (s.place, s.start) not in mine
    ]


def phone(booking: store.Booking) -> str:
    return display_phone(booking.phone)


def plain_topic(v: Voice, topic: str) -> str:
    """The topic without its leading emoji, for calendar apps."""
    label = v.topic(topic)
    return label[next((i for i, ch in enumerate(label) if ch.isalnum()), 0) :]


def staff_booking_text(v: Voice, booking: store.Booking, *, new: bool = False) -> str:
    """The staff chat's view of one booking (v speaks the staff language); headed «New visit»
    when it is posted, «Visit» once cancelled or its data removed."""
    lines = [
        v("sb_new_title" if new else "sb_visit_title", id=booking.id),
        f"🗓 **{v.when(booking.starts_at)}**",
        f"📍 {markup.literal(v.place_label(booking.place))}",
        v("bk_line_topic", topic=v.topic_told(booking.topic, booking.description)),
        v("staff_field_phone_note", value=markup.literal(booking.note)) if booking.note else "",
        v("sb_person_line", name=markup.literal(booking.name or "—"), phone=phone(booking)),
        # the chat's language, and the visit's when it is another (one line when they agree)
        v("sb_language_line", language=v.language_name(booking.language)),
        language_line(v, booking.visit_language)
        if booking.visit_language != booking.language
        else "",
        v("staff_field_channel", value=v(f"channel_{booking.channel}")),
    ]
    lines = [line for line in lines if line]  # a visit booked before its language was asked
    # which staff member wrote to the person (thread.written), as on a request's card
    if wrote := wrote_line(v.services, v.lang, booking.staff_wrote_by, booking.thread_at):
        lines.append(wrote)
    return "\n".join(lines)


def language_line(v: Voice, code: str | None) -> str:
    """«🗣 Language of the visit: Ukrainian» (v's language); "" when it was not asked."""
    return v("bk_visit_language_line", language=v.language_name(code)) if code else ""


def own_language_line(v: Voice, code: str | None) -> str:
    """For the person: «🗣 Language of the visit: Ukrainian» when the visit is to be in another
    language than the one the bot writes to them in (v's); "" otherwise."""
    return language_line(v, code) if code and code != v.lang else ""


def staff_card(v: Voice, booking: store.Booking, *, new: bool = False) -> Reply:
    """The visit's card in the staff chat as it is now (v speaks the staff language): «New
    visit» with its cancel button; once its time started, whether the person came; or marked
    cancelled."""
    if not booking.active:
        return staff_cancelled_view(v, booking, booking.cancelled_by or "staff")
    text = staff_booking_text(v, booking, new=new)
    if came_card.asks(booking):  # its time started: did the person come? (came_card.py)
        said = came_card.line(v, booking)
        return Reply(f"{text}\n{said}" if said else text, came_card.rows(v, booking))
    cancel = Button(v("sb_btn_cancel_visit"), f"visit:cancel:{booking.id}")
    return Reply(text, [[cancel]])


def staff_cancelled_view(v: Voice, booking: store.Booking, by: str) -> Reply:
    """Replaces the original staff message of a booking once it is cancelled."""
    header = v("sb_cancelled_by_user_mark" if by == "user" else "sb_cancelled_by_staff_mark")
    return Reply(f"{header}\n{staff_booking_text(v, booking)}")


def user_cancelled_by_staff(
    v: Voice, booking: store.Booking, offers: list[Slot], closed: bool = True
) -> Reply:
    """Told to a person whose visit staff cancelled, with other times to choose at once (a time
    staff closed: «nobody will be able to see you then»; one kept bookable: without it)."""
    text = v(
        "bk_cancelled_by_staff" if closed else "bk_cancelled_by_staff_open",
        when=v.when(booking.starts_at),
        place=markup.literal(v.place_label(booking.place)),
    )
    rows = slot_buttons(v, offers, with_day=True, with_place=True, instead_of=booking.id)
    text += "\n\n" + v("bk_offer_other" if offers else "bk_offer_none")
    rows.append([Button(v("bk_btn_other_times"), "booking")])
    rows.append([Button(v("btn_callback"), "callback")])
    return Reply(text, rows)


def reminder_reply(v: Voice, booking: store.Booking, kind: str) -> Reply:
    text = "\n\n".join(
        [
            v(f"bk_reminder_{kind}", id=booking.id),
            booking_lines(v, booking),
            bring_text(v, booking.topic),
            v("bk_reminder_cancel_hint"),
        ]
    )
    rows = [r for r in [map_row(v, booking.place)] if r]
    rows.append([Button(v("bk_btn_my"), "booking:mine")])
    return Reply(text, rows)


# a visit the person moved, as staff see it (bot.core.moved)
STAFF = StaffSide[store.Booking, Voice](
    table="bookings",
    ref=store.REF,
    look=store.REF_LOOK,
    moved_from="sb_moved_from",
    moved_mark="sb_moved_mark",
    voice=lambda turn, booking: booking_voice(turn.services, booking),
    card=staff_card,
    posted=lambda v, record: staff_card(v, record, new=True),
    text=staff_booking_text,
    get=store.get,
    shows="visit",
    named="sb_record_visit",
)
