"""The terminal chat's loop: read a line, make it an event of the person or of staff, print."""

from __future__ import annotations

import asyncio
import datetime as dt
import sys
from dataclasses import replace
from typing import Any, TextIO

from bot.channels.console import jobs
from bot.channels.console import staff as side
from bot.channels.console.render import (
    BOT,
    CHANNEL,
    CONTACT,
    LOCATION,
    PRESS,
    STAFF,
    USER,
    location,
    pressed,
    render,
    staff_number,
    yes,
)
from bot.channels.console.sender import ConsoleSender, Where, chat_name
from bot.core.dispatch import Core
from bot.core.messages import Button, Command, Incoming, Reply, read_command
from bot.core.numbers import record_id
from bot.delivery.limits import RateLimiter
from bot.delivery.worker import OutboxWorker
from bot.storage import message_refs
from bot.storage import outbox as outbox_store
from bot.storage import sessions as session_store


class Unlimited(RateLimiter):
    """The terminal has no platform limits: a second message to the person within a second
    (taken, then written to) is printed at once, not at some later turn."""

    def wait_time(self, chat_id: str) -> float:
        return 0.0


class Chat:
    """One terminal conversation: the person, and the staff side they may play (`role`)."""

    def __init__(self, core: Core, worker: OutboxWorker, lang: str | None, out: TextIO):
        self.core, self.worker, self.lang, self.out = core, worker, lang, out
        sender = worker.senders.get(CHANNEL)
        if not isinstance(sender, ConsoleSender):
            sender = ConsoleSender(out, core.services)
            worker.senders.update(telegram=sender, console=sender)
        self.console: ConsoleSender = sender
        self.role = side.PERSON
        worker.limiter = Unlimited()  # printed at once: no platform to protect from bursts
        self.ran: dict[str, dt.datetime] = {}  # each job's last run (jobs.py)

    def event(self, **fields: Any) -> Incoming:
        return Incoming(CHANNEL, USER, USER, language_hint=self.lang, **fields)

    def write(self, text: str) -> None:
        self.out.write(f"\n{text}\n")

    async def person(self, **fields: Any) -> None:
        """The person's message or tap; their buttons numbered afresh."""
        console = self.console
        replies = await self.core.handle(self.event(**fields))
        console.buttons.clear()
        typed = any(reply.typed_answer for reply in replies)
        console.mark = PRESS if typed else ""
        for reply in replies:
            text, shown = render(reply, len(console.buttons) + 1, console.mark)
            self.write(text)
            console.buttons.extend(shown)
        console.lang = await self.core.language_of(self.event())
        if typed and console.buttons:
            self.write(console.words("console_typed_hint"))
        await self.worker.run_once()  # notifications: their buttons numbered after these
        self.out.flush()

    async def staff(self, on: str | None = None, **fields: Any) -> None:
        """A staff member's message, command, tap or reply in the chat of `role`; its buttons
        numbered after every staff button shown before (all stay pressable, as in Telegram),
        an answer in place of the card pressed (`on`) with that card's numbers (sender.py)."""
        console, role = self.console, self.role
        assert role.where is not None
        replies = await self.core.handle(side.event(self.core.services, role, **fields))
        for reply in replies:
            card = on if reply.replace else None
            if reply.record is not None:  # a card shown again: numbered, for /reply
                await self.numbered(reply, role.where, card)
                continue
            self.write(console.numbered(reply, role.where, card))
            if reply.shows:  # a list that shows people (/week, /appointments, a course's)
                await self.kept(reply, role.where)
        printed = console.printed
        await self.worker.run_once()  # what the person (or another chat) gets now
        if not replies and console.printed == printed:
            self.write(console.said("console_staff_silent"))
        self.out.flush()

    async def numbered(self, reply: Reply, where: Where, card: str | None = None) -> None:
        """A staff reply that shows a record, printed as a message with its number (as Telegram
        gives it one): «/reply N» to it is about the record, as a reply to the card is."""
        assert reply.record is not None
        shown = replace(reply, topic_id=where.topic_id)
        message_id = await self.console.send(where.chat_id, shown, card)
        services = self.core.services
        async with services.db.transaction() as tx:
            now = services.clock()
            await message_refs.remember(
                tx, now, "telegram", where.chat_id, message_id, *reply.record
            )
            # kept as Telegram's adapter keeps a sent card: /forget and retention find it there
            sent = outbox_store.insert(
                now,
                "telegram",
                where.chat_id,
                reply,
                ref_kind=reply.record[0],
                ref_id=reply.record[1],
            )
            outbox_store.mark_delivered(tx, await tx.insert(*sent), now, message_id)

    async def kept(self, reply: Reply, where: Where) -> None:
        """A list staff asked for that shows people, kept as Telegram's adapter keeps it sent
        (`Reply.shows`): /forget and retention find it and edit it, and the terminal prints it
        again, updated («a list shown earlier»: it has no number, nobody replies to a list)."""
        message_id = self.console.list_id()
        services = self.core.services
        async with services.db.transaction() as tx:
            now = services.clock()
            sent = outbox_store.insert(now, "telegram", where.chat_id, reply)
            outbox_store.mark_delivered(tx, await tx.insert(*sent), now, message_id)

    async def person_office(self) -> str | None:
        async with self.core.services.db.transaction() as tx:
            session = await session_store.find(tx, CHANNEL, USER)
        return session.office if session else None

    async def switch(self, args: str) -> None:
        console = self.console
        services = self.core.services
        chosen = side.choose(services, console.lang, args, await self.person_office())
        if isinstance(chosen, str):
            self.write(chosen)
            return
        self.role = chosen
        console.speaks = side.language(services, chosen)  # the staff's prompts in theirs
        self.write(side.announce(services, console.speaking, chosen))

    async def press_staff(self, number: int) -> None:
        """«s2»: a staff message's button, pressed by staff in the chat that showed it."""
        console = self.console
        if not 1 <= number <= len(console.staff):  # (none shown yet: an earlier run's?)
            key = "console_no_staff_button" if console.staff else "console_staff_buttons_gone"
            if not console.staff and not console.count:  # no message numbered, this run or
                key = "console_staff_no_buttons_yet"  # before: no card ever, simply none
            if self.role.where is not None and self.role.office is None:
                key = "console_coordinators_no_buttons"  # cards there are only to look at
            self.write(console.said(key, number=f"{STAFF}{number}"))
            return
        shown = console.staff[number - 1]
        if shown.gone:  # on a card printed again since, without it (tester 39, F16)
            self.write(console.said("console_staff_button_replaced", number=f"{STAFF}{number}"))
        elif shown.where != self.role.where:
            services = self.core.services
            self.write(
                console.said(
                    "console_staff_button_elsewhere",
                    number=f"{STAFF}{number}",
                    chat=chat_name(services, console.speaking, shown.where) or "",
                    command=side.command_for(services, shown.where),
                )
            )
        elif shown.button.url:
            self.write(f"({shown.button.url})")
        else:
            await self.staff(shown.card, payload=shown.button.payload)

    def earlier(self, line: str) -> Button | None:
        """A number no button of the last turn has, that an earlier notification's button was
        shown with (its times offered, before a question and the answer to it): that button,
        still on the screen above as in Telegram, said so."""
        number = record_id(line.strip())
        button = self.console.notified.get(number) if number is not None else None
        if button is None or button.payload in (CONTACT, LOCATION):
            return None
        self.write(self.console.words("console_earlier_button", number=number, label=button.label))
        return button

    async def press(self, button: Button, read: Any) -> None:
        """One of the person's buttons."""
        if button.payload == CONTACT:
            phone = (await read("phone> ")).strip()
            await self.person(contact_phone=phone)
        elif button.payload == LOCATION:
            where = location((await read("lat, lon> ")).strip())
            if where is None:
                self.write(self.console.words("console_location_format"))
            else:
                await self.person(location=where)
        elif button.url:
            self.write(self.console.words("console_link", url=button.url))
        else:
            await self.person(payload=button.payload)

    def command(self, line: str) -> Command | None:
        """A typed command, as Telegram reads it: «/requests@infopoint_bot» is /requests (the
        bot here is @infopoint_bot); one addressed to another bot is said to be left to it."""
        command = read_command(line)
        if command is not None and not command.for_bot(BOT):
            said = line.split(" ")[0]
            self.write(self.console.words("console_other_bot", command=said, bot=BOT))
        return command

    async def line(self, line: str, read: Any) -> None:
        """One typed line, as the person or as staff (`role`)."""
        console = self.console
        if line.lower() == side.AS or line.lower().startswith(side.AS + " "):
            await self.switch(line[len(side.AS) :])
            return
        number = staff_number(line)
        if self.role.where is not None:
            if number is not None:
                await self.press_staff(number)
            elif line.lower().startswith(side.REPLY + " ") or line.lower() == side.REPLY:
                fields = side.reply(console, self.role, line[len(side.REPLY) :])
                if isinstance(fields, dict) and self.role.office is None:  # coordinators
                    said = await side.coordinators_reply(self.core, console, fields["reply_to"])
                    fields = said if said is not None else fields
                if isinstance(fields, str):
                    self.write(fields)
                else:
                    await self.staff(**fields)
            elif (command := self.command(line)) is not None:
                if command.for_bot(BOT):
                    await self.staff(command=command.name, args=command.args)
            else:
                await self.staff(text=line)
            return
        if number is not None and 1 <= number <= len(console.staff):
            where = console.staff[number - 1].where
            to = side.command_for(self.core.services, where)
            self.write(
                console.words("console_staff_button_person", number=f"{STAFF}{number}", command=to)
            )
            return
        button = pressed(line, console.buttons, typed_answer=console.mark == PRESS)
        if button is None and console.mark != PRESS:
            button = self.earlier(line)
        asked = any(b.payload == LOCATION for b in console.buttons)
        if button is None and asked and (point := location(line.strip())) is not None:
            await self.person(location=point)  # «50.67, 17.93» typed at «Send my location»
        elif button is not None:
            await self.press(button, read)
        elif (command := self.command(line)) is not None:
            if command.for_bot(BOT):
                await self.person(command=command.name, args=command.args)
        else:
            await self.person(text=line)


