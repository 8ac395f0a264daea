"""Two open requests of one person, both cards marked: a request made while the same person's
other requests are open here names them on its card («👥 Ta sama osoba co prośba nr T1»: the
detail `same_person`, open_one.same_person), and each of those cards is edited to name it back
(«👥 Ta sama osoba wysłała też prośbę nr T2»: the detail `same_person_later`), so whoever
looks at either knows another colleague may be calling the same person. Once one of them is
closed (done, unreachable, withdrawn by the person), the marks go: its own, and the others'
naming it, whose cards are edited again (staff.refresh: the card and every copy shown again).
"""

from __future__ import annotations

from dataclasses import replace

from bot.features.callback import numbered
from bot.features.callback.details import LINKS, SAME_PERSON_LATER, same_person_ids
from bot.storage import Tx, request_details
from bot.storage import requests as store
from bot.storage.requests import Detail, Request


def number(request: Request) -> str:
    """The request's number as staff read it: «T2» (a callback request), «P3» (a help one)."""
    return numbered.of_request(request)


def _with(details: tuple[Detail, ...], link: str, ids: list[str]) -> tuple[Detail, ...]:
    kept = tuple(d for d in details if d.id != link)
    return kept + ((Detail(link, "ids", ",".join(ids)),) if ids else ())


async def link(tx: Tx, request: Request) -> list[int]:
    """A request just made: each open request of the same person it names is given its number
    back; the ids of those (their cards to edit)."""
    mine = number(request)
    changed = []
    for named in same_person_ids(request):
        other = await store.get(tx, int(named[1:]))
        if other is None or not other.is_open or other.forgotten:
            continue
        later = same_person_ids(other, SAME_PERSON_LATER)
        if mine not in later:
            await request_details.set_details(
                tx, other.id, _with(other.details, SAME_PERSON_LATER, later + [mine])
            )
            changed.append(other.id)
    return changed


async def unlink(tx: Tx, request: Request) -> tuple[Request, list[int]]:
    """A request closed: it names no other request any more, and no other names it. The request
    as it is now, and the ids of the others whose cards changed (to edit)."""
    named = [*same_person_ids(request), *same_person_ids(request, SAME_PERSON_LATER)]
    if not named:
        return request, []
    mine = number(request)
    changed = []
    for other_number in dict.fromkeys(named):
        other = await store.get(tx, int(other_number[1:]))
        if other is None or other.forgotten:
            continue
        details = other.details
        for kind in LINKS:
            ids = same_person_ids(other, kind)
            if mine in ids:
                details = _with(details, kind, [n for n in ids if n != mine])
        if details != other.details:
            await request_details.set_details(tx, other.id, details)
            changed.append(other.id)
    details = tuple(d for d in request.details if d.id not in LINKS)
    await request_details.set_details(tx, request.id, details)
    return replace(request, details=details), changed
