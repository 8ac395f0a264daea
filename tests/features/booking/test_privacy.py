"""Bookings in /mydata and /forget, and forgetting names and phones after the retention period."""

from __future__ import annotations

from bot.features.booking.privacy import retention
from bot.storage import message_refs
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue


async def test_mydata_lists_the_persons_visits_with_name_and_phone(app, dialogue):
    await book_and_confirm(dialogue, TUE_1330, name="Olena *Kovalenko*")
    await dialogue.send("/mydata")
    assert "Booked visits" in dialogue.text
    assert "Tuesday, 24 November 2026" in dialogue.text and "(upcoming)" in dialogue.text
    assert "Olena *Kovalenko*, 📱 +48 601 234 567" in dialogue.text


async def test_forget_cancels_future_visits_tells_staff_and_frees_the_time(app, dialogue):
    await book_and_confirm(dialogue, TUE_1330)
    async with app.services.db.transaction() as tx:  # the staff message was delivered
        await message_refs.remember(
            tx, app.services.clock(), "telegram", STAFF_CHAT, "77", "booking", 1
        )
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await dialogue.send("/mydata")
    assert "Booked visits" not in dialogue.text
    staff = await to_chat(app.core, STAFF_CHAT)
    assert any("osoba poprosiła o usunięcie swoich danych" in q.text for q in staff)
    edit = [q for q in staff if q.action == "edit"][-1]
    assert "Olena" not in edit.text and "601" not in edit.text
    # cancelled, its data removed: a neutral heading, not «New visit»
    assert "ODWOŁANA przez osobę" in edit.text and "📅 Wizyta (nr D1)" in edit.text
    assert "Nowa wizyta" not in edit.text
    other = Dialogue(app.core, user_id="other")
    await book_and_confirm(other, TUE_1330)
    assert "is booked" in other.text


async def test_names_and_phones_of_past_visits_are_forgotten_after_the_retention_period(
    app, dialogue, clock
):
    await book_and_confirm(dialogue, TUE_1330)
    clock.advance(days=30)
    await retention(app.services)
    await dialogue.send("/mydata")
    assert "601 234 567" in dialogue.text  # 30 days after the visit: not yet
    clock.advance(days=2)
    await retention(app.services)
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT name, phone, user_id, chat_id FROM bookings")
    assert tuple(row) == (None, None, "", "")  # an anonymous count of a visit that took place
    await dialogue.send("/mydata")
    assert "Booked visits" not in dialogue.text  # nothing links the visit to them any more
