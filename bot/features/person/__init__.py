"""Consent, name and phone: the sub-flow that callback requests and bookings call.

A caller returns `call("person", back=<its step>)`; once the person agreed and gave a name and a
valid phone (or the saved ones), this flow is `done`: the caller's `resume` reads memory.person.
"""

from __future__ import annotations

from bot.core import markup
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
    stay,
)
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import display_phone, normalise_phone, phone_in, ukrainian_national
from bot.core.session import Person
from bot.features import urgent
from bot.features.hours import hours_reply
from bot.features.person import names, refused
from bot.features.person import note as notes
from bot.features.person.asked import answer_question, offer_again, question_offer
from bot.features.person.consent import (
    FLOW,
    consent_again,
    consent_once_more,
    consent_reply,
    consent_typed,
    has_consent,
    office_line,
    person_draft,
)
from bot.features.person.note import take as take_note
from bot.features.person.question import claims
from bot.features.person.typed import answer_now, back_to_form, offer_answer, typed_in_form, waiting
from bot.features.person.typed import offer_again as typed_again

NAME_MAX = 80
NOTE_MAX = notes.NOTE_MAX  # what is written with the phone number, kept cut at a word to this
# The flows that pass what was written with the phone number on to staff (as a note to their
# request; elsewhere the person is told that only the number was kept):
KEEP_NOTE = frozenset({"callback", "assist"})


def _ask_name(turn: Turn, key: str = "ask_name") -> Reply:
    saved = _saved_person(turn)
    buttons = []
    if saved and saved.phone:
        label = turn.t("btn_use_saved", name=saved.name[:40], phone=display_phone(saved.phone))
        buttons.append([Button(label, "person:saved")])
        buttons.append([Button(turn.t("btn_keep_name"), "person:keep_name")])
    return Reply(turn.t(key), buttons)


def _saved_person(turn: Turn) -> Person | None:
    """The name and phone saved last time, unless the name is none (a greeting or a sentence
    saved before names were read: not offered again, the name is asked)."""
    saved = turn.memory.person
    return saved if saved and names.plausible(saved.name) else None


def _ask_phone(turn: Turn, key: str = "ask_phone", text: str | None = None) -> list[Reply]:
    """The phone asked for (`text`: why again), with the "share my phone" keyboard; the number
    given last time offered too (a new name in the summary costs one step), unless the person
    asked to change just the phone."""
    ask = Reply(text or turn.t(key), request_contact=turn.t("btn_share_phone"))
    saved = turn.memory.person
    if saved is None or not saved.phone or person_draft(turn).new_phone:
        return [ask]
    # Telegram shows either the "share my phone" keyboard or buttons under a message
    label = turn.t("btn_use_phone", phone=display_phone(saved.phone))
    return [ask, Reply(turn.t("phone_or_known"), [[Button(label, "person:known_phone")]])]


async def start(turn: Turn) -> Outcome:
    turn.memory.phone_note = None
    if has_consent(turn):
        return go("name", _ask_name(turn))
    return go("consent", consent_reply(turn))


async def agree(turn: Turn) -> Outcome:
    turn.memory.consent = turn.now.date().isoformat()
    turn.memory.consent_to = turn.office.organisation.administrator
    current = person_draft(turn)
    if current.only_consent:
        return back_where_left()
    if current.back_to in ("name", "phone"):
        step, current.back_to = current.back_to, None
        return go(step, _ask_name(turn)) if step == "name" else go(step, *_ask_phone(turn))
    return go("name", _ask_name(turn))


async def decline(turn: Turn) -> Outcome:
    reply = await hours_reply(turn)  # (details saved before, with an earlier consent, stay: say so)
    key = "consent_declined_kept" if turn.memory.person is not None else "consent_declined"
    reply.text = f"{turn.t(key)}\n\n{reply.text}"
    return end(reply)


async def use_saved(turn: Turn) -> Outcome:
    if turn.memory.person is None or not turn.memory.person.phone:
        raise Expired("person:saved")
    if _saved_person(turn) is None:
        return stay(_ask_name(turn))
    return done()


