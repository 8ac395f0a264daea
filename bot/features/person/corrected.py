"""The phone corrected in the middle of any form that has it (a callback, a visit, an
appointment or its request, a help request, a course's sign-up), the same way in each:

- a number typed alone at a later step («+48 601 234 567», after «0601234567» was read as
  Ukrainian; one typed the home way, «555 12 34 56», is asked about first: home_number), or
  with words that say it corrects the one given («не той номер, мій 601 234
  567», «ой, помилилась: 601234567», «wrong number, it is 601 234 567», «zły numer, 601 234
  567»): the form's phone now, confirmed as read, and the step's question again;
- those words alone («не той номер», «wrong number», «zmień numer»), or «📱 Change the phone»
  on a form's summary: the phone step, the name kept, and back to the step the form was at
  (returned.py).

A form that has no phone yet is left alone (its phone step reads the number); a help form's
`phone` fields follow the person's number (assist/draft.follow_phone).
"""

from __future__ import annotations

import re

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, stay
from bot.core.messages import Button, Expired
from bot.core.phone import display_phone, normalise_phone, phone_in
from bot.core.phone_home import overlong_polish, readings
from bot.core.session import Caller, Person
from bot.core.words import fold
from bot.features.person import home_number
from bot.features.person.consent import FLOW, PersonDraft
from bot.features.person.number import ask_phone, phone_saved
from bot.features.person.returned import given, named, put

PHONE = r"(?:номер\w*|телефон\w*|number|phone|numer\w*|telefon\w*|nr)"
# words that say the number given is wrong, or ask to change it (the text folded: words.fold)
_WRONG = re.compile(
    fold(
        rf"(?<!\w)(?:не\s+(?:той|тот|мій|мой|цей|этот|правильний|правильный)\s+{PHONE}"
        rf"|{PHONE}\s+(?:не\s+(?:той|тот|правильн\w*|вірн\w*|верн\w*)|неправильн\w*)"
        rf"|(?:неправильн|невірн|неверн|помилков|ошибочн|wrong|incorrect|zł|bledn|błędn"
        rf"|niepoprawn|nieprawidłow)\w*\s+{PHONE}"
        rf"|(?:змін|помін|виправ|измен|помен|исправ|change|correct|fix|zmie|zmień|popraw)\w*"
        rf"\s+(?:(?:мій|мой|my|the|mój|свій|свой)\s+)?{PHONE}"
        rf"|not\s+my\s+{PHONE}|nie\s+(?:ten|mój)\s+{PHONE}|pomyłk\w*\s+w\s+{PHONE})(?!\w)"
    )
)
# beside a number only: words that give it as the right one («мій номер», «правильний номер»,
# «ой, помилилась», «sorry», «ні,»)
_BESIDE = re.compile(
    fold(
        rf"(?<!\w)(?:(?:правильн|вірн|верн|нов|інш|друг|correct|right|new|other|poprawn"
        rf"|prawidłow|now|inn|мій|мой|my|mój)\w*\s+{PHONE}"
        r"|помил\w*|ошиб\w*|pomyli\w*|pomyłk\w*|mistake|typo|oops|sorry|ой|ой-ой"
        r"|вибач\w*|перепрошую|извин\w*|przepraszam|ні|нет|no|nie)(?!\w)"
    )
)
WORDS_AROUND = 8  # more words beside the number: not a correction (a description, a note)
WORDS_ALONE = 6  # «ой, я написала не той номер»: at most this many words without a number


def read(text: str) -> str | bool | None:
    """The number a correction typed gives; True: it says the number is wrong, without one;
    None: no correction («601 234 567 after 5pm» at a note, a description with digits)."""
    text = " ".join(text.split())
    if not text or not any(ch.isdigit() or ch.isalpha() for ch in text):
        return None
    if not any(ch.isalpha() for ch in text):  # a number alone
        return normalise_phone(text)
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    words = [w for w in folded.split() if not w.isdigit()]
    wrong = _WRONG.search(folded) is not None
    found = phone_in(text)
    if found is None or found.overlong:
        return True if wrong and len(words) <= WORDS_ALONE and not found else None
    if len(words) > WORDS_AROUND or not (wrong or _BESIDE.search(folded)):
        return None
    return found.number


async def gate(turn: Turn) -> Outcome | None:
    """A gate: a correction of the phone typed in a form that has it (see the module)."""
    incoming, session = turn.incoming, turn.session
    if not incoming.text or incoming.command or incoming.payload or session.flow in (None, FLOW):
        return None
    flow = turn.registry.flows.get(session.flow or "")
    draft = session.drafts.get(session.flow or "")
    person = given(draft)
    if flow is None or session.step not in flow.steps or person is None:
        return None
    number = read(incoming.text)
    if number is None or number is False:
        return None
    if number is True:  # «не той номер»: the phone asked, the name kept
        return _ask(turn, person)
    # «555 12 34 56»: a Georgian mobile or a Polish landline? «601 234 567 89»: +60? asked
    if readings(incoming.text) or overlong_polish(incoming.text):
        at_phone = _ask(turn, person)  # (the phone step: the readings asked there)
        asked = home_number.asked(turn, incoming.text)
        return stay(*asked.replies) if asked is not None else at_phone
    turn.memory.person = Person(person.name, number)
    put(draft, "person", turn.memory.person)
    return again(phone_saved(turn, number))


def _ask(turn: Turn, person: Person, back: str | None = None, text: str = "") -> Outcome:
    """The phone step, in the middle of the form: the name kept, back to this step (or `back`,
    the form's summary) after."""
    session = turn.session
    session.callers.append(Caller(session.flow or "", back or session.step or ""))
    session.flow, session.step = FLOW, "phone"
    turn.new_draft(PersonDraft(name=person.name, new_phone=True, phone_only=True), FLOW)
    if not text:
        text = turn.t("phone_change_ask", phone=display_phone(person.phone))
    return stay(*ask_phone(turn, text=text))


async def change(turn: Turn) -> Outcome:
    """person:phone, «📱 Change the phone» on a form's summary: only the phone asked."""
    session = turn.session
    flow = turn.registry.flows.get(session.flow or "")
    person = named(session.drafts.get(session.flow or ""))  # (its phone maybe left out)
    back = turn.args[0] if turn.args else ""
    if session.flow == FLOW or flow is None or person is None or back not in flow.steps:
        raise Expired("person:phone")
    return _ask(turn, person, back, "" if person.phone else turn.t("phone_to_call"))


def ask_number(turn: Turn, person: Person, back: str) -> Outcome:
    """The phone asked in the middle of a form, the name kept, back to the form's step `back`
    after: of a person who has none (left out: written.py), or a help form's own `phone` field
    asked (assist/form.ask: a number typed the home way is asked about there, home_number)."""
    return _ask(turn, person, back, "" if person.phone else turn.t("phone_to_call"))


def button(turn: Turn, back: str) -> list[Button]:
    """«📱 Change the phone», for a form's summary or its «Change something» (a row); `back`:
    the form's step shown once the phone is given (its summary)."""
    return [Button(turn.t("btn_change_phone"), f"person:phone:{back}")]
