"""An urgent request's short path (tester 38, F4). Someone who has just written about danger
(«муж угрожает мне ножом, я закрылась в ванной») is asked, after the consent, the name and the
phone, one thing more: to be called as soon as possible, or written to here and not called (a
ringing phone can put a hiding person at risk; staff see «✍️ DO NOT CALL» on the card and write
with a reply to it). The topic comes from the kind of danger (`kinds.TOPICS`: violence is
domestic violence; a kind without one: «Something else»), the language of the call is the
chat's, the time as soon as possible. The message that made the request urgent
(`Memory.urgent_said`, kept by `urgent.mark`) is quoted on the summary and goes on the staff
card, so that staff can judge whether to call 112, unless the person takes it off («🗑 Don't
show staff my message»); every field stays correctable under «Change something»."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go
from bot.core.messages import Expired
from bot.features import urgent
from bot.features.callback.asking import to_summary
from bot.features.callback.details import REACH_BY, URGENT_SAID
from bot.features.callback.replies import REACH, CallbackDraft, ask_reach, draft, is_urgent
from bot.features.person import corrected
from bot.storage.requests import Detail


def starts(turn: Turn) -> bool:
    """Whether the form, its name and phone given, takes the short path: an urgent request
    with nothing chosen yet (not one that became urgent at its topic, nor a correction)."""
    current = draft(turn)
    return is_urgent(turn) and not (current.fixing or current.short or current.topic)


def begin(turn: Turn) -> Outcome:
    """The topic, the language and the time set; «call me, or write to me here?» asked (not
    where the phone was left out: written to, the summary next)."""
    current = draft(turn)
    current.short = True
    current.topic, current.category = _topic(turn), None
    current.language = current.language or turn.lang
    current.window, current.day = "asap", None
    current.said = turn.memory.urgent_said if urgent.is_marked(turn) else None
    if not has_phone(current):  # «✍️ Write to me here, no phone» (person/written.py)
        current.reach = "write"
        return to_summary(turn)
    return go("reach", ask_reach(turn))


def has_phone(current: CallbackDraft) -> bool:
    return current.person is not None and bool(current.person.phone)


def without_phone(turn: Turn) -> None:
    """The person given again without a phone (corrected from the summary): written to."""
    if draft(turn).short and not has_phone(draft(turn)):
        draft(turn).reach = "write"


# the topics a request after a threat or a crime is filed under, the first the office has: a
# threat from someone unnamed («someone is following me», «мені страшно, хтось стежить») is
# «Reporting a crime» (threats and stalking are crimes: its answer says to call 112 when
# «threatened or followed»), else legal help; never «Something else» (safety5)
FILED = {kind: ("crime_report", "legal_help") for kind in ("threat", "crime", "exploitation")}


def _topic(turn: Turn) -> str:
    """The topic of the danger written lately (violence: domestic violence; a threat or a
    crime: `FILED`), or of the answer read (domestic violence); «Something else» where none
    fits, or the office has not got it."""
    memory = turn.memory
    why = memory.urgent_why if memory.urgent_at and urgent.is_marked(turn) else None
    found = urgent.kinds.topic([why]) if why else None
    if found is None and memory.last_topic == urgent.TOPIC:
        found = urgent.TOPIC
    fits = FILED.get(why or "", ()) if found in (None, "crime_report") else ()
    return next((t for t in (found, *fits) if t and turn.kb.topic(turn.lang, t)), "other")


async def choose(turn: Turn) -> Outcome:
    """callback:reach:<call|write>: how staff reach the person; then the summary."""
    reach = turn.args[0] if turn.args else None
    current = draft(turn)
    if reach not in REACH or not current.short:
        raise Expired("callback:reach")
    current.reach = reach
    if reach == "call" and not has_phone(current) and current.person is not None:
        current.may_write = False  # to be called: the phone asked, no longer optional
        return corrected.ask_number(turn, current.person, "confirm")
    return to_summary(turn)


def unsaid(turn: Turn) -> Outcome:
    """«🗑 Don't show staff my message»: the card goes without it; the summary again."""
    draft(turn).said = None
    return to_summary(turn)


def details(current: CallbackDraft) -> tuple[Detail, ...]:
    """What the request keeps of the short path for its card: written to, not called; the
    message that made it urgent (not where it is the description already)."""
    said = current.said if current.said and current.said != current.description else None
    return (
        *((Detail(REACH_BY, "kind", "write"),) if current.reach == "write" else ()),
        *((Detail(URGENT_SAID, "text", said),) if said else ()),
    )
