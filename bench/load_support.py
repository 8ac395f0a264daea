"""Helpers for bench/load.py: the tests' fake Bot API server run in its own thread and extended
for load (bulk updates, a time stamp on every reply), the workload, and /proc readings.

Nothing here imports the bot: the bot under test is a separate process, seen only through the
Bot API calls it makes and through /proc.
"""

from __future__ import annotations

import asyncio
import compileall
import itertools
import os
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict, deque
from collections.abc import Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.support.fake_telegram import FakeChat, FakeTelegram, FakeUser  # noqa: E402


def compile_bytecode(source: Path) -> None:
    """The bot's modules compiled, as `pip install .` leaves them in a deployment: a start
    then reads bytecode, not source (~0.3 s of the start-up otherwise, the more so where
    PYTHONDONTWRITEBYTECODE keeps Python from writing it on the first start)."""
    compileall.compile_dir(str(source / "bot"), quiet=1)


STAFF_CHAT = -1001234500000
REPLY_METHODS = {"sendMessage", "editMessageText", "sendDocument"}
LANGS = ("uk", "ru", "en", "pl")
STARTUP_QUESTION = "як зробити песель для дитини"
QUESTIONS = {
    "uk": [
        "як зробити песель для дитини",
        "де оформити мельдунек",
        "як отримати медичну страховку",
        "як знайти роботу в польщі",
        "скільки коштує оренда квартири",
        "як записати дитину до школи",
        "де безкоштовні курси польської мови",
        "як обміняти водійські права",
    ],
    "ru": [
        "как получить песель",
        "как снять квартиру",
        "где сделать мельдунек",
        "нужна страховка для врача",
        "как открыть счет в банке",
        "как подтвердить диплом",
    ],
    "en": [
        "how do I get a PESEL number",
        "how do I get health insurance",
        "where can I learn Polish for free",
        "how to register my address",
        "can I work with a temporary residence permit",
        "how do I open a bank account",
    ],
    "pl": [
        "gdzie zrobić meldunek",
        "jak dostać numer PESEL",
        "jak znaleźć pracę",
        "ubezpieczenie zdrowotne NFZ",
        "kursy języka polskiego za darmo",
        "jak zapisać dziecko do szkoły",
    ],
}
LONG_PARAGRAPH = (
    "Добрий день! Я приїхала до Польщі з двома дітьми, живемо у знайомих у Старахowicach. "
    "Хочу зробити PESEL для себе і дітей, записати старшого до школи і знайти роботу, але не "
    "знаю, з чого почати, які документи потрібні і куди йти спочатку. "
)


