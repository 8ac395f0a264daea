"""`Voice`: UI strings and Babel formats in one language, in the deployment's time zone, for
one office. A staff action in the staff chat writes to each affected person in that person's
own language, so features render through a Voice made for that language, never implicitly
the turn's. Features add what they show (booking: places and topics; appointments: the
catalogue's services and specialists)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from bot.core import markup
from bot.core.services import Services
from bot.settings.config import Office


@dataclass(frozen=True)
class Voice:
    services: Services
    lang: str
    office: Office

    def __call__(self, key: str, **values: object) -> str:
        return self.services.t(self.lang, key, **values)

    @property
    def zone(self) -> ZoneInfo:
        return self.services.settings.timezone

    def when(self, moment: dt.datetime) -> str:
        """'вівторок, 1 грудня 2026 р., 13:30'."""
        return self.services.t.datetime(self.lang, moment.astimezone(self.zone))

    def time(self, moment: dt.datetime) -> str:
        return self.services.t.time(self.lang, moment.astimezone(self.zone))

    def time_of(self, value: dt.time) -> str:
        return self.services.t.time(self.lang, value)

    def day(self, day: dt.date) -> str:
        """Short, for buttons: 'вт, 1 груд.' / 'Tue 1 Dec'."""
        return self.services.t.day(self.lang, day)

    def long_day(self, day: dt.date) -> str:
        return self.services.t.date(self.lang, day, "full")

    def date(self, day: dt.date) -> str:
        return self.services.t.date(self.lang, day, "long")

    def language_name(self, code: str) -> str:
        return self.services.t.language_name(self.lang, code)

    def duty(self, key: str, **values: object) -> str:
        """`key`, or `<key>_duty` with `{duty}`, the office's duty desk (its `duty_title`) where
        it names one: a text that names who is on duty for visits."""
        return on_duty(self, self.office, self.lang, key, **values)


def on_duty(say: Callable[..., str], office: Office, lang: str, key: str, **values: object) -> str:
    """`key` as `say` says it, or `<key>_duty` with `{duty}`, the office's duty desk (its
    `duty_title`) where it names one (Voice.duty; the hours' Sheet, which has no Services)."""
    name = office.duty_name(lang)
    if name is None:
        return say(key, **values)
    return say(f"{key}_duty", duty=markup.literal(name), **values)


def short(v: Voice, moment: dt.datetime) -> str:
    """'Tue 24 Nov, 10:00': for buttons (a record's time to move to, or moved from)."""
    return f"{v.day(moment.astimezone(v.zone).date())}, {v.time(moment)}"
