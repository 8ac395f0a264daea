"""The session of one person on one channel, kept in SQLite and saved with every turn.

- `language`, `language_chosen`: the person's language (chosen, or guessed from the platform);
- `office`: the information point that serves the person (a network's office), once chosen;
- `flow`, `step`: where the person is in a flow (None outside any flow); only the dispatcher
  (bot.core.dispatch) changes them, from what a handler returns;
- `callers`: the flows waiting for a sub-flow to finish (consent, name and phone), innermost last;
- `drafts`: what each open flow has gathered, a typed dataclass per flow (`Turn.draft`);
- `memory`: what the bot remembers across flows (`Memory`);
- `shown`: the buttons the person sees at a step that takes them typed (bot.core.choices);
- `pending`: a question the last turn asked on top of where the person is (a «save this?», a
  «cancel this visit?», the languages), not answered yet: the payload that asks it again, so
  that a step's question shown again (`again`, a returning person) is that one
  (bot.core.flows.pending).
"""

from __future__ import annotations

import datetime as dt
import zlib
from dataclasses import dataclass, field
from typing import Any

from bot.core import codec

FORMAT = 2  # the layout of the `data` column; 1 was a dict of "_"-prefixed keys


@dataclass
class Person:
    """Name and phone as the person gave them last (offered again for the next request)."""

    name: str = ""
    phone: str | None = None


@dataclass
class AskedQuestion:
    """The question the last topic answer was for, until the person rates the answer."""

    text: str = ""
    lang: str = ""

    @property
    def tag(self) -> str:
        """A short name of the question, for buttons to say which question they answer."""
        return f"{zlib.crc32(self.text.encode()) & 0xFFFFFF:06x}"


@dataclass
class Sent:
    """A confirmed form: its token (a second tap of the same button) and the record's id."""

    token: str = ""
    id: int = 0


@dataclass
class Held:
    """An event held back until the person chose their office (then it is handled)."""

    text: str | None = None
    payload: str | None = None
    command: str | None = None
    args: str = ""
    warned: bool = False  # the danger lines were shown for it at the gate (not again after)


@dataclass
class Consent:
    """A consent given earlier to another data administrator (a network's other office)."""

    administrator: str = ""
    date: str = ""  # ISO date


