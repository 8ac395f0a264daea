"""A question typed in a form where a button or a phone number was expected.

«what is pesel?» typed while the booking asks for a day got «please choose with the buttons»,
and the question was lost. Now a message that reads like a question (`question.asks`) is kept in
the person's memory and they are asked whether to leave the form and have it answered (nothing
is sent or booked) or go back to the step they were at. A message that withdraws the form in
words («ой я передумала, не треба дзвонити», «never mind»: withdrawn.py) is asked likewise
whether to leave the form (`offer_to_leave`), never taken as the step's answer; one that says
the person cannot come or would rather be called («на візит не встигну, передзвоніть мені»:
withdrawn.instead; tester 41, F3), outside a callback request, whether to stop and ask for a
callback instead (yes: the form left, nothing booked, the callback request started).
"""

from __future__ import annotations

from bot.core import choices, codec
from bot.core.backs import says_go_on
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, again, end, leave_and_ask, pending, stay, then
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import normalise_phone
from bot.core.session import Caller, Kept
from bot.features import urgent
from bot.features.menu import main_menu
from bot.features.person import withdrawn
from bot.features.person.about import answered
from bot.features.person.question import asks

OFFER = "typed:offer"  # asks the offer to leave the form again, while it waits (Session.pending)
QUIT = "typed:quit"  # ... the offer to leave a form withdrawn in words, likewise
CALL = "typed:instead"  # ... the offer to leave it for a callback request, likewise
VISIT = "typed:visit"  # ... the offer to leave a callback request for the hours, likewise
CALLBACK = "callback"  # the callback request's start (callback/resumed.py START)


def typed_in_form(turn: Turn, keep: str | None = None) -> tuple[list[Reply], Outcome | None]:
    """Text typed where a button or a phone number was expected, screened: the help lines to
    show before the step again when it mentions danger (urgent.in_form), else the offer to
    leave the form when it reads as a question (`question_in_form`), else neither."""
    danger = urgent.in_form(turn)
    return danger, None if danger else question_in_form(turn, keep)


def question_in_form(turn: Turn, keep: str | None = None) -> Outcome | None:
    """The offer to leave the form for the question typed (`keep`: as in `offer_answer`), or
    to leave it when the text withdraws it (`offer_to_leave`); None if it reads as neither."""
    text = " ".join((turn.incoming.text or "").split())
    if withdraws(turn, text):
        return offer_to_leave(turn, text, keep)
    if not asks(text):
        return None
    return offer_answer(turn, text, keep)


def withdraws(turn: Turn, text: str) -> bool:
    """Whether `text` withdraws the form: the person changed their mind (withdrawn.says), or,
    outside a callback request, cannot come or would rather be called (withdrawn.instead)."""
    return withdrawn.says(text) or _instead(turn, text) or _comes(turn, text)


def _calling(turn: Turn) -> bool:
    session = turn.session
    return CALLBACK in {session.flow, *(c.flow for c in session.callers)}


def _instead(turn: Turn, text: str) -> bool:
    return not _calling(turn) and withdrawn.instead(text)


def _comes(turn: Turn, text: str) -> bool:
    """In a callback request, «можна я сама прийду?»: the hours instead? (tester 41, F5)"""
    return _calling(turn) and withdrawn.comes(text)


def offer_answer(turn: Turn, text: str, keep: str | None = None) -> Outcome:
    """The offer to leave the form and have `text` answered, kept until it is answered (a
    caller that has read `text` as a question its own way: a child's name in a sign-up). A
    question about what the form is for that its page answers («is it free?»: about.py) is
    answered instead, and the step asked again. `keep`: the caller's payload that takes the
    text as the step's answer when the person stays in the form («No, back to the form», or a
    no typed: a callback's matter typed at its categories; `kept` gives it the text); None:
    the step is asked again."""
    told = answered(turn, text)
    if told is not None:
        return told
    turn.memory.typed = text
    waits = f"{OFFER}:{keep}" if keep else OFFER
    return pending(stay(_offer(turn, turn.t("form_looks_like_question"), keep)), waits)