async def keep_name(turn: Turn) -> Outcome:
    """The saved name stays; only the phone is asked (to change just the phone)."""
    if turn.memory.person is None or not turn.memory.person.name:
        raise Expired("person:keep_name")
    saved = _saved_person(turn)
    if saved is None:
        return stay(_ask_name(turn))
    current = person_draft(turn)
    current.name, current.new_phone = saved.name, True
    return go("phone", *_ask_phone(turn))


async def name(turn: Turn) -> Outcome:
    text = " ".join((turn.incoming.text or "").split())
    both = phone_in(text)  # «Ramesh, 600 123 456»: the name and the phone in one message
    beside = names.read(both.before or both.after) if both is not None else None
    if both is not None and beside is not None and beside.kind == "name":
        person_draft(turn).name = beside.name  # and «after 5pm» in «Ramesh, 600… after 5pm»
        why = refused.why_not(turn, text, both.number, both)  # «Оля, 601 234 567 8»
        if why is not None:
            return go("phone", *urgent.help_for(turn, text), *_ask_phone(turn, text=why))
        return _saved(turn, both.number, both.after if both.before else "")
    plea = urgent.in_free_text(turn)  # «help, he beats me»: its answer, the name asked again
    if plea:
        return again(*plea)
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
        return stay(_ask_name(turn, f"name_{reading.kind}"))
    return _take_name(turn, reading.name)


def _take_name(turn: Turn, text: str) -> Outcome:
    if not (2 <= len(text) <= NAME_MAX) or not any(ch.isalpha() for ch in text):
        return stay(Reply(turn.t("name_invalid")))
    current = person_draft(turn)
    current.name, current.question, current.new_phone = text, None, False
    return go("phone", *_ask_phone(turn))


async def is_name(turn: Turn) -> Outcome:
    question = person_draft(turn).question
    if not question:
        raise Expired("person:is_name")
    reading = names.read(question, confirmed=True)
    if reading.kind != "name":  # they said it is their name: not «that does not look like one»
        return stay(_ask_name(turn, "name_type_only"))
    return _take_name(turn, reading.name)


async def phone(turn: Turn) -> Outcome:
    incoming = turn.incoming
    raw = incoming.contact_phone if incoming.contact_phone is not None else incoming.text or ""
    # words beside it («601 234 567 after 14»): the number found in them, not all the digits
    # read as one (+60 12-345 6714, a Malaysian number)
    worded = incoming.contact_phone is None and any(ch.isalpha() for ch in raw)
    number, note, found = (None if worded else normalise_phone(raw)), "", None
    if number is None and incoming.contact_phone is None:  # «600123456 after 5pm»
        found = phone_in(raw)
        number, note = (found.number, found.rest) if found else (None, "")
    if person_draft(turn).name is None:  # the name step was skipped: ask again from the start
        return go("name", _ask_name(turn))
    typed = raw if incoming.contact_phone is None else ""
    why = refused.why_not(turn, typed, number, found)  # a digit too many; a toll-free line
    if why is not None:
        danger = urgent.in_form(turn) if typed else []
        return go("phone", *danger, *_ask_phone(turn, text=why))
    if number is None:
        danger, offer = typed_in_form(turn) if incoming.contact_phone is None else ([], None)
        # (the help lines, then the phone asked for again; or the offer to answer a question)
        return offer or stay(*danger, *_ask_phone(turn, "ask_phone" if danger else "phone_invalid"))
    if incoming.contact_phone is not None and incoming.contact_is_own is not True:
        # a contact card shared from the address book: somebody else's number, maybe by mistake;
        # on Viber, whose it is is not known: asked the same way, without saying it is not theirs
        person_draft(turn).offered = number
        unknown = incoming.contact_is_own is None
        buttons = [
            [Button(turn.t("btn_phone_use_this"), "person:use_offered")],
            [
                Button(
                    turn.t("btn_phone_other" if unknown else "btn_phone_mine"), "person:own_phone"
                )
            ],
        ]
        key = "phone_shared_check" if unknown else "phone_not_yours"
        return stay(Reply(turn.t(key, phone=display_phone(number)), buttons))
    return _saved(turn, number, note)


