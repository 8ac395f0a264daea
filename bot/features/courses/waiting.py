"""The waiting list moves up: a freed seat is offered to the first sign-up waiting that fits in
the free seats, which has `confirm_hours` to take it; an offer not taken in time lapses and the
seat goes to the next. A family that needs more seats than are free is offered them for its
first people (family.py). First come, first served: a family waiting together is held the
places once (its first people may take them; those behind wait for its answer), and after that
it is passed over, keeping its number: the next in line who fits, or may be split, is offered
them (`waiting_list.offer_next`; places left that nobody can use: `tell_free`). Whoever moves
up the list (someone ahead left it or was offered a seat) is told their new number.

Everything happens in one transaction with what freed the seat, and every message goes through
the outbox in it: a restart loses no offer and repeats none (the state is the rows' status).
The job (`lapse_offers`, run at start and every minute) also fills seats that became free some
other way (more seats in the config: `more_seats`), as when a place frees.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.core.services import Services
from bot.features.courses import family
from bot.features.courses import free as free_places
from bot.features.courses.course import Course, of_record
from bot.features.courses.views import (
    about,
    lapsed_reply,
    mine_row,
    moved_up_reply,
    offer_reply,
    person_voice,
)
from bot.storage import Tx, waiting_list
from bot.storage import enrolments as store
from bot.storage import outbox as outbox_store

log = logging.getLogger(__name__)


@dataclass
class Out:
    """The unit of work messages to people belong to: a turn (its outbox is woken after it), or
    a job's transaction."""

    services: Services
    tx: Tx
    now: dt.datetime
    turn: Turn | None = None
    queued: int = 0

    @classmethod
    def of(cls, turn: Turn) -> Out:
        return cls(turn.services, turn.tx, turn.now, turn)

    async def send(
        self, enrolment: store.Enrolment, reply: Reply, ref_kind: str | None = None
    ) -> None:
        """`ref_kind`: the message, once delivered, is remembered as this (ref id: the
        enrolment); by default `store.REF_PERSON` (undelivered: staff told of which course)."""
        if not enrolment.chat_id:
            return  # forgotten by retention
        ref_kind = ref_kind or store.REF_PERSON
        if self.turn is not None:
            await self.turn.enqueue(
                enrolment.channel,
                enrolment.chat_id,
                reply,
                about=about(enrolment),
                ref_kind=ref_kind,
                ref_id=enrolment.id,
            )
        else:
            await outbox_store.enqueue(
                self.tx,
                self.now,
                enrolment.channel,
                enrolment.chat_id,
                reply,
                subject=about(enrolment),
                ref_kind=ref_kind,
                ref_id=enrolment.id,
            )
        self.queued += 1


Places = dict[int, int]  # the waiting list at one moment: enrolment id -> its number on it


async def places(out: Out, office: str, service: str) -> Places:
    """The course's waiting list as it is now (taken before a change, for `tell_moved_up`)."""
    waiting = await store.waiting_in(out.tx, office, service)
    return {e.id: number for number, e in enumerate(waiting, 1)}


async def tell_moved_up(out: Out, course: Course, before: Places) -> None:
    """Everyone still waiting whose number changed since `before` is told the new one; nobody
    else (the number of whoever joined since, or stayed where they were, did not change)."""
    waiting = await store.waiting_in(out.tx, course.office.id, course.id)
    for number, enrolment in enumerate(waiting, 1):
        if before.get(enrolment.id, number) != number:
            v = await person_voice(out.services, out.tx, enrolment)
            await out.send(enrolment, moved_up_reply(v, course, number))


async def fill(out: Out, course: Course, before: Places | None = None) -> list[store.Enrolment]:
    """Free seats go to the people waiting, in their order: each is offered one. Whoever moves up
    is told (`before`: the waiting list before the change that freed the seat, if there was one).
    """
    if before is None:
        if not course.offers_seats(out.now):
            return []  # nothing can change (the job passes finished courses' lists every minute)
        before = await places(out, course.office.id, course.id)
    offered = await _offer_seats(out, course)
    await tell_moved_up(out, course, before)
    return offered


