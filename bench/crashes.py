"""Callback requests under repeated `kill -9`: how many are lost, how many reach staff twice.

    .venv/bin/python bench/crashes.py [--people 140] [--concurrency 20] [--every 2.0 4.0]

The real bot runs as a separate process (`python -m bot run`) against the tests' fake Bot API
server on 127.0.0.1, on the tests' fixture config and content. People go through a whole
callback request in English (/callback, consent, name, phone shared, topic, note skipped,
language, time, "Send the request") while the bot is killed with SIGKILL every few seconds (a
random wait between the two `--every` figures, counted from the moment the new process first
asked for updates) and started again on the same SQLite file.

Printed: the kills, how many people were told "has been sent", how many requests staff got
(once, twice, never), how many persons saw their confirmation twice, and for each repeat how
long after the platform took the first copy the kill came (the gap between "accepted" and
"marked delivered" that at-least-once delivery leaves). docs/reliability.md says what
can repeat and why; this script measures it (issue 13, fault 3: "2 duplicates in 140 requests"
before the outbox marked each message in its own short transaction).
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.load_support import stop  # noqa: E402
from tests.conftest import write_config  # noqa: E402
from tests.support.fake_telegram import FakeTelegram, FakeUser  # noqa: E402

STAFF_CHAT = -1001234500000
WAIT = 90.0  # a step's reply may wait for a restart


def has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")


async def shown(tg: FakeTelegram, user: FakeUser, text: str) -> None:
    await tg.wait_until(lambda: any(text in m.get("text", "") for m in user.messages()), WAIT)


async def request(tg: FakeTelegram, user: FakeUser, name: str) -> bool:
    """One person's whole callback request; True when they were told it was sent."""
    steps: list[tuple[str, str, str]] = [
        ("send", "/callback", "your data"),
        ("press", "I agree", "What is your name"),
        ("send", name, "Your phone number"),
        ("contact", "+48601234567", "What is it about"),
        ("press", "Documents", "choose the topic"),
        ("press", "PESEL", "Anything the staff should know"),
        ("press", "Skip", "In which language"),
        ("press", "Українська", "When is the best time"),
        ("press", "As soon as possible", "Please check your request"),
        ("press", "Send the request", "has been sent"),
    ]
    try:
        for kind, value, expected in steps:
            if kind == "send":
                await user.send(value)
            elif kind == "contact":
                await user.share_contact(value)
            else:
                await user.press(value)
            await shown(tg, user, expected)
        return True
    except (AssertionError, TimeoutError):
        return False


async def run(people: int, concurrency: int, every: tuple[float, float], seed: int) -> None:
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        async with FakeTelegram() as tg:
            tg.group(STAFF_CHAT, "Staff")
            config = write_config(
                Path(tmp), telegram__base_url=tg.base_url, staff__chat_id=STAFF_CHAT
            )
            env = dict(os.environ, TELEGRAM_BOT_TOKEN=tg.token)
            command = [sys.executable, "-m", "bot", "run", "--config", str(config)]

            def start() -> subprocess.Popen[bytes]:
                return subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.DEVNULL)

            users = [tg.user(f"Person{n:03d}", language_code="en") for n in range(people)]
            names = [f"Person{n:03d}" for n in range(people)]
            gate = asyncio.Semaphore(concurrency)

            async def one(user: FakeUser, name: str) -> bool:
                async with gate:
                    return await request(tg, user, name)

            process = start()
            kills = 0
            kill_times: list[float] = []
            began = time.monotonic()
            work = asyncio.gather(*(one(u, n) for u, n in zip(users, names, strict=True)))
            task = asyncio.ensure_future(work)
            try:
                while not task.done():
                    polls = len(tg.calls_to("getUpdates"))
                    while not task.done() and len(tg.calls_to("getUpdates")) == polls:
                        await asyncio.wait({task}, timeout=0.05)  # until this process polls
                    await asyncio.wait({task}, timeout=rng.uniform(*every))
                    if task.done():
                        break
                    process.send_signal(signal.SIGKILL)
                    kill_times.append(time.monotonic())
                    process.wait(10)
                    kills += 1
                    process = start()
                sent = task.result()
                drained = time.monotonic()

                def staff_got_all() -> bool:
                    staff = " ".join(m.get("text", "") for m in tg.messages_in(STAFF_CHAT))
                    return all(n in staff for n, ok in zip(names, sent, strict=True) if ok)

                try:  # the staff chat is paced at 20 messages a minute: let the queue drain
                    await tg.wait_until(staff_got_all, timeout=20 * 60)
                except (AssertionError, TimeoutError):
                    pass
                await asyncio.sleep(3)
                drained = time.monotonic() - drained
            finally:
                stop(process)
            elapsed = time.monotonic() - began - drained
            staff = [m.get("text", "") for m in tg.messages_in(STAFF_CHAT)]
            per_person = Counter(
                next((n for n in names if n in text), None) for text in staff if "PESEL" in text
            )
            per_person.pop(None, None)
            twice_to_person = 0
            gaps: list[float] = []  # first copy accepted -> the kill that made it go again
            for user in users:
                told = [m for m in user.messages() if "has been sent" in m.get("text", "")]
                if len(told) > 1:
                    twice_to_person += 1
                    sends = [
                        c.at
                        for c in tg.calls_to("sendMessage")
                        if c.params.get("chat_id") in (user.id, str(user.id))
                        and "has been sent" in str(c.params.get("text"))
                    ]
                    after = [k - sends[0] for k in kill_times if sends[0] <= k <= sends[1]]
                    if after:
                        gaps.append(min(after))
            copies = Counter(per_person.get(n, 0) for n in names)
    print(f"people {people}, at most {concurrency} at a time, {kills} kills in {elapsed:.0f} s")
    print(f"the staff queue drained {drained:.0f} s after the last person (no kills then)")
    print(f"told 'has been sent': {sum(sent)} of {people}")
    print(
        "requests in the staff chat: "
        + ", ".join(f"{times}×: {count}" for times, count in sorted(copies.items()))
    )
    lost = sum(1 for n, ok in zip(names, sent, strict=True) if ok and per_person.get(n, 0) == 0)
    print(f"confirmed but never reached staff: {lost}")
    print(f"requests staff got twice or more: {sum(c for t, c in copies.items() if t > 1)}")
    print(f"people told 'has been sent' twice: {twice_to_person}")
    if gaps:
        shown = ", ".join(f"{g * 1000:.0f}" for g in sorted(gaps))
        print(f"  the kill came this many ms after the first copy was accepted: {shown}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=140)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--every", type=float, nargs=2, default=(2.0, 4.0))
    parser.add_argument("--seed", type=int, default=13)
    args: Any = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)  # the fake server's "connection lost" at every kill
    asyncio.run(run(args.people, args.concurrency, tuple(args.every), args.seed))


if __name__ == "__main__":
    main()