@dataclass
class Memory:
    consent: str | None = None  # ISO date the person agreed to the use of their details
    consent_to: str | None = None  # the data administrator they agreed with (an office's);
    # None: given before this was kept, in a deployment of one office
    consents_before: list[Consent] = field(default_factory=list)  # to other administrators
    # before that one, each with its date (/mydata names each; it still holds for their offices)
    person: Person | None = None
    last_topic: str | None = None  # the topic answered last (offered first in a request)
    last_topic_at: str | None = None  # ISO moment it was answered
    last_part: int | None = None  # the part of it shown first (None: the whole answer)
    question: AskedQuestion | None = None
    asked: AskedQuestion | None = None  # the last question typed outside a form (answered
    # again in another language when the person taps "Answer me in English")
    urgent_at: str | None = None  # ISO moment danger was recognised in what the person wrote
    urgent_why: str | None = None  # ... and its kind (bot.features.urgent.kinds): the staff card
    # of the urgent request says why it is urgent, never what was written
    urgent_said: str | None = None  # ... and that message itself (shortened): shown, with the
    # person's say, on the card of an urgent request made next (bot.features.callback.urgent_form)
    callback_sent: Sent | None = None
    booked: Sent | None = None
    held: Held | None = None  # what the person sent before choosing their office
    typed: str | None = None  # a question typed in a form, until they choose to leave it or not
    service_asked: str | None = None  # the question services were last offered under: a help
    # form opened from it takes what it says (bot.features.assist.prefill)
    form_left: str | None = None  # the form just left for that question: its way back offered
    # under the answer in the same turn (bot.features.callback.resumed), then None again
    form_kept: Kept | None = None  # ... and where it was, with what had been given: the way
    # back goes there (the name not asked again); gone when taken, a form is left again or begun
    phone_note: str | None = None  # what was written with the phone number just given
    # («after 5pm»), for the form that asked for it (a callback or help request: a note for staff);
    # "" when a number came alone, None when none was given (the saved one was used)
    name_note: str | None = None  # the words in brackets after the name just given, for a form
    # that keeps them apart as its record's note for staff (a visit: person.take_aside)
    # Writing with staff (bot.features.callback.capture): the ISO moment the person turned to
    # the bot (/start, the main menu, ❓ Ask a question), after which their texts are the bot's
    # until staff write again; and the thread ("<kind>:<id>") their next text goes to.
    to_bot_at: str | None = None
    write_to: str | None = None
    # A text typed for a confidential record's staff, held until the person chooses whether
    # staff in the group may read it (bot.features.callback.private): "<kind>:<id>", the text.
    private_to: str | None = None
    private_text: str | None = None
    # ... or handed to the bot instead («It was a question for the bot»): that text, when it
    # comes again, is the bot's whatever thread is open
    for_bot: str | None = None
    # A question the bot answered while a request just sent took the person's texts
    # (bot.features.callback.answered): "<kind>:<id>" and the text, for «Send this to your
    # request too»
    also_to: str | None = None
    also_text: str | None = None
    # ... or one nothing was found for, sent to the request with «↩️ Undo»: "<ISO moment it
    # was written>|<ISO moment the person wrote before, or empty>": the card as it was, undone
    also_before: str | None = None
    # The person's own town (its Polish name, bot/features/office/cities.yaml), named by them,
    # when no office of the network is there: the answers say its city hall, not the office's
    # (bot/content/towns.py); shown in /mydata, gone with /forget.
    town: str | None = None
    # A request rated (bot.features.callback.feedback): "<id>:<rating>:<ISO moment>", so that a
    # complaint typed next (or anything, after a low rating) reaches its staff as feedback
    rated: str | None = None
    # The ISO moment consent was refused (bot.features.hours.asked): «where do I call?» typed
    # within a while after it, not only next, gets the phone, the hours and the places
    declined_at: str | None = None
    # The language the person last asked staff to speak with them (a callback's «language of
    # the call», a visit's): a visit's language offered first next time
    talk_language: str | None = None

    def answered(self, topic_id: str, now: dt.datetime, part: int | None = None) -> None:
        """The person was just shown `topic_id`'s answer (at its `part`, if one)."""
        self.last_topic, self.last_topic_at = topic_id, now.isoformat()
        self.last_part = part

    def to_bot(self, now: dt.datetime) -> None:
        """The person turned to the bot: what they type next is for it, not for staff."""
        self.to_bot_at, self.write_to = now.isoformat(), None
        self.private_to = self.private_text = None


@dataclass
class Caller:
    """A flow that called a sub-flow, and the step it continues at when that returns."""

    flow: str = ""
    step: str = ""


@dataclass
class Kept:
    """A form left for a question typed in it (bot.features.person.typed.mark_left): its flow
    and step, the flows that called it, and every open flow's draft as data, so that «📞
    Continue» (bot.features.callback.resumed) takes the person back there with what they gave."""

    flow: str = ""
    step: str = ""
    callers: list[Caller] = field(default_factory=list)
    drafts: dict[str, Any] = field(default_factory=dict)  # flow -> its draft, dumped


@dataclass
class Shown:
    """A button shown at a step that takes its buttons typed (bot.core.choices)."""

    label: str = ""
    payload: str = ""
    means: str = ""  # Button.means


