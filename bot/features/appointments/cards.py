"""A qualification request's card in its office's staff chat: one message (ref
appointment_request) edited in place as the request moves on (offered, booked, declined,
withdrawn, closed, forgotten): with its buttons while it is open (approve or decline; once times
are offered, other times, decline or close), and a reply to it reaches the person (thread.py).

What the card shows: the service, where the request stands, which staff member wrote to the
person last and when (a reply to the card: thread.py), the person's name, phone, language and
channel, and what they wrote. For a sensitive service only the service, the first name,
whether it is urgent and "details are not shown for this service": the person was asked
nothing more, and the phone waits until an appointment is booked (the specialist then needs
it to call).
"""

from __future__ import annotations

from bot.core import looks, markup, slots
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.turn import subject_of
from bot.features.appointments import reasons
from bot.features.appointments.views import Voice, first_name, office_voice, visit_language_line
from bot.features.callback import office_line, open_numbers, record_changed, wrote_line
from bot.storage import appointment_requests as requests
from bot.storage import appointments as store
from bot.storage import outbox as outbox_store

REASONS = reasons.DECLINE  # the reasons to decline staff choose from


def times_text(v: Voice, times: tuple[tuple[str, str], ...]) -> str:
    parts = []
    for specialist, key in times:
        start = slots.parse_key(key)
        if start is not None:
            parts.append(f"{v.short(start)} ({markup.literal(v.staff_name(specialist))})")
    return ", ".join(parts)


def _status(v: Voice, r: requests.Request, appointment: store.Appointment | None) -> str:
    who = markup.literal(r.staff_name or v("sa_someone"))
    if r.status == "offered" and r.reoffered:  # the bot, after staff cancelled the appointment
        if r.offer_any:
            return v("sa_status_reoffered_any")
        return v("sa_status_reoffered", times=times_text(v, r.offered))
    if r.status == "offered":
        if r.offer_any:
            return v("sa_status_offered_any", who=who)
        return v("sa_status_offered", who=who, times=times_text(v, r.offered))
    if r.status == "booked":
        when = v.when(appointment.starts_at) if appointment else "—"
        if appointment is not None and appointment.status == "cancelled":  # (/forget: F9)
            by = "user" if appointment.cancelled_by == "user" else "staff"
            return v(f"sa_status_booked_cancelled_{by}", when=when, id=r.appointment_id or 0)
        return v("sa_status_booked", when=when, id=r.appointment_id or 0)
    if r.status == "declined":
        reason = reasons.for_staff(v, r.reason_code, r.reason_text, REASONS)
        return v("sa_status_declined", who=who, reason=reason)
    if r.status == "withdrawn":
        return v("sa_status_withdrawn")
    if r.status == "closed":
        return v("sa_status_closed", who=who)
    return v("sa_status_pending")


