"""Booking end to end: the real runner and python-telegram-bot against the fake Bot API server."""

from __future__ import annotations

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, book_up_to_phone, running_bot
from tests.support.fake_telegram import FakeTelegram

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


class TelegramLikeReplies(FakeTelegram):
    """Real Telegram returns `reply_markup` in a Message only for inline keyboards.

    The shared fake echoes any reply_markup (e.g. {"remove_keyboard": true} after the phone
    step), which PTB then fails to parse as an inline keyboard. Reported to the lead; until
    fake_telegram.py does this itself, these tests strip it here.
    """

    async def _m_sendMessage(self, params):  # type: ignore[no-untyped-def]
        message = await super()._m_sendMessage(params)
        if "inline_keyboard" not in message.get("reply_markup", {"inline_keyboard": []}):
            message.pop("reply_markup")
        return message


@pytest.fixture
async def tg():
    async with TelegramLikeReplies() as server:
        yield server
        assert not server.refused, f"the server refused: {server.refused}"


@pytest.fixture
def staff_member(tg):
    group = tg.group(STAFF_CHAT, "Staff")
    anna = tg.user("Anna", language_code="pl")
    tg.set_member(group, anna)
    return group, anna


def has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")


async def seen(tg, chat_id: int, text: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    """A message in the chat containing `text`, sent before or after this call."""

    def found():  # type: ignore[no-untyped-def]
        return next((m for m in tg.messages_in(chat_id) if text in m.get("text", "")), None)

    await tg.wait_until(lambda: found() is not None)
    return found()


async def _book(user, tg) -> None:  # type: ignore[no-untyped-def]
    """Olena books Tuesday 13:30 at the City Hall in Ukrainian, sharing her phone."""
    await book_up_to_phone(user, "Олена <Коваленко>")
    await user.share_contact("380501234567")
    await user.wait_message(has("Перевірте"))
    await user.press("Підтвердити")


async def test_booking_confirmed_with_calendar_file_and_shown_to_staff(tmp_path, tg, staff_member):
    group, anna = staff_member
    olena = tg.user("Olena", language_code="uk")
    async with running_bot(tmp_path, tg, clock=Clock()):
        await _book(olena, tg)
        confirmation = await olena.wait_message(has("Ви записані"))
        assert "вівторок, 24 листопада 2026\u202fр., 13:30" in confirmation["text"]
        assert "<b>" in confirmation["html"]
        await tg.wait_until(lambda: any(f["chat_id"] == olena.id for f in tg.files))
        staff_note = await seen(tg, STAFF_CHAT, "Nowa wizyta")
        assert "Олена <Коваленко>" in staff_note["text"]  # as typed, HTML-escaped on the way
        assert "+380 50 123 4567" in staff_note["text"]
    calendar = next(f for f in tg.files if f["chat_id"] == olena.id)
    assert calendar["filename"].endswith(".ics")
    content = calendar["content"].decode("utf-8")
    assert content.startswith("BEGIN:VCALENDAR\r\n") and content.endswith("END:VCALENDAR\r\n")
    assert "DTSTART:20261124T123000Z\r\n" in content
    assert "DTEND:20261124T124500Z\r\n" in content
    assert all(len(line.encode()) <= 75 for line in content.split("\r\n"))


async def test_staff_cancel_in_the_group_and_the_person_is_told_with_new_times(
    tmp_path, tg, staff_member
):
    group, anna = staff_member
    olena = tg.user("Olena", language_code="uk")
    async with running_bot(tmp_path, tg, clock=Clock()):
        await _book(olena, tg)
        await olena.wait_message(has("Ви записані"))
        note = await seen(tg, STAFF_CHAT, "Nowa wizyta")
        await anna.press("Odwołaj tę wizytę", chat=group, message=note)
        await tg.wait_message(STAFF_CHAT, has("Odwołać tę wizytę?"))
        await anna.press("Tak, odwołaj wizytę", chat=group)
        await seen(tg, STAFF_CHAT, "odwołana (Anna)")
        told = await seen(tg, olena.id, "скасовано")
        await seen(tg, STAFF_CHAT, "ODWOŁANA przez pracownika")  # edited in place
        assert tg.messages[STAFF_CHAT][note["message_id"]]["text"].startswith("❌")
        await olena.press("Міська рада", message=told)  # one of the nearest free times
        await olena.wait_message(has("Як вас звати"))  # the visit's topic goes with the time


async def test_staff_list_the_week_and_a_person_cancels_in_mybookings(tmp_path, tg, staff_member):
    group, anna = staff_member
    olena = tg.user("Olena", language_code="uk")
    async with running_bot(tmp_path, tg, clock=Clock()):
        await _book(olena, tg)
        await olena.wait_message(has("Ви записані"))
        await anna.send("/week", chat=group)
        week = await tg.wait_message(STAFF_CHAT, has("Wizyty od"))
        assert "13:30 — Олена <Коваленко>" in week["text"]
        await olena.send("/mybookings")
        await olena.wait_message(has("Ваші заплановані візити"))
        await olena.press("Скасувати")
        await olena.wait_message(has("справді"))
        await olena.press("Так, скасувати")
        await olena.wait_message(has("скасовано"))
        await seen(tg, STAFF_CHAT, "odwołana przez osobę")


async def test_the_reminder_comes_after_a_restart(tmp_path, tg, staff_member):
    olena = tg.user("Olena", language_code="uk")
    clock = Clock()
    async with running_bot(tmp_path, tg, clock=clock):
        await _book(olena, tg)
        await olena.wait_message(has("Ви записані"))
    clock.advance(hours=5)  # Monday 14:00 in Warsaw: the visit is tomorrow 13:30
    async with running_bot(tmp_path, tg, clock=clock):
        reminder = await seen(tg, olena.id, "ваш візит — завтра")
        assert "вівторок, 24 листопада 2026" in reminder["text"]


async def test_staff_see_the_next_weeks_by_a_word_and_by_the_button(tmp_path, tg, staff_member):
    group, anna = staff_member
    async with running_bot(tmp_path, tg, clock=Clock()):
        await anna.send("/week next", chat=group)
        week = await tg.wait_message(STAFF_CHAT, has("Wizyty od"))
        assert "Wizyty od 30 listopada 2026 do 6 grudnia 2026" in week["text"]
        await anna.press("7.12–13.12 ›", chat=group)
        later = await tg.wait_message(STAFF_CHAT, has("Wizyty od"))
        assert "Wizyty od 7 do 13 grudnia 2026" in later["text"]
        assert "wtorek, 8 grudnia 2026 — Urząd Miejski" in later["text"]
        await anna.send("/week za rok", chat=group)
        await tg.wait_message(STAFF_CHAT, has("Nie rozumiem: /week za rok"))