def long_message(length: int = 4000) -> str:
    return (LONG_PARAGRAPH * (length // len(LONG_PARAGRAPH) + 1))[:length]


def content_payloads() -> tuple[list[str], list[str]]:
    """Category and topic ids from the shipped content: payloads the bot's buttons carry
    ("cat:<id>", "t:<id>", see bot/handlers/menu.py)."""
    data = yaml.safe_load((ROOT / "content" / "faq_en.yaml").read_text(encoding="utf-8"))
    return [c["id"] for c in data["categories"]], list(data["topics"])


def write_config(tmp: Path, base_url: str, limits: bool = False, root: Path = ROOT) -> Path:
    """The shipped config.yaml with a temp database, the shipped content, the fake server;
    Telegram's rate limits off unless `limits` (the echo bot has none either). `root`: the
    source tree whose config and content (--bot-src: that tree's, not this one's)."""
    data = yaml.safe_load((root / "config.yaml").read_text(encoding="utf-8"))
    data["storage"]["path"] = str(tmp / "infopoint.sqlite3")
    data.setdefault("content", {})["dir"] = str(root / "content")
    data.setdefault("telegram", {})["base_url"] = base_url
    data["telegram"]["enabled"] = True
    data["telegram"]["rate_limits"] = limits
    data.setdefault("staff", {})["chat_id"] = STAFF_CHAT
    path = tmp / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# --- the fake server, extended --------------------------------------------------------------


@dataclass
class Pending:
    """One update made available to the bot, and when its reply arrived."""

    chat_id: int
    kind: str  # start | tap | question | long
    pushed_at: float
    phase: str
    answered_at: float | None = None
    callback_id: str | None = None


class LoadTelegram(FakeTelegram):
    """FakeTelegram plus what a load test needs: many updates pushed at once, and each reply
    time-stamped on arrival and matched to the update it answers.

    Matching: the bot's reply calls (sendMessage / editMessageText / sendDocument) in a private
    chat answer that chat's updates in order, one call per update (what infopoint and the echo
    echo bot does; a call beyond that is counted in `extra`). Infopoint answers some updates
    with two messages (a long answer's sources, the services offered under an answer, the help
    lines before an answer): in the steady phases each user has at most one update
    outstanding, so the second is an extra and the match is exact; in the backlog (four updates
    a user) it may be taken for the reply to that user's next update, so the backlog's wall
    time ends with the last reply call of any kind (`last_reply_at`, after `wait_quiet`), not
    with the last match.
    """

    def __init__(self) -> None:
        super().__init__()
        self.pending: dict[int, deque[Pending]] = defaultdict(deque)
        self.all: list[Pending] = []
        self.outstanding = 0
        self.extra = 0  # reply calls with no update waiting in their chat
        self.last_reply_at = 0.0  # the last reply call's arrival, matched or not
        self.callback_ids: set[str] = set()  # taps not yet answered by answerCallbackQuery
        self.settled = asyncio.Event()

    # world: users with a language, and "earlier bot messages" with buttons to tap
    def seeded_message(self, chat: FakeChat, payload: str) -> dict[str, Any]:
        """A message the bot sent earlier (as if) carrying a button with `payload`; the bot
        may edit it in place, as it does its menus."""
        buttons = [
            [{"text": "📄 Menu", "callback_data": payload}],
            [{"text": "≡", "callback_data": "menu"}],
        ]
        message = self._bot_message(
            chat, text=f"Earlier menu {next(self.ids)}", reply_markup={"inline_keyboard": buttons}
        )
        return self._store(chat, message)

    # updates
    def make_update(self, user: FakeUser, kind: str, value: str) -> dict[str, Any]:
        chat = self.private_chat(user)
        if kind == "tap":
            query_id = str(next(self.ids))
            return {
                "callback_query": {
                    "id": query_id,
                    "from": user.as_json(),
                    "chat_instance": "ci",
                    "data": value,
                    "message": self.seeded_message(chat, value),
                }
            }
        message = self.user_message(user, chat, text=value)
        if value.startswith("/"):
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(value)}]
        return {"message": message}

    def push_many(self, batch: list[tuple[int, str, dict[str, Any]]], phase: str) -> None:
        """Make updates available at once (one wake-up of the long poll, not one per update)."""
        now = time.monotonic()
        for chat_id, kind, update in batch:
            update["update_id"] = next(self.update_ids)
            query = update.get("callback_query")
            item = Pending(chat_id, kind, now, phase, callback_id=query and query["id"])
            if item.callback_id:
                self.callback_ids.add(item.callback_id)
            self.pending[chat_id].append(item)
            self.all.append(item)
            self.outstanding += 1
            self.updates.append(update)
        self.settled.clear()
        asyncio.get_running_loop().create_task(self._notify())

    # replies
    async def _dispatch(self, method: str, params: dict[str, Any]) -> Any:
        result = await super()._dispatch(method, params)
        at = time.monotonic()
        if method == "answerCallbackQuery":
            self.callback_ids.discard(str(params.get("callback_query_id")))
        elif method in REPLY_METHODS and int(params.get("chat_id", 0)) > 0:
            self.last_reply_at = at
            queue = self.pending.get(int(params["chat_id"]))
            if queue:
                item = queue.popleft()
                item.answered_at = at
                self.outstanding -= 1
                if self.outstanding == 0:
                    self.settled.set()
            else:
                self.extra += 1
        return result

    async def wait_quiet(self, quiet: float, timeout: float) -> None:
        """Until no reply call has come for `quiet` seconds (the rest of replies in several
        messages), or `timeout`."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and time.monotonic() - self.last_reply_at < quiet:
            await asyncio.sleep(quiet / 4)

    async def wait_settled(self, timeout: float) -> bool:
        try:
            await asyncio.wait_for(self.settled.wait(), timeout)
        except TimeoutError:
            return False
        return True


class ServerThread:
    """A LoadTelegram on its own event loop in its own thread: its CPU is this process's, never
    the bot's, and the main thread stays free to start, sample and stop the bot."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, name="fake-telegram")
        self.thread.daemon = True
        self.thread.start()
        self.tg: LoadTelegram = self.run(self._start())
        self.cpu_before = 0.0

    async def _start(self) -> LoadTelegram:
        tg = LoadTelegram()
        await tg.__aenter__()
        tg.group(STAFF_CHAT, "Staff")
        return tg

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float | None = None) -> Any:
        return asyncio.run_coroutine_threadsafe(coro, self.loop).result(timeout)

    def call(self, fn: Any, *args: Any) -> Any:
        async def wrapper() -> Any:
            return fn(*args)

        return self.run(wrapper())

    def close(self) -> None:
        self.run(self.tg.__aexit__(None, None, None))
        self.run(self._cancel_rest())
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(5)
        self.loop.close()

    @staticmethod
    async def _cancel_rest() -> None:
        """Long polls of a bot that is gone: cancel them, quietly."""
        rest = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        for task in rest:
            task.cancel()
        await asyncio.gather(*rest, return_exceptions=True)


