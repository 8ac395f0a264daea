"""Two open requests of one person, both cards marked: a request made while the same person's
other requests are open here names them on its card («👥 Ta sama osoba: T1»: the
detail `same_person`, open_one.same_person), and each of those cards is edited to name it back
(the detail `same_person_later`; one line lists both kinds), so whoever
looks at either knows another colleague may be calling the same person. Once one of them is
closed (done, unreachable, withdrawn by the person), the marks go: its own, and the others'
naming it, whose cards are edited again (staff.refresh: the card and every copy shown again).
A request reopened (closing.reopen) is marked again with those open then (`relink`).

Appointment requests (W, bot.features.appointments) are among them: a callback or help request
names the person's open ones, and is named by one sent later (`record_changed`, called by that
feature's card); the appointment request's own card names the person's open requests as they
are whenever it is shown (`open_numbers`), edited as one comes or goes (its ThreadKind's
`refresh`). Not a confidential service's (a psychologist's): its staff see no more than a
first name, and a mark would tie it to the name and phone of another request.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from bot.features.callback import numbered
from bot.features.callback.details import LINKS, SAME_PERSON, SAME_PERSON_LATER, same_person_ids
from bot.storage import Tx, request_details
from bot.storage import appointment_requests as appointment_store
from bot.storage import requests as store
from bot.storage.requests import Detail, Request

APPOINTMENT = "W"  # an appointment request's letter: its card is the appointments feature's


def number(request: Request) -> str:
    """The request's number as staff read it: «T2» (a callback request), «P3» (a help one)."""
    return numbered.of_request(request)


def _with(details: tuple[Detail, ...], link: str, ids: list[str]) -> tuple[Detail, ...]:
    kept = tuple(d for d in details if d.id != link)
    return kept + ((Detail(link, "ids", ",".join(ids)),) if ids else ())


def _ours(named: str) -> bool:
    """Whether a number named is a callback or help request's (its details are here)."""
    return named[:1] != APPOINTMENT


async def open_numbers(
    tx: Tx, channel: str, user_id: str | None, office: str
) -> list[tuple[str, dt.datetime]]:
    """The person's open records at `office` a card names («T1», «P3», «W2»: not a confidential
    service's appointment request), each with when it came, oldest first."""
    if not user_id:
        return []
    found = [
        (number(r), r.created_at)
        for r in await store.of_user(tx, channel, user_id)
        if r.is_open and not r.forgotten and r.office == office
    ]
    found += [
        (f"{APPOINTMENT}{r.id}", r.created_at)
        for r in await appointment_store.open_for(tx, channel, user_id)
        if r.office == office and not r.sensitive and not r.forgotten
    ]
    return sorted(found, key=lambda item: item[1])


async def name_back(tx: Tx, other: Request, link: str, mine: str) -> bool:
    """`mine` added to the other request's `link`; whether its details changed."""
    ids = same_person_ids(other, link)
    if mine in ids:
        return False
    await request_details.set_details(tx, other.id, _with(other.details, link, ids + [mine]))
    return True


async def link(tx: Tx, request: Request) -> list[str]:
    """A request just made: each open request of the same person it names is given its number
    back; the numbers of those whose cards to edit (an appointment request's: its own)."""
    mine = number(request)
    changed = []
    for named in same_person_ids(request):
        if not _ours(named):
            changed.append(named)  # (its card names the open ones as it is shown)
            continue
        other = await numbered.named(tx, named)
        if other is None or not other.is_open or other.forgotten:
            continue
        if await name_back(tx, other, SAME_PERSON_LATER, mine):
            changed.append(named)
    return changed


async def relink(tx: Tx, request: Request) -> list[str]:
    """A request reopened: marked again with the person's records open now (those that came
    before it, and after it), each of those naming it back; the numbers whose cards to edit."""
    mine = number(request)
    before: list[str] = []
    after: list[str] = []
    for named, at in await open_numbers(tx, request.channel, request.user_id, request.office):
        if named == mine:
            continue
        earlier = (at, named) < (request.created_at, mine)
        (before if earlier else after).append(named)
        if not _ours(named):
            continue
        other = await numbered.named(tx, named)
        if other is not None:
            await name_back(tx, other, SAME_PERSON_LATER if earlier else SAME_PERSON, mine)
    details = _with(_with(request.details, SAME_PERSON, before), SAME_PERSON_LATER, after)
    if details != request.details:
        await request_details.set_details(tx, request.id, details)
    return before + after


async def unlink(tx: Tx, request: Request) -> tuple[Request, list[str]]:
    """A request closed: it names no other request any more, and no other names it. The request
    as it is now, and the numbers of the others whose cards changed (to edit)."""
    named = [*same_person_ids(request), *same_person_ids(request, SAME_PERSON_LATER)]
    if not named:
        return request, []
    mine = number(request)
    changed = []
    for other_number in dict.fromkeys(named):
        if not _ours(other_number):
            changed.append(other_number)  # its card no longer names this one
            continue
        other = await numbered.named(tx, other_number)
        if other is not None and await unnamed(tx, other.id, mine):
            changed.append(other_number)
    details = tuple(d for d in request.details if d.id not in LINKS)
    await request_details.set_details(tx, request.id, details)
    return replace(request, details=details), changed


async def unnamed(tx: Tx, request_id: int, gone: str) -> bool:
    """`gone` taken out of the request's marks; whether they changed."""
    other = await store.get(tx, request_id)
    if other is None or other.forgotten:
        return False
    details = other.details
    for kind in LINKS:
        ids = same_person_ids(other, kind)
        if gone in ids:
            details = _with(details, kind, [n for n in ids if n != gone])
    if details == other.details:
        return False
    await request_details.set_details(tx, other.id, details)
    return True
