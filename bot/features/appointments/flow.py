"""Booking an appointment with a specialist. The whole flow is the table APPT at the bottom.

Direct booking: appt:open:<service> -> the specialist (appt:spec:<specialist>, when the service
has several with free times) -> the day (appt:day:<specialist>:<YYYYMMDD>) -> the time
(appt:time:<specialist>:<UTC key>) -> consent, name and phone (the person sub-flow) -> the
summary -> appt:confirm:<token>. A service with `qualification` asks for the need first
(qualify.py); the advisor's offer comes back as appt:take / appt:req (offers.py). The person's
own: appt:cancel, appt:withdraw (mine.py). Day and time buttons carry the specialist but not
the service (64 bytes): the service is the draft's, or the one direct service of that
specialist. Whatever is pressed is checked again on arrival; the database has the last word on
capacity (migration 012).
"""

from __future__ import annotations

from bot.core import choice_when, choices, slots
from bot.core.children import about_a_child
from bot.core.dispatch import Turn
from bot.core.flows import Flow, Outcome, Step, end, go, prefixed
from bot.core.messages import Expired, Reply
from bot.core.words import fold
from bot.features import person, urgent
from bot.features.appointments import confirm as booking
from bot.features.appointments import (
    day_typed,
    days_asked,
    language,
    mine,
    move,
    offers,
    qualify,
    request_sent,
    stray,
)
from bot.features.appointments.picker import (
    choose,
    held_for,
    offer_free,
    on_day,
    on_specialist,
    on_time,
    to_summary,
)
from bot.features.appointments.replies import (
    FLOW,
    ApptDraft,
    draft,
    list_reply,
    nothing_free_reply,
    service_of,
    taken_reply,
    visit_language,
)
from bot.features.appointments.times import find
from bot.features.appointments.views import crisis_lines, voice
from bot.features.menu import appointments_ahead, main_menu
from bot.storage import appointments as store


async def start(turn: Turn) -> Outcome:
    return end(list_reply(turn))


async def open_service(turn: Turn) -> Outcome:
    service = service_of(turn, turn.args[0] if len(turn.args) == 1 else None)
    held = await held_for(turn, service)
    if held is not None:
        return end(booking.held_reply(turn, held))
    if service.qualification and not appointments_ahead(turn, service):
        return end(nothing_free_reply(turn, service))  # (no advisor could offer a time)
    if service.qualification:
        return await qualify.begin(turn, service)
    turn.new_draft(ApptDraft(service=service.id), FLOW)
    return await choose(turn, service)


async def after_person(turn: Turn) -> Outcome:
    current = draft(turn)
    current.person = turn.memory.person
    service = service_of(turn, current.service)
    said: list[Reply] = []
    if (aside := person.take_aside(turn)) and current.person is not None:
        if service.sensitive:  # a confidential service: kept nowhere (docs/services.md)
            said = qualify.aside_dropped(turn, service, aside)
        else:  # «Halyna (sąsiadka …)»: the bracket the appointment's (request's) note
            current.note, said = aside, [person.aside_kept(turn, aside)]
    if service.qualification:
        return qualify.to_summary(turn, service, *said)
    return to_summary(turn, service, *said)


async def on_confirm(turn: Turn) -> Outcome:
    """Book it, in this turn's transaction; a second tap finds the appointment by its token."""
    current = draft(turn)
    token = turn.args[0] if len(turn.args) == 1 else ""
    in_step = turn.session.flow == FLOW and turn.session.step == "confirm"
    if not in_step or current.token != token or not token:
        done = await store.by_token(turn.tx, token) if token else None
        if done is not None and done.user_id == turn.incoming.user_id:
            return end(booking.already_booked_reply(turn, done))
        raise Expired("appt:confirm")
    service = service_of(turn, current.service)
    start_at, person = slots.parse_key(current.key or ""), current.person
    if start_at is None or person is None or not current.specialist or service.qualification:
        raise Expired("appt:confirm")
    held = await held_for(turn, service)
    if held is not None:
        return end(booking.held_reply(turn, held))
    time = await find(turn.tx, turn.settings, turn.office, current.specialist, start_at, turn.now)
    try:
        if time is None:
            raise store.SlotFull("too late, or no longer in the schedule")
        appointment = await booking.book(
            turn,
            turn.office,
            service,
            time,
            person.name,
            person.phone or "",
            token=token,
            visit_language=visit_language(turn),
            note=current.note,
        )
    except store.SlotFull:
        return go("time", taken_reply(turn, service, start_at, await offer_free(turn, service)))
    except store.AlreadyHeld:
        return end(booking.already_yours_reply(turn))
    turn.memory.talk_language = appointment.visit_language
    return end(booking.confirmation_reply(turn, appointment))


async def abandon(turn: Turn) -> Outcome:
    return end(main_menu(turn, turn.t("ap_abandoned")))