def offer_to_leave(turn: Turn, text: str, keep: str | None = None) -> Outcome:
    """«Changed your mind? Stop filling in the form?» for a text that withdraws the form
    (withdrawn.py): yes leaves it, nothing sent; no goes back to the step (`keep`: the caller's
    payload that takes the text as the step's answer, as in `offer_answer`)."""
    turn.memory.typed = text
    # «передзвоніть мені»: a callback instead? «можна я сама прийду?»: the hours instead?
    kind = CALL if _instead(turn, text) else VISIT if _comes(turn, text) else QUIT
    waits = f"{kind}:{keep}" if keep else kind
    return pending(stay(_offer(turn, turn.t(_ASKS[kind]), keep, kind)), waits)


def _offer(turn: Turn, text: str, keep: str | None = None, kind: str = OFFER) -> Reply:
    label, payload = _YES[kind]
    rows = [
        # («продовжити», «continue» alone: no yes here, the form goes on: core/going_on.py)
        [Button(turn.t(label), payload, means=choices.SEND)],
        [Button(turn.t("btn_back_to_form"), keep or "typed:back", means=choices.NO)],
    ]
    return Reply(text, rows)


_YES = {
    OFFER: ("btn_answer_question", "typed:answer"),
    QUIT: ("btn_leave_form", "typed:leave"),
    CALL: ("btn_call_instead", "typed:callback"),
    VISIT: ("btn_visit_instead", "typed:hours"),
}


def _kind(waits: str | None) -> str | None:
    """Which offer waits (OFFER, QUIT or CALL), if one does."""
    return next((k for k in (OFFER, QUIT, CALL, VISIT) if (waits or "").startswith(k)), None)


def _keep(waits: str | None) -> str | None:
    """The caller's payload kept in the offer waiting (`typed:offer:<payload>`), if any."""
    kind = _kind(waits) or OFFER
    rest = (waits or "").removeprefix(kind)
    return rest[1:] if rest.startswith(":") and waits != rest else None


def kept(turn: Turn) -> str | None:
    """For the caller's `keep` payload: the text the person chose to keep in the form (tapped:
    the one waiting; a no typed: the text replayed with the payload), no longer waiting."""
    text = turn.memory.typed or (turn.incoming.text if turn.incoming.payload else None)
    turn.memory.typed = turn.pending = None
    return text


async def waiting(turn: Turn) -> Outcome | None:
    """A gate: while the offer to leave the form for a question waits (Session.pending), text
    that is neither a yes nor a no («6», «hmm») asks the offer again, with its two buttons,
    never the step behind it (whose «Send» would sit where «Yes» was); a yes or a no answers
    it; danger words or another question go to the step as before. A command or another button
    goes through, the offer kept: where it comes back to the step's question (a language
    change, /help, a returning person), the offer is asked. Once it no longer waits, dropped."""
    incoming = turn.incoming
    if turn.memory.typed is None or (incoming.payload or "").startswith("typed:"):
        return None
    waits = turn.pending or ""
    kind = _kind(waits)
    if kind is None or turn.session.flow is None:
        turn.memory.typed = None
        return None
    text, keep = incoming.text, _keep(waits)
    if not text or incoming.command or incoming.payload:
        return None
    if says_go_on(text):  # «продовжити», «continue»: no yes to leave; the form goes on
        turn.memory.typed = None  # (core/going_on.py: «the form goes on», its question)
        return None
    answer = choices.yes_or_no(text)
    if not any(ch.isalpha() for ch in text) and normalise_phone(text) is not None:
        turn.memory.typed = turn.pending = None  # «+48600111222»: the phone step's answer
        return None
    leaving = kind != OFFER and (choices.says_cancel(text) or withdraws(turn, text))
    if answer == choices.YES or leaving:  # «так», or «скасуйте» at «stop filling in?»
        return await _YES_NOW[kind](turn)
    if answer == choices.NO and keep:  # the text is the step's answer: the caller takes it
        typed, turn.memory.typed = turn.memory.typed, None
        return then(Replay(text=typed, payload=keep))
    if answer == choices.NO:
        return await back_to_form(turn)
    if urgent.detect(text) or asks(text):
        turn.memory.typed = None
        return None
    note = turn.t("form_question_again")
    asked = _offer(turn, f"{note}\n\n{turn.t(_ASKS[kind])}", keep, kind)
    return pending(stay(asked), waits)