# --- the workload -----------------------------------------------------------------------------


class Workload:
    """Users and the updates they send: /start, button taps, typed questions in uk/ru/en/pl."""

    def __init__(self, tg: LoadTelegram, users: int):
        self.tg = tg
        self.users = [
            tg.user(first_name=f"U{i}", language_code=LANGS[i % len(LANGS)]) for i in range(users)
        ]
        self.categories, self.topics = content_payloads()
        self.counter = itertools.count()
        self.steps: dict[int, int] = defaultdict(int)

    PATTERNS = (  # (kind, tap payload type), in the order a person would send them
        (("start", ""), ("tap", "lang"), ("tap", "cat"), ("question", "")),  # a new user
        (("question", ""), ("tap", "t"), ("tap", "menu"), ("question", "")),  # a returning one
        (("start", ""), ("question", ""), ("question", ""), ("tap", "t")),
    )

    def next_update(self, user: FakeUser, step: int) -> tuple[str, str]:
        """(kind, value) of a user's step-th update. Over all users: 1/6 /start, 5/12 taps
        (payloads the bot's own buttons carry, see bot/handlers/menu.py), 5/12 questions."""
        kind, tap = self.PATTERNS[user.id % len(self.PATTERNS)][step % 4]
        n = next(self.counter)
        if kind == "start":
            return kind, "/start"
        if kind == "question":
            options = QUESTIONS[user.language_code or "en"]
            return kind, options[n % len(options)]
        if tap == "lang":
            return kind, f"lang:{user.language_code}"
        if tap == "cat":
            return kind, f"cat:{self.categories[n % len(self.categories)]}"
        if tap == "t":
            return kind, f"t:{self.topics[n % len(self.topics)]}"
        return kind, "menu"

    def build(self, user: FakeUser, long_text: str | None = None):  # type: ignore[no-untyped-def]
        """The user's next update as (chat id, kind, update) for LoadTelegram.push_many."""
        if long_text is not None:
            return (user.id, "long", self.tg.make_update(user, "question", long_text))
        step = self.steps[user.id]
        self.steps[user.id] += 1
        kind, value = self.next_update(user, step)
        return (user.id, kind, self.tg.make_update(user, kind, value))


# --- measuring --------------------------------------------------------------------------------

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def stop(process: subprocess.Popen[Any], wait: float = 30) -> bool:
    """SIGTERM, then SIGKILL after `wait` seconds; whether it stopped on its own."""
    process.terminate()
    try:
        process.wait(wait)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return False
    return True


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process (all its threads), from /proc/PID/stat."""
    stat = Path(f"/proc/{pid}/stat").read_text()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def memory_mb(pid: int, key: str = "VmRSS") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) / 1024
    return float("nan")


def percentile(values: list[float], p: float) -> float:
    """Linear interpolation between closest ranks (numpy's default)."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def median(values: list[float]) -> float:
    clean = [v for v in values if v == v]  # drop NaN
    return statistics.median(clean) if clean else float("nan")
