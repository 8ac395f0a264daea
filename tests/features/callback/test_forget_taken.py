"""A person who withdraws with /forget a request a staff member took: staff get a new message
(an edit of the card alone notifies nobody), as for a booked appointment (tester report 11,
item 17)."""

from __future__ import annotations

from tests.support.bookings import to_chat
from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback


async def _forget(dialogue) -> None:  # type: ignore[no-untyped-def]
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")


async def test_a_taken_request_withdrawn_by_forget_is_said_in_a_new_message(app, dialogue):
    await request_callback(dialogue, name="Oksana", phone="+48 601 999 888")
    await StaffMember(app.core).payload("request:take:1")
    await _forget(dialogue)
    staff = await to_chat(app.core, STAFF_CHAT)
    cards = [q for q in staff if q.ref == ("request", 1)]
    assert cards and all("Dane osobowe usunięte" in q.text for q in cards)
    assert all("Oksana" not in q.text for q in staff)
    [said] = [q for q in staff if "wycofana" in q.text]
    assert said.text == (
        "↩️ Prośba o telefon nr T1 (Numer PESEL (też PESEL UKR)), przyjęta przez: Anna Nowak"
        " — wycofana: osoba poprosiła o usunięcie swoich danych. Nie trzeba już dzwonić."
    )
    assert said.reply.reply_to_ref == ("request", 1)  # under the card
    assert "Oksana" not in said.text and "601" not in said.text


async def test_a_request_nobody_took_is_only_edited(app, dialogue):
    await request_callback(dialogue)
    await _forget(dialogue)
    staff = await to_chat(app.core, STAFF_CHAT)
    assert all(q.ref == ("request", 1) for q in staff)  # its card, nothing new
    assert not any("wycofana" in q.text for q in staff)


async def test_a_taken_request_withdrawn_in_mybookings_names_who_took_it(app, dialogue):
    # tester 25, item 26: only /forget's message named the taker
    await request_callback(dialogue, name="Oksana")
    await StaffMember(app.core).payload("request:take:1")
    await dialogue.payload("callback:withdraw_now:1")
    staff = await to_chat(app.core, STAFF_CHAT)
    [said] = [q for q in staff if q.text.startswith("↩️")]
    assert said.text == (
        "↩️ Prośba o telefon nr T1 (Numer PESEL (też PESEL UKR)), przyjęta przez: Anna Nowak"
        " — osoba wycofała prośbę. Nie trzeba już dzwonić."
    )
    assert said.reply.reply_to_ref == ("request", 1)


async def test_a_request_nobody_took_withdrawn_in_mybookings_names_nobody(app, dialogue):
    await request_callback(dialogue)
    await dialogue.payload("callback:withdraw_now:1")
    staff = await to_chat(app.core, STAFF_CHAT)
    [said] = [q for q in staff if q.text.startswith("↩️")]
    assert (
        said.text
        == "↩️ Prośba o telefon nr T1 (Numer PESEL (też PESEL UKR)): osoba wycofała prośbę."
    )
