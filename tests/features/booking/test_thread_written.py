"""A staff member who writes to a visit's person (a reply to the visit's card) is seen to have
done so, as on a request's card: the card, edited in place, says who wrote and when; and a visit
whose person wrote back is in /requests, as a request is, until staff answer
(bot/features/booking/thread.py, bot/features/callback/listing.py)."""

from __future__ import annotations

import pytest

from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.dialogue import StaffMember

WROTE = "✉️ Wiadomość do tej osoby: "


@pytest.fixture
async def card(dialogue, delivery, platform):  # type: ignore[no-untyped-def]
    """A visit booked in Ukrainian, its card delivered to the staff chat: that message."""
    dialogue.language_hint = "uk"
    await book_and_confirm(dialogue, TUE_1330, name="Olena <b>K</b>")
    await delivery.run()
    [posted] = platform.to(STAFF_CHAT)
    assert "Nowa wizyta" in posted.text and WROTE not in posted.text
    return posted


async def test_a_reply_to_a_visits_card_shows_on_it_who_wrote_to_the_person_and_when(
    app, clock, dialogue, delivery, platform, card
):
    anna = StaffMember(app.core, "501", "Anna **Nowak**")
    await anna.reply(card.message_id, "Proszę zabrać paszport", "700")
    await delivery.run()
    edited = platform.edits[-1]
    assert edited.message_id == card.message_id
    local = clock.now.astimezone(app.services.settings.timezone)
    when = app.services.t.short_datetime("pl", local)
    assert f"{WROTE}Anna **Nowak**, {when}" in edited.text  # shown as the chat names her
    assert "Anna \\*\\*Nowak\\*\\*" in edited.reply.text  # escaped: not bold
    assert "Odwołaj tę wizytę" in edited.reply.buttons[0][0].label  # still to cancel
    assert "Proszę zabrać paszport" in platform.to(dialogue.user_id)[-1].text

    clock.advance(minutes=5)
    piotr = StaffMember(app.core, "502", "Piotr Lis")
    await piotr.reply("700", "I zdjęcie", "701")  # a reply to Anna's own reply
    await delivery.run()
    assert f"{WROTE}Piotr Lis, " in platform.edits[-1].text
    await piotr.command("/week")
    await piotr.payload("visit:cancel:1")  # the visit as staff see it before cancelling
    assert f"{WROTE}Piotr Lis, " in piotr.text


async def test_a_visit_whose_person_wrote_back_is_in_requests_until_staff_answer(
    app, clock, dialogue, delivery, platform, card
):
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.command("/requests")
    assert "Wizyta nr D1" not in anna.text  # nobody wrote: nothing waits
    await anna.reply(card.message_id, "Proszę zabrać paszport", "700")
    await anna.command("/requests")
    assert "Wizyta nr D1" not in anna.text  # staff wrote last: nothing waits either

    clock.advance(minutes=7)
    await dialogue.send("Добре, а можна з чоловіком?")
    await anna.command("/requests")
    [line] = [x for x in anna.text.splitlines() if "Wizyta nr D1" in x]
    assert line.startswith("📅 Wizyta nr D1 · ukraiński · 🗓 24 listopada 2026, 13:30"), line
    assert f"{WROTE}Anna Nowak, " in line and "💬 odpisał(a) 09:07" in line, line
    assert "Otwarte prośby: 1" in anna.text
    await anna.press("Wizyta nr D1")  # its card again, to reply to
    assert "📅 Wizyta (nr D1)" in anna.text and "Olena <b>K</b>" in anna.text
    assert "Nowa wizyta" not in anna.text  # shown again: no longer new (tester 23, item 14)
    assert anna.replies[0].shows  # whose it is: /forget and retention find it

    clock.advance(minutes=3)
    await anna.reply(card.message_id, "Tak, oczywiście", "701")
    await anna.command("/requests")
    assert "Wizyta nr D1" not in anna.text  # answered


async def test_a_cancelled_visit_whose_person_wrote_back_is_not_in_requests(
    app, clock, dialogue, delivery, platform, card
):
    anna = StaffMember(app.core, "501", "Anna Nowak")
    await anna.reply(card.message_id, "Proszę zabrać paszport", "700")
    clock.advance(minutes=1)
    await dialogue.send("Добре")
    await anna.payload("visit:cancel_now:1")
    await anna.command("/requests")
    assert "Wizyta nr D1" not in anna.text
