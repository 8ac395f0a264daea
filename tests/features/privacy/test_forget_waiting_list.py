"""A staff list still waiting in the outbox (Telegram asked to slow down) when someone on it
uses /forget: it is sent without their lines, the other people's kept (it was sent with them)."""

from __future__ import annotations

from bot.delivery.errors import RetryLater
from tests.features.privacy.test_erasure import staff_ask
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
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
    assert "🔒 (dane tej osoby usunięte na jej prośbę)" in week.text
    assert "• 14:00 — Ola Nowak, +48 601 999 222" in week.text
