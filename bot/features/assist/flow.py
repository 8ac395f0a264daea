"""A help request: consent, name and phone (the person sub-flow), then the service's form one
field at a time (form.py), a summary to send, change or cancel; then staff handle it as a
callback request (bot.features.callback).

The whole flow is the table ASSIST at the bottom. Buttons are "assist:<action>:<args>";
assist:open:<service> starts the form of one of the office's help services.
"""

from __future__ import annotations

import secrets

from bot.core import choices, markup
from bot.core.dispatch import Turn
from bot.core.flows import Flow, Outcome, Step, call, end, go, pending, stay
from bot.core.languages import is_code
from bot.core.messages import Expired, Reply
from bot.core.numbers import index
from bot.features import callback, person, urgent
from bot.features.assist import carry, choice, form, pick, prefill
from bot.features.assist.draft import (
    FLOW,
    AssistDraft,
    applies,
    current_service,
    draft,
    help_service,
    missing,
    prefilled,
    set_answer,
)
from bot.features.assist.questions import fix_menu, intro, service_list, summary
from bot.features.callback import (
    PHONE_NOTE,
    URGENT_WHY,
    help_number,
    next_call_time,
    post_to_staff,
    same_person,
    service_title,
)
from bot.features.menu import main_menu
from bot.settings.catalogue import Service
from bot.storage import requests as store
from bot.storage.requests import Detail


async def start(turn: Turn) -> Outcome:
    """The bare "assist" button: the office's help services."""
    return stay(service_list(turn))


async def open_service(turn: Turn) -> Outcome:
    """assist:open:<service>: a new request for that help."""
    service = help_service(turn, turn.args[0] if turn.args else None)
    if service is None:
        raise Expired("assist:open")
    new = AssistDraft(token=secrets.token_hex(4), service=service.id, key=service.key)
    turn.new_draft(new, FLOW)
    said = prefill.from_question(turn, service)  # «в ZUS завтра о 16»: taken, or why not
    return call("person", "person", intro(turn, service), *said)


async def after_person(turn: Turn) -> Outcome:
    """Name and phone given (or changed): a `phone` field takes that phone; then the form."""
    service = current_service(turn)
    if service is None:
        return form.not_offered(turn)
    current = draft(turn)
    given = turn.memory.person
    for field in service.fields:
        if prefilled(field) and given is not None and given.phone:
            set_answer(turn, field.id, given.phone)
    current.person = given
    before = person.take_note(turn, current)  # written with the number: a note for staff
    if current.fixing:
        return form.to_summary(turn, service, *before)
    current.at = -1
    return form.advance(turn, service, *before)


async def at_person(turn: Turn) -> Outcome:
    """At the step the person sub-flow returns to (only in passing): on with the form, or the
    name and phone first if they were not given."""
    service = current_service(turn)
    if service is None:
        return form.not_offered(turn)
    if draft(turn).person is None:
        return call("person", "person")
    return form.ask_again_or_summary(turn, service)


async def offer_again(turn: Turn) -> Outcome:
    """assist:offer:<field>: the offer to save the text typed at a choice as its «Other»
    answer, asked again while it waits (a language change, /help, a returning person)."""
    service, current = current_service(turn), draft(turn)
    here = turn.session.flow == FLOW and turn.session.step == "field"
    if not here or service is None or not current.typed_other:
        raise Expired("assist:offer")
    if turn.args[:1] != (str(current.at),) or not 0 <= current.at < len(service.fields):
        raise Expired("assist:offer")
    field = service.fields[current.at]
    typed, other = markup.literal(current.typed_other), choice.other_label(turn, field)
    reason = turn.t("as_other_offer", typed=typed, other=other)
    asked = form.ask(turn, service, current.at, reason, choice.save_button(turn))
    return pending(asked, f"assist:offer:{current.at}")


async def show_fix_menu(turn: Turn) -> Outcome:
    service = current_service(turn)
    return stay(fix_menu(turn, service)) if service else form.not_offered(turn)


async def use_buttons(turn: Turn) -> Outcome:
    """Text where the summary's buttons were expected: the summary again, after the help lines
    if it mentions danger (a question is offered an answer instead)."""
    service = current_service(turn)
    if service is None:
        return form.not_offered(turn)
    danger, offer = person.typed_in_form(turn)
    hint = Reply(choices.hint(turn, turn.t("cb_use_buttons")))
    return offer or go("confirm", *danger, hint, summary(turn, service))


async def fix(turn: Turn) -> Outcome:
    """`fix` asks what to change; `fix:<field index>` or `fix:person` goes to that question."""
    service = current_service(turn)
    if service is None:
        return form.not_offered(turn)
    what = turn.args[0] if turn.args else None
    if what is None:
        return go("fix", fix_menu(turn, service))
    if what == "back":
        return form.to_summary(turn, service)
    draft(turn).fixing = True
    if what == "person":
        return call("person", "person")
    chosen = index(what, len(service.fields))
    if chosen is not None:
        return form.ask(turn, service, chosen)
    raise Expired("assist:fix")


