"""Records' numbers as staff read and type them: a letter for each kind before the number, as on
an office's queue tickets, shown on every card and line (T12: a callback request, P: a help
request, W: an appointment request, D: a visit at the duty hours, S: an appointment booked with
a specialist). The kinds are numbered apart, each from 1: a callback request, a help request
and an appointment request may all be 1, so «/request T1», «/request P1» and «/request W1» are
three records (T and P share one table, and shared its ids until the thirtieth session: the
first help request could be P2; `Request.number`, migration 052). A number without a letter
is a callback or help request, as before (both, when both have it); at /appointments, an
appointment request. Each kind's card is shown by its feature's `<group>:show:<id>` staff button
(the one /requests' lines press), so a typed number shows exactly what a tap would.
"""

from __future__ import annotations

import re

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Expired, Reply
from bot.core.numbers import record_id
from bot.storage import Tx, appointments, bookings, message_refs, request_numbers
from bot.storage.requests import Request

# The letter of each kind: the staff button group that shows its card, and how it is named
MARKS = {
    "T": ("request", "staff_record_callback"),
    "P": ("request", "staff_record_help"),
    "W": ("apptq", "sa_record_request"),
    "D": ("visit", "sb_record_visit"),
    "S": ("apptv", "sa_record_appointment"),
}
# the staff card's message kind of the records /forget deletes (a request is masked, kept)
_CARDS = {"W": appointments.REF_REQUEST, "D": bookings.REF, "S": appointments.REF}
REQUESTS = ""  # a number alone at /request: a callback or help request
# a letter typed on a Cyrillic keyboard: Т, Р look like T, P; Д, С, В sound like D, S, W
_CYRILLIC = str.maketrans("ТтРрДдСсВв", "TtPpDdSsWw")
_TYPED = re.compile(r"(?:#|nr\.?|№)?\s*([A-Za-z])?\s*[-.]?\s*#?([0-9]{1,9})", re.IGNORECASE)


def read(text: str, bare: str = REQUESTS) -> tuple[str, int] | None:
    """The letter of a number typed («T12», «w 3», «nr D-4», «#S5», «12»: `bare`) and the
    number; None when it is no record's number (an unknown letter, no digits)."""
    found = _TYPED.fullmatch(text.strip().translate(_CYRILLIC))
    if found is None:
        return None
    letter = (found.group(1) or bare).upper()
    number = record_id(found.group(2))
    if number is None or (letter and letter not in MARKS):
        return None
    return letter, number


def letter_of(has_service: bool) -> str:
    """The letter of a callback (T) or help (P) request."""
    return "P" if has_service else "T"


def of_request(request: Request) -> str:
    """A callback or help request's number as staff read it, and the person reads it too (what
    they read out on the phone is what /request takes): «T1», «P3»."""
    return f"{letter_of(request.service is not None)}{request.number}"


def of_callback(number: int) -> str:
    """A callback request's number (`Request.number`), as on its card: «T1»."""
    return f"{letter_of(False)}{number}"


def of_help(number: int) -> str:
    """A help request's number (`Request.number`), as on its card: «P3»."""
    return f"{letter_of(True)}{number}"


async def named(tx: Tx, said: str) -> Request | None:
    """The callback or help request a number names as staff read it («T2», «P3»)."""
    number = record_id(said[1:])
    if said[:1] not in ("T", "P") or number is None:
        return None
    return await request_numbers.numbered(tx, said[:1] == "P", number)


def of_requests(letter: str) -> bool:
    """Whether a letter read is of a callback or help request (T, P, or none at /request)."""
    return MARKS.get(letter, ("request", ""))[0] == "request"


async def show(turn: Turn, letter: str, number: int) -> Outcome:
    """The card of another kind's record (W, D, S), as its /requests button shows it."""
    group, record = MARKS[letter]
    handler = turn.registry.staff_buttons.get(group, {}).get("show")
    try:
        if handler is None:  # that feature does not run here
            raise Expired(group)
        turn.args = (str(number),)
        return await handler(turn)
    except Expired:
        named = turn.t(record, id=number)
        if await message_refs.ever_shown(turn.tx, _CARDS[letter], number):  # (tester 30)
            return stay(Reply(turn.t("staff_record_erased", record=named)))
        return stay(Reply(turn.t("staff_no_such_record", record=named)))
