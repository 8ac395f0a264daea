"""A typed message is searched as it comes, before its turn has the database
(docs/performance.md, change 26).

Every unit of work holds the database lock from its first statement to its commit, and a
question's turn searched inside it: half of the ~3 ms it held the lock under load, while every
other turn waited. Now the core starts the search when the message comes, in the search thread,
for the office and language the person's last turn left them in; the questions feature takes
that result when it asks the same (`SearchService.search`: the same index, words and language),
and searches as before when it asks something else. A message that turns out not to be a
question (a name typed in a form) only cost the search thread some work: the early search is
not started for a person who was at a step of a form when their last turn ended.

What is kept per person is their office, language and whether they were in a form: nothing
they wrote. /forget drops it with the session."""

from __future__ import annotations

import contextlib
from collections import OrderedDict
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from bot.content.i18n import resolve_language
from bot.core.messages import Incoming
from bot.core.services import Services
from bot.core.session import Session

if TYPE_CHECKING:
    from bot.search import Searcher

PEOPLE = 4096  # the people kept (the most recent): a miss only means a guess from the platform


class Ahead:
    def __init__(self, services: Services, searched: Callable[[str], str] | None = None):
        self.services = services
        self.searched = searched  # the text a question is searched as (questions: searched)
        # (channel, user id) -> (office, language, at a form's step)
        self._people: OrderedDict[tuple[str, str], tuple[str | None, str, bool]] = OrderedDict()

    @contextlib.contextmanager
    def searching(self, incoming: Incoming, staff_chat: bool) -> Iterator[None]:
        """The early search of this message, if it may be a question, for the turn inside."""
        if staff_chat:  # staff write replies and commands, not questions
            yield
            return
        with self.services.search.ahead(*self._query(incoming)):
            yield

    def _query(self, incoming: Incoming) -> tuple[Searcher | None, str, str]:
        text = (incoming.text or "").strip()
        if not text or incoming.command is not None or incoming.payload is not None:
            return None, "", ""
        known = self._people.get((incoming.channel, incoming.user_id))
        if known is None:  # not seen since the start: a new person's session starts like this
            settings = self.services.settings
            lang = resolve_language(
                incoming.language_hint, settings.languages, settings.default_language
            )
            known = None, lang, False
        office, lang, in_form = known
        if in_form:
            return None, "", ""
        query = self.searched(text) if self.searched is not None else text
        return self.services.search.current(self.services.settings.office(office).id), query, lang

    def note(self, session: Session) -> None:
        """Where a person's turn left them (or nothing, after /forget)."""
        key = (session.channel, session.user_id)
        self._people.pop(key, None)
        if session.erase:
            return
        lang = session.language or self.services.settings.default_language
        self._people[key] = (session.office, lang, session.flow is not None)
        if len(self._people) > PEOPLE:
            self._people.popitem(last=False)
