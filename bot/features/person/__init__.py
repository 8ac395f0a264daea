"""Consent, name and phone: the sub-flow that callback requests and bookings call.

A caller returns `call("person", back=<its step>)`; once the person agreed and gave a name and a
valid phone (or the saved ones), this flow is `done`: the caller's `resume` reads memory.person.
"""

from __future__ import annotations

from bot.core import when
from bot.core.about import prepare as read_about_words
from bot.core.backs import says_back, says_back_to_menu
from bot.core.dispatch import Turn
from bot.core.flows import (
    Feature,
    Flow,
    Outcome,
    Step,
    again,
    back_where_left,
    done,
    end,
    go,
    pending,
    prefixed,
    stay,
)
from bot.core.messages import Expired, Reply
from bot.core.phone import phone_in
from bot.features import urgent
from bot.features.hours import DECLINED, declined, hours_reply
from bot.features.menu import main_menu
from bot.features.person import corrected, early, name_number, names, refused, written
from bot.features.person import note as notes
from bot.features.person.about import answered, described
from bot.features.person.asked import (
    AGAIN,
    answer_question,
    language_offer,
    offer_again,
    offered,
    question_offer,
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
from bot.features.person.home_number import asked as home_asked
from bot.features.person.note import take as take_note
from bot.features.person.number import (
    ask_name,
    ask_phone,
    ask_phone_again,
    own_phone,
    phone,
    phone_saved,
    save,
    saved_person,
    saved_typed,
    use_first,
    use_known_phone,
    use_offered,
)
from bot.features.person.question import asks, claims
from bot.features.person.returned import KEEP_ASIDE, aside_kept, named, take_aside
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

NAME_MAX = 80


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


async def use_saved(turn: Turn) -> Outcome:
    if turn.memory.person is None or not turn.memory.person.phone:
        raise Expired("person:saved")
    if saved_person(turn) is None:
        return stay(ask_name(turn))
    return done()


async def keep_name(turn: Turn) -> Outcome:
    """The saved name stays; only the phone is asked (to change just the phone)."""
    if turn.memory.person is None or not turn.memory.person.name:
        raise Expired("person:keep_name")
    saved = saved_person(turn)
    if saved is None:
        return stay(ask_name(turn))
    current = person_draft(turn)
    current.name, current.new_phone = saved.name, True
    return go("phone", *ask_phone(turn))


async def name(turn: Turn) -> Outcome:
    text = " ".join((turn.incoming.text or "").split())
    if says_back_to_menu(text):  # «назад в меню»: the form left, as ✖ Cancel
        return await cancel(turn)
    if says_back(text):  # «назад», «back»: no step back here, and never a name
        return stay(ask_name(turn, "name_back"))
    if saved_typed(turn, text):  # «Використати» for «✅ Використати: Наталія, …»: pressed
        return await use_saved(turn)
    both = phone_in(text)  # «Ramesh, 600 123 456»: the name and the phone in one message
    beside = names.read(both.before or both.after) if both is not None else None
    if both is not None and beside is not None and beside.kind == "name":
        person_draft(turn).name = beside.name  # and «after 5pm» in «Ramesh, 600… after 5pm»
        why = refused.why_not(turn, text, both.number, both)  # «Оля, 601 234 567 8»
        if why is not None:
            return go("phone", *urgent.help_for(turn, text), *ask_phone(turn, text=why))
        note = both.after if both.before else ""
        return home_asked(turn, both.typed, note) or save(turn, both.number, note)
    early_number = early.kept(turn, text, both)  # «мой номер 8 067 123 45 67»: the phone, early
    if early_number is not None:
        return early_number
    plea = urgent.in_free_text(turn)  # «help, he beats me»: its answer, the name asked again
    if plea:
        return again(*plea)
    if withdraws(turn, text):  # «ой, я передумала»: leave the form?
        return offer_to_leave(turn, text)
    offered = language_offer(turn, text)  # «I don't understand English»: the languages
    if offered is not None:
        return offered
    if names.children(text):  # «двоє дітей: Маша 8, Петро 5»: the parent's own name asked
        return stay(ask_name(turn, "name_children"))
    if when.read(text, turn.local(turn.now).date()) is not None:  # «6 stycznia»: no name (F10)
        return stay(ask_name(turn, "name_when"))
    numbered = name_number.asked(turn, text)  # «Маша 8»: is 8 an age? (a children's course)
    if isinstance(numbered, str):  # elsewhere («Anna 2» calling back): the name without it
        return _take_name(turn, numbered)
    if numbered is not None:
        return numbered
    reading = names.read(text, names.topic_names(turn.kb))
    if await names.reads_as_topic(turn, reading):  # «pesel dziecka»
        reading = names.Reading("question")
    if reading.kind == "question":  # a topic's name alone («песель») is one too
        return question_offer(turn, text)
    return _take(turn, reading)


def _take(turn: Turn, reading: names.Reading) -> Outcome:
    """A name is saved; a greeting is greeted back, a refusal told that any name will do, and
    anything else asked again (name_greeting, name_refusal, name_not_a_name)."""
    if reading.kind != "name":
        return stay(ask_name(turn, f"name_{reading.kind}"))
    return _take_name(turn, *_aside(turn, reading))


def _aside(turn: Turn, reading: names.Reading) -> tuple[str, str | None]:
    """The name to keep, and its note in brackets («Halyna (sąsiadka, ja tylko pomagam)»): a
    form that passes a note on to staff (KEEP_ASIDE: a request, a visit) keeps «Halyna» and
    the note as its note; elsewhere the note stays with the name, as typed (staff read it)."""
    if reading.note and turn.caller in KEEP_ASIDE:
        return reading.name, reading.note
    return reading.kept, None


def _take_name(turn: Turn, text: str, aside: str | None = None) -> Outcome:
    if not (2 <= len(text) <= NAME_MAX) or not any(ch.isalpha() for ch in text):
        waits = person_draft(turn).question if turn.pending == AGAIN else None
        if waits:  # «Ю» at «a question, not a name?»: that offer again, never dropped unseen
            return prefixed(question_offer(turn, waits), Reply(turn.t("name_invalid")))
        return stay(Reply(turn.t("name_invalid")))
    current = person_draft(turn)
    current.name, current.question, current.new_phone = text, None, False
    current.aside = aside  # (said with this name only: taken as the phone is saved)
    return early.taken(turn) or go("phone", *ask_phone(turn))


async def is_name(turn: Turn) -> Outcome:
    question = person_draft(turn).question
    if not question:
        raise Expired("person:is_name")
    reading = names.read(question, confirmed=True)
    if names.children(question):  # «двоє дітей: Маша 8, Петро 5»: the parent's own name
        return stay(ask_name(turn, "name_children"))
    if reading.kind != "name":  # they said it is their name: not «that does not look like one»
        return stay(ask_name(turn, "name_type_only"))
    return _take_name(turn, *_aside(turn, reading))


async def cancel(turn: Turn) -> Outcome:
    return end(main_menu(turn, turn.t("cancelled")))


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
    "change_phone",
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
    "question_in_form",
    "take_aside",
    "take_note",
    "typed_in_form",
    "withdraws",
]
