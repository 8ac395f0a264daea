"""A staff list still waiting in the outbox (Telegram asked to slow down) when someone on it
uses /forget: it is sent without their lines, the other people's kept (it was sent with them)."""

from __future__ import annotations

from bot.app import build
from bot.delivery.errors import RetryLater
from tests.conftest import write_config
from tests.features.privacy.test_erasure import staff_ask
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.callbacks import Delivery, request_callback
from tests.support.dialogue import Dialogue

TUE_1400 = "booking:time:city_hall:202611241300"


async def test_a_week_list_waiting_to_be_sent_goes_without_the_person(
    app, clock, delivery, platform
):
    raj = Dialogue(app.core, user_id="r1")
    await book_and_confirm(raj, TUE_1330, name="Raj Kumar", phone="+48 601 999 111")
    ola = Dialogue(app.core, user_id="o1")
    await book_and_confirm(ola, TUE_1400, name="Ola Nowak", phone="+48 601 999 222")
    await delivery.run()
    platform.failing = RetryLater("Telegram asked to slow down", 30)
    await staff_ask(app, delivery, "week", "800")  # not sent: waits for the worker
    platform.failing = None
    await raj.send("/forget")
    await raj.payload("privacy:forget")
    clock.advance(seconds=31)
    await delivery.run()
    [week] = [s for s in platform.to(STAFF_CHAT) if s.text.startswith("📋 Wizyty od")]
    assert "Raj" not in week.text and "601 999 111" not in week.text
    assert "🔒 odwołane na prośbę osoby, dane usunięte: termin lub miejsce znów wolne" in week.text
    assert "• 14:00 — Ola Nowak, +48 601 999 222" in week.text


COORDINATORS = "-1009000000001"


async def test_a_coordinators_list_waiting_to_be_sent_goes_without_the_person(
    tmp_path, clock, platform
):
    """The coordinators' /requests (every office's open requests), held back by a 429 when a
    person on it erases their data: it goes without their line, the other person's kept."""
    app = await build(write_config(tmp_path, coordinators__chat_id=int(COORDINATORS)), clock=clock)
    try:
        delivery = Delivery(app, platform, clock)
        raj = Dialogue(app.core, user_id="r1")
        await request_callback(raj, name="Raj Kumar", phone="+48 601 999 111", description=None)
        ola = Dialogue(app.core, user_id="o1")
        await request_callback(ola, name="Ola Nowak", phone="+48 601 999 222", description=None)
        await delivery.run()
        platform.failing = RetryLater("Telegram asked to slow down", 30)
        await staff_ask(app, delivery, "requests", "900", COORDINATORS)  # waits for the worker
        platform.failing = None
        await raj.send("/forget")
        await raj.payload("privacy:forget")
        clock.advance(seconds=31)
        await delivery.run()
        [listed] = [s for s in platform.to(COORDINATORS) if "Otwarte prośby" in s.text]
        assert "nr T1 ·" not in listed.text  # Raj's request, withdrawn with his data
        assert "🔒" not in listed.text  # (gone from the count and the list)
        assert "📞 Prośba o telefon nr T2 ·" in listed.text  # Ola's
        assert "Otwarte prośby: 1" in listed.text  # the count less hers
    finally:
        await app.close()