def _saved(turn: Turn, number: str, note: str = "") -> Outcome:
    """The name and phone saved; what was written with the number («after 5pm») kept for the
    caller to pass on to staff (KEEP_NOTE), or the person told that it was not kept."""
    name = person_draft(turn).name or ""
    turn.memory.person = Person(name, number)
    turn.memory.phone_note = ""  # a number given, nothing besides (None: none given)
    if not any(ch.isalnum() for ch in note) or note.casefold() == name.casefold():
        return done(phone_saved(turn, number))
    note_text = markup.shortened(note, NOTE_MAX)
    kept = turn.caller in KEEP_NOTE
    turn.memory.phone_note = note_text if kept else ""
    key = "phone_note_kept" if kept else "phone_note_not_kept"
    said = turn.t(key, note=markup.literal(note_text))
    # danger words beside the number («600123456, he threatens me»): the help lines first (a
    # form that keeps the note makes its request urgent as it takes it: note.take)
    danger = urgent.help_for(turn, note)
    if kept and notes.outside_hours(turn, note_text) is not None:  # «after 5pm», closed at 16
        return go("note", *danger, phone_saved(turn, number), notes.question(turn, said))
    return done(*danger, phone_saved(turn, number), Reply(said))


def phone_saved(turn: Turn, number: str) -> Reply:
    """The number as it will be called, confirmed; one typed as in Ukraine ("050 123 45 67")
    says it was read as +380, so that the person sees how it was understood."""
    typed = turn.incoming.text if turn.incoming.contact_phone is None else None
    key = "phone_saved_ua" if typed and ukrainian_national(typed) else "phone_saved"
    return Reply(turn.t(key, phone=display_phone(number)), close_keyboard=True)


async def use_offered(turn: Turn) -> Outcome:
    offered = person_draft(turn).offered
    if offered is None or person_draft(turn).name is None:
        raise Expired("person:use_offered")
    return _saved(turn, offered)


async def use_known_phone(turn: Turn) -> Outcome:
    """The number given last time, with the name just typed."""
    saved = turn.memory.person
    if saved is None or not saved.phone or person_draft(turn).name is None:
        raise Expired("person:known_phone")
    return _saved(turn, saved.phone)


async def own_phone(turn: Turn) -> Outcome:
    person_draft(turn).offered = None
    return stay(*_ask_phone(turn))


async def ask_name_again(turn: Turn) -> Outcome:
    return stay(_ask_name(turn))


async def ask_phone_again(turn: Turn) -> Outcome:
    return stay(*_ask_phone(turn))


PERSON = Flow(
    FLOW,
    start=start,
    steps={
        "consent": Step(
            text=consent_typed,
            buttons={"agree": agree, "decline": decline},
            ask=consent_once_more,
            choose=True,  # «так», «I agree», «zgadzam się»: the buttons mean yes and no
        ),
        "name": Step(
            text=name,
            buttons={
                "saved": use_saved,
                "keep_name": keep_name,
                "answer": answer_question,
                "question": offer_again,  # the offer above, asked again while it waits
                "is_name": is_name,
                "decline": decline,
            },
            ask=ask_name_again,
        ),
        "phone": Step(
            text=phone,
            buttons={
                "decline": decline,
                "use_offered": use_offered,
                "own_phone": own_phone,
                "known_phone": use_known_phone,
            },
            ask=ask_phone_again,
        ),
        **notes.steps(phone),  # the note names a time outside the office's hours: keep it?
    },
)

FEATURE = Feature(
    "person",
    flows=(PERSON,),
    buttons={"typed": {"answer": answer_now, "back": back_to_form, "offer": typed_again}},
    claims=claims,  # a question typed in a form is offered an answer, not taken for a button
    gate=waiting,  # while that offer waits, text neither a yes nor a no asks it again
)

__all__ = [
    "FEATURE",
    "PERSON",
    "consent_again",
    "names",
    "offer_answer",
    "office_line",
    "phone_saved",
    "take_note",
    "typed_in_form",
]
