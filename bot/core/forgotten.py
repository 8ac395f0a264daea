"""The language of a person who has just used /forget, kept in memory only (tester 35, item
21): their session row is deleted, so the next message would start a new session in the
language their app reports, or the default (English), although they wrote in Ukrainian a
moment ago. The language is no personal data worth a row: it is held here, in the process,
for the rest of the conversation (`KEEP`), never written down, and lost on a restart. /mydata
then shows it as any new session's language, and nothing stored.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import OrderedDict

from bot.content.i18n import resolve_language
from bot.core.messages import Incoming
from bot.core.session import Session
from bot.settings.config import Settings

KEEP = dt.timedelta(hours=2)  # the rest of a conversation
MOST = 10_000  # people held at once, the oldest let go first


class Languages:
    """(channel, user) -> (language, when it was forgotten, monotonic seconds)."""

    def __init__(self) -> None:
        self._held: OrderedDict[tuple[str, str], tuple[str, float]] = OrderedDict()

    def remember(self, session: Session) -> None:
        """The session is being erased: its language held for the conversation."""
        if not session.language:
            return
        key = (session.channel, session.user_id)
        self._held.pop(key, None)
        self._held[key] = (session.language, time.monotonic())
        while len(self._held) > MOST:
            self._held.popitem(last=False)

    def first(self, settings: Settings, incoming: Incoming) -> str:
        """A new session's language: the one held for this person, else as their app says
        (`incoming.language_hint`), else the default."""
        held = self._held.get((incoming.channel, incoming.user_id))
        if held is not None and time.monotonic() - held[1] <= KEEP.total_seconds():
            return held[0]
        return resolve_language(
            incoming.language_hint, settings.languages, settings.default_language
        )
