"""The person sub-flow's questions of the name and the phone (the name and number saved last
time offered), and its phone step: the number read from what is typed or shared (a contact
card that may be someone else's is asked about), refused with the reason (refused.py), and
saved with what was written beside it (note.py: kept for the forms that pass it on to staff).
"""

from __future__ import annotations

from bot.core import markup
from bot.core.backs import says_back, says_back_to_menu
from bot.core.choices import CANCEL, says_cancel
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, back_where_left, end, go, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import (
    display_phone,
    introduced,
    normalise_phone,
    phone_in,
    ukrainian_national,
)
from bot.core.phone_home import polish_landline
from bot.core.session import Person
from bot.core.words import folded
from bot.features import urgent
from bot.features.menu import main_menu
from bot.features.person import (
    home_number,
    names,
    no_phone,
    phone_asked,
    refused,
    withdrawn,
    written,
)
from bot.features.person import note as notes
from bot.features.person.about import answered
from bot.features.person.consent import person_draft
from bot.features.person.returned import KEEP_ASIDE, KEEP_NOTE, finish
from bot.features.person.typed import typed_in_form

NOTE_MAX = notes.NOTE_MAX  # what is written with the phone number, kept cut at a word to this
# The flows that pass what was written with the phone number on to staff (as a note to their
# request; elsewhere the person is told that only the number was kept): returned.KEEP_NOTE


def ask_name(turn: Turn, key: str = "ask_name") -> Reply:
    """The name asked for: the one saved last time offered, and «✖ Cancel» (typed too:
    «отмена», «anuluj», «stop» leave the form, never taken for a name)."""
    saved = saved_person(turn)
    buttons = []
    if saved and saved.phone:
        label = turn.t("btn_use_saved", name=saved.name[:40], phone=display_phone(saved.phone))
        buttons.append([Button(label, "person:saved")])
        if not _correcting(turn):  # a summary's «📱 Change the phone» is that way (tester 33)
            buttons.append([Button(turn.t("btn_keep_name"), "person:keep_name")])
    buttons.append([Button(turn.t("btn_cb_cancel"), "person:cancel", means=CANCEL)])
    return Reply(turn.t(key), buttons)


def saved_typed(turn: Turn, text: str) -> bool:
    """«Використати», «Use» typed alone where «✅ Використати: Наталія, +380…» is offered: the
    label's word before its colon (in any of the bot's languages) presses it, never a name."""
    saved = saved_person(turn)
    typed = folded(text)
    if saved is None or not saved.phone or not typed:
        return False
    t = turn.services.t
    heads = (t(lang, "btn_use_saved", name="", phone="") for lang in turn.settings.languages)
    return typed in {folded(head.partition(":")[0]) for head in heads}


def _correcting(turn: Turn) -> bool:
    """The name asked again from a form's summary («👤 Change the name»): the form that called
    has a person already."""
    callers = turn.session.callers
    held = turn.session.drafts.get(callers[-1].flow) if callers else None
    person = held.get("person") if isinstance(held, dict) else getattr(held, "person", None)
    return bool(person)


def saved_person(turn: Turn) -> Person | None:
    """The name and phone saved last time, unless the name is none (a greeting or a sentence
    saved before names were read: not offered again, the name is asked)."""
    saved = turn.memory.person
    return saved if saved and names.plausible(saved.name) else None


def ask_phone(turn: Turn, key: str = "ask_phone", text: str | None = None) -> list[Reply]:
    """The phone asked for (`text`: why again), with the "share my phone" keyboard; the number
    given last time offered too (a new name in the summary costs one step), unless the person
    asked to change just the phone; where it may be left out (an urgent request in a chat:
    written.py), the button that leaves it out."""
    ask = Reply(text or turn.t(key), request_contact=turn.t("btn_share_phone"))
    saved = turn.memory.person
    if saved is None or not saved.phone or person_draft(turn).new_phone:
        return [ask, *written.offer(turn)]
    # Telegram shows either the "share my phone" keyboard or buttons under a message
    label = turn.t("btn_use_phone", phone=display_phone(saved.phone))
    known = Reply(turn.t("phone_or_known"), [[Button(label, "person:known_phone")]])
    return [ask, known, *written.offer(turn)]


