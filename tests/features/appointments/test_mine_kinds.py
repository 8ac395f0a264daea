"""/mybookings: a callback request and an appointment request may both be number 1 (numbered
apart), so every line and withdraw button names its kind and carries its letter, as staff
read it: «№ T1», «№ W1» (tester report 7, #9)."""

from __future__ import annotations

from tests.support.appointments import send_request
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue


async def test_two_requests_numbered_one_are_told_apart_by_their_kind(app):
    olena = Dialogue(app.core, language_hint="uk")
    await olena.send("/start")
    await olena.payload("language:uk")
    await request_callback(olena)
    await send_request(olena)
    await olena.send("/mybookings")
    assert "📞 Запит на дзвінок № T1" in olena.text
    assert "📨 Запит на прийом № W1" in olena.text
    withdraw = [b.label for b in olena.buttons if "Відкликати" in b.label]
    assert "↩️ Відкликати запит на дзвінок № T1" in withdraw
    assert "↩️ Відкликати запит на прийом № W1" in withdraw
    assert len(set(withdraw)) == len(withdraw)
    await olena.press("Відкликати запит на дзвінок № T1")
    assert olena.text.startswith("↩️ Відкликати запит на дзвінок № T1 (")
