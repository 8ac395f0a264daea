"""Facts that expire: staff are reminded on a topic's valid_until date, once, in their language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from bot.app import build
from bot.features import review
from bot.storage import reviews as store
from tests.conftest import Clock, copy_content, write_config
from tests.support.bookings import STAFF_CHAT, to_chat

# 1 January 2027, 08:30 in Warsaw (CET): the day the 2026 figures stop being true.
NEW_YEAR_MORNING = dt.datetime(2027, 1, 1, 7, 30, tzinfo=dt.UTC)
FACT = {
    "en": "2026 minimum wage",
    "pl": "płaca minimalna 2026 *brutto*",
    "uk": "мінімальна зарплата 2026",
    "ru": "минимальная зарплата 2026",
}


def expiring_content(tmp_path: Path, date: str = "2027-01-01") -> Path:
    """The fixture content with the employment topic's facts valid until `date`."""
    content = copy_content(tmp_path)
    for lang, what in FACT.items():
        path = content / f"faq_{lang}.yaml"
        text = path.read_text(encoding="utf-8")
        start = text.index("\n  employment:\n")
        at = text.index("\n    checked:", start)
        at = text.index("\n", at + 1)
        entry = f'\n    valid_until:\n      - date: {date}\n        what: "{what}"'
        path.write_text(text[:at] + entry + text[at:], encoding="utf-8")
    return content


async def app_at(tmp_path: Path, clock: Clock, content: Path):  # type: ignore[no-untyped-def]
    config = write_config(tmp_path, content__dir=str(content))
    return await build(config, clock=clock, search="off")


async def test_staff_are_reminded_once_on_the_day_a_topics_facts_expire(tmp_path):
    clock = Clock(NEW_YEAR_MORNING - dt.timedelta(days=1))
    content = expiring_content(tmp_path)
    app = await app_at(tmp_path, clock, content)
    try:
        assert await review.remind(app.services) == 0  # the day before: nothing yet
        clock.now = NEW_YEAR_MORNING
        assert await review.remind(app.services) == 1
        assert await review.remind(app.services) == 0  # the next hour: not again
        [message] = await to_chat(app.core, STAFF_CHAT)
        assert "Czas ponownie sprawdzić temat „Praca: zezwolenia i umowy”" in message.text
        assert (
            "aktualna do 1 stycznia 2027: płaca minimalna 2026 *brutto*" in message.text
        )  # literally
        assert "valid_until" in message.text
    finally:
        await app.close()
    clock.advance(days=3)
    again = await app_at(tmp_path, clock, content)  # a restart days later
    try:
        assert await review.remind(again.services) == 0
        async with again.services.db.transaction() as tx:
            assert await store.reminded(tx) == [("employment", dt.date(2027, 1, 1))]
    finally:
        await again.close()


async def test_no_reminder_in_the_night_and_a_date_missed_while_down_is_reminded(tmp_path):
    clock = Clock(dt.datetime(2027, 1, 1, 1, 0, tzinfo=dt.UTC))  # 02:00 in Warsaw
    app = await app_at(tmp_path, clock, expiring_content(tmp_path))
    try:
        assert await review.remind(app.services) == 0
        clock.now = dt.datetime(2027, 1, 20, 1, 0, tzinfo=dt.UTC)  # weeks later, at night
        assert await review.remind(app.services) == 1
    finally:
        await app.close()


async def test_a_new_valid_until_after_the_topic_is_updated_is_reminded_again(tmp_path):
    clock = Clock(NEW_YEAR_MORNING)
    app = await app_at(tmp_path, clock, expiring_content(tmp_path / "old"))
    try:
        assert await review.remind(app.services) == 1
    finally:
        await app.close()
    clock.now = dt.datetime(2028, 1, 1, 7, 30, tzinfo=dt.UTC)
    updated = await app_at(tmp_path, clock, expiring_content(tmp_path / "new", "2028-01-01"))
    try:
        assert await review.remind(updated.services) == 1
        staff = [q.text for q in await to_chat(updated.core, STAFF_CHAT)]
        assert len(staff) == 2 and "1 stycznia 2028" in staff[-1]
    finally:
        await updated.close()