async def phone(turn: Turn) -> Outcome:
    incoming = turn.incoming
    raw = incoming.contact_phone if incoming.contact_phone is not None else incoming.text or ""
    raw = introduced(raw)  # «мій номер 0 600 123 456» read as «0 600 123 456» (tester 39, F18)
    # words beside it («601 234 567 after 14»): the number found in them, not all the digits
    # read as one (+60 12-345 6714, a Malaysian number)
    worded = incoming.contact_phone is None and any(ch.isalpha() for ch in raw)
    number, note, found = (None if worded else normalise_phone(raw)), "", None
    if number is None and incoming.contact_phone is None:  # «600123456 after 5pm»
        found = phone_in(raw)
        number, note = (found.number, found.rest) if found else (None, "")
    if person_draft(turn).name is None:  # the name step was skipped: ask again from the start
        return go("name", ask_name(turn))
    typed_cancel = says_cancel(raw) or says_back_to_menu(raw)  # «отмена», «назад в меню»
    if number is None and incoming.contact_phone is None and typed_cancel:
        return end(main_menu(turn, turn.t("cancelled")))
    if number is None and incoming.contact_phone is None and says_back(raw):  # «назад»
        if person_draft(turn).phone_only and turn.memory.person is not None:  # the form's step
            kept = display_phone(turn.memory.person.phone)
            return back_where_left(Reply(turn.t("phone_change_kept", phone=kept)))
        return go("name", ask_name(turn))  # the step before: the name, to change it
    typed = raw if incoming.contact_phone is None else ""
    told = answered(turn, typed) if number is None and typed else None  # «when?», «is it free?»
    if told is not None:  # the form's page answers it; the phone asked again
        return told
    if number is None and no_phone.says_unknown(typed):  # «я не знаю свій номер»: the button
        return stay(Reply(turn.t("phone_unknown")), *ask_phone(turn))
    if number is None and no_phone.says_none(typed) and written.optional(turn):
        return await written.leave_out(turn)  # («не хочу давати номер»: written to instead)
    if number is None and no_phone.says_none(typed):  # «I have no (Polish) phone»
        asked = phone_asked.is_question(typed)  # «чи можна без телефону?»: the phone again
        return stay(no_phone.reply(turn), *(ask_phone(turn) if asked else ()))
    if number is None and phone_asked.confused(typed):  # «не понимаю»: what is asked, a way out
        leave = [[Button(turn.t("btn_cb_cancel"), "person:cancel", means=CANCEL)]]
        explained = ask_phone(turn, text=turn.t("phone_confused"))
        return stay(*urgent.in_form(turn), *explained, Reply(turn.t("phone_confused_leave"), leave))
    if number is None and phone_asked.asks_about_it(typed):  # «what is this number for?»
        return stay(*urgent.in_form(turn), Reply(turn.t("phone_asked")), *ask_phone(turn))
    why = refused.why_not(turn, typed, number, found)  # a digit too many; a toll-free line
    if why is not None:
        danger = urgent.in_form(turn) if typed else []
        return go("phone", *danger, *ask_phone(turn, text=why))
    home = found.typed if found is not None else "" if worded else typed
    asked_home = home_number.asked(turn, home, note) if home else None  # «555 12 34 56»
    if asked_home is not None:  # a Polish landline or a Georgian mobile? asked, never guessed
        return asked_home
    if number is None:
        danger, offer = typed_in_form(turn) if incoming.contact_phone is None else ([], None)
        # (the help lines, then the phone asked for again; or the offer to answer a question)
        return offer or stay(*danger, *ask_phone(turn, "ask_phone" if danger else "phone_invalid"))
    if incoming.contact_phone is not None and incoming.contact_is_own is not True:
        # a contact card shared from the address book: somebody else's number, maybe by mistake;
        # on Viber, whose it is is not known: asked the same way, without saying it is not theirs
        person_draft(turn).offered, person_draft(turn).beside = number, ""
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
    return save(turn, number, note)