async def _offer_seats(out: Out, course: Course) -> list[store.Enrolment]:
    if not course.offers_seats(out.now):
        return []
    office = course.office.id
    await store.set_seats(out.tx, office, course.id, course.seats)
    offered: list[store.Enrolment] = []
    while True:
        until = course.offer_until(out.now)
        enrolment = await waiting_list.offer_next(out.tx, out.now, office, course.id, until)
        if enrolment is None:
            return offered
        v = await person_voice(out.services, out.tx, enrolment)
        rest = await waiting_list.rest_of(out.tx, enrolment)
        if rest is not None:  # seats for the first people of a family: the rest keep waiting
            position = await store.position(out.tx, rest)
            await out.send(enrolment, family.part_offer_reply(v, course, enrolment, rest, position))
            if rest.together:  # its one hold: those ahead that had theirs are told why
                await _tell_ahead(out, course, rest, enrolment.people)
        elif enrolment.people > 1:  # places for all of a family or a group: named
            await out.send(enrolment, family.whole_offer_reply(v, course, enrolment))
        else:
            await out.send(enrolment, offer_reply(v, course, enrolment))
        offered.append(enrolment)


async def passed_on(out: Out, course: Course, status: str, before: Places) -> list[store.Enrolment]:
    """After someone of `status` came off the course's lists: a seat they held goes to the next
    person waiting (returned), and whoever moved up the waiting list is told."""
    if status == "waiting":
        await tell_moved_up(out, course, before)
        return []
    return await fill(out, course, before)


async def tell_free(out: Out, course: Course, before: int, skip: tuple[int | None, ...]) -> None:
    """Places left free (held by nobody) after a change freed more than the `before` free, that
    a sign-up waiting together for more cannot use whole: the first such sign-up that has not
    held places before is offered them for its first people, held for `confirm_hours` as any
    offer (family.py; it holds up those behind it at most once), and those ahead of it that held
    places before are told so (they keep their number); else each is told it may take them for
    some of its people now, first come first served (free.py). Not the one whose offer of places
    just ended (`skip`: it chose to wait)."""
    if not course.offers_seats(out.now):
        return
    free = await waiting_list.free_seats(out.tx, course.office.id, course.id)
    if free <= max(before, 0):
        return
    waiting = await store.waiting_in(out.tx, course.office.id, course.id)
    short = [(n, e) for n, e in enumerate(waiting, 1) if e.together and e.people > free]
    short = [(n, e) for n, e in short if e.id not in skip]  # those who fit were offered
    for _, e in short:
        if not await waiting_list.held_once(out.tx, e) and await _hold(out, course, e, free):
            await _tell_ahead(out, course, e, free, skip)
            return
    for number, e in short:
        v = await person_voice(out.services, out.tx, e)
        await out.send(e, free_places.free_reply(v, course, e, number, free))


async def _tell_ahead(
    out: Out, course: Course, held: store.Enrolment, free: int, skip: tuple[int | None, ...] = ()
) -> None:
    """Places were held for `held`, a sign-up waiting together: those waiting together ahead of
    it that had their hold and cannot use them whole are told why, not left wondering."""
    for number, ahead in enumerate(await store.waiting_in(out.tx, course.office.id, course.id), 1):
        if ahead.id == held.id:
            return
        told = ahead.together and ahead.people > free and ahead.id not in skip
        if told and await waiting_list.held_once(out.tx, ahead):
            v = await person_voice(out.services, out.tx, ahead)
            await out.send(ahead, free_places.held_behind_reply(v, course, ahead, number, free))


async def _hold(out: Out, course: Course, together: store.Enrolment, free: int) -> bool:
    """The free places held for the first people of a sign-up waiting together, offered to it
    (the others keep its number); False when they could not be (nothing is written)."""
    until = course.offer_until(out.now)
    part = await waiting_list.offer_part(out.tx, out.now, together, free, until)
    rest = await store.get(out.tx, together.id)
    if part is None or rest is None:
        return False
    v = await person_voice(out.services, out.tx, part)
    position = await store.position(out.tx, rest)
    await out.send(part, family.part_offer_reply(v, course, part, rest, position))
    return True