_ASKS = {OFFER: "form_looks_like_question", QUIT: "form_looks_withdrawn"}
_ASKS[CALL] = "form_looks_call_instead"
_ASKS[VISIT] = "form_looks_visit_instead"


async def offer_again(turn: Turn) -> Outcome:
    """typed:offer[:<keep>]: the offer once more (after a language change, /help, a restart)."""
    return _again(turn, OFFER)


async def quit_again(turn: Turn) -> Outcome:
    """typed:quit[:<keep>]: the offer to leave a withdrawn form once more."""
    return _again(turn, QUIT)


async def visit_again(turn: Turn) -> Outcome:
    """typed:visit[:<keep>]: the offer to leave a callback request for the hours once more."""
    return _again(turn, VISIT)


async def instead_again(turn: Turn) -> Outcome:
    """typed:instead[:<keep>]: the offer to leave the form for a callback once more."""
    return _again(turn, CALL)


def _again(turn: Turn, kind: str) -> Outcome:
    if turn.memory.typed is None or turn.session.flow is None:
        raise Expired(kind)
    keep = ":".join(turn.args) or None
    waits = f"{kind}:{keep}" if keep else kind
    return pending(stay(_offer(turn, turn.t(_ASKS[kind]), keep, kind)), waits)


async def leave_now(turn: Turn) -> Outcome:
    """typed:leave: the form withdrawn in words is left, nothing sent or booked."""
    turn.memory.typed = turn.pending = None
    if turn.session.flow is None:
        raise Expired("typed:leave")
    return end(main_menu(turn, turn.t("cancelled")))


async def call_now(turn: Turn) -> Outcome:
    """typed:callback: the form left, nothing sent or booked, and the callback request
    started (its consent, name and phone as from «📞 Request a callback»)."""
    turn.memory.typed = turn.pending = None
    if turn.session.flow is None:
        raise Expired("typed:callback")
    turn.session.leave()  # (as /start's «leave the form» does before its command)
    return then(Replay(payload=CALLBACK), Reply(turn.t("form_left_for_callback")))


async def hours_now(turn: Turn) -> Outcome:
    """typed:hours: the callback request left, nothing sent, and the hours and addresses
    shown, with «📅 Book a visit» (the hours button's answer)."""
    turn.memory.typed = turn.pending = None
    if turn.session.flow is None:
        raise Expired("typed:hours")
    turn.session.leave()
    return then(Replay(payload="hours"), Reply(turn.t("form_left_for_hours")))


async def answer_now(turn: Turn) -> Outcome:
    """Leave every form (nothing is sent) and answer the question as if typed outside one."""
    text, turn.memory.typed = turn.memory.typed, None
    if not text:
        raise Expired("typed:answer")
    left = [Reply(turn.t("form_left_for_question"))] if turn.session.flow else []
    mark_left(turn)
    turn.memory.for_bot = text  # the bot's, not a note to a request open (tester 42, F5)
    return leave_and_ask(text, *left)


def mark_left(turn: Turn) -> None:
    """The form left for a question, for the way back under its answer (callback/resumed.py):
    the form itself (a callback), not the name and phone it asked for; and where it was, with
    what had been given (the drafts are dropped as the form is left), to go back there."""
    session = turn.session
    turn.memory.form_left = session.callers[0].flow if session.callers else session.flow
    turn.memory.form_kept = None
    if session.flow is not None and session.step is not None:
        drafts = {name: _without_question(codec.dump(d)) for name, d in session.drafts.items()}
        callers = [Caller(c.flow, c.step) for c in session.callers]
        turn.memory.form_kept = Kept(session.flow, session.step, callers, drafts)


def _without_question(data: object) -> object:
    """A draft kept without the question typed in it (answered now, no part of the form)."""
    if isinstance(data, dict):
        data.pop("question", None)
    return data


async def back_to_form(turn: Turn) -> Outcome:
    """The step the person was at, asked again (on an old message, after the form: expired)."""
    turn.memory.typed = turn.pending = None  # answered: the step's own question
    if turn.session.flow is None:
        raise Expired("typed:back")
    return again()


_YES_NOW = {OFFER: answer_now, QUIT: leave_now, CALL: call_now, VISIT: hours_now}  # a yes
