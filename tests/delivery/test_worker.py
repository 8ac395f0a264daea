"""The outbox worker: edits wait for their message, and give up only when there is none."""

from __future__ import annotations

from bot.core.messages import Reply
from bot.delivery.worker import OutboxWorker
from bot.storage import Database
from bot.storage import outbox as store


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.edited: list[tuple[str, str, str]] = []

    async def send(self, chat_id: str, reply: Reply) -> str:
        self.sent.append((chat_id, reply.text))
        return str(100 + len(self.sent))

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        self.edited.append((chat_id, message_id, reply.text))


async def test_an_edit_queued_with_its_message_edits_it_after_it_is_sent(tmp_path, clock):
    db = await Database(tmp_path / "o.sqlite3").open()
    try:
        recorder = Recorder()
        worker = OutboxWorker(db, {"telegram": recorder}, clock, keep_trying_chats={"-100"})
        async with db.transaction() as tx:
            await store.enqueue(
                tx, clock(), "telegram", "-100", Reply("new request"), ref_kind="request", ref_id=7
            )
            await store.enqueue(
                tx,
                clock(),
                "telegram",
                "-100",
                Reply("taken"),
                action="edit",
                ref_kind="request",
                ref_id=7,
            )
        for _ in range(3):
            await worker.run_once()
            clock.advance(seconds=5)
        assert recorder.sent == [("-100", "new request")]
        assert recorder.edited == [("-100", "101", "taken")]
    finally:
        await db.close()


async def test_an_edit_of_a_message_never_sent_is_dropped_not_retried_forever(tmp_path, clock):
    db = await Database(tmp_path / "o.sqlite3").open()
    try:
        recorder = Recorder()
        worker = OutboxWorker(db, {"telegram": recorder}, clock, keep_trying_chats={"-100"})
        async with db.transaction() as tx:
            await store.enqueue(
                tx,
                clock(),
                "telegram",
                "-100",
                Reply("taken"),
                action="edit",
                ref_kind="request",
                ref_id=9,
            )
        await worker.run_once()
        async with db.transaction() as tx:
            assert await store.pending_count(tx) == 0
            assert await store.next_due_at(tx, clock(), ["telegram"]) is None
        assert recorder.edited == []
    finally:
        await db.close()
