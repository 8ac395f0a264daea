"""A note added to an open callback request (tester 19, item 4): it is on the request's card,
edited in place with every copy staff asked to see again, and in /mybookings and /mydata; at the
note step «back» goes back to the offer and too little («ok») asks for a few words; text typed at
the offer itself is offered as the note. The fixture's clock: Monday, 23 November 2026, 09:00."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import turns
from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback
from tests.support.dialogue import Dialogue

REQUEST = ["/callback", "1", "Olena", "601 234 567", "1", "My son needs a PESEL", "1", "1", "1"]
NOTE = "Please call after 3 pm, I am at work"
ON_CARD = f"🗒 Uwaga dopisana przez osobę: {NOTE}"


async def test_the_note_is_on_the_card_and_its_copy_shown_again_and_in_mybookings(tmp_path):
    steps = [*REQUEST, "/as staff", "/request T1", "/as person", "/callback", "1", "back", "1"]
    steps += ["ok", NOTE, "/mybookings", "/mydata"]
    out = await run_chat(tmp_path, steps)
    back, asked, too_short, added, bookings, data = turns(out)[-6:]
    assert "You already have an open callback request: #T1" in back  # «back»: the offer again
    assert "Write your note for request #T1" in asked
    assert "Please write a few words (at least 3 characters)" in too_short
    assert "Dopisuje uwagę" not in too_short and "staff chat" not in too_short  # nothing sent
    assert "Your note was added to request #T1" in added
    assert "Olena dopisuje uwagę:\nPlease call after 3 pm" in added  # under the card, at once
    for number in (1, 2):  # the card posted, and the one shown again by /request T1
        card = added.split(f"staff chat · message no. {number} updated ───")[1]
        card = card.split("────────────")[0]
        assert ON_CARD in card and "🕒 Kiedy: jak najszybciej" in card
    assert f"📝 Your note: {NOTE}" in bookings
    assert f"Note: {NOTE}" in data


async def test_text_typed_at_the_offer_is_offered_as_the_note_in_russian(app, delivery, platform):
    person = Dialogue(app.core, user_id="olia", language_hint="ru")
    await request_callback(person, topic="pesel", language="ru")
    await person.send("/callback")
    await person.send("ok")  # too little to be a note: the offer and its buttons again
    assert "Пожалуйста, воспользуйтесь кнопками ниже." in person.text
    await person.send("звоните только после 16")
    assert "Добавить «звоните только после 16» как примечание к заявке № T1?" in person.text
    await person.send("нет")  # not that: the offer again
    assert "У вас уже есть открытая заявка на звонок: № T1" in person.text
    await person.send("звоните только после 16, я на работе")
    await person.press("Да, добавить")
    assert "Примечание добавлено к заявке № T1" in person.text
    await delivery.run()
    card = platform.edits[-1].text
    assert "Uwaga dopisana przez osobę: звоните только после 16, я на работе" in card
    anna = StaffMember(app.core)
    await anna.command("/request T1")
    assert "Uwaga dopisana przez osobę: звоните только после 16, я на работе" in anna.text
    await person.send("/callback")
    await person.send("нет, спасибо")  # a no at the offer: nothing more
    assert "Отменено. Ничего не отправлено." in person.text
    await person.send("/mybookings")
    assert "📝 Ваше примечание: звоните только после 16, я на работе" in person.text
    assert len([s for s in platform.to(STAFF_CHAT) if "dopisuje uwagę" in s.text]) == 1
