"""A person who changed office still sees which office holds what they asked for and booked
(tester report 16, item 10): /mybookings and /mydata name the other office on each of its items,
so nobody goes to the wrong office or waits for the wrong lawyer."""

from __future__ import annotations

from bot.app import build
from tests.support.appointments import book_and_confirm_career, send_request
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_with_services


async def test_a_request_and_an_appointment_at_north_are_named_so_after_moving_to_south(
    tmp_path, clock
):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="3001")
        await olena.send("/start north")
        await send_request(olena)  # legal advice: waits for an advisor
        await book_and_confirm_career(olena)
        await olena.send("/mybookings")
        assert "Appointment request #W1" in olena.text and "· 📍" not in olena.text
        await olena.send("/office")
        await olena.press("South")

        await olena.send("/mybookings")
        mine = olena.text
        request = next(line for line in mine.splitlines() if "Appointment request #W1" in line)
        assert request.endswith("📍 North")
        assert "Appointment #S1 with a specialist · 📍 North" in mine
        await olena.send("/mydata")
        data = olena.text
        request = next(line for line in data.splitlines() if "request #W1" in line)
        assert "📍 North" in request
        assert sum("📍 North" in line for line in data.splitlines()) >= 2  # the visit too
    finally:
        await app.close()


async def test_changing_office_says_what_stays_with_the_office_left(tmp_path, clock):
    """/office to South with a request waiting at North: the change says it stays with North
    (its staff deal with it, /mybookings shows it); with nothing open there, not a word of it,
    and the same in Polish."""
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="3001")
        await olena.send("/start north")
        await send_request(olena)  # legal advice: waits for an advisor at North
        await olena.send("/office")
        await olena.press("South")
        assert "Your information point: South" in olena.text
        assert "What you already have with North" in olena.text
        assert "stays with North" in olena.text and "/mybookings" in olena.text
        await olena.send("/office north")  # back: nothing of hers is at South
        assert "Your information point: North" in olena.text
        assert "What you already have" not in olena.text

        piotr = Dialogue(app.core, user_id="3002", language_hint="pl")
        await piotr.send("/start north")
        await piotr.send("/office south")
        assert "zostaje w punkcie" not in piotr.text  # nothing open at North
        await piotr.send("/office north")
        await send_request(piotr)
        await piotr.send("/office south")
        assert "Twój punkt informacyjny: Południe" in piotr.text
        assert "To, co masz już w punkcie Północ" in piotr.text
        assert "zostaje w punkcie Północ" in piotr.text

        # a link (t.me/<bot>?start=south, from a poster) says the same (tester 43, F9)
        await olena.send("/start south")
        assert "What you already have with North" in olena.text, olena.text
        assert "stays with North" in olena.text
        assert "This is South Information Point" in olena.text  # the welcome, as /start gives
        await olena.send("/start south")  # the same office again: nothing moved, not said
        assert "What you already have" not in olena.text
    finally:
        await app.close()
