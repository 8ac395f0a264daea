"""An appointment request from Viber, approved in the Telegram staff chat, booked from the offer
(the real runner in webhook mode against both fakes, with the fixture catalogue)."""

from __future__ import annotations

import pytest

from tests.conftest import Clock
from tests.support.e2e import STAFF_CHAT, has, shown
from tests.support.fake_telegram import FakeTelegram
from tests.support.fake_viber import FakeViber
from tests.support.services import catalogue
from tests.support.webhook_e2e import webhook_bot

pytestmark = pytest.mark.slow  # real servers on 127.0.0.1


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


async def test_a_viber_request_approved_by_staff_on_telegram_and_booked_from_the_offer(
    tmp_path, tg: FakeTelegram, viber: FakeViber
):
    olena = viber.user("Olena", language="uk", phone="380501234567")
    anna = tg.user("Anna", language_code="pl")
    staff = tg.chats[STAFF_CHAT]
    tg.set_member(staff, anna)
    async with webhook_bot(tmp_path, tg, viber, clock=Clock(), **catalogue()):
        await olena.open()
        await olena.press("Українська")
        await olena.wait_message()
        await olena.send("/services")
        await olena.wait_message(has("Юридична консультація"))
        await olena.press("Юридична консультація")
        await olena.wait_message(has("Безкоштовна консультація юриста"))
        await olena.press("Записатися")
        await olena.wait_message(has("записати вас на прийом до фахівця"))
        await olena.press("Погоджуюся")
        await olena.wait_message(has("кількома словами"))
        await olena.send("Відмовили в карті <побиту>")
        await olena.wait_message(has("звати"))
        await olena.send("Олена")
        await olena.wait_message(has("номер телефону"))
        share = next(b for b in olena.buttons() if b["ActionType"] == "share-phone")
        await olena.press(share["Text"])
        await olena.wait_message(has("Телефонувати за цим номером"))
        await olena.press("Так, цей номер")
        await olena.wait_message(has("Надіслати"))
        await olena.press("Надіслати")
        await olena.wait_message(has("№ W1"))

        card = await shown(tg, STAFF_CHAT, has("Prośba o wizytę nr W1"))
        assert "Viber" in card["text"] and "&lt;побиту&gt;" in card["html"]
        await anna.press("Przyjmij", chat=staff, message=card)
        picker = await shown(tg, STAFF_CHAT, has("Zaznacz od 1 do 3"))
        await anna.press("24 listopada, 10:45", chat=staff, message=picker)
        ticked = await shown(tg, STAFF_CHAT, has("Zaznacz od 1 do 3"))
        await tg.wait_until(lambda: "☑️" in str(ticked.get("reply_markup")))
        await anna.press("Zaproponuj zaznaczony", chat=staff, message=ticked)

        await olena.wait_message(has("погоджено"))
        await olena.press("10:45")
        booked = await olena.wait_message(has("Ви записані на прийом"))
        assert "вівторок, 24 листопада 2026" in booked["text"] and "10:45" in booked["text"]
        await shown(tg, STAFF_CHAT, has("Z prośby o wizytę nr W1"))