@dataclass
class Session:
    channel: str
    user_id: str
    chat_id: str
    language: str | None = None
    language_chosen: bool = False
    office: str | None = None
    flow: str | None = None
    step: str | None = None
    callers: list[Caller] = field(default_factory=list)
    drafts: dict[str, Any] = field(default_factory=dict)  # flow -> its draft (raw or typed)
    memory: Memory = field(default_factory=Memory)
    shown: list[Shown] = field(default_factory=list)
    pending: str | None = None
    updated_at: dt.datetime | None = None
    erase: bool = False  # set by /forget: the core deletes the row instead of saving it

    def enter(self, flow: str, step: str) -> None:
        """Be at `step` of `flow`; entering a flow from outside leaves every other flow, and a
        form left earlier for a question is no longer gone back to (nor shown by /mydata)."""
        if self.flow is None:
            self.memory.form_kept = None
        if self.flow != flow:
            self.drafts = {flow: self.drafts[flow]} if flow in self.drafts else {}
            self.callers = []
        self.flow, self.step = flow, step

    def leave(self) -> None:
        """Out of every flow: drafts and callers go, the memory stays."""
        self.flow = self.step = None
        self.callers = []
        self.drafts = {}

    # --- the `data` column ------------------------------------------------------------------
    def data(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "memory": codec.dump(self.memory),
            "drafts": {name: codec.dump(draft) for name, draft in self.drafts.items()},
            "callers": codec.dump(self.callers),
            "office": self.office,
            **(
                {"shown": [[b.label, b.payload, b.means] for b in self.shown]} if self.shown else {}
            ),
            **({"pending": self.pending} if self.pending else {}),
        }

    def restore(self, data: dict[str, Any]) -> None:
        if data.get("format") != FORMAT:
            data = _from_format_1(data, self)
        self.memory = codec.load(Memory, data.get("memory"))
        drafts = data.get("drafts")
        self.drafts = dict(drafts) if isinstance(drafts, dict) else {}
        callers = data.get("callers")
        self.callers = [codec.load(Caller, c) for c in callers] if isinstance(callers, list) else []
        office = data.get("office")
        self.office = office if isinstance(office, str) else None
        shown = data.get("shown")
        self.shown = (
            [Shown(*map(str, b)) for b in shown if isinstance(b, list) and len(b) == 3]
            if isinstance(shown, list)
            else []
        )
        pending = data.get("pending")
        self.pending = pending if isinstance(pending, str) and pending else None


def _from_format_1(old: dict[str, Any], session: Session) -> dict[str, Any]:
    """Sessions saved before the flows were tables: memory under "_" keys, the callback draft
    under "cb", the booking draft at the top, the consent-name-phone steps as "person:<step>"."""
    memory: dict[str, Any] = {
        "consent": old.get("_consent"),
        "person": old.get("_person"),
        "last_topic": old.get("_last_topic"),
        "question": old.get("_question"),
        "urgent_at": old.get("_urgent"),
        "callback_sent": old.get("_cb_sent"),
    }
    if old.get("_booked_token"):
        memory["booked"] = {"token": old["_booked_token"], "id": old.get("_booked_id", 0)}
    drafts: dict[str, Any] = {}
    callers: list[dict[str, str]] = []
    person = old.get("person") if isinstance(old.get("person"), dict) else None
    given = person if person and "phone" in person else None
    if session.flow == "callback" and isinstance(old.get("cb"), dict):
        drafts["callback"] = dict(old["cb"], person=given)
    elif session.flow == "booking":
        slot: dict[str, Any] = old["slot"] if isinstance(old.get("slot"), dict) else {}
        drafts["booking"] = {
            "place": old.get("place"),
            "slot_place": slot.get("place"),
            "slot_key": slot.get("key"),
            "topic": old.get("topic"),
            "token": old.get("token"),
            "token_for": old.get("token_for"),
            "person": given,
        }
    step = session.step or ""
    if session.flow in ("callback", "booking") and step.startswith("person:"):
        inner = step.partition(":")[2]
        if inner == "done":
            session.step = "person"  # resumed at the next turn
        else:
            callers.append({"flow": session.flow, "step": "person"})
            drafts["person"] = {"name": (person or {}).get("name")}
            session.flow, session.step = "person", inner
    return {"memory": memory, "drafts": drafts, "callers": callers}
