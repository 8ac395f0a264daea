"""The consent of the person sub-flow: the notice naming the office's data administrator,
whether the consent given holds (it is given to one administrator: another office's needs its
own), and asking it again when the person changes office in the middle of a form."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core import markup
from bot.core.choices import says_cancel
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, end, stay
from bot.core.messages import Button, Reply
from bot.core.session import Caller, Consent
from bot.features.menu import main_menu
from bot.features.person.typed import typed_in_form

FLOW = "person"


@dataclass
class PersonDraft:
    name: str | None = None
    offered: str | None = None  # a number from someone else's contact card, to be confirmed
    first: str | None = None  # of two numbers typed in one message, the first (the other:
    # `offered`), where the form keeps one: the person chooses (number._which)
    question: str | None = None  # typed at the name step, read as a question: asked about it
    only_consent: bool = False  # asked again in the middle of a form (another office's
    # administrator): once agreed, the form goes on where it was
    back_to: str | None = None  # ... or, in this flow, the step it was at
    new_phone: bool = False  # "same name, change the phone": the saved number is not offered
    phone_only: bool = False  # asked in the middle of a form: back to its step (returned.py)
    early: str | None = None  # a number typed alone at the name step: saved with the name
    aside: str | None = None  # «(sąsiadka, ja tylko pomagam)» after the name: the form's note
    beside: str = ""  # written with a number whose country is asked (home_number): its note


def person_draft(turn: Turn) -> PersonDraft:
    return turn.draft(PersonDraft, FLOW)


def consent_reply(turn: Turn) -> Reply:
    """The notice and its two buttons; asked again for another office's administrator (a
    change of office, in a form or before it), it says why instead of «Before we start»."""
    if turn.memory.consent and not has_consent(turn):
        office = markup.literal(turn.office.label(turn.lang))
        title = turn.t("consent_title_again", office=office)
    else:
        title = turn.t("consent_title")
    text = turn.t(
        "consent",
        title=title,
        purpose=turn.t(f"consent_purpose_{turn.caller or 'callback'}"),
        administrator=markup.literal(turn.office.organisation.administrator),
        days=turn.services.t.plural(turn.lang, "days", turn.office.retention_days),
    )
    return Reply(
        text,
        [
            [
                Button(turn.t("btn_consent_yes"), "person:agree", means="yes"),
                Button(turn.t("btn_consent_no"), "person:decline", means="no"),
            ]
        ],
    )


def office_line(turn: Turn) -> str:
    """«📍 Information point: Sopot» in a form's summary, in a network (where the request goes,
    after a change of office too); "" for a single office."""
    if not turn.settings.network:
        return ""
    return turn.t("summary_office", office=markup.literal(turn.office.label(turn.lang)))


def has_consent(turn: Turn) -> bool:
    """Whether the person agreed with the data administrator of the office that serves them
    now: consent given to one office's administrator is not consent to another's (one given
    to it before another's still is)."""
    memory = turn.memory
    here = turn.office.organisation.administrator
    if not memory.consent:
        return False
    if any(c.administrator == here for c in memory.consents_before):
        return True
    if memory.consent_to is None:
        return not turn.settings.network
    return memory.consent_to == here


def given(turn: Turn) -> None:
    """The consent given now, to the office's data administrator; one given before to another
    administrator is kept with its date (tester 37, F21: /mydata named only the last one)."""
    memory, here = turn.memory, turn.office.organisation.administrator
    earlier = [c for c in memory.consents_before if c.administrator != here]
    if memory.consent and memory.consent_to and memory.consent_to != here:
        earlier = [c for c in earlier if c.administrator != memory.consent_to]
        earlier.append(Consent(memory.consent_to, memory.consent))
    memory.consents_before = earlier
    memory.consent = turn.local(turn.now).date().isoformat()
    memory.consent_to = here


def consent_again(turn: Turn) -> Reply | None:
    """After the office changed in the middle of a form: when the consent given no longer holds
    (the new office has another data administrator), the consent is asked now, and once given
    the form goes on at the step it was at; None when nothing needs asking."""
    session = turn.session
    if session.flow is None or has_consent(turn):
        return None
    if session.flow != FLOW:
        session.callers.append(Caller(session.flow, session.step or ""))
        session.flow = FLOW
        turn.new_draft(PersonDraft(only_consent=True), FLOW)
    elif session.step != "consent":
        person_draft(turn).back_to = session.step
    session.step = "consent"
    return consent_reply(turn)


async def consent_once_more(turn: Turn) -> Outcome:
    return stay(consent_reply(turn))


async def consent_typed(turn: Turn) -> Outcome:
    """Text typed at the consent: a question is offered an answer, danger gets the help lines;
    anything else a short line with the two buttons (not the whole notice once more) and the
    words that may be typed instead, in the person's script (`typed_words`)."""
    if says_cancel(turn.incoming.text or ""):  # «отмена», «anuluj»: the form is left
        return end(main_menu(turn, turn.t("cancelled")))
    danger, offer = typed_in_form(turn)
    if offer is not None:
        return offer
    yes, no = turn.t("btn_consent_yes"), turn.t("btn_consent_no")
    said = typed_words(turn).split("|")
    hint = turn.t("consent_use_buttons", yes=yes, no=no, yes_word=said[0], no_word=said[-1])
    return stay(*danger, Reply(hint, consent_reply(turn).buttons))


def typed_words(turn: Turn) -> str:
    """The yes and no to type, «так|ні», in the script the person wrote in (tester 37, F12:
    «da», «soglasen» typed in Latin letters were told to type «да»): `consent_typed_words`,
    or `_other` where they wrote in the other one (Latin letters at uk or ru, Cyrillic at en
    or pl)."""
    text = turn.incoming.text or ""
    cyrillic = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    own_cyrillic = turn.lang in ("uk", "ru")
    other = (latin > cyrillic) if own_cyrillic else (cyrillic > latin)
    return turn.t("consent_typed_words_other" if other else "consent_typed_words")
