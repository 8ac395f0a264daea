"""Everything a handler may use, built once by the composition root (bot.app) and never changed.

The parts that differ between `infopoint run`, `infopoint chat` and the tests are behind small
protocols: who is staff, the free-text search, and the outbox's wake-up.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from bot.content.i18n import Translator
from bot.content.knowledge import KnowledgeBase
from bot.settings.config import Settings
from bot.storage import Database
from bot.storage.retention import Cutoffs

if TYPE_CHECKING:
    from bot.search import Match, Result, Searcher

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class MembershipUnknown(Exception):
    """The platform did not say whether someone is a member of a staff chat (an error)."""


class StaffDirectory(Protocol):
    """Who may act in a staff chat: its current members (MembershipUnknown: no answer)."""

    async def is_member(self, user_id: str, chat_id: str) -> bool: ...


class EveryoneIsStaff:
    """The terminal chat and the core's tests: whoever writes in a staff chat is staff."""

    async def is_member(self, user_id: str, chat_id: str) -> bool:
        return True


class Search(Protocol):
    """The question index, which may still be being built when the first messages arrive."""

    async def ready(self, office: str) -> Searcher | None:
        """The office's searcher once built; None when the search is off or failed to build."""
        ...

    def current(self, office: str) -> Searcher | None:
        """The office's searcher if already built, without waiting."""
        ...

    async def warm(self) -> None:
        """Prepare, in the background, what a question would otherwise build when first asked."""
        ...

    async def search(self, searcher: Searcher, query: str, lang: str | None) -> Result:
        """The searcher's answer to a question, worked out off the event loop."""
        ...

    def ahead(
        self, searcher: Searcher | None, query: str, lang: str
    ) -> AbstractContextManager[None]:
        """Start searching `query` now; `search` with the same arguments in the same task
        inside the block takes that result (bot.core.ahead). None: nothing to start."""
        ...

    async def next_best(self, searcher: Searcher, query: str, exclude: str) -> list[Match]:
        """The topics next best for a question, but `exclude`, off the event loop."""
        ...

    async def part_of(self, searcher: Searcher, query: str, topic_id: str) -> int | None:
        """The part of a topic's answer a question asks about (None: the whole answer)."""
        ...

    async def parts_scored(self, searcher: Searcher, query: str, topic_id: str) -> list[float]:
        """How well each part of a topic's answer answers a question asked in its context (a
        follow-up: bot.search.context); empty for a topic of a single part."""
        ...


class OutboxWakeup(Protocol):
    def wake(self) -> None:
        """Something was queued: the outbox worker should look now, not at its next poll."""
        ...


@dataclass(frozen=True)
class Services:
    settings: Settings
    kb: KnowledgeBase  # as the default office answers
    kbs: Mapping[str, KnowledgeBase]  # office -> the content as it answers
    t: Translator
    db: Database
    clock: Clock
    search: Search
    staff: StaffDirectory
    outbox: OutboxWakeup

    def kb_of(self, office_id: str) -> KnowledgeBase:
        return self.kbs.get(office_id, self.kb)

    @property
    def staff_language(self) -> str:
        """The staff language of the default office (for messages about no office)."""
        return self.settings.office(None).staff_language

    def retention_cutoffs(self, now: dt.datetime) -> Cutoffs:
        """Retention at `now`: each office's records are forgotten after its own
        `staff.retention_days`; a record of an office no longer configured is the default
        office's."""
        offices = self.settings.offices.values()
        by = {o.id: now - dt.timedelta(days=o.retention_days) for o in offices}
        return Cutoffs(by[self.settings.office(None).id], by)