async def chat(
    core: Core,
    worker: OutboxWorker,
    lang: str | None,
    inp: TextIO = sys.stdin,
    out: TextIO = sys.stdout,
) -> int:
    """The conversation loop; `worker` delivers through a ConsoleSender writing to `out`."""
    here = Chat(core, worker, lang, out)
    console = here.console
    loop = asyncio.get_running_loop()

    async def read(prompt: str) -> str:
        out.write(prompt)
        out.flush()
        return str(await loop.run_in_executor(None, inp.readline))

    async with core.services.db.transaction() as tx:
        session = await session_store.find(tx, CHANNEL, USER)
        # message numbers go on from the last run's: /reply and edits find the right one
        console.count = max(console.count, await message_refs.highest_number(tx))
    known = session is not None and (session.language_chosen or session.flow is not None)
    code = lang or (session.language if session and known else None)
    guessed = session.language if session is not None else None  # (answered in, not chosen)
    console.lang = code or guessed or "en"  # the person's language, once known
    out.write(console.words("console_intro") + "\n")
    if session is not None and code:
        # a returning person goes on where they were (a form's question is asked again, never
        # /start's «leave the form?»), in the language asked for now (--lang), the one they
        # chose, or the one their half-filled form speaks
        await here.person(payload=f"language:{code}:again")  # a question pending: it again
    elif guessed:
        # one who wrote before without choosing a language: the menu in the language they were
        # answered in (still a guess), not the welcome and the choice of languages again
        await here.person(payload="menu")
    else:
        if code:  # --lang, the platform's language (not chosen): the welcome with the menu
            await here.person(payload=f"language:{code}:hint")
        else:
            await here.person(command="start")
    while True:
        line = await read(f"\n{here.role.prompt}> ")
        if not line:
            break
        line = line.strip()
        if line in {"/quit", "/exit"}:
            break
        # the jobs whose time has come, before the line is answered (an empty line too: Enter
        # shows what came meanwhile): a reminder, a card's came / didn't-come buttons (jobs.py)
        await jobs.run_due(core, worker, here.ran)
        if not line:
            continue
        if line.lower() == "q":
            answer = await read(console.words("console_quit_question") + " ")
            if not answer or answer.strip().lower() in yes(console.words("console_quit_yes")):
                break  # confirmed, or the input ended
            continue
        await here.line(line, read)
    return 0
