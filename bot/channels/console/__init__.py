"""The terminal channel (`infopoint chat`): the same core, no network, buttons numbered and
chosen by number; one person can play the staff chats too (`/as staff`).

render: how replies are shown and typed lines read; sender: what the outbox delivers (staff
messages, later notifications); staff: the staff side (`/as`, `s1`, `/reply`); loop: chat().
"""

from bot.channels.console.loop import chat
from bot.channels.console.render import pressed, render
from bot.channels.console.sender import ConsoleSender

__all__ = ["ConsoleSender", "chat", "pressed", "render"]
