"""/callback while the person's callback request is open (tester 18, item 7): they are told its
number and when to expect the call, and choose a note to it or a new request; a second request
of the same person is marked on its staff card, so two staff members do not both call."""

from __future__ import annotations

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback
from tests.support.dialogue import Dialogue


async def test_callback_with_one_open_says_so_and_adds_a_note_to_it(
    app, dialogue, delivery, platform
):
    await request_callback(dialogue, topic="pesel")  # #1, still open
    await delivery.run()
    await dialogue.send("/callback")
    assert "You already have an open callback request: #T1" in dialogue.text
    assert "(waiting)" in dialogue.text
    assert "Staff are at work now and will call you as soon as they can." in dialogue.text
    assert "What is your name?" not in dialogue.text
    await dialogue.send("?!")  # neither button, too little for a note: the offer again
    assert "Please answer with the buttons below." in dialogue.text
    assert dialogue.button("Send a new request anyway")
    await dialogue.press("Add a note to #T1")
    await dialogue.send("Please call after 3 pm, I am at work")
    assert "Your note was added to request #T1" in dialogue.text
    await delivery.run()
    note = platform.to(STAFF_CHAT)[-1]
    assert "Olena dopisuje uwagę" in note.text and "Please call after 3 pm" in note.text
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "Otwarte prośby: 1" in anna.text


async def test_a_new_request_anyway_is_marked_on_its_staff_card(app, delivery, platform):
    person = Dialogue(app.core, user_id="dima", language_hint="ru")
    await request_callback(person, topic="pesel", language="ru")
    await delivery.run()
    await person.send("/callback")
    assert "У вас уже есть открытая заявка на звонок: № T1" in person.text
    assert "Ожидайте звонка" in person.text or "позвонят" in person.text
    await person.press("Всё равно отправить новую заявку")
    await person.press("Использовать")  # the saved name and phone
    await person.payload("callback:topic:pesel")  # the same topic: not asked about again
    assert "уже есть открытая заявка" not in person.text
    await person.send("вопрос по PESEL, перезвоните!!")
    await person.payload("callback:language:ru")
    await person.payload("callback:window:asap")
    await person.payload(next(b.payload for b in person.buttons if "callback:send:" in b.payload))
    assert "Заявка № T2 отправлена" in person.text
    await delivery.run()
    first, second = platform.to(STAFF_CHAT)[:2]
    assert "Prośba o telefon nr T2" in second.text
    assert "👥 Ta sama osoba: T1 — uzgodnijcie, kto dzwoni." in second.text
    assert "Ta sama osoba" not in first.text  # as posted; then its card is edited to say so
    edited = [e for e in platform.edits if e.message_id == first.message_id]
    assert "👥 Ta sama osoba: T2 — uzgodnijcie, kto dzwoni." in edited[-1].text
    assert "Prośba o telefon nr T1" in edited[-1].text
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "Prośba o telefon nr T2 · rosyjski" in anna.text
    assert "👥 ta sama osoba co nr T1" in anna.text
    # someone else's request is not marked
    other = Dialogue(app.core, user_id="olha", language_hint="uk")
    await request_callback(other, topic="pesel")
    await delivery.run()
    assert "Ta sama osoba" not in platform.to(STAFF_CHAT)[-1].text


async def test_the_marks_go_once_one_of_the_two_is_closed(app, dialogue, delivery, platform):
    await request_callback(dialogue, topic="pesel")
    await dialogue.send("/callback")
    await dialogue.press("Send a new request anyway")
    await dialogue.press("Use")  # the saved name and phone
    await dialogue.payload("callback:topic:pesel")
    await dialogue.send("about PESEL again")
    await dialogue.payload("callback:language:en")
    await dialogue.payload("callback:window:asap")
    await dialogue.payload(
        next(b.payload for b in dialogue.buttons if "callback:send:" in b.payload)
    )
    anna = StaffMember(app.core)
    await anna.command("/request T1")
    assert "👥 Ta sama osoba: T2 — uzgodnijcie, kto dzwoni." in anna.text
    await anna.command("/request T2")
    assert "👥 Ta sama osoba: T1 — uzgodnijcie, kto dzwoni." in anna.text
    await delivery.run()
    second = platform.to(STAFF_CHAT)[1]
    await anna.payload("request:done_yes:1")
    await delivery.run()
    edited = [e for e in platform.edits if e.message_id == second.message_id]
    assert "Prośba o telefon nr T2" in edited[-1].text
    assert "Ta sama osoba" not in edited[-1].text
    await anna.command("/requests")
    assert "Prośba o telefon nr T2" in anna.text and "ta sama osoba" not in anna.text
    for number in ("T1", "T2"):
        await anna.command(f"/request {number}")
        assert "Ta sama osoba" not in anna.text, number


async def test_no_open_request_no_question(app, dialogue):
    await request_callback(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("request:done_yes:1")
    await dialogue.send("/callback")
    assert "open callback request" not in dialogue.text
    assert "Use: Olena" in dialogue.text or "What is your name?" in dialogue.text


async def test_a_language_change_at_the_question_asks_it_again_in_that_language(dialogue):
    await request_callback(dialogue)
    await dialogue.send("/callback")
    await dialogue.payload("language:pl")
    assert "Masz już otwartą prośbę o telefon: nr T1" in dialogue.text
    await dialogue.press("Mimo to wyślij nową prośbę")
    assert dialogue.button("Olena")  # the form: the saved name and phone offered


async def test_a_request_reopened_is_marked_again_with_the_other_open_one(app, dialogue):
    await request_callback(dialogue, topic="pesel")
    await request_callback(dialogue, topic="pesel", description="about PESEL again")
    anna = StaffMember(app.core)
    await anna.payload("request:done_yes:1")
    await anna.command("/request T2")
    assert "Ta sama osoba" not in anna.text
    await anna.payload("request:reopen:1")  # closed by mistake: open again
    await anna.command("/request T1")
    assert "👥 Ta sama osoba: T2 — uzgodnijcie, kto dzwoni." in anna.text
    await anna.command("/request T2")
    assert "👥 Ta sama osoba: T1 — uzgodnijcie, kto dzwoni." in anna.text
    await anna.command("/requests")
    assert "👥 ta sama osoba co nr T1" in anna.text


async def test_earlier_and_later_requests_of_the_same_person_share_one_line(app, dialogue):
    await request_callback(dialogue, topic="pesel")
    await request_callback(dialogue, topic="pesel", description="about PESEL again")
    await request_callback(dialogue, topic="pesel", description="and once more")
    anna = StaffMember(app.core)
    await anna.command("/request T2")
    assert "👥 Ta sama osoba: T1, T3 — uzgodnijcie, kto dzwoni." in anna.text
    assert anna.text.count("Ta sama osoba") == 1


async def test_danger_in_a_note_to_an_open_request_says_why_it_is_urgent(
    app, dialogue, delivery, platform
):
    await request_callback(dialogue, topic="pesel")
    await delivery.run()
    await dialogue.send("/callback")
    await dialogue.press("Add a note to #T1")
    await dialogue.send("My husband beats me, please call soon")
    assert "800 120 002" in dialogue.text  # the help lines for her
    await delivery.run()
    note = platform.to(STAFF_CHAT)[-1].text
    assert note.splitlines()[0] == "🚨 PILNE — osoba pisała o przemocy", note
