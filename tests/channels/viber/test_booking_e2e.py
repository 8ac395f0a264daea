"""Booking across channels: people on Telegram and on Viber share the same slots, the same
capacity and the same staff chat (the real runner in webhook mode against both fakes)."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, book_up_to_phone
from tests.support.fake_telegram import FakeTelegram, FakeUser
from tests.support.fake_viber import FakeViber, ViberUser
from tests.support.webhook_e2e import webhook_bot

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1, subprocesses or the whole content


@pytest.fixture
async def tg():  # type: ignore[no-untyped-def]
    async with FakeTelegram() as server:
        server.group(STAFF_CHAT, "Staff")
        yield server
        assert not server.refused, f"Telegram refused: {server.refused}"


@pytest.fixture
async def viber():  # type: ignore[no-untyped-def]
    async with FakeViber() as server:
        yield server
        assert not server.refused, f"Viber refused: {server.refused}"


def has(text: str):  # type: ignore[no-untyped-def]
    return lambda message: text in message.get("text", "")


async def viber_up_to_confirm(user: ViberUser) -> None:
    """Tuesday 13:30 at the City Hall, in Ukrainian, the phone shared by Viber's button."""
    await user.open()
    await user.press("Українська")
    await user.wait_message()
    await book_up_to_phone(user, user.name)
    share = next(b for b in user.buttons() if b["ActionType"] == "share-phone")
    await user.press(share["Text"])
    await user.wait_message(has("Телефонувати за цим номером"))  # Viber does not say whose
    await user.press("Так, цей номер")
    await user.wait_message(has("Перевірте"))


async def telegram_up_to_confirm(tg: FakeTelegram, user: FakeUser) -> dict:  # type: ignore[type-arg]
    await book_up_to_phone(user, "Petro")
    await user.share_contact("380671112233")
    return await user.wait_message(has("Перевірте"))


async def staff_notes(tg: FakeTelegram, count: int) -> list[dict]:  # type: ignore[type-arg]
    def notes() -> list[dict]:  # type: ignore[type-arg]
        return [m for m in tg.messages_in(STAFF_CHAT) if "Nowa wizyta" in m.get("text", "")]

    await tg.wait_until(lambda: len(notes()) >= count, 15)
    return notes()


async def test_a_telegram_and_a_viber_user_take_the_last_two_places_of_one_slot(
    tmp_path, tg, viber
):
    olena = viber.user("Olena", language="uk", phone="380501234567")
    maria = viber.user("Maria", language="uk")
    petro = tg.user("Petro", language_code="uk")
    async with webhook_bot(tmp_path, tg, viber, clock=Clock(), booking__capacity=2):
        await viber_up_to_confirm(olena)
        summary = await telegram_up_to_confirm(tg, petro)
        await asyncio.gather(
            olena.press("Підтвердити"), petro.press("Підтвердити", message=summary)
        )
        confirmed = await olena.wait_message(has("Ви записані"))
        assert "вівторок, 24 листопада 2026" in confirmed["text"]
        await petro.wait_message(has("Ви записані"))

        notes = await staff_notes(tg, 2)
        by_channel = {("Viber" if "Viber" in n["text"] else "Telegram"): n for n in notes}
        assert set(by_channel) == {"Viber", "Telegram"}
        assert "+380 50 123 4567" in by_channel["Viber"]["text"]

        calendar = await olena.wait_message(lambda m: m.get("type") == "file")
        assert calendar["file_name"].endswith(".ics")
        local = viber.target(calendar["media"])
        async with httpx.AsyncClient() as client:
            fetched = await client.get(local)
        assert fetched.status_code == 200
        assert fetched.content.startswith(b"BEGIN:VCALENDAR")
        assert int(calendar["size"]) == len(fetched.content)

        await maria.open()
        await maria.press("Українська")
        await maria.wait_message()
        await maria.send("/book")
        await maria.wait_message(has("Куди"))
        await maria.press("Міська рада")
        await maria.wait_message(has("Оберіть день"))
        await maria.press("вт, 24 лист.")
        times = await maria.wait_message(has("Оберіть час"))
        assert "13:30" not in maria.labels(), f"the slot is full: {times['text']}"
        assert "13:15" in maria.labels()
