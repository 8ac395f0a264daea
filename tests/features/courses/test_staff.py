"""The staff chat's side of courses: lists, closing sign-up, taking someone off, attendance,
a message to everyone signed up; and each office's staff only with their own office's lists."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.core import markup
from bot.core.messages import Incoming
from tests.conftest import FIXTURE, write_config
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import (
    STAFF_CHAT,
    course_app,
    enrol,
    inbox,
    people,
    text_of,
    up_to_summary,
)
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import (
    COORDINATORS_CHAT,
    EAST_TOPIC,
    FORUM_CHAT,
    NORTH_CHAT,
    SOUTH_TOPIC,
    write_network_config,
)
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml

ODD_NAME = "Olena *Kovalenko* [x](https://e.com)"


async def test_the_lists_show_counts_names_phones_and_the_waiting_order(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan = people(app, 4)
        await enrol(olena, name=ODD_NAME)
        await enrol(petro, name="Petro", phone="+380 50 123 4567")
        await enrol(maria, name="Maria")
        await enrol(ivan, name="Ivan")
        anna = StaffMember(app.core)
        await anna.command("/courses")
        assert "Język polski A1 — 1 gru 2026 – 19 sty 2027" in anna.text
        assert "zapisani: 2 z 2, rezerwowi: 2" in anna.text
        assert "Dzień Wielokulturowości — 12 gru 2026" in anna.text
        assert "zapisy otwarte do 1 grudnia 2026, 17:00" in anna.text
        await anna.press("Język polski A1")
        card = anna.replies[0]
        assert markup.problems(card.text) == []
        assert f"1. {ODD_NAME}, +48 601 234 567 · angielski, terminal (test)" in anna.text
        assert "2. Petro, +380 50 123 4567" in anna.text
        waiting = anna.text.split("Lista rezerwowa (2), w kolejności:")[1]
        assert waiting.index("1. Maria") < waiting.index("2. Ivan")


async def test_closing_sign_up_stops_newcomers_and_reopening_lets_them_in(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core)
        await up_to_summary(olena)
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Zamknij zapisy")  # a mis-tap closes nothing: it asks first
        assert "Zamknąć zapisy na „Język polski A1”?" in anna.text
        await anna.press("Nie, niech zostaną otwarte")
        assert "zamknięte" not in anna.text
        assert any("Zamknij zapisy" in b.label for b in anna.buttons)
        await anna.press("Zamknij zapisy")
        await anna.press("Tak, zamknij zapisy")
        assert "Zapisy na „Język polski A1” zamknięte (Anna Nowak)" in anna.text
        assert "Otwórz zapisy ponownie" in " ".join(b.label for b in anna.buttons)
        await anna.payload("courses:close_now:polish_a1")  # a second tap: closed once
        assert "Zapisy na „Język polski A1” są już zamknięte." in anna.text
        await olena.press("Yes, sign me up")
        assert "Sign-up for this course is closed." in olena.text
        await olena.payload("course:open:polish_a1")
        assert "closed" in olena.text
        assert not any(b.payload.startswith("course:enrol") for b in olena.buttons)
        await anna.press("Otwórz zapisy ponownie")
        await enrol(olena)
        assert "You are signed up" in olena.text


async def test_taking_someone_off_tells_them_and_offers_the_seat_to_the_next(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1", language_hint="uk")
        petro, maria = people(app, 3)[1:]
        await enrol(olena, name="Olena")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Usuń z listy: 1. Olena")
        assert "Usunąć z listy na „Język polski A1”: Olena?" in anna.text
        await anna.press("Tak, usuń")
        assert "Olena: usunięto z listy „Język polski A1” (Anna Nowak)" in anna.text
        assert "Miejsce zaproponowano: Maria" in anna.text
        told = text_of((await inbox(app, "p1"))[-1])
        assert "Працівники вилучили вас зі списку" in told and "+48 41 000 00 00" in told
        assert "A place is free" in text_of((await inbox(app, "p3"))[-1])
        await anna.payload("courses:remove_now:1")  # a second tap
        assert "Tej osoby nie ma już na liście." in anna.text


async def test_attendance_is_marked_per_meeting_and_shown_in_mydata(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro = people(app, 2)
        await enrol(olena, name="Olena")
        await enrol(petro, name="Petro")
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Obecność")
        await anna.press("wt. 1 grudnia")  # a week ahead: not yet
        assert "można zaznaczyć od dnia spotkania (wt. 1 grudnia)" in anna.text
        assert [b.label for b in anna.buttons] == ["« Inne spotkania"]
        await anna.payload("courses:mark:1:20261201")  # an old button: nothing marked
        assert "Obecni" not in anna.text
        clock.advance(days=8, hours=8)  # Tuesday 1 December, 16:00: the meeting's day
        await anna.press("Inne spotkania")
        labels = [b.label for b in anna.buttons]
        assert "wt. 1 grudnia" in labels and "⏳ wt. 8 grudnia" in labels
        assert "obecność można zaznaczyć od dnia spotkania" in anna.text
        await anna.press("wt. 1 grudnia")
        assert "Obecni: 0 z 2" in anna.text
        await anna.press("⬜ Olena")
        assert "Obecni: 1 z 2" in anna.text
        assert "✅ Olena" in [b.label for b in anna.buttons]
        await anna.press("⬜ Petro")
        await anna.press("✅ Petro")  # tapped by mistake: undone
        assert "Obecni: 1 z 2" in anna.text
        await olena.send("/mydata")
        assert "Present at: 1 Dec 2026" in olena.text
        await petro.send("/mydata")
        assert "Present at" not in petro.text


async def test_a_message_to_everyone_signed_up_reaches_each_in_their_language_once(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1", language_hint="uk")
        petro = Dialogue(app.core, user_id="p2", language_hint="pl")
        maria = Dialogue(app.core, user_id="p3")
        for person in (olena, petro, maria):
            await enrol(person)
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        await anna.press("Napisz do wszystkich")
        assert "Wiadomość w sprawie „Język polski A1”: do kogo?" in anna.text  # Maria waits
        await anna.press("Zapisani (2 osoby)")
        await delivery.run()
        prompt = platform.to(STAFF_CHAT)[-1]
        assert "Wiadomość do wszystkich zapisanych na „Język polski A1” (2 osoby)" in prompt.text
        languages = "🌐 Języki odbiorców: ukraiński — 1, polski — 1."  # tester 39, F17
        assert f"{languages} Pisz w języku, który przeczytają." in prompt.text
        await anna.reply(prompt.message_id, "Bring a notebook *and* a pen <b>!", "901")
        assert "Wiadomość wysłana do zapisanych na „Język polski A1”: 2 osoby." in anna.text
        await delivery.run()
        to_olena = platform.to("p1")[-1].text
        assert "Повідомлення від Punkt Informacyjny" in to_olena
        assert "щодо «Польська мова A1»" in to_olena
        assert "Bring a notebook *and* a pen <b>!" in to_olena
        assert "wiadomość w sprawie „Język polski A1”" in platform.to("p2")[-1].text
        assert platform.to("p3") == []  # on the waiting list: not signed up
        await anna.reply(prompt.message_id, "And once more", "902")
        assert "Ta wiadomość została już wysłana" in anna.text
        await delivery.run()
        assert len(platform.to("p1")) == 1


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path, **catalogue()), clock=clock, search="off")
    yield app
    await app.close()


async def test_each_offices_staff_see_and_act_on_their_own_courses_only(network):
    north_person = Dialogue(network.core, user_id="n1")
    await north_person.send("/start north")
    await enrol(north_person, name="Nadia")
    assert "You are signed up" in north_person.text
    north = StaffMember(network.core, chat_id=str(NORTH_CHAT))
    south = StaffMember(network.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
    await north.payload("courses:show:polish_a1")
    assert "1. Nadia" in north.text
    await south.payload("courses:show:polish_a1")  # South's own course of the same name
    assert "Nadia" not in south.text
    await south.payload("courses:remove:1")
    assert "należy do punktu Północ" in south.text or "belongs to North" in south.text
    await south.payload("courses:mark:1:20261201")
    assert "Nadia" not in south.text
    coordinators = StaffMember(network.core, chat_id=str(COORDINATORS_CHAT))
    await coordinators.payload("courses:show:polish_a1")  # a course's lists: its office's chat
    assert "czat koordynatorów" in coordinators.text


async def test_a_course_button_of_another_office_is_refused_naming_that_office(tmp_path, clock):
    network = read_yaml(FIXTURE / "network.yaml")
    network["offices"]["north"].update(catalogue())  # North has the courses, East has none
    app = await build(write_config(tmp_path, **network), clock=clock, search="off")
    try:
        east = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(EAST_TOPIC))
        for action in ("show", "close", "write", "meetings"):
            payload = f"courses:{action}:polish_a1"
            await east.payload(payload)
            assert "należy do punktu Północ" in east.text or "belongs to North" in east.text
            assert "nieaktywny" not in east.text and "no longer active" not in east.text
        await east.payload("courses:show:no_such_course")  # nobody's: the button expired
        assert "nieaktywny" in east.text or "no longer active" in east.text
    finally:
        await app.close()


async def test_a_staff_question_naming_someone_is_edited_away_when_they_forget(tmp_path, clock):
    """«Remove Olena from the list?» names her by first name only: the message says whom it
    shows, so /forget edits it to «personal data removed» like the lists."""
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena, name="Olena")
        tap = Incoming("telegram", "501", STAFF_CHAT, "pl", payload="courses:remove:1")
        await delivery.worker.send_now("telegram", STAFF_CHAT, await app.core.handle_queued(tap))
        [asked] = [
            s
            for s in platform.to(STAFF_CHAT)
            if "Usunąć z listy na „Język polski A1”: Olena?" in s.text
        ]
        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        [edit] = [e for e in platform.edits if e.message_id == asked.message_id]
        assert "usunięte" in edit.text and "Olena" not in edit.text


async def test_a_meeting_is_in_the_staffs_today_and_week_with_its_attendance_sheet(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        (olena,) = people(app, 1)
        await enrol(olena)
        anna = StaffMember(app.core)
        await anna.command("/today")  # Monday 23 November: no meeting
        assert "Język polski A1" not in anna.text
        clock.advance(days=7)  # Monday 30 November: the course starts on Tuesday
        await anna.command("/week")
        assert "wtorek, 1 grudnia 2026 — 🎓 Język polski A1, 17:00–18:30" in anna.text
        assert "zapisani: 1 z 2, rezerwowi: 0" in anna.text
        assert "Olena" not in anna.text  # names are on the list and the sheet, for who opens them
        assert anna.button("✅ Obecność").payload == "courses:att:polish_a1:20261201"
        clock.advance(days=1)
        await anna.command("/today")
        assert "🎓 Język polski A1, 17:00–18:30" in anna.text
        await anna.press("✅ Obecność")
        assert "Obecni: 0 z 1" in anna.text
        assert anna.button("⬜ Olena").payload.startswith("courses:mark:")
        clock.advance(days=1)  # Wednesday: the next meeting is a week on
        await anna.command("/today")
        assert "Język polski A1" not in anna.text


async def test_an_office_without_courses_says_so_without_a_config_key(app):
    staff = StaffMember(app.core)  # the fixture deployment's catalogue has no courses
    await staff.command("/courses")
    assert staff.text.startswith("Ten punkt nie ma w ofercie kursów ani wydarzeń.")
    assert "config" not in staff.text and "services)" not in staff.text


async def test_a_note_in_brackets_after_the_name_is_the_sign_ups_note_for_staff(tmp_path, clock):
    """README «Known gaps», Staff side: a course kept «Halyna (sąsiadka, ja tylko pomagam)» as
    the name; now the name is «Halyna» and the bracket the sign-up's note, as a visit's."""
    async with course_app(tmp_path, clock) as app:
        halyna, maria = people(app, 2)
        await up_to_summary(halyna, name="Halyna (neighbour, I *only* help)")
        assert "Your name is saved as “Halyna”" in halyna.text
        assert "🗒 Note for the staff: neighbour, I *only* help" in halyna.text  # the summary
        await halyna.press("Sign me up")
        [joined] = [r for r in await inbox(app, STAFF_CHAT) if "zapisał(a) się" in r.text]
        assert text_of(joined).startswith("🆕 Halyna zapisał(a) się na „Język polski A1”.\n")
        assert "🗒 Uwaga od osoby: neighbour, I *only* help" in text_of(joined)
        assert "\\*only\\*" in joined.text  # escaped
        await enrol(maria, name="Maria")
        anna = StaffMember(app.core)
        await anna.command("/courses")
        await anna.press("Język polski A1")
        assert "1. Halyna, +48 601 234 567" in anna.text
        assert "\n   🗒 Uwaga od osoby: neighbour, I *only* help\n2. Maria" in anna.text
        await halyna.send("/mydata")
        assert "neighbour, I *only* help" in halyna.text and "Halyna (" not in halyna.text
        await halyna.send("/forget")
        await halyna.payload("privacy:forget")
        await anna.command("/courses")
        await anna.press("Język polski A1")
        assert "neighbour" not in anna.text
