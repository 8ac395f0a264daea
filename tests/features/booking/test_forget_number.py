"""A visit's number typed by staff after the person erased their data (tester 30, item 13): the
card in the chat says the data were removed, and `/request D1` says why there is nothing to
show, not «there is no such number»."""

from __future__ import annotations

from tests.support.bookings import TUE_1330, book_and_confirm
from tests.support.dialogue import StaffMember


async def test_a_forgotten_visits_number_says_the_data_were_erased(app, dialogue, delivery):
    await book_and_confirm(dialogue, TUE_1330, name="Olena")
    await delivery.run()
    staff = StaffMember(app.core)
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    await staff.command("/request D1")
    assert staff.text == (
        "Wizyta nr D1: osoba poprosiła o usunięcie swoich danych (/forget), więc nie ma już "
        "czego pokazać."
    )
    await staff.command("/request D2")  # a number no visit ever had
    assert staff.text == "Wizyta nr D2: nie ma takiego numeru."