async def leave(out: Out, enrolment: store.Enrolment, status: str) -> list[store.Enrolment] | None:
    """Off the lists ('left', 'removed', 'declined'); a seat it held goes to the next person
    waiting (returned), and whoever moved up is told; places left free that a family waiting
    together cannot use whole, it is told of. None: they were not on the lists any more (a
    second tap)."""
    free = await waiting_list.free_seats(out.tx, enrolment.office, enrolment.service)
    offered = await _leave(out, enrolment, status)
    course = of_record(out.services.settings, enrolment.office, enrolment.service)
    if offered is not None and course is not None:
        await tell_free(out, course, free, (enrolment.id, enrolment.part_of))
    return offered


async def _leave(out: Out, enrolment: store.Enrolment, status: str) -> list[store.Enrolment] | None:
    waiting = await places(out, enrolment.office, enrolment.service)
    if status in ("declined", "lapsed"):  # seats offered for some of a family: back to it
        merged = await waiting_list.merge_back(out.tx, out.now, enrolment, status)
        course = of_record(out.services.settings, enrolment.office, enrolment.service)
        if merged is not None:
            return await fill(out, course, waiting) if course is not None else []
    before = await store.finish(out.tx, out.now, enrolment.id, status)
    if before is None:
        return None
    course = of_record(out.services.settings, before.office, before.service)
    if course is None:
        return []
    return await passed_on(out, course, before.status, waiting)


async def more_seats(out: Out, course: Course) -> None:
    """Seats the config now has beyond those last written (the deployer raised `seats:` and
    restarted): the people waiting move up as when a place frees, and a family waiting together
    that cannot use them whole is told of them (free.py). Once: the seats are written as they
    are now, so the next start finds nothing new."""
    free = await waiting_list.free_seats(out.tx, course.office.id, course.id)  # the seats before
    await fill(out, course)
    await tell_free(out, course, free, ())


async def _still_free(out: Out, enrolment: store.Enrolment) -> bool:
    """Whether the places an offer held are free for anyone now: nobody waits for them."""
    office, service = enrolment.office, enrolment.service
    left = await waiting_list.free_seats(out.tx, office, service)
    return left >= enrolment.people and not await store.waiting_in(out.tx, office, service)


async def run(services: Services) -> None:
    """The periodic job."""
    await lapse_offers(services)


async def lapse_offers(services: Services) -> int:
    """Offers past their deadline lapse (the person is told) and the seat goes
    to the next; free seats go to whoever waits. Returns how many offers lapsed."""
    now = services.clock()
    settings = services.settings
    lapsed = 0
    async with services.db.transaction() as tx:
        out = Out(services, tx, now)
        for enrolment in await store.offers_past(tx, now):
            course = of_record(settings, enrolment.office, enrolment.service)
            free = await waiting_list.free_seats(tx, enrolment.office, enrolment.service)
            merged = await waiting_list.merge_back(tx, now, enrolment, "lapsed")
            if merged is None and await store.finish(tx, now, enrolment.id, "lapsed") is None:
                continue
            lapsed += 1
            if course is None:
                continue
            v = await person_voice(services, tx, enrolment)
            if merged is not None:  # seats for some of a family: all of them wait on together
                position = await store.position(tx, merged)
                text = family.kept_text(v, course, merged, position, "co_part_lapsed")
                await out.send(enrolment, Reply(text, [mine_row(v)]))
            await fill(out, course)  # the place to the next; what nobody could take, told of
            await tell_free(out, course, free, (enrolment.id, enrolment.part_of))
            if merged is None:  # nobody else wanted it: still free, a tap away (tester 43, F13)
                still = await _still_free(out, enrolment)
                await out.send(enrolment, lapsed_reply(v, course, now, still))
        for office, service in await store.with_waiting(tx):
            course = of_record(settings, office, service)
            if course is not None:
                await more_seats(out, course)
    if out.queued:
        log.info("courses: %d offer(s) lapsed, %d message(s) queued", lapsed, out.queued)
        services.outbox.wake()
    return lapsed
