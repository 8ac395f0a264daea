"""The terminal channel: the same core, no network, buttons numbered and chosen by number.

A typed number presses the button with that number, except where the question waits for a
typed answer that may be a number (Reply.typed_answer: a count, a time, a short text): there a
number is the answer, the buttons are shown as [#1], [#2] and pressed by typing #1. #1 presses
button 1 anywhere.
"""

from __future__ import annotations

import asyncio
import sys
from typing import Any, TextIO

from bot.core import markup
from bot.core.dispatch import Core
from bot.core.messages import Button, Incoming, Reply
from bot.core.numbers import record_id
from bot.delivery.worker import OutboxWorker
from bot.storage import sessions as session_store

USER = "console-user"
CHANNEL = "console"
CONTACT = "\x00contact"  # the "share my phone" button: the number is typed next
LOCATION = "\x00location"  # the "send my location" button: "lat, lon" typed next


PRESS = "#"  # typed before a button's number: always a press, never an answer


def render(reply: Reply, first: int | None = 1, mark: str = "") -> tuple[str, list[Button]]:
    """Plain text with buttons numbered from `first` (all replies of a turn share one numbering);
    the text and the buttons in number order. `first=None`: buttons shown, not pressable here.
    `mark` ("#") goes before each number where a typed number is an answer instead."""
    lines = [markup.to_plain(reply.text, link_format="{text} <{url}>")]
    buttons: list[Button] = []

    def number(label: str) -> str:
        if first is None:
            return f"[{label}]"
        return f"[{mark}{first + len(buttons) - 1}] {label}"

    for row in reply.buttons:
        labels = []
        for button in row:
            buttons.append(button)
            shown = f"{button.label} <{button.url}>" if button.url else button.label
            labels.append(number(shown))
        lines.append("   ".join(labels))
    if reply.request_contact:
        buttons.append(Button(reply.request_contact, CONTACT))
        lines.append(number(reply.request_contact))
    if reply.request_location:
        buttons.append(Button(reply.request_location, LOCATION))
        lines.append(number(reply.request_location))
    if reply.attachment:
        lines.append(f"📎 {reply.attachment.filename} ({len(reply.attachment.content)} bytes)")
    return "\n".join(lines), buttons


def _location(text: str) -> tuple[float, float] | None:
    """A shared location typed as "50.67, 17.93", as Telegram would send it."""
    try:
        lat, lon = (float(part) for part in text.replace(";", ",").split(","))
    except ValueError:
        return None
    return lat, lon


def pressed(line: str, buttons: list[Button], typed_answer: bool) -> Button | None:
    """The button a typed line presses: «#2» always, «2» unless a typed number is the answer
    to the question shown (`typed_answer`); None: the line is a message."""
    if line.startswith(PRESS):
        number = record_id(line[len(PRESS) :].strip())
    else:
        number = None if typed_answer else record_id(line)
    return buttons[number - 1] if number is not None and 1 <= number <= len(buttons) else None


def _yes(words: str) -> set[str]:
    """'y, yes': the answers that confirm leaving."""
    return {w.strip().lower() for w in words.split(",") if w.strip()} | {"y", "yes"}


class ConsoleSender:
    """Shows what the staff chat (or a later notification) would receive. A notification's
    buttons (a freed course place, times offered) are numbered after the turn's own and can be
    pressed: `buttons` is the list the chat loop presses from."""

    def __init__(self, out: TextIO):
        self.out = out
        self.count = 0
        self.buttons: list[Button] = []
        self.mark = ""  # "#" while a typed number is the answer to the question shown

    async def send(self, chat_id: str, reply: Reply) -> str:
        self.count += 1
        staff = chat_id.startswith("-")
        # the staff chat's buttons are not the person's to press
        text, shown = render(reply, None if staff else len(self.buttons) + 1, self.mark)
        if not staff:
            self.buttons.extend(shown)
        who = "staff chat" if staff else "you (notification)"
        self.out.write(f"\n─── message to {who} ───\n{text}\n────────────\n")
        self.out.flush()
        return str(self.count)

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        text, _ = render(reply, first=None)
        self.out.write(f"\n─── staff message #{message_id} updated ───\n{text}\n────────────\n")
        self.out.flush()


async def chat(
    core: Core,
    worker: OutboxWorker,
    lang: str | None,
    inp: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
) -> int:
    """The conversation loop; `worker` delivers through a ConsoleSender writing to `out`."""
    sender = worker.senders.get(CHANNEL)
    console = sender if isinstance(sender, ConsoleSender) else ConsoleSender(out)
    buttons = console.buttons
    out.write(core.services.t(lang or "en", "console_intro") + "\n")

    async def send(incoming: Incoming) -> None:
        replies = await core.handle(incoming)
        buttons.clear()
        typed = any(reply.typed_answer for reply in replies)
        console.mark = PRESS if typed else ""
        for reply in replies:
            text, shown = render(reply, len(buttons) + 1, console.mark)
            out.write(f"\n{text}\n")
            buttons.extend(shown)
        if typed and buttons:
            hint = core.services.t(await core.language_of(event()), "console_typed_hint")
            out.write(f"{hint}\n")
        await worker.run_once()  # notifications: their buttons numbered after these
        out.flush()

    def event(**fields: Any) -> Incoming:
        return Incoming(CHANNEL, USER, USER, language_hint=lang, **fields)

    async with core.services.db.transaction() as tx:
        session = await session_store.find(tx, CHANNEL, USER)
    code = lang or (session.language if session and session.language_chosen else None)
    if session is not None and code:
        # a returning person goes on where they were (a form's question is asked again), in
        # the language asked for now (--lang) or the one they chose
        await send(event(payload=f"language:{code}"))
    else:
        if code:  # --lang: chosen already, so the welcome comes with the menu, not the languages
            await core.handle(event(payload=f"language:{code}"))
        await send(event(command="start"))
    loop = asyncio.get_running_loop()
    while True:
        out.write("\n> ")
        out.flush()
        line = await loop.run_in_executor(None, inp.readline)
        if not line:
            break
        line = line.strip()
        if not line:
            continue
        if line in {"/quit", "/exit"}:
            break
        if line.lower() == "q":
            lang = await core.language_of(event())
            out.write(core.services.t(lang, "console_quit_question") + " ")
            out.flush()
            answer = await loop.run_in_executor(None, inp.readline)
            if not answer or answer.strip().lower() in _yes(
                core.services.t(lang, "console_quit_yes")
            ):
                break  # confirmed, or the input ended
            continue
        button = pressed(line, buttons, typed_answer=console.mark == PRESS)
        if button is not None:
            if button.payload == CONTACT:
                out.write("phone> ")
                out.flush()
                phone = (await loop.run_in_executor(None, inp.readline)).strip()
                await send(event(contact_phone=phone))
            elif button.payload == LOCATION:
                out.write("lat, lon> ")
                out.flush()
                where = _location((await loop.run_in_executor(None, inp.readline)).strip())
                if where is None:
                    out.write("(a location is two numbers, e.g. 50.67, 17.93)\n")
                else:
                    await send(event(location=where))
            elif button.url:
                out.write(f"(a link: {button.url})\n")
            else:
                await send(event(payload=button.payload))
        elif line.startswith("/"):
            name, _, args = line[1:].partition(" ")
            await send(event(command=name.lower(), args=args))
        else:
            await send(event(text=line))
    return 0
