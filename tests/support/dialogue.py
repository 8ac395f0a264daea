"""Drive the core as a user would, without any network: send text, press buttons by label."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core import markup
from bot.core.dispatch import Core
from bot.core.messages import Button, Incoming, Reply


@dataclass
class Dialogue:
    core: Core
    user_id: str = "1001"
    channel: str = "console"
    language_hint: str | None = "en"
    replies: list[Reply] = field(default_factory=list)

    def _incoming(self, **fields) -> Incoming:  # type: ignore[no-untyped-def]
        return Incoming(self.channel, self.user_id, self.user_id, self.language_hint, **fields)

    async def send(self, text: str) -> list[Reply]:
        if text.startswith("/"):
            name, _, args = text[1:].partition(" ")
            return await self._run(command=name, args=args)
        return await self._run(text=text)

    async def press(self, label_part: str) -> list[Reply]:
        """Press the first button on the latest replies whose label contains `label_part`."""
        return await self._run(payload=self.button(label_part).payload)

    async def payload(self, payload: str) -> list[Reply]:
        return await self._run(payload=payload)

    async def share_contact(self, phone: str) -> list[Reply]:
        return await self._run(contact_phone=phone)

    async def event(self, **fields) -> list[Reply]:  # type: ignore[no-untyped-def]
        return await self._run(**fields)

    async def _run(self, **fields) -> list[Reply]:  # type: ignore[no-untyped-def]
        self.replies = await self.core.handle(self._incoming(**fields))
        return self.replies

    @property
    def buttons(self) -> list[Button]:
        return [b for r in self.replies for row in r.buttons for b in row]

    def button(self, label_part: str) -> Button:
        for button in self.buttons:
            if label_part.lower() in button.label.lower():
                return button
        labels = [b.label for b in self.buttons]
        raise AssertionError(f"no button with {label_part!r}; buttons: {labels}")

    @property
    def text(self) -> str:
        """Everything the user would read, as plain text."""
        return "\n".join(markup.to_plain(r.text) for r in self.replies)


@dataclass
class StaffMember:
    """Someone writing in the staff group chat (Telegram), driving the core directly."""

    core: Core
    user_id: str = "501"
    name: str = "Anna Nowak"
    chat_id: str = "-1001234567890"
    topic_id: str | None = None  # a forum topic of the staff supergroup
    replies: list[Reply] = field(default_factory=list)

    async def _run(self, **fields) -> list[Reply]:  # type: ignore[no-untyped-def]
        incoming = Incoming(
            "telegram",
            self.user_id,
            self.chat_id,
            "pl",
            sender_name=self.name,
            topic_id=self.topic_id,
            **fields,
        )
        self.replies = await self.core.handle(incoming)
        return self.replies

    async def command(self, text: str) -> list[Reply]:
        name, _, args = text.lstrip("/").partition(" ")
        return await self._run(command=name, args=args)

    async def payload(self, payload: str, message_id: str | None = None) -> list[Reply]:
        """A tap; `message_id`: the staff message the button is on (as Telegram gives it)."""
        return await self._run(payload=payload, message_id=message_id)

    async def press(self, label_part: str) -> list[Reply]:
        """Press the first button of the latest replies whose label contains `label_part`."""
        return await self.payload(self.button(label_part).payload)

    async def reply(self, to_message_id: str, text: str, message_id: str = "900") -> list[Reply]:
        return await self._run(text=text, reply_to=to_message_id, message_id=message_id)

    @property
    def buttons(self) -> list[Button]:
        return [b for r in self.replies for row in r.buttons for b in row]

    def button(self, label_part: str) -> Button:
        for button in self.buttons:
            if label_part.lower() in button.label.lower():
                return button
        raise AssertionError(f"no {label_part!r} in {[b.label for b in self.buttons]}")

    @property
    def text(self) -> str:
        return "\n".join(markup.to_plain(r.text) for r in self.replies)
