"""Bookings in /mydata and /forget, and forgetting names and phones after the retention period."""

from __future__ import annotations

from bot.features.booking.privacy import retention
from bot.storage import message_refs
from tests.features.privacy.test_erasure import staff_ask
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm, to_chat
from tests.support.courses import text_of
from tests.support.dialogue import Dialogue

TUE_1400 = "booking:time:city_hall:202611241300"  # 14:00 in Warsaw


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


async def test_forget_masks_only_the_persons_visit_in_week_not_another_of_the_same_name(
    app, delivery, platform
):
    """Two visits booked as «Raj», a one-word name: when one of them asks to be forgotten, the
    /week staff asked for loses that visit's line and cancel button only (tester 18: the list
    keeps whose each line and button is, `Reply.marks`)."""
    first = Dialogue(app.core, user_id="r1")
    second = Dialogue(app.core, user_id="r2")
    await book_and_confirm(first, TUE_1330, name="Raj", phone="+48 601 999 111")
    await book_and_confirm(second, TUE_1400, name="Raj", phone="+48 601 999 222")
    await delivery.run()
    await staff_ask(app, delivery, "week", "800")
    week = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    assert "601 999 111" in text_of(week.reply) and "601 999 222" in text_of(week.reply)

    await first.send("/forget")
    await first.payload("privacy:forget")
    await delivery.run()
    [edit] = [e for e in platform.edits if e.message_id == week.message_id]
    text = text_of(edit.reply)
    assert (
        "🔒 odwołane na prośbę osoby, dane usunięte: termin lub miejsce znów wolne" in text
        and "601 999 111" not in text
    )
    assert "14:00 — Raj, +48 601 999 222" in text  # the other Raj's visit stays
    labels = [b.label for row in edit.reply.buttons for b in row if "Raj" in b.label]
    assert len(labels) == 1 and "14:00" in labels[0], labels


async def test_forget_takes_the_persons_came_buttons_off_today_not_the_other_rajs(
    app, delivery, platform, clock
):
    """A /today list with «✅ came / ❌ did not come» for two visits booked as «Raj» (tester 39,
    F11): the forgotten one's buttons go with their line, the other's stay."""
    first = Dialogue(app.core, user_id="r1")
    second = Dialogue(app.core, user_id="r2")
    await book_and_confirm(first, TUE_1330, name="Raj", phone="+48 601 999 111")
    await book_and_confirm(second, TUE_1400, name="Raj", phone="+48 601 999 222")
    clock.advance(days=1, hours=6)  # Tuesday, past 14:00: both visits have started
    await delivery.run()
    await staff_ask(app, delivery, "today", "800")
    today = [s for s in platform.sent if s.chat_id == STAFF_CHAT][-1]
    came = [b.label for row in today.reply.buttons for b in row if "obecność" in b.label]
    assert len(came) == 4, came

    await first.send("/forget")
    await first.payload("privacy:forget")
    await delivery.run()
    [edit] = [e for e in platform.edits if e.message_id == today.message_id]
    labels = [b.label for row in edit.reply.buttons for b in row if "Raj" in b.label]
    assert labels == ["✅ 14:00 Raj: obecność", "❌ 14:00 Raj: nieobecność"], labels
