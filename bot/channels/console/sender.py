"""What the terminal prints for the outbox: the staff chats' messages and later notifications.

Every message gets a number (the platform's message id, as Telegram's): a staff message is
shown as «staff chat: Opole · message no. 5», and /reply 5 answers it (console/staff.py).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace
from typing import TextIO

from bot.channels.console.render import PRESS, STAFF, render
from bot.core.messages import Button, Reply
from bot.core.services import Services

LIST = "list-"  # the id of a list kept (ConsoleSender.list_id), not a message number


@dataclass(frozen=True)
class Where:
    """A staff chat, or one forum topic of it."""

    chat_id: str
    topic_id: int | None = None


@dataclass(frozen=True)
class StaffButton:
    """A staff chat's button as the terminal shows it (s1): pressed in the chat that showed it;
    `card`: the message it is on (printed again as it changes); `gone`: no longer on it."""

    button: Button
    where: Where
    card: str = ""
    gone: bool = False


def chat_name(services: Services, lang: str, where: Where) -> str | None:
    """How the terminal names a staff chat ("the Opole staff chat"); None: not a staff chat."""
    settings, t = services.settings, services.t
    if where.chat_id not in settings.staff_chats:
        return None
    if where.chat_id == str(settings.coordinators_chat_id):
        return t(lang, "console_chat_coordinators")
    topic = str(where.topic_id) if where.topic_id is not None else None
    office = settings.staff_office(where.chat_id, topic)
    if office is None or not settings.network:
        return t(lang, "console_chat_staff")
    return t(lang, "console_chat_office", office=office.label(lang))


def _stem(does: str) -> str:
    """A button's words and payload without its last part: a time ticked or not («▫️ wt. 24
    listopada, 10:00», «apptq:pick:1:…:+»), never «Later ›» and «‹ Earlier» (other words)."""
    return does.rsplit(":", 1)[0]


def _words(label: str) -> str:
    """A label without the marks before its first word («▫️», «☑️», «✅»)."""
    return next((label[i:] for i, c in enumerate(label) if c.isalnum()), label)


class ConsoleSender:
    """Prints what a staff chat (or a later notification to the person) receives. A
    notification's buttons (a freed course place, times offered) are numbered after the
    person's own ([5]); a staff message's after every staff button shown so far ([s3]):
    `buttons` and `staff` are the lists the chat loop presses from."""

    def __init__(self, out: TextIO, services: Services):
        self.out = out
        self.services = services
        self.lang = services.settings.default_language  # the person's: chat() follows it
        self.speaks: str | None = None  # while playing staff: their language (staff.language)
        self.count = 0  # the last message number (chat() goes on from the database's highest)
        self.buttons: list[Button] = []  # the person's: their last turn's, then notifications'
        # a notification's buttons by the number shown, pressable after later turns too (as in
        # Telegram: times offered, then a question and the advisor's answer, then «3»)
        self.notified: dict[int, Button] = {}
        self.staff: list[StaffButton] = []  # every staff button shown in this run
        self.cards: dict[str, dict[str, int]] = {}  # a card's buttons: what each does, its number
        self.alias: dict[str, str] = {}  # a message that prints a card again: that card
        self.turns = 0  # staff replies printed that are no message of their own (`numbered`)
        self.messages: dict[str, Where] = {}  # where each message of this run was: for /reply
        self.printed = 0  # messages printed (sent or edited)
        self.lists = 0  # lists shown to staff, kept to be edited (`list_id`)
        self.mark = ""  # "#" while a typed number is the answer to the person's question

    @property
    def speaking(self) -> str:
        """The language of the terminal's prompts to whoever types: the staff language while
        playing staff, else the person's (what is printed of the chats stays the person's)."""
        return self.speaks or self.lang

    def words(self, key: str, **values: object) -> str:
        return self.services.t(self.lang, key, **values)

    def said(self, key: str, **values: object) -> str:
        """A prompt to whoever types, in `speaking`."""
        return self.services.t(self.speaking, key, **values)

    def _show(
        self, chat_id: str, message_id: str, reply: Reply, key: str, card: str | None = None
    ) -> None:
        where = Where(chat_id, reply.topic_id)
        if card is not None:  # a card printed again as a new message: its edits are it too
            self.alias[message_id] = card
        self.messages[message_id] = where
        name = chat_name(self.services, self.lang, where)
        if name is None:  # the person's own chat
            if reply.typed_answer:  # a notification asking for a number (a rating): its own
                self.mark = PRESS  # numbering, and a number typed is the answer to it
                self.buttons.clear()
            first = len(self.buttons) + 1
            text, shown = render(reply, first, self.mark)
            self.buttons.extend(shown)
            if not self.mark:  # (a rating's [#1]…[#5] is typed as an answer, not kept)
                self.notified.update(enumerate(shown, start=first))
            header = self.words("console_to_you")
        else:
            text = self.numbered(reply, where, self.alias.get(message_id, message_id))
            header = self.words(key, chat=name, id=message_id)
        self.printed += 1
        self.out.write(f"\n─── {header} ───\n{text}\n────────────\n")
        self.out.flush()

    def numbered(self, reply: Reply, where: Where, card: str | None = None) -> str:
        """A staff message printed with its buttons numbered: a card printed again (`card`: an
        edit of the message, a button's answer in its place) keeps the number of each button
        that does the same as before (a time ticked, «▫️» now «☑️», too: the same words and
        payload but its last part); new ones are numbered on after every staff button so far,
        and the ones it no longer has say so when pressed (tester 39, F16: «s24» read off the
        print before pressed another button)."""
        if card is None:
            self.turns += 1
            card = f"turn-{self.turns}"
        before = self.cards.get(card, {})
        buttons = [b for row in reply.buttons for b in row]
        does = [f"{_words(b.label)}\t{b.payload or b.url}" for b in buttons]
        alike = {_stem(d): n for d, n in before.items()}
        once = Counter(map(_stem, before)) & Counter(map(_stem, does))  # (both: in common)
        numbers: list[int] = []
        for button, what in zip(buttons, does, strict=True):
            number = before.get(what)
            if (number is None or number in numbers) and once[_stem(what)] == 1:
                number = alike[_stem(what)]  # one of its kind on both prints: the same button
            if number is None or number in numbers:
                self.staff.append(StaffButton(button, where, card))
                number = len(self.staff)
            self.staff[number - 1] = StaffButton(button, where, card)
            numbers.append(number)
        for number in set(before.values()) - set(numbers):
            self.staff[number - 1] = replace(self.staff[number - 1], gone=True)
        self.cards[card] = dict(zip(does, numbers, strict=True))
        return render(reply, mark=STAFF, numbers=numbers)[0]

    async def send(self, chat_id: str, reply: Reply, card: str | None = None) -> str:
        self.count += 1
        self._show(chat_id, str(self.count), reply, "console_to_chat", card)
        return str(self.count)

    def list_id(self) -> str:
        """The id a list staff asked for is kept under (not a message number: never replied
        to), so that an edit of it prints as a list shown earlier."""
        self.lists += 1
        return f"{LIST}{self.lists}"

    async def edit(self, chat_id: str, message_id: str, reply: Reply) -> None:
        key = "console_list_updated" if message_id.startswith(LIST) else "console_updated"
        self._show(chat_id, message_id, reply, key)
