"""Writing both ways about a visit at the duty hours (bot/features/booking/thread.py): a staff
reply to the visit's card («📅 Nowa wizyta (nr D1)») reaches the person, and what they write back
comes under the card; a cancelled visit's card still reaches them, their answers go to the bot."""

from __future__ import annotations

import pytest

from bot.features.booking.privacy import retention
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.dialogue import StaffMember


@pytest.fixture
async def card(dialogue, delivery, platform):  # type: ignore[no-untyped-def]
    """A visit booked in Ukrainian, its card delivered to the staff chat: that message."""
    dialogue.language_hint = "uk"
    await book_and_confirm(dialogue, TUE_1330, name="Olena *K*")
    await delivery.run()
    [posted] = platform.to(STAFF_CHAT)
    assert "Nowa wizyta" in posted.text and "(nr D1)" in posted.text
    return posted


async def test_a_staff_reply_to_a_visits_card_reaches_the_person_and_their_answer_comes_back(
    app, dialogue, delivery, platform, card
):
    anna = StaffMember(app.core)
    await anna.reply(card.message_id, "Proszę zabrać <paszport>", "700")
    assert "Wizyta nr D1: wiadomość zostanie dostarczona tej osobie." in anna.text
    await delivery.run()
    to_person = platform.to(dialogue.user_id)[-1]
    assert "Інформаційний пункт пише щодо вашого візиту (вівторок, 24 листопада 2026" in (
        to_person.text
    )
    assert "Proszę zabrać <paszport>" in to_person.text  # exactly as staff wrote it
    assert "протягом наступних 24 годин" in to_person.text

    await dialogue.send("Добре, а можна з чоловіком?")
    assert "Передано працівникам (ваш візит: вівторок, 24 листопада 2026" in dialogue.text
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    assert relayed.text.startswith("💬 Wizyta nr D1 · Olena *K* pisze:")
    assert "Добре, а можна з чоловіком?" in relayed.text
    assert relayed.reply.reply_to_message_id == card.message_id  # under the visit's card

    # a reply to the person's text, or to the staff member's own reply, reaches her too
    await anna.reply(relayed.message_id, "Tak, oczywiście", "701")
    await anna.reply("700", "I zdjęcie", "702")
    await delivery.run()
    texts = [sent.text for sent in platform.to(dialogue.user_id)]
    assert any("Tak, oczywiście" in t for t in texts) and any("I zdjęcie" in t for t in texts)

    await dialogue.press("Більше не писати")  # «✖ End chat with staff»: to the bot again
    await dialogue.send("де міська управа")
    assert "Передано" not in dialogue.text


async def test_a_reply_to_a_cancelled_visits_card_reaches_the_person_whose_answers_go_to_the_bot(
    app, dialogue, delivery, platform, card
):
    anna = StaffMember(app.core)
    await anna.payload("visit:cancel_now:1")
    await anna.reply(card.message_id, "Asystentka choruje, zapraszamy w czwartek")
    assert "Wizyta jest odwołana, więc jej odpowiedzi trafią do bota, nie tutaj." in anna.text
    await delivery.run()
    to_person = platform.to(dialogue.user_id)[-1]
    assert "щодо вашого скасованого візиту" in to_person.text
    assert "Asystentka choruje" in to_person.text and "/book" in to_person.text
    assert not to_person.reply.buttons  # no «end chat»: nothing goes to staff
    await dialogue.send("дякую, а коли можна прийти?")
    assert "Передано" not in dialogue.text


async def test_what_the_person_wrote_about_a_visit_leaves_the_staff_chat_with_their_data(
    app, clock, dialogue, delivery, platform, card
):
    await StaffMember(app.core).reply(card.message_id, "Proszę zabrać paszport")
    await dialogue.send("Добре, Олена Коваленко")
    await delivery.run()
    relayed = platform.to(STAFF_CHAT)[-1]
    clock.advance(days=32)  # 30 days after the visit
    await retention(app.services)
    await delivery.run()
    edits = [e for e in platform.edits if e.message_id == relayed.message_id]
    assert edits and edits[-1].text == (
        "💬 Wizyta nr D1: (treść usunięta: minął okres przechowywania danych)"
    )


async def test_a_reply_to_a_moved_visits_old_card_is_about_the_new_time(
    app, dialogue, delivery, platform, card
):
    """The person moved the visit: staff replying to the card they had (now «PRZENIESIONA»)
    write to her about the new time, not «your visit is cancelled, book another»."""
    await dialogue.send("/mybookings")
    await dialogue.press("Перенести")
    target = next(b for b in dialogue.buttons if b.payload.startswith("booking:moveto:1:"))
    await dialogue.payload(target.payload)
    await dialogue.payload(f"booking:move_now:1:{target.payload.split(':')[3]}")
    assert "перенесено" in dialogue.text.lower() or "перенес" in dialogue.text
    await delivery.run()
    anna = StaffMember(app.core)
    await anna.reply(card.message_id, "Do zobaczenia", "710")
    assert "odwołana" not in anna.text and "Wizyta nr D2" in anna.text, anna.text
    await delivery.run()
    to_person = platform.to(dialogue.user_id)[-1]
    assert "Do zobaczenia" in to_person.text
    assert "скасов" not in to_person.text and "/book" not in to_person.text, to_person.text


async def test_staff_cancelling_a_visit_are_asked_for_a_reason_that_reaches_the_person(
    app, dialogue, delivery, platform, card
):
    """Tester 36, F20: the person got «your visit is cancelled» only, staff were never asked
    why. The confirmation asks (optional); a reply to it reaches the person, as the card's."""
    anna = StaffMember(app.core)
    await anna.payload("visit:cancel:1", message_id="650")  # the question, edited in place
    await anna.payload("visit:cancel_open:1", message_id="650")
    assert "Powód dla tej osoby (nieobowiązkowo): wybierz gotowy poniżej" in anna.text
    assert "odpowiedz na tę wiadomość lub na kartę wizyty własnymi słowami" in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "ваш візит скасовано" in told.text  # at once, with other times
    await anna.reply("650", "Choroba asystenta, przepraszamy")
    assert "Wizyta nr D1: wiadomość zostanie dostarczona tej osobie" in anna.text
    await delivery.run()
    why = platform.to(dialogue.user_id)[-1]
    assert "щодо вашого скасованого візиту (вівторок, 24 листопада 2026" in why.text
    assert "Choroba asystenta, przepraszamy" in why.text