def card(
    services: Services,
    r: requests.Request,
    appointment: store.Appointment | None = None,
    *,
    look_only: bool = False,
    same: tuple[str, ...] = (),
    expired: bool | None = None,
) -> Reply:
    """The card as it is now; to look only (the coordinators' chat), without its buttons;
    `same`: the person's other open requests here (`same_person`), named on it; a forgotten
    one says why when it is known (`expired`: the retention period, False: /forget)."""
    v = office_voice(services, r.office)
    lines = [v("sa_request_title", id=r.id)]
    if look_only:  # the coordinators' chat: whose it is
        lines += office_line(services, r.office, v.lang)
    if r.urgent:
        lines.insert(0, v("sa_urgent"))
    lines.append(v("sa_service_line", service=markup.literal(v.title(r.service))))
    lines.append(_status(v, r, appointment))
    if wrote := wrote_line(services, v.lang, r.staff_wrote_by, r.staff_wrote_at):
        lines.append(wrote)  # which staff member wrote to the person (thread.written)
    if same and not r.forgotten:  # «👥 Ta sama osoba ma otwartą prośbę nr T1»
        ids = ", ".join(same)
        lines.append(services.t.plural(v.lang, "sa_same_person", len(same), ids=ids))
    if r.forgotten:  # why, when it is known (the moment it happens): one wording per cause
        key = "sa_data_forgotten" if expired is None else "staff_data_forgotten"
        lines.append(v("staff_data_expired" if expired else key))
        return Reply("\n".join(lines))
    if r.sensitive:
        lines.append(v("sa_name_line", name=markup.literal(first_name(r.name))))
        if r.for_child:  # the one thing the person may add: a specialist for children
            lines.append(v("sa_for_child"))
        lines.append(v("sa_details_hidden"))
    else:
        lines.append(
            v("sa_person_line", name=markup.literal(r.name or "—"), phone=display_phone(r.phone))
        )
        if r.note:  # «(sąsiadka …)» written after the name
            lines.append(v("staff_field_phone_note", value=markup.literal(r.note)))
        lines.append(v("sa_need_line", text=markup.literal(r.description or "—")))
    lines.append(v("sa_language_line", language=v.language_name(r.language)))
    lines += visit_language_line(v, r.visit_language, r.language)
    lines.append(v("staff_field_channel", value=v(f"channel_{r.channel}")))
    local = r.created_at.astimezone(v.zone)
    lines.append(v("sa_created_line", when=services.t.short_datetime(v.lang, local)))
    rows: list[list[Button]] = []
    if r.status == "pending" and not look_only:
        rows.append(
            [
                Button(v("sa_btn_approve"), f"apptq:approve:{r.id}"),
                Button(v("sa_btn_decline"), f"apptq:decline:{r.id}"),
            ]
        )
    elif r.status == "offered" and not look_only:  # other times, or it is settled otherwise
        rows.append(
            [
                Button(v("sa_btn_other_times"), f"apptq:other:{r.id}"),
                Button(v("sa_btn_decline"), f"apptq:decline:{r.id}"),
            ]
        )
        rows.append([Button(v("sa_btn_end"), f"apptq:end:{r.id}")])
    if look_only:
        lines += ["", looks.note(services, r.office, v.lang)]
    return Reply("\n".join(lines), rows)


async def same_person(turn: Turn, r: requests.Request) -> tuple[str, ...]:
    """The person's other open requests at its office (callback, help, appointment: «T1»,
    «W2»), while it is open; none for a confidential service's (bot.features.callback.linked)."""
    if not r.is_open or r.sensitive or r.forgotten:
        return ()
    found = await open_numbers(turn.tx, r.channel, r.user_id, r.office)
    return tuple(named for named, _ in found if named != f"W{r.id}")


async def post(turn: Turn, r: requests.Request) -> None:
    """The card, queued for the office's staff chat in the person's transaction; the person's
    other open requests here are edited to name it."""
    await record_changed(turn, f"W{r.id}", r.channel, r.user_id, r.office)
    await turn.to_staff(
        card(turn.services, r, same=await same_person(turn, r)),
        office=turn.settings.office(r.office),
        ref_kind=store.REF_REQUEST,
        ref_id=r.id,
        priority=outbox_store.NOW if r.urgent else outbox_store.NORMAL,
        about=subject_of(r.channel, r.user_id),
    )


async def to_person(turn: Turn, r: requests.Request, reply: Reply) -> None:
    """`reply` to the person of request `r`: a sensitive request's is private (a failed
    delivery is reported without its text)."""
    await turn.enqueue(
        r.channel,
        r.chat_id,
        reply,
        ref_kind=store.to_person(r.sensitive, request=True),
        ref_id=r.id,
        about=subject_of(r.channel, r.user_id),
    )


async def refresh(turn: Turn, request_id: int) -> None:
    """The card edited to show the request as it is now: the one posted, and every copy of it
    staff asked to see again (/requests, /appointments), whichever of them was pressed."""
    r = await requests.get(turn.tx, request_id)
    if r is None:
        return
    appointment = await store.get(turn.tx, r.appointment_id) if r.appointment_id else None
    about = subject_of(r.channel, r.user_id) if r.user_id else None
    office = turn.settings.office(r.office)
    same = await same_person(turn, r)
    await record_changed(turn, f"W{r.id}", r.channel, r.user_id, r.office)  # closed: unnamed
    await turn.to_staff(
        card(turn.services, r, appointment, same=same),
        office=office,
        action="edit",
        ref_kind=store.REF_REQUEST,
        ref_id=r.id,
        about=about,
    )

    def view(look_only: bool) -> Reply:
        return card(turn.services, r, appointment, look_only=look_only, same=same)

    await turn.edit_shown_again(office, (requests.REF_LOOK, r.id), view, about)
