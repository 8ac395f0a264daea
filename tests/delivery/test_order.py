"""A chat's messages go out in their order: one waiting for a retry holds up the ones after it in
that chat (and no other chat); one set aside (refused by the staff chat, or an edit before its
message) holds up none."""

from __future__ import annotations

import pytest

from bot.core.messages import Reply
from bot.core.outgoing import Queued
from bot.delivery.errors import RetryLater, Undeliverable
from bot.delivery.limits import RateLimiter
from bot.delivery.worker import OutboxWorker
from bot.storage import Database
from bot.storage import outbox as store

PERSON, OTHER, STAFF = "501", "502", "-100"


class Platform:
    """Accepts, except what it is told to refuse (`once`: the next times, `always`)."""

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.edited: list[tuple[str, str]] = []
        self.once: dict[str, list[Exception]] = {}  # text -> refused the next times
        self.always: dict[str, Exception] = {}  # text -> refused every time

    async def send(self, chat_id: str, reply: Reply) -> str:
        if failure := (self.once.get(reply.text) or [None]).pop(0) or self.always.get(reply.text):
            raise failure
        self.sent.append((chat_id, reply.text))
        return str(100 + len(self.sent))

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        self.edited.append((message_id, reply.text))

    def to(self, chat_id: str) -> list[str]:
        return [text for chat, text in self.sent if chat == chat_id]


@pytest.fixture
async def db(tmp_path):  # type: ignore[no-untyped-def]
    database = await Database(tmp_path / "o.sqlite3").open()
    yield database
    await database.close()


@pytest.fixture
def platform() -> Platform:
    return Platform()


@pytest.fixture
def worker(db, platform, clock) -> OutboxWorker:  # type: ignore[no-untyped-def]
    worker = OutboxWorker(db, {"telegram": platform}, clock, keep_trying_chats={STAFF})
    worker.limiter = RateLimiter(lambda: clock.now.timestamp())  # one clock for all
    return worker


async def queue(db, clock, chat: str, *texts: str, **how) -> list[int]:  # type: ignore[no-untyped-def]
    async with db.transaction() as tx:
        return [
            await store.enqueue(tx, clock(), "telegram", chat, Reply(text), **how) for text in texts
        ]


async def test_a_message_waiting_for_a_retry_is_not_overtaken_by_the_next_one(
    db, platform, worker, clock
):
    await queue(db, clock, PERSON, "first", "second")
    await queue(db, clock, OTHER, "to someone else")
    platform.once["first"] = [RetryLater("network: Bad Gateway")] * 2  # again in 1 s, then 2 s
    await worker.run_once()
    assert platform.to(OTHER) == ["to someone else"]  # another chat goes on
    for _ in range(2):
        clock.advance(seconds=1.1)
        await worker.run_once()
    assert platform.to(PERSON) == []  # "second" was due, but "first" goes first
    for _ in range(2):
        clock.advance(seconds=1.1)
        await worker.run_once()
    assert platform.to(PERSON) == ["first", "second"]


async def test_after_a_429_the_paused_chat_resumes_in_its_order(db, platform, worker, clock):
    await queue(db, clock, PERSON, "first")
    platform.once["first"] = [RetryLater("Telegram asked to slow down", 1)]
    await worker.run_once()
    await queue(db, clock, PERSON, "second")  # due at once; "first" only when its 1 s is over
    clock.advance(seconds=0.5)
    assert await worker.run_once() == pytest.approx(0.5)  # the worker sleeps until then
    assert platform.to(PERSON) == []
    for _ in range(3):
        clock.advance(seconds=1)
        await worker.run_once()
    assert platform.to(PERSON) == ["first", "second"]


async def test_a_later_turns_replies_go_behind_what_the_worker_retries(db, platform, worker, clock):
    await queue(db, clock, PERSON, "earlier reply", priority=store.NOW)
    platform.once["earlier reply"] = [RetryLater("network: Bad Gateway")]
    await worker.run_once()
    [held] = await queue(db, clock, PERSON, "reply", priority=store.NOW)
    await worker.send_now("telegram", PERSON, [Queued(held, Reply("reply"))])
    assert platform.to(PERSON) == []  # handed over, behind the earlier one
    for _ in range(3):
        clock.advance(seconds=1.1)
        await worker.run_once()
    assert platform.to(PERSON) == ["earlier reply", "reply"]


async def test_what_waits_behind_a_turns_replies_goes_when_they_are_marked(
    db, platform, worker, clock
):
    async with db.transaction() as tx:  # a turn's reply, held while the adapter sends it
        held = tx.at_commit(*store.insert(clock(), "telegram", PERSON, Reply("r"), held=True))
    await queue(db, clock, PERSON, "a notification")
    await worker.run_once()
    assert platform.to(PERSON) == []  # not between the turn's replies
    worker.signal.event.clear()
    await worker.mark_sent([(held.rowid, "7")])
    assert worker.signal.event.is_set()  # the worker looks again at once
    await worker.run_once()
    assert platform.to(PERSON) == ["a notification"]


async def test_a_message_the_staff_chat_refuses_is_set_aside_and_holds_up_none(
    db, platform, worker, clock
):
    platform.always["too long"] = Undeliverable("bad request: message is too long")
    await queue(db, clock, STAFF, "too long", "request 2", "request 3")
    await worker.run_once()
    assert platform.to(STAFF) == ["request 2", "request 3"]
    platform.always.clear()
    clock.advance(minutes=6)
    await worker.run_once()
    assert platform.to(STAFF) == ["request 2", "request 3", "too long"]  # never given up


async def test_an_edit_before_its_message_waits_after_it_instead_of_holding_it_up(
    db, platform, worker, clock
):
    edit = {"action": "edit", "ref_kind": "request", "ref_id": 3, "priority": store.NOW}
    await queue(db, clock, STAFF, "taken", **edit)
    await queue(db, clock, STAFF, "request 3", ref_kind="request", ref_id=3)
    await worker.run_once()
    assert platform.to(STAFF) == ["request 3"]  # at once, not after the edit's retries
    clock.advance(seconds=3)
    await worker.run_once()
    assert platform.edited == [("101", "taken")]
