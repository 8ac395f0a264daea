"""The heap given back when the bot falls quiet (bot.memory.give_back_when_quiet)."""

from __future__ import annotations

import asyncio

import pytest

from bot import memory


async def test_the_heap_is_given_back_once_after_turns_then_quiet(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if memory._libc() is None:
        pytest.skip("not glibc")
    given: list[int] = []
    turns = [0]
    monkeypatch.setattr(memory, "give_back", lambda: given.append(turns[0]))
    task = asyncio.create_task(memory.give_back_when_quiet(lambda: turns[0], quiet=0.01))
    await asyncio.sleep(0.05)
    assert given == []  # no turn yet: nothing to give back
    for _ in range(5):
        turns[0] += 1
        await asyncio.sleep(0.002)
    await asyncio.sleep(0.1)
    assert given and given[-1] == 5  # quiet after the turns: given back
    before = len(given)
    await asyncio.sleep(0.1)
    assert len(given) == before  # still quiet, no new turn: not again
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
