"""`infopoint chat` played from both sides: `/as staff` writes in the staff chat (its commands,
its buttons pressed as s1, /reply N to answer message N), `/as person` goes back."""

from __future__ import annotations

import re
import sqlite3

from tests.channels.test_console import run_chat
from tests.support.network import write_network_config
from tests.support.services import write_services_config

# /services -> Legal advice -> Book -> consent -> the need, name, phone -> Send
LEGAL_REQUEST = ["/services", "1", "1", "1", "My card was refused", "Olena", "601 234 567", "1"]
# /services -> Document translation -> Ask for this help -> consent, name, phone -> Birth
# certificate -> Wednesday -> Ukrainian -> the note -> Send
TRANSLATION = ["/services", "6", "1", "1", "Olena", "601 234 567", "1", "3", "2"]
TRANSLATION += ["For the school", "1"]


PROMPT = re.compile(r"\n(?:person|staff(?:\([a-z_]+\))?|coordinators)> ")


def turns(out: str) -> list[str]:
    """What the terminal printed after each line typed, in the order typed (the input ends at
    the last prompt)."""
    return PROMPT.split(out)[1:-1]


async def test_an_appointment_request_approved_in_the_terminal_is_booked_at_an_offered_time(
    tmp_path,
):
    steps = [*LEGAL_REQUEST, "s1", "/as staff", "s1", "s3", "s14", "/as person", "3"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    sent, as_person, as_staff, picker, ticked, offered, _, booked = turns(out)[7:]
    assert "Appointment request #W1 sent" in sent
    card = sent.split("staff chat · message no. 1 ───")[1]
    assert "Prośba o wizytę nr W1" in card and "[s1] ✅ Przyjmij   [s2] ✖ Odrzuć" in card
    # as the person, a staff button is not pressed: the terminal says how
    assert "s1 is a button in a staff chat: type /as staff to write there" in as_person
    assert "Teraz piszesz jako pracownik (czat pracowników)" in as_staff  # staff.language
    assert "\nstaff> " in out and "\nperson> " in out  # the prompt says who types
    assert "Zaznacz od 1 do 3 terminów" in picker and "[s3] ▫️ wt. 24 listopada, 10:00" in picker
    assert "[s3] ☑️ wt. 24 listopada, 10:00" in ticked  # the same button, its same number
    assert "[s14] 📨 Zaproponuj zaznaczony termin" in ticked  # a new one: numbered on
    assert "Prośba o wizytę nr W1: zaproponowano osobie: Olena — wt. 24 listopada, 10:00" in offered
    assert "message to you (notification)" in offered
    assert "your appointment request #W1 (Legal advice) is approved" in offered
    assert "[3] Tue 24 Nov, 10:00" in offered  # after the person's [1] and [2]
    assert "Zaproponowane terminy (Pracownik (terminal))" in offered  # the card, updated
    assert "Your appointment is booked" in booked
    assert "Tuesday, 24 November 2026, 10:00" in booked
    assert "Nowa wizyta u specjalisty (nr S1)" in booked  # what the staff chat gets
    assert "✅ Umówiona: wtorek, 24 listopada 2026, 10:00 (wizyta u specjalisty nr S1)" in booked


async def test_a_help_request_taken_and_answered_in_the_terminal_both_ways(tmp_path):
    steps = [*TRANSLATION, "/as staff", "s1", "/reply 1 Please bring the original", "1"]
    steps += [
        "/as person",
        "OK, thank you",
        "/as staff",
        "/reply 5 See you on Wednesday",
        "s2",
        "s4",
        "/as person",
        "5",
    ]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    said = turns(out)[len(TRANSLATION) - 1 :]
    sent, _, taken, relayed, chatter, _, answer, _, again, asked, done, _, rated = said
    card = sent.split("staff chat · message no. 1 ───")[1]
    assert "Prośba o pomoc nr P1: Tłumaczenie dokumentu" in card
    assert "[s1] 🙋 Biorę   [s2] ✅ Załatwione   [s3] 📵 Nie odbiera" in card
    assert "A staff member has taken your request #P1" in taken
    assert "🙋 Przyjęta: Pracownik (terminal)" in taken
    assert "[s2] ✅ Załatwione   [s3] 📵 Nie odbiera" in taken  # the card updated: the same
    queued = "Prośba o pomoc nr P1: wiadomość zostanie dostarczona tej osobie"
    assert queued in relayed
    wrote = "The information point wrote about your request #P1:\nPlease bring the original"
    assert wrote in relayed
    # staff typing what is no command, button or reply: the terminal says what the bot reads
    assert "na czacie pracowników bot czyta komendy, przyciski i odpowiedzi" in chatter
    assert "Passed on to the staff (request #P1)" in answer
    assert (
        "staff chat · message no. 5 ───\n💬 Prośba o pomoc nr P1 · Olena pisze:\nOK, thank you"
        in answer
    )
    assert "about your request #P1:\nSee you on Wednesday" in again
    assert "Zamknąć: Prośba o pomoc nr P1 — załatwiona?" in asked and "[s4] ✅ Tak" in asked
    assert "Your request #P1 is closed" in done and "✅ Załatwiona (Pracownik (terminal))" in done
    assert "What you write here now goes to the bot, not to the staff." in done
    # the rating's own numbering (not after the «stop writing» button of the answer above),
    # and a typed number is the rating: «5» is 5
    assert "[#1] 1   [#2] 2   [#3] 3   [#4] 4   [#5] 5" in done
    assert "Thank you for your rating" in rated
    [db] = tmp_path.rglob("*.sqlite3")
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT rating FROM callback_requests").fetchall() == [(5,)]


async def test_each_office_writes_in_its_own_chat_and_coordinators_in_theirs(tmp_path):
    # South (the forum topic 11); a callback request; South's staff, East's, the coordinators'
    steps = ["2", "/callback", "1", "Olena", "601 234 567", "1", "My son needs PESEL", "1", "1"]
    steps += ["1", "/as staff", "/requests", "/as staff east", "s1", "/requests"]
    steps += ["/as coordinator", "/requests", "/as staff nowhere"]
    out = await run_chat(tmp_path, steps, config=write_network_config(tmp_path))
    sent, _, south, _, elsewhere, east, _, everyone, unknown = turns(out)[9:]
    assert "staff chat: South · message no. 1 ───\n📞 Callback request #T1" in sent
    assert "\nstaff(south)> " in out and "\ncoordinators> " in out
    # South's staff write English; the matter typed at Documents' topics is «something else» there
    assert "#T1 · English · 📄 Documents and legal stay · something else" in south
    # (said to East's staff, in their language)
    assert "Przycisk s1 jest na innym czacie (czat pracowników: Południe): najpierw wpisz " in (
        elsewhere
    )
    assert "/as staff south." in elsewhere
    assert "Brak otwartych próśb" in east  # East's topic does not see South's request
    assert "Prośba o telefon nr T1 · Południe · angielski" in everyone
    assert "/as staff and its id (north, south, east)" in unknown


async def test_a_later_run_numbers_messages_on_and_a_reply_to_an_earlier_one_is_relayed(
    tmp_path,
):
    config = write_services_config(tmp_path)
    first = await run_chat(tmp_path, [*TRANSLATION], config=config)
    assert "staff chat · message no. 1 ───" in first  # the card
    again = await run_chat(tmp_path, ["/as staff", "/reply 1 We have it"], config=config)
    queued = "Prośba o pomoc nr P1: wiadomość zostanie dostarczona tej osobie"
    assert queued in again
    assert "wrote about your request #P1:\nWe have it" in again
    third = await run_chat(tmp_path, [*TRANSLATION], config=config)
    assert "staff chat · message no. 1 ───" not in third  # numbers go on from earlier runs'
    assert "Prośba o pomoc nr P2" in third


async def test_a_message_to_everyone_signed_up_and_attendance_in_the_terminal(tmp_path):
    # /services -> Polish A1 -> Dates and sign-up -> Sign up -> consent, name, phone -> Yes
    sign_up = ["/services", "4", "1", "1", "1", "Olena", "601 234 567", "1"]
    staff = ["/as staff", "/courses", "s1", "s5", "/reply 2 Room 12, first floor", "s4", "s9"]
    out = await run_chat(
        tmp_path, [*sign_up, *staff, "s17"], config=write_services_config(tmp_path)
    )
    signed, *_ = turns(out)[len(sign_up) - 1 :]
    # tester 22, item 18: staff hear of the sign-up as they would of leaving
    assert "staff chat · message no. 1 ───\n🆕 Olena zapisał(a) się na „Język polski" in signed
    _, _, course, write, sent, _, meeting, marked = turns(out)[len(sign_up) :]
    assert "Zapisani (1 z 2):\n1. Olena, +48 601 234 567" in course
    assert "[s5] ✉️ Napisz do wszystkich zapisanych" in course
    assert "staff chat · message no. 2 ───\n✉️ Wiadomość do wszystkich zapisanych" in write
    assert "Wiadomość wysłana do zapisanych na „Język polski A1”: 1 osoba" in sent
    assert "message to you (notification)" in sent and "about Polish A1:\n\nRoom 12" in sent
    # the terminal's clock is 23 Nov: the meeting (8 Dec) is ahead, so nobody can be marked yet
    assert "można zaznaczyć od dnia spotkania (wt. 8 grudnia)" in meeting
    assert "[s17] « Inne spotkania" in meeting and "⬜ Olena" not in meeting
    assert "⏳ wt. 1 grudnia" in marked  # back at the list: later meetings marked ⏳


async def test_a_card_shown_again_with_request_n_has_a_number_to_reply_to(tmp_path):
    steps = [*TRANSLATION, "/as staff", "/request 1", "/reply 2 Please bring the original"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    _, shown, replied = turns(out)[len(TRANSLATION) :]
    assert "staff chat · message no. 2 ───\n🙋 Prośba o pomoc nr P1" in shown
    assert "wrote about your request #P1:\nPlease bring the original" in replied


async def test_forget_in_the_terminal_removes_the_person_from_the_cards_shown_again(tmp_path):
    steps = [*LEGAL_REQUEST, "/as staff", "/appointments", "s3", "/appointments", "s3"]
    steps += ["/as person", "/forget", "1"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    again, forgotten = turns(out)[-4], turns(out)[-1]
    below = again.split("staff chat · message no. 2 updated ───\n")[1].split("────")[0]
    assert below.startswith("↓ Ta karta jest pokazana ponownie niżej")  # shown again: no data
    for message in (1, 3):  # the card posted, and the newest shown again
        edited = forgotten.split(f"staff chat · message no. {message} updated ───\n")[1]
        assert "Dane osobowe usunięte" in edited.split("────")[0]
    assert "message no. 2 updated" not in forgotten  # nothing of the person left in it
    assert "Olena" not in forgotten and "601 234 567" not in forgotten


async def test_an_appointment_request_shown_again_can_be_replied_to(tmp_path):
    steps = [*LEGAL_REQUEST, "/as staff", "/appointments", "s3", "/reply 2 Which decision?"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    _, listed, shown, replied = turns(out)[len(LEGAL_REQUEST) :]
    assert "[s3]" in listed
    assert "staff chat · message no. 2 ───\n" in shown and "Prośba o wizytę nr W1" in shown
    assert "Which decision?" in replied and "message to you (notification)" in replied


async def test_a_reply_to_a_duty_visits_card_reaches_the_person_and_their_answer_comes_back(
    tmp_path,
):
    # /book -> City Hall, its first day, first time, a topic, consent, name, phone -> Confirm
    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    steps = [*booking, "/as staff", "/reply 1 Please bring your passport", "/as person"]
    steps += ["OK, can I bring my wife?"]
    out = await run_chat(tmp_path, steps)
    booked, _, replied, _, answered = turns(out)[len(booking) - 1 :]
    assert "staff chat · message no. 1 ───\n📅 Nowa wizyta (nr D1)" in booked
    assert "Wizyta nr D1: wiadomość zostanie dostarczona tej osobie." in replied
    assert "message to you (notification)" in replied
    assert "wrote about your visit (Tuesday, 24 November 2026, 13:00):" in replied
    assert "Please bring your passport" in replied
    assert "Passed on to the staff (your visit: Tuesday, 24 November 2026, 13:00)" in answered
    assert "💬 Wizyta nr D1 · Raj pisze:\nOK, can I bring my wife?" in answered


async def test_a_later_run_numbers_on_after_a_notice_no_record_points_to(tmp_path):
    """The staff chat's notice that a visit was cancelled (message 2) is not a card; a later
    run's new card must not take its number, or /reply 2 would answer the wrong message."""
    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    first = await run_chat(tmp_path, [*booking, "/mybookings", "1", "1"])
    assert "staff chat · message no. 2 ───" in first  # the cancellation notice
    again = await run_chat(tmp_path, booking)
    assert "staff chat · message no. 2 ───" not in again
    assert "staff chat · message no. 3 ───\n📅 Nowa wizyta (nr D2)" in again


async def test_an_appointment_request_offered_from_its_card_shown_again_updates_both_cards(
    tmp_path,
):
    steps = [*LEGAL_REQUEST, "/as staff", "/appointments", "s3", "s5", "s16"]  # (s4: «›»)
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    shown, picker, offered = turns(out)[len(LEGAL_REQUEST) + 2 :]
    assert "staff chat · message no. 2 ───" in shown and "[s5] ✅ Przyjmij" in shown
    # who chooses the time, said on the button and above it (tester 23, item 12)
    assert "[s16] 🗓 Niech osoba sama wybierze wolny termin" in picker
    assert "spośród których osoba wybierze, albo pozwól jej wybrać samej" in picker
    for number in (1, 2):  # the card posted and the one shown again, whichever was pressed
        card = offered.split(f"staff chat · message no. {number} updated ───")[1]
        card = card.split("────────────")[0]
        assert "Zaproponowany dowolny wolny termin (Pracownik (terminal))" in card
        assert "Zaproponuj inne terminy" in card and "Przyjmij" not in card


async def test_a_visits_card_shown_again_is_edited_as_the_visit_is_cancelled(tmp_path):
    """/request D1 shows the visit's card again (message 2); the person cancels the visit:
    both cards say so, the first and the one shown again, as a request's cards do."""
    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    steps = [*booking, "/as staff", "/request D1", "/as person", "/mybookings", "1", "1"]
    out = await run_chat(tmp_path, steps)
    shown, cancelled = turns(out)[len(booking) :][1], turns(out)[-1]
    # shown again, it is no longer «Nowa» (tester 23, item 14)
    assert "staff chat · message no. 2 ───\n📅 Wizyta (nr D1)" in shown
    for number in (1, 2):
        card = cancelled.split(f"staff chat · message no. {number} updated ───")[1]
        card = card.split("────────────")[0]
        assert "ODWOŁANA przez osobę\n📅 Wizyta (nr D1)" in card and "Raj" in card


async def test_an_appointments_note_shown_again_is_edited_as_it_is_cancelled(tmp_path):
    """/appointments S1 shows a booked appointment's note again (message 4), and its «cancel»
    pressed there: the note first posted (message 3) and the one shown again both say so."""
    steps = [*LEGAL_REQUEST, "/as staff", "s1", "s3", "s14", "/as person", "3", "/as staff"]
    steps += ["/appointments S1", "s18", "s19"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    shown, asked, cancelled = turns(out)[-3:]
    assert "staff chat · message no. 4 ───\n🧑‍💼 Wizyta u specjalisty (nr S1)" in shown
    assert "[s19] ✖ Tak, odwołaj wizytę" in asked
    for number in (3, 4):
        note = cancelled.split(f"staff chat · message no. {number} updated ───")[1]
        note = note.split("────────────")[0]
        assert "ODWOŁANA" in note and "(nr S1)" in note and "Odwołaj tę wizytę" not in note


async def test_after_forget_the_terminal_keeps_speaking_the_language_it_was_started_in(tmp_path):
    # --lang uk: the person forgets everything, then writes as staff; the terminal's own words
    # (the staff chat's name, «updated») stay Ukrainian, not the default; /as staff's answer is
    # the staff's, in staff.language (Polish here)
    steps = [*LEGAL_REQUEST, "/forget", "1", "/as staff"]
    out = await run_chat(tmp_path, steps, lang="uk", config=write_services_config(tmp_path))
    forgotten, as_staff = turns(out)[-2:]
    assert "чат працівників · повідомлення № 1 змінено" in forgotten
    assert "staff chat" not in forgotten and "updated" not in forgotten
    assert "You now write" not in as_staff and "Teraz piszesz jako pracownik" in as_staff


async def test_forget_in_the_terminal_shows_again_the_lists_that_showed_the_person(tmp_path):
    """/week and /appointments staff asked for, showing the person, are printed again, updated,
    once they /forget, as Telegram's copies are edited (a list has no number: not replied to):
    only the person's line is masked, the other days and the buttons stay; a list asked for five
    times is edited five times: the person is left in none (the older ones are sent after new
    cards, bot.features.privacy.lists)."""
    booking = ["/book", "1", "1", "1", "1", "1", "Raj Kumar", "+48 512 345 678", "1"]
    steps = [*booking, "/as staff", *["/week"] * 5, "/as person", "/forget", "1"]
    out = await run_chat(tmp_path, steps)
    listed, forgotten = turns(out)[len(booking) + 1], turns(out)[-1]
    assert "📋 Wizyty od 23 do 29 listopada 2026" in listed and "Raj Kumar" in listed
    assert forgotten.count("staff chat · a list shown earlier, updated") == 5
    edited = forgotten.split("staff chat · a list shown earlier, updated ───\n")[1]
    edited = edited.split("────")[0]
    assert "🔒 odwołane na prośbę osoby, dane usunięte: termin lub miejsce znów wolne" in edited
    assert "📋 Wizyty od 23 do 29 listopada 2026" in edited and "Odwołaj dyżur" in edited
    assert "czwartek, 26 listopada 2026" in edited  # another day of the list, kept
    assert "Raj" not in forgotten and "512" not in forgotten

    other = tmp_path / "services"
    other.mkdir()
    steps = [*LEGAL_REQUEST, "/as staff", "/appointments", "/as person", "/forget", "1"]
    out = await run_chat(other, steps, config=write_services_config(other))
    listed, forgotten = turns(out)[len(LEGAL_REQUEST) + 1], turns(out)[-1]
    assert "Wizyty u specjalistów" in listed and "Olena" in listed
    edited = forgotten.split("staff chat · a list shown earlier, updated ───\n")[1]
    assert "odwołane na prośbę osoby" in edited.split("────")[0]
    assert "Wizyty u specjalistów" in edited.split("────")[0]
    assert "Olena" not in forgotten


async def test_staff_mode_speaks_the_staff_language_and_old_buttons_say_why_they_are_gone(
    tmp_path,
):
    """A Ukrainian person's terminal: /as staff speaks Polish (staff.language), as the staff
    chat's own messages do; in a new run, s1 of the earlier run's card says where to find it."""
    config = write_services_config(tmp_path)
    await run_chat(tmp_path, [*TRANSLATION], lang="uk", config=config)
    again = await run_chat(tmp_path, ["/as staff", "s1", "/as person"], lang="uk", config=config)
    as_staff, pressed, as_person = turns(again)[:3]
    assert "Teraz piszesz jako pracownik" in as_staff
    assert "Тепер ви пишете" not in as_staff
    assert (
        "Nie ma jeszcze przycisku s1: przyciski z poprzedniego uruchomienia już nie działają. "
        "Kartę pokaże znowu, z nowymi przyciskami, /request z jej numerem (np. /request D1)"
    ) in pressed
    assert "Ви знову пишете як користувач" in as_person  # back to the person's language


async def test_a_staff_button_from_an_earlier_run_says_why_it_cannot_be_pressed(tmp_path):
    """The card (with its «s1») is still on screen from the run before; in this run s1 is no
    button: the terminal says buttons are numbered again each run and how to get the cards back
    (tester 23, item 11)."""
    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    first = await run_chat(tmp_path, booking)
    assert "[s1]" in first  # the card's cancel button
    again = turns(await run_chat(tmp_path, ["/as staff", "s1", "/request D1"]))
    assert "Nie ma jeszcze przycisku s1" in again[1]  # staff.language: Polish
    assert "przyciski z poprzedniego uruchomienia już nie działają" in again[1]
    assert "/request D1" in again[1]
    assert "📅 Wizyta (nr D1)" in again[2] and "[s1]" in again[2]  # with a new button


async def test_a_reply_to_a_sign_up_notice_says_it_cannot_be_answered_and_how_to_write(tmp_path):
    """Tester 27, item 3: a reply to «🆕 Olena zapisał(a) się» reaches nobody; staff are told so
    plainly, with the way to write to the people signed up, not «(Bez odpowiedzi …)»."""
    sign_up = ["/services", "4", "1", "1", "1", "Olena", "601 234 567", "1"]
    steps = [*sign_up, "/as staff", "/reply 1 Proszę przynieść paszport", "/as person", "hello"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    replied = turns(out)[len(sign_up) + 1]
    assert "To tylko powiadomienie: na nie nie da się odpowiedzieć" in replied
    assert "/courses → kurs → „✉️ Napisz do wszystkich zapisanych”" in replied
    assert "Bez odpowiedzi" not in replied
    assert "paszport" not in "".join(turns(out)[len(sign_up) + 2 :])  # the person got nothing


async def test_a_staff_button_before_any_card_is_simply_none(tmp_path):
    """Tester 35, item 23: a fresh terminal, a form stopped at its summary, then «s3» as staff:
    no «buttons of an earlier run» (there was none), just that no such button has been shown."""
    pressed = turns(await run_chat(tmp_path, ["/callback", "/as staff", "s3"]))[2]
    assert "Nie ma przycisku s3: nie pokazano jeszcze żadnej wiadomości" in pressed
    assert "poprzedniego uruchomienia" not in pressed


async def test_a_card_printed_again_keeps_its_buttons_numbers_and_a_gone_one_says_so(tmp_path):
    """Tester 39, F16: each tick printed the picker again with new numbers, and a number read
    off the print before pressed another button («s24»: «any free time» instead of the times
    ticked). A button that does the same keeps its number (a time ticked too); one the card no
    longer has says so and does nothing."""
    steps = [*LEGAL_REQUEST, "/as staff", "s1", "s3", "s4", "s14", "s12"]
    out = await run_chat(tmp_path, steps, config=write_services_config(tmp_path))
    picker, one, two, stale, anyone = turns(out)[-5:]
    assert "[s3] ▫️ wt. 24 listopada, 10:00" in picker
    assert "[s12] 🗓 Niech osoba sama wybierze wolny termin" in picker
    assert "[s3] ☑️ wt. 24 listopada, 10:00" in one and "[s4] ▫️ wt. 24 listopada, 10:45" in one
    assert "[s14] 📨 Zaproponuj zaznaczony termin" in one
    assert "[s3] ☑️ wt. 24 listopada, 10:00\n[s4] ☑️ wt. 24 listopada, 10:45" in two
    assert "[s15] 📨 Zaproponuj 2 zaznaczone terminy" in two  # it offers two now: a new number
    assert "[s12] 🗓 Niech osoba sama wybierze wolny termin" in two
    assert stale.strip().startswith("Przycisku s14 nie ma już na tej karcie")
    assert "zaproponowano" not in stale  # nothing offered
    assert "Zaznacz od 1 do 3 terminów" not in anyone and "dowolny wolny termin" in anyone


async def test_staff_today_in_the_terminal_puts_came_buttons_on_a_started_visits_card(tmp_path):
    """The terminal runs no scheduler beside it: before each line typed the jobs due are run,
    so the card of a visit whose time has started offers «came / did not come» (docs/booking.md)
    from the first line typed, as the bot does every minute, and /today lists the buttons."""
    from tests.conftest import Clock

    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    config = write_services_config(tmp_path)
    first = await run_chat(tmp_path, booking, config=config)
    assert "📅 Nowa wizyta (nr D1)" in first and "Obecność" not in first
    later = Clock()
    later.advance(days=1, hours=4, minutes=5)  # Tuesday 24 November, 13:05: the visit began
    out = await run_chat(tmp_path, ["/as staff", "/today"], config=config, clock=later)
    switched, today = turns(out)
    card = switched.split("Teraz piszesz jako pracownik")[0]  # (before the line's answer)
    assert "message no. 1 updated" in card and "[s1] ✅ Obecność   [s2] ❌ Nieobecność" in card, out
    assert "[s3] ✅ 13:00 Raj: obecność" in today, out


async def test_a_visit_reminder_comes_in_the_terminal_when_its_time_has_come(tmp_path):
    """A person trying the bot in the terminal sees the day-before reminder of the visit they
    booked once its time has come: the due jobs run before each line typed is answered (an
    empty one, Enter, too), not only before staff's /today."""
    from tests.conftest import Clock

    booking = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]
    config = write_services_config(tmp_path)
    first = await run_chat(tmp_path, booking, config=config)
    assert "📅 Nowa wizyta (nr D1)" in first and "Reminder" not in first
    later = Clock()
    later.advance(hours=4, minutes=5)  # Monday 13:05: the visit, Tuesday 13:00, is 24 h away
    out = await run_chat(tmp_path, ["", "/help"], config=config, clock=later)
    enter, help_ = turns(out)
    assert "Reminder: your visit is tomorrow (#D1)" in enter, out
    assert "Reminder" not in help_, out  # (once)