async def send(turn: Turn) -> Outcome:
    """Confirm: the request is made once per draft, whatever is tapped twice."""
    token = turn.args[0] if turn.args else ""
    current = draft(turn)
    if turn.session.flow != FLOW or turn.session.step != "confirm" or current.token != token:
        made = await store.by_draft(turn.tx, token) if token else None
        incoming = turn.incoming
        if made is not None and (made.channel, made.user_id) == (
            incoming.channel,
            incoming.user_id,
        ):
            return stay(main_menu(turn, turn.t("cb_already_sent", id=help_number(made.number))))
        raise Expired("assist:send")
    service = current_service(turn)
    if service is None:
        return form.not_offered(turn)
    person = current.person
    if person is None or missing(turn, service) is not None:
        raise Expired("assist:send")
    answers = {a.id: a.value for a in current.answers}
    asked = [f for f in service.fields if f.id in answers and applies(turn, f)]
    details = tuple(Detail(f.id, f.type, answers[f.id]) for f in asked)
    if current.phone_note:
        details += (Detail(PHONE_NOTE, "text", current.phone_note),)
    details += await same_person(turn)  # another open request of theirs: said on the card
    if current.urgent:  # why, on the card's first line (a kind of danger, never the words)
        details += (Detail(URGENT_WHY, "kind", urgent.reason(turn)),)
    request_id, created = await store.create(
        turn.tx,
        turn.now,
        token,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        call_language=_spoken(service, details) or turn.lang,  # (the form's: F16)
        topic="other",  # a help request has a service instead of a topic
        description=None,
        name=person.name,
        phone=person.phone,
        time_window="asap",
        urgent=current.urgent,
        office=turn.office.id,
        service=service.id,
        details=details,
    )
    request = await store.get(turn.tx, request_id)
    assert request is not None
    if created:
        await post_to_staff(turn, request)
    title = service_title(turn.services, turn.lang, turn.office.id, service.id)
    text = turn.t(
        "as_sent",
        id=help_number(request.number),
        service=markup.literal(title),
        when=when_text(turn),
    )
    if current.phone_note:
        text += "\n" + turn.t("cb_sent_note", note=markup.literal(current.phone_note))
    if current.urgent:
        text += "\n\n" + turn.t("cb_sent_urgent")
    return end(main_menu(turn, text))


def when_text(turn: Turn) -> str:
    """When staff will get in touch: now, or when the office opens next."""
    zone = turn.settings.timezone
    moment = next_call_time(turn.office, zone, turn.now, "asap")
    if moment is None:
        return turn.t("as_when_unknown")
    local_now = turn.local(turn.now)
    if moment == local_now:
        return turn.t("as_when_now")
    fmt, lang = turn.services.t, turn.lang
    time = fmt.time(lang, moment)
    days = (moment.date() - local_now.date()).days
    if days == 0:
        return turn.t("as_when_today", time=time)
    if days == 1:
        return turn.t("as_when_tomorrow", time=time)
    return turn.t("as_when_day", time=time, day=fmt.date(lang, moment.date(), "EEEE, d MMMM"))


async def cancel(turn: Turn) -> Outcome:
    if turn.session.flow != FLOW and turn.caller != FLOW:
        raise Expired("assist:cancel")
    return end(main_menu(turn, turn.t("cancelled")))


ASSIST = Flow(
    FLOW,
    start=start,
    steps={
        # where the person sub-flow returns to
        "person": Step(text=at_person, ask=at_person),
        "field": Step(
            text=form.typed,
            contact=form.typed,
            ask=carry.ask_again,  # (form.ask_again; a form taken on by another office: said)
            choose=form.with_buttons,
            labels=True,  # a free answer: a button's label or «cancel» typed presses it
        ),
        # (the summary again; a form taken on at it by another office: said, its gaps asked)
        "confirm": Step(
            text=use_buttons, buttons={"fix": fix}, ask=carry.summary_again, choose=True
        ),
        "fix": Step(text=use_buttons, buttons={"fix": fix}, ask=show_fix_menu, choose=True),
    },
    buttons={
        # a field's buttons: at any step, so that one of an earlier question is recognised
        "pick": pick.pick,
        "offer": offer_again,  # the «save “…”?» question waiting, asked again
        "skip": form.skip,
        "back": form.back,
        "other": form.other_language,
        "open": open_service,
        "send": send,
        "cancel": cancel,
        # on messages sent before /mybookings listed callback requests too (now callback:…)
        "withdraw": callback.ask_withdraw,
        "withdraw_now": callback.withdraw,
    },
    resume=after_person,
    offered=lambda turn: current_service(turn) is not None,
    instead=carry.instead,  # (closed at an office with several helps of its key: those)
    # «а це безкоштовно?» in the form: its description, or that staff tell when they call back
    about=lambda turn, kinds: person.described(turn, current_service(turn), kinds, called=True),
)


def _spoken(service: Service, details: tuple[Detail, ...]) -> str | None:
    """The language the form asked the person to talk in (a field `spoken: true`), as a code
    («uk»), if it asked: the request's language of the call, named once on its card (tester 38,
    F16: a Polish chat, «ukraiński» answered, showed «Język rozmowy: polski» beside «Język
    osoby — ukraiński», and «their language: polski» under it)."""
    spoken = {f.id for f in service.fields if f.spoken}
    return next((d.value for d in details if d.id in spoken and is_code(d.value)), None)
