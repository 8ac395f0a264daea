"""What appointments and requests look like, in any language (`Voice`): the person's flow, the
staff chat, reminders and /mydata share these. A staff action writes to each affected person in
that person's own language, so nothing here reads the turn's language implicitly.

Sensitive services (a psychologist): the staff chat shows the service, the specialist, the time,
the person's first name and, for an appointment, the phone the specialist calls; never what the
person wrote (nothing is asked) and never a full name.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.moved import StaffSide
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.voice import Voice as BaseVoice
from bot.core.voice import short
from bot.features.callback import wrote_line
from bot.settings.catalogue import Service, Specialist
from bot.storage import Tx
from bot.storage import appointments as store
from bot.storage import sessions as session_store

SLOT_BUTTONS_PER_ROW = 3
DAY_BUTTONS_PER_ROW = 2


@dataclass(frozen=True)
class Voice(BaseVoice):
    """A Voice with one office's catalogue (services, specialists) and places."""

    def short(self, moment: dt.datetime) -> str:
        """'Tue 24 Nov, 10:00': for buttons."""
        return short(self, moment)

    def service(self, service_id: str) -> Service | None:
        return self.office.catalogue.services.get(service_id)

    def specialist(self, specialist_id: str) -> Specialist | None:
        return self.office.catalogue.specialists.get(specialist_id)

    def title(self, service_id: str) -> str:
        service = self.service(service_id)
        return service.title.get(self.lang) if service else service_id

    def role(self, specialist_id: str) -> str:
        specialist = self.specialist(specialist_id)
        return specialist.role.get(self.lang) if specialist else specialist_id

    def role_apart(self, service_id: str, specialist_id: str) -> bool:
        """The specialist's role says more than the service's title («Porada prawna» —
        «Prawniczka»); not where they read the same («Психолог» — «Психолог»): named once."""
        role, title = self.role(specialist_id), self.title(service_id)
        return role.strip().casefold() != title.strip().casefold()

    def staff_name(self, specialist_id: str) -> str:
        specialist = self.specialist(specialist_id)
        return specialist.name if specialist else specialist_id

    def staff_who(self, specialist_id: str) -> str:
        """Plain text: «Anna Nowak (Prawnik)»; the name alone when it already says the role
        («Prawnik (przykład)»), «name — role» when the name has its own brackets."""
        name, role = self.staff_name(specialist_id), self.role(specialist_id)
        if role.strip().casefold() in name.casefold():
            return name
        return f"{name} — {role}" if "(" in name else f"{name} ({role})"

    def place_label(self, place_id: str | None) -> str:
        place = self.office.places.get(place_id or "")
        return place.label(self.lang) if place else (place_id or "")


def voice(turn: Turn) -> Voice:
    return Voice(turn.services, turn.lang, turn.office)


def office_voice(services: Services, office_id: str, lang: str | None = None) -> Voice:
    """Speaking of a record: with its office's catalogue, in `lang` (by default its staff's)."""
    office = services.settings.office(office_id)
    return Voice(services, lang or office.staff_language, office)


async def person_voice(
    services: Services, tx: Tx, office_id: str, channel: str, user_id: str, fallback: str
) -> Voice:
    """Speaking to a person about their record: in the language they use now (they may have
    switched since), else the record's."""
    session = await session_store.find(tx, channel, user_id) if user_id else None
    lang = (session.language if session and session.language else None) or fallback
    return office_voice(services, office_id, lang)


def first_name(name: str | None) -> str:
    return (name or "").split(" ")[0] or "—"


def where_lines(v: Voice, place: str | None, remote: str | None, phone: str | None) -> str:
    """Where it happens: the place with its desk and address, or how the specialist gets in
    touch (by phone: calls this number; online: sends the link)."""
    if place is None:
        key = "ap_where_online" if remote == "online" else "ap_where_phone"
        return v(key, phone=display_phone(phone))
    found = v.office.places.get(place)
    if found is None:
        return f"📍 {markup.literal(place)}"
    lines = [f"📍 **{markup.literal(found.label(v.lang))}**"]
    desk = found.desk_in(v.lang)
    if desk:
        lines.append(markup.literal(desk))
    lines.append(markup.literal(found.address_in(v.lang)))
    return "\n".join(lines)


def appointment_lines(
    v: Voice,
    service: str,
    specialist: str,
    start: dt.datetime,
    place: str | None,
    remote: str | None,
    phone: str | None,
    *,
    for_child: bool = False,
) -> str:
    lines = [
        f"🗓 **{v.when(start)}**",
        v(
            "ap_line_service" if v.role_apart(service, specialist) else "ap_line_service_alone",
            service=markup.literal(v.title(service)),
            role=_role(v, specialist),
        ),
    ]
    if for_child:  # booked from a request «for my child»
        lines.append(v("ap_line_for_child"))
    return "\n".join([*lines, where_lines(v, place, remote, phone)])


def _role(v: Voice, specialist: str) -> str:
    return markup.literal(v.role(specialist))