def save(turn: Turn, number: str, note: str = "") -> Outcome:
    """The name and phone saved; what was written with the number («after 5pm») kept for the
    caller to pass on to staff (KEEP_NOTE), or the person told that it was not kept."""
    current = person_draft(turn)
    name, aside, current.aside = current.name or "", current.aside, None
    if aside and turn.caller in KEEP_NOTE:  # «Halyna (sąsiadka …)»: the bracket's note first
        note = " · ".join(filter(None, [aside, note.strip()]))
    if aside and turn.caller in KEEP_ASIDE - KEEP_NOTE:  # a visit's note: the bracket's alone
        turn.memory.name_note = markup.shortened(aside, NOTE_MAX)  # (said by the form: returned)
    second = phone_in(note) if turn.caller not in KEEP_NOTE else None
    if second is not None:  # «600 123 456 або 501 222 333» where a form keeps one: which?
        return _which(turn, number, second.number)
    turn.memory.person = Person(name, number)
    turn.memory.phone_note = ""  # a number given, nothing besides (None: none given)
    if not any(ch.isalnum() for ch in note) or note.casefold() == name.casefold():
        return finish(turn, phone_saved(turn, number))
    if withdrawn.only_correction(note):  # «ой ні, 797 123 456»: no note (tester 41, F11)
        return finish(turn, phone_saved(turn, number))
    note_text = markup.shortened(note, NOTE_MAX)
    kept = turn.caller in KEEP_NOTE
    second = phone_in(note)  # «600 123 456 або 501 222 333»: never dropped unseen
    turn.memory.phone_note = note_text if kept else ""
    key = "phone_note_kept" if kept else "phone_note_not_kept"
    if aside and kept:  # «Halyna (sąsiadka …)»: the name kept without it, and why
        key = "name_phone_note_kept" if note != aside else "name_note_kept"
    said = turn.t(key, note=markup.literal(note_text), name=markup.literal(name))
    if second is not None:  # «or 501 222 333»: staff may call it if the first does not answer
        said += "\n" + turn.t("phone_second_kept", phone=display_phone(second.number))
    # danger words beside the number («600123456, he threatens me»): the help lines first (a
    # form that keeps the note makes its request urgent as it takes it: note.take)
    danger = urgent.help_for(turn, note)
    if kept and notes.outside_hours(turn, note_text) is not None:  # «after 5pm», closed at 16
        return go("note", *danger, phone_saved(turn, number), notes.question(turn, said))
    return finish(turn, *danger, phone_saved(turn, number), Reply(said))


def _which(turn: Turn, first: str, second: str) -> Outcome:
    """Two numbers typed where a form keeps one: each a button (or one typed again)."""
    current = person_draft(turn)
    current.first, current.offered, current.beside = first, second, ""
    rows = [
        [Button(display_phone(first), "person:use_first")],
        [Button(display_phone(second), "person:use_offered")],
    ]
    return go("phone", Reply(turn.t("phone_which"), rows))


async def use_first(turn: Turn) -> Outcome:
    first = person_draft(turn).first
    if first is None or person_draft(turn).name is None:
        raise Expired("person:use_first")
    return save(turn, first, home_number.taken_beside(turn))


def phone_saved(turn: Turn, number: str) -> Reply:
    """The number as it will be called, confirmed; one typed as in Ukraine ("050 123 45 67")
    and read as +380 says so, so that the person sees how it was understood."""
    typed = turn.incoming.text if turn.incoming.contact_phone is None else None
    ua = typed and number.startswith("+380") and ukrainian_national(introduced(typed))
    landline = typed and polish_landline(introduced(typed), number)  # «22 123 45 67»
    key = "phone_saved_ua" if ua else "phone_saved_landline" if landline else "phone_saved"
    return Reply(turn.t(key, phone=display_phone(number)), close_keyboard=True)


async def use_offered(turn: Turn) -> Outcome:
    offered = person_draft(turn).offered
    if offered is None or person_draft(turn).name is None:
        raise Expired("person:use_offered")
    return save(turn, offered, home_number.taken_beside(turn))


async def use_known_phone(turn: Turn) -> Outcome:
    """The number given last time, with the name just typed."""
    saved = turn.memory.person
    if saved is None or not saved.phone or person_draft(turn).name is None:
        raise Expired("person:known_phone")
    return save(turn, saved.phone)


async def own_phone(turn: Turn) -> Outcome:
    person_draft(turn).offered = None
    return stay(*ask_phone(turn))


async def ask_phone_again(turn: Turn) -> Outcome:
    return stay(*ask_phone(turn))