async def typed(turn: Turn) -> Outcome:
    """Text where a button was expected: say so, and show the current step again. Danger words
    bring 112 and the help lines first (the text itself is kept nowhere)."""
    danger = urgent.in_form(turn)  # first; then a day and time («якнайшвидше»: no question)
    day_and_time = await day_typed.typed(turn)  # «завтра о 10», «до пʼятниці»
    if day_and_time is not None:
        return prefixed(day_and_time, *danger)
    days = days_asked.asked(turn)  # «а можна в п'ятницю?»: the specialist's days, the form's
    if days is not None:
        return await show_again(turn, *danger, days)
    offer = None if danger else person.question_in_form(turn)  # an answer offered
    chosen = turn.office.catalogue.specialists.get(draft(turn).specialist or "")
    every = chosen.visit_minutes if chosen else None  # «09:45» among visits of 30 minutes
    hint = choices.hint(turn, turn.t("ap_use_buttons"), every)  # not free: the nearest ones
    text, shown = turn.incoming.text or "", turn.session.shown
    kept = choice_when.time_at_days(text, shown) if turn.session.step == "day" else None
    if offer is None and not danger and kept is None:  # «my landlord wont return deposit»
        offer = await person.problem_stated(turn)  # (tester 41, F10)
    draft(turn).hour = kept  # «o trzech» at the days: taken on the day chosen, if free then
    hint = turn.t("ap_time_kept", time=kept) if kept else hint
    # the days again below: the nearest named, not offered twice (as a visit's, booking/typed.py)
    nearest = [] if turn.session.step == "day" else choices.nearest(turn)
    return offer or await show_again(turn, *danger, Reply(hint, nearest))


def _hint(turn: Turn) -> Reply:
    return Reply(choices.hint(turn, turn.t("ap_use_buttons")))


async def typed_urgency(turn: Turn) -> Outcome:
    """Text at "is it urgent?" (a sensitive service asks nothing else): danger words answer
    "urgent" and bring the help lines; words for a child mark it for a child; anything else
    but a question brings the line to talk to someone now (116 123; for a child 116 111 too)
    before the question again; a name or a phone number typed there (plainly no crisis,
    stray.py) only a short «please choose one of the buttons».
    The text goes nowhere."""
    if not urgent.detect(turn.incoming.text or ""):
        if about_a_child(fold(turn.incoming.text or "")):  # «це для сина»
            return qualify.child_typed(turn, service_of(turn, draft(turn).service))
        if stray.plain(turn.incoming.text or ""):  # «Olena Kovalenko», «+48 600…»: no crisis
            return stray.choose(turn, service_of(turn, draft(turn).service))
        if person.question_in_form(turn) is None:  # «мне очень плохо»: who to talk to now
            lines = crisis_lines(voice(turn), draft(turn).for_child)  # 116 111 for a child
            return await show_again(turn, Reply(lines), _hint(turn))
        return await typed(turn)
    urgent.mark(turn)
    turn.args = ("yes",)
    return prefixed(await qualify.on_urgency(turn), urgent.help_reply(turn))


async def ask_again(turn: Turn) -> Outcome:
    return await show_again(turn)


async def show_again(turn: Turn, *notes: Reply) -> Outcome:
    """The current step once more, as things are now (after a language change, say)."""
    current = draft(turn)
    if not current.service or current.service not in turn.office.catalogue.services:
        return end(*notes, list_reply(turn))
    service = service_of(turn, current.service)
    step = turn.session.step or ""
    if service.qualification and current.request is None:
        return prefixed(qualify.ask(turn, service, step), *notes)
    if step == "confirm" and current.key and current.person:
        return to_summary(turn, service, *notes)
    if step == "time" and current.specialist and current.day:
        turn.args = (current.specialist, current.day)
        return prefixed(await on_day(turn), *notes)
    if current.specialist and step in ("day", "time", "confirm", "person"):
        turn.args = (current.specialist,)
        return prefixed(await on_specialist(turn), *notes)
    return prefixed(await choose(turn, service), *notes)


APPT = Flow(
    FLOW,
    start=start,
    steps={
        # a button typed presses it (bot.core.choices)
        "spec": Step(text=typed, ask=ask_again, choose=True),
        "day": Step(text=typed, ask=ask_again, choose=True),  # «jutro o 10»: day_typed.py
        "time": Step(text=typed, ask=ask_again, choose=True),
        "person": Step(text=typed, ask=ask_again),  # where the person sub-flow returns to
        "confirm": Step(text=typed, ask=ask_again, choose=True),
        "describe": Step(  # «cancel» typed: pressed; a need of one word asked about (F10)
            text=qualify.describe, buttons={"need": qualify.keep_need}, ask=ask_again, labels=True
        ),
        "urgency": Step(
            text=typed_urgency,
            buttons={"urgent": qualify.on_urgency, "child": qualify.on_child},
            ask=ask_again,
            choose=True,  # «так», «no»: the buttons mean yes and no
        ),
        "send": Step(text=typed, ask=ask_again, choose=True),
        "fix": Step(text=qualify.fix_typed, ask=ask_again, choose=True),  # «✏️ Change something»
        # /mybookings «🕒 Move»: the times to move to; a day or a time typed is read
        move.STEP: move.MOVING.step(),
    },
    buttons={
        "open": open_service,
        "spec": on_specialist,
        "day": on_day,
        "time": on_time,
        "confirm": on_confirm,
        "language": language.on_language,  # a summary's: the appointment's language
        "abandon": abandon,
        "send": request_sent.send,
        "fix": qualify.fix,
        "offer": offers.show_offer,
        "take": offers.take,
        "none": offers.none_suits,
        "req": offers.pick_any,
        "again": offers.again,
        "rebook": offers.rebook,
        "cancel": mine.ask_cancel,
        "cancel_now": mine.cancel,
        "move": move.MOVING.choose,
        "moveto": move.ask,
        "move_now": move.move,
        "moveday": move.MOVING.on_day,
        "withdraw": mine.ask_withdraw,
        "withdraw_now": mine.withdraw,
    },
    resume=after_person,
    offered=lambda turn: (draft(turn).service or "") in turn.office.catalogue.services,
    # «is it free?» in the booking: its description, if it says, and the question again
    about=lambda turn, kinds: person.described(
        turn, turn.office.catalogue.services.get(draft(turn).service or ""), kinds
    ),
)