def lines_of(v: Voice, appointment: store.Appointment) -> str:
    """A booked appointment for the person: its language too, if not v's (theirs)."""
    a = appointment
    lines = appointment_lines(
        v, a.service, a.specialist, a.starts_at, a.place, a.remote, a.phone, for_child=a.for_child
    )
    return "\n".join([lines, *own_language_line(v, a.visit_language)])


def crisis_lines(v: Voice, for_child: bool) -> str:
    """The 24-hour lines to talk to someone now: for a request «for my child», the children's
    line (116 111) first, then the adults' (116 123); else the adults'."""
    return v("ap_child_lines" if for_child else "urgent_lines")


def service_label(v: Voice, service: str, for_child: bool) -> str:
    """A service's title in the staff's lists, «🧒 for a child» after it when it is."""
    title = markup.literal(v.title(service))
    return v("sa_service_for_child", service=title) if for_child else title


def map_row(v: Voice, place: str | None) -> list[Button]:
    found = v.office.places.get(place or "")
    if found is None or not found.map_url:
        return []
    return [Button(v("ap_btn_map"), url=found.map_url)]


def visit_language_line(v: Voice, code: str | None, chat: str | None = None) -> list[str]:
    """«🗣 Język wizyty: ukraiński» (v's language); none when it was not asked or is `chat`, the
    language of the chat already on the card's line before."""
    if not code or code == chat:
        return []
    return [v("ap_visit_language_line", language=v.language_name(code))]


def own_language_line(v: Voice, code: str | None) -> list[str]:
    """For the person: the appointment's language when it is not the one the bot writes to them
    in (v's); none otherwise."""
    return visit_language_line(v, code) if code != v.lang else []


def staff_appointment_text(v: Voice, a: store.Appointment, *, new: bool = False) -> str:
    """The staff chat's view of one appointment (v speaks the staff language); headed «New
    appointment» when it is posted, without «new» once cancelled or its data removed."""
    where = (
        markup.literal(v.place_label(a.place)) if a.place else v(f"sa_remote_{a.remote or 'phone'}")
    )
    name = first_name(a.name) if a.sensitive else (a.name or "—")
    lines = [
        v("sa_new_title" if new else "sa_visit_title", id=a.id),
        v("sa_service_line", service=markup.literal(v.title(a.service))),
        v("sa_specialist_line", name=markup.literal(v.staff_name(a.specialist))),
        f"🗓 **{v.when(a.starts_at)}**",
        f"📍 {where}",
        v("sa_person_line", name=markup.literal(name), phone=display_phone(a.phone)),
        *([v("staff_field_phone_note", value=markup.literal(a.note))] if a.note else []),
        *([v("sa_for_child")] if a.for_child else []),
        v("sa_language_line", language=v.language_name(a.language)),
        *visit_language_line(v, a.visit_language, a.language),
        v("staff_field_channel", value=v(f"channel_{a.channel}")),
    ]
    if a.request_id is not None:
        lines.append(v("sa_from_request", id=a.request_id))
        if a.need and not a.sensitive:  # the matter, as on the request's card (a confidential
            lines.append(v("sa_need_line", text=markup.literal(a.need)))  # one: never)
    if a.sensitive:
        lines.append(v("sa_sensitive_note"))
    # which staff member wrote to the person (booked.written), as on a request's card
    if wrote := wrote_line(v.services, v.lang, a.staff_wrote_by, a.thread_at):
        lines.append(wrote)
    return "\n".join(lines)


def staff_note(v: Voice, a: store.Appointment, *, new: bool = False) -> Reply:
    """The appointment's note in the staff chat as it is now (v speaks the staff language):
    «New appointment» with its cancel button, or marked cancelled."""
    if not a.active:
        by = "user" if a.cancelled_by == "user" else "staff"
        return Reply(f"{v(f'sa_cancelled_by_{by}_mark')}\n{staff_appointment_text(v, a)}")
    cancel = Button(v("sa_btn_cancel"), f"apptv:cancel:{a.id}")
    text = staff_appointment_text(v, a, new=new)
    if a.user_id:  # a reply to the note reaches the person as written (as under a request's card)
        text += "\n\n" + v("staff_reply_hint", language=v.language_name(a.language))
    return Reply(text, [[cancel]])


def staff_line(v: Voice, a: store.Appointment) -> str:
    """One line of the staff's list."""
    name = first_name(a.name) if a.sensitive else (a.name or "—")
    return v(
        "sa_list_line",
        time=v.time(a.starts_at),
        name=markup.literal(name),
        phone=display_phone(a.phone),
        service=service_label(v, a.service, a.for_child),
        id=a.id,
    )


# an appointment the person moved, as staff see it (bot.core.moved)
STAFF = StaffSide[store.Appointment, Voice](
    table="appointments",
    ref=store.REF,
    look=store.REF_LOOK,
    moved_from="sa_moved_from",
    moved_mark="sa_moved_mark",
    voice=lambda turn, a: office_voice(turn.services, a.office),
    card=staff_note,
    posted=lambda v, record: staff_note(v, record, new=True),
    text=staff_appointment_text,
    get=store.get,
    shows="apptv",
    named="sa_record_appointment",
)
