"""Consent, name and phone: the sub-flow that callback requests and bookings call.

A caller returns `call("person", back=<its step>)`; once the person agreed and gave a name and a
valid phone (or the saved ones), this flow is `done`: the caller's `resume` reads memory.person.
"""

from __future__ import annotations

from bot.core.about import prepare as read_about_words
from bot.core.dispatch import Turn
from bot.core.flows import (
    Feature,
    Flow,
    Outcome,
    Step,
    back_where_left,
    end,
    go,
    pending,
    stay,
)
from bot.features.hours import DECLINED, declined, hours_reply
from bot.features.person import companion_named, corrected, name_number, names, written
from bot.features.person import note as notes
from bot.features.person.about import answered, described
from bot.features.person.asked import (
    answer_question,
    language_offer,
    offer_again,
    offered,
)
from bot.features.person.consent import (
    FLOW,
    consent_again,
    consent_once_more,
    consent_reply,
    consent_typed,
    given,
    has_consent,
    office_line,
    person_draft,
)
from bot.features.person.corrected import ask_number
from bot.features.person.corrected import button as change_phone
from bot.features.person.name_step import cancel, is_name, keep_name, name, use_saved
from bot.features.person.note import take as take_note
from bot.features.person.number import (
    ask_name,
    ask_phone,
    ask_phone_again,
    own_phone,
    phone,
    phone_saved,
    use_first,
    use_known_phone,
    use_offered,
)
from bot.features.person.problem import stated as problem_stated
from bot.features.person.question import asks, asks_within, claims
from bot.features.person.returned import aside_kept, named, take_aside
from bot.features.person.typed import (
    answer_now,
    back_to_form,
    call_now,
    hours_now,
    instead_again,
    kept,
    leave_now,
    offer_answer,
    offer_to_leave,
    question_in_form,
    quit_again,
    typed_in_form,
    visit_again,
    waiting,
    withdraws,
)
from bot.features.person.typed import offer_again as typed_again


async def start(turn: Turn) -> Outcome:
    turn.memory.phone_note = None
    if has_consent(turn):
        return go("name", ask_name(turn))
    return go("consent", consent_reply(turn))


async def agree(turn: Turn) -> Outcome:
    given(turn)  # (an earlier consent to another administrator kept beside it)
    current = person_draft(turn)
    if current.only_consent:
        return back_where_left()
    if current.back_to in ("name", "phone"):
        step, current.back_to = current.back_to, None
        return go(step, ask_name(turn)) if step == "name" else go(step, *ask_phone(turn))
    return go("name", ask_name(turn))


async def decline(turn: Turn) -> Outcome:
    reply = await hours_reply(turn)  # (details saved before, with an earlier consent, stay: say so)
    key = "consent_declined_kept" if turn.memory.person is not None else "consent_declined"
    reply.text = f"{turn.t(key)}\n\n{reply.text}"
    declined(turn)  # «а куди дзвонити?» a message or two later: answered too
    return pending(end(reply), DECLINED)  # «а куди дзвонити?» next: answered (hours.asked)


async def ask_name_again(turn: Turn) -> Outcome:
    return stay(ask_name(turn))


PERSON = Flow(
    FLOW,
    start=start,
    steps={
        "consent": Step(
            text=consent_typed,
            buttons={"agree": agree, "decline": decline},
            ask=consent_once_more,
            choose=True,  # «так», «I agree», «zgadzam się»: the buttons mean yes and no
            asks_to_leave=False,  # nothing given yet: /mybookings leaves it without asking
        ),
        "name": Step(
            text=name,
            buttons={
                "saved": use_saved,
                "keep_name": keep_name,
                "answer": answer_question,
                "question": offer_again,  # the offer above, asked again while it waits
                "is_name": is_name,
                "children": name_number.children,
                "decline": decline,
            },
            ask=ask_name_again,
            choose=offered,  # «так», «yes» at «a question, not a name?»: its buttons typed
            labels=True,  # «отмена», «anuluj» typed: ✖ Cancel pressed, not a name
        ),
        "phone": Step(
            text=phone,
            buttons={
                "decline": decline,
                "use_offered": use_offered,
                "use_first": use_first,  # of two numbers typed: the first
                "own_phone": own_phone,
                "known_phone": use_known_phone,
                "no_phone": written.leave_out,  # an urgent request in a chat: written to
            },
            ask=ask_phone_again,
        ),
        **notes.steps(phone),  # the note names a time outside the office's hours: keep it?
    },
    # ✖ Cancel under the name: the whole form is left; «📱 Change the phone» on a form's summary
    buttons={"cancel": cancel, "phone": corrected.change},
)


async def gate(turn: Turn) -> Outcome | None:
    """In a form that has the phone, a correction of it (corrected.py: then the question that
    waits, asked again); while the offer to answer a question typed in a form waits, its
    answer (typed.py)."""
    return await corrected.gate(turn) or await waiting(turn)


FEATURE = Feature(
    "person",
    flows=(PERSON,),
    buttons={
        "typed": {
            "answer": answer_now,
            "back": back_to_form,
            "offer": typed_again,
            "quit": quit_again,  # the offer to leave a form withdrawn in words, asked again
            "leave": leave_now,
            "instead": instead_again,  # the offer to leave it for a callback, asked again
            "callback": call_now,
            "visit": visit_again,  # the offer to leave a callback for the hours, asked again
            "hours": hours_now,
        }
    },
    claims=claims,  # a question typed in a form is offered an answer, not taken for a button
    gate=gate,  # that offer waits: neither a yes nor a no asks it again; a phone corrected
    prepare=(read_about_words,),  # «is it free?» in a form: its page answers (person/about.py)
)

__all__ = [
    "FEATURE",
    "PERSON",
    "answered",
    "ask_number",
    "aside_kept",
    "asks",
    "asks_within",
    "change_phone",
    "companion_named",
    "consent_again",
    "corrected",
    "described",
    "kept",
    "language_offer",
    "named",
    "names",
    "offer_answer",
    "office_line",
    "offer_to_leave",
    "phone_saved",
    "problem_stated",
    "question_in_form",
    "take_aside",
    "take_note",
    "typed_in_form",
    "withdraws",
]
