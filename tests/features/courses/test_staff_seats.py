"""/seats in the staff chat: a course's seats set at once (a bigger room). More seats move the
waiting list up at once (the same offer and time to confirm as a freed place, whoever moves up
told their number); the number is kept over the config's after a restart, until the config
says another number; fewer take nobody off, and staff are told so; staff set their own office's
courses only. The course: the fixture's Polish A1, 2 seats, number 1 in /courses."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bot.app import App, build
from bot.features.courses.waiting import lapse_offers
from tests.conftest import FIXTURE, write_config
from tests.support.courses import STAFF_CHAT, enrol, inbox, people, text_of, up_to_summary
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, EAST_TOPIC, FORUM_CHAT
from tests.support.services import catalogue
from tests.support.yamlfiles import read_yaml


async def _started(tmp_path: Path, clock: Any, **course: Any) -> App:
    data = catalogue()
    data["services"]["polish_a1"].update(course)
    return await build(write_config(tmp_path, **data), clock=clock, search="off")


async def test_more_seats_set_by_staff_move_the_waiting_list_up_at_once_and_stay(tmp_path, clock):
    app = await _started(tmp_path, clock)
    try:
        for person in people(app, 4):  # two signed up, two waiting
            await enrol(person)
        anna = StaffMember(app.core)
        await anna.command("/courses")
        assert "1. Język polski A1 — 1 gru 2026" in anna.text
        assert "/seats, numer kursu z tej listy i liczba miejsc, np. /seats 1 20" in anna.text
        await anna.command("/seats 1 3")
        assert "🪑 Miejsca na „Język polski A1”: teraz 3, było 2 (Anna Nowak)." in anna.text
        assert "obowiązuje zamiast 2 z konfiguracji, także po ponownym uruchomieniu" in anna.text
        assert "🎟 Miejsce zaproponowano: Olena (potwierdzenie do 24 listopada 2026, 09:00)" in (
            anna.text
        )
        assert "Zapisani (2 z 3):" in anna.text
        assert "🎓 1. Język polski A1 — 1 gru 2026" in anna.text  # the card: its number too
        assert "🪑 Miejsca ustawione w czacie: 3 (Anna Nowak); w konfiguracji: 2." in anna.text
        [offer] = await inbox(app, "p3")  # at once, as when a place frees
        assert "🎉 A place is free on Polish A1!" in text_of(offer)
        assert "It is yours if you confirm by 24 November 2026, 09:00" in text_of(offer)
        [moved] = await inbox(app, "p4")
        assert text_of(moved) == "⏫ You are now number 1 on the waiting list for Polish A1."
        assert await inbox(app, "p1") == []
        await anna.command("/seats polish_a1 3")  # by its id, the same number: nothing new
        assert "liczba miejsc już wynosi 3: nic się nie zmieniło" in anna.text
        assert len(await inbox(app, "p3")) == 1
    finally:
        await app.close()

    app = await _started(tmp_path, clock)  # restarted, the config unchanged: staff's 3 hold
    try:
        maria = Dialogue(app.core, user_id="p3")
        await maria.send("/mybookings")
        await maria.press("Take the place")
        assert "The place is yours: you are signed up for Polish A1!" in maria.text
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (3 z 3):" in anna.text
        newcomer = Dialogue(app.core, user_id="p9")
        await newcomer.payload("course:open:polish_a1")
        assert "All places are taken" in newcomer.text
        assert len(await inbox(app, "p4")) == 1  # nothing offered at the start
    finally:
        await app.close()

    app = await _started(tmp_path, clock, seats=4)  # the config now says another number: it wins
    try:
        await lapse_offers(app.services)  # the job's first run, at the start
        assert "🎉 A place is free on Polish A1!" in text_of((await inbox(app, "p4"))[-1])
        anna = StaffMember(app.core)
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (3 z 4):" in anna.text and "ustawione w czacie" not in anna.text
    finally:
        await app.close()


async def test_fewer_seats_than_are_taken_take_nobody_off_and_staff_are_told(tmp_path, clock):
    app = await _started(tmp_path, clock)
    try:
        olena, petro = people(app, 2)
        await enrol(olena)
        await enrol(petro)
        anna = StaffMember(app.core)
        await anna.command("/seats 1 1")
        assert "teraz 1, było 2" in anna.text
        assert "⚠️ Miejsca zajmuje już 2 os. (zapisani i zaproponowane miejsca), więcej niż 1." in (
            anna.text
        )
        assert "Nikogo nie wypisano" in anna.text
        assert "Zapisani (2 z 1):" in anna.text and "1. Olena" in anna.text
        assert await inbox(app, "p1") == [] and await inbox(app, "p2") == []
        await olena.send("/mybookings")
        assert "✅ you are signed up" in olena.text
        ivan = Dialogue(app.core, user_id="p3")
        await enrol(ivan)
        assert "waiting list for Polish A1: number 1" in ivan.text
        await olena.press("Leave: Polish A1")  # a place frees: still 1 of 1 taken, none offered
        await olena.press("Yes, leave")
        assert await inbox(app, "p3") == []
    finally:
        await app.close()


async def test_seats_are_typed_right_and_only_for_the_offices_own_courses(tmp_path, clock):
    network = read_yaml(FIXTURE / "network.yaml")
    network["offices"]["north"].update(catalogue())  # North has the courses, East has none
    app = await build(write_config(tmp_path, **network), clock=clock, search="off")
    try:
        east = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(EAST_TOPIC))
        await east.command("/seats polish_a1 20")
        assert "należy do punktu Północ" in east.text
        coordinators = StaffMember(app.core, chat_id=str(COORDINATORS_CHAT))
        await coordinators.command("/seats 1 20")
        assert "czat koordynatorów" in coordinators.text
        await coordinators.command("/help")
        assert "/seats" not in coordinators.text
    finally:
        await app.close()

    (tmp_path / "one").mkdir()
    app = await _started(tmp_path / "one", clock)
    try:
        anna = StaffMember(app.core)
        await anna.command("/help")
        assert "/seats — Liczba miejsc na kursie od razu (większa sala): /seats 1 20" in anna.text
        await anna.command("/seats")
        assert "1. Język polski A1 — miejsc: 2" in anna.text
        await anna.command("/seats 7 20")  # no such number
        assert "Ten punkt nie ma kursu „7”." in anna.text
        await anna.command("/seats 1 dwadzieścia")
        assert "Liczba miejsc to liczba całkowita od 1 do 1000" in anna.text
        await anna.command("/seats 1 0")  # tester 39, F12: how sign-up is closed instead
        assert "od 1 do 1000" in anna.text
        assert "otwórz kurs (przycisk poniżej albo /courses) i naciśnij «🔒 Zamknij zapisy»" in (
            anna.text
        )
        await anna.press("Język polski A1")
        assert "🔒 Zamknij zapisy" in [b.label for b in anna.buttons]
        await anna.payload("courses:show:polish_a1")
        assert "Zapisani (0 z 2):" in anna.text
        await anna.command("/seats A1 4")  # tester 27, item 10: a part of its title, its own
        assert "🪑 Miejsca na „Język polski A1”: teraz 4, było 2" in anna.text
        await anna.command("/seats polski a1 5")  # several words, any case
        assert "teraz 5, było 4" in anna.text
        await anna.command("/seats B2 5")  # no course has it
        assert "Ten punkt nie ma kursu „B2”." in anna.text
    finally:
        await app.close()


TITLED = {
    "uk": "Пікнік «Опільський»",
    "ru": "Пикник «Опольский»",
    "en": "Polish A1",
    "pl": "Piknik „Opolskie”",
}


async def test_a_place_for_the_rest_of_a_sign_up_says_whom_it_is_for_and_quotes_nest(
    tmp_path, clock
):
    """Tester 27, item 13: three signed up with 2 seats, «Now: 2 people, the rest wait»; staff
    /seats 1 3: the offer says it is for the rest of the sign-up (1 person); a course titled
    with quotes is named without quotes inside quotes in the staff text."""
    app = await _started(tmp_path, clock, max_people=3, title=TITLED)
    try:
        [olena] = people(app, 1)
        await up_to_summary(olena)
        await olena.press("3")
        await olena.press("Now: 2 people, the rest wait")
        assert "On the waiting list, number 1: 1 person." in olena.text
        anna = StaffMember(app.core)
        await anna.command("/seats 1 3")
        assert "🪑 Miejsca na „Piknik «Opolskie»”: teraz 3, było 2" in anna.text
        offer = (await inbox(app, "p1"))[-1]
        assert "🎉 A place is free on" in text_of(offer)
        assert "It is for the rest of your sign-up, still waiting: 1 person." in text_of(offer)
        # tester 43, F17: a title with its own quotes is never quoted again in the same kind
        oksana = Dialogue(app.core, user_id="p9", language_hint="uk")
        await up_to_summary(oksana, name="Оксана")
        await oksana.payload("course:people:1")
        await oksana.payload(next(b.payload for b in oksana.buttons if ":confirm:" in b.payload))
        assert "«Пікнік „Опільський“»" in oksana.text, oksana.text
        assert "««" not in oksana.text and "»»" not in oksana.text, oksana.text
        staff = "\n".join(text_of(r) for r in await inbox(app, STAFF_CHAT))
        assert "🆕 Оксана na liście rezerwowej „Piknik «Opolskie»”" in staff, staff
        assert "””" not in staff, staff
    finally:
        await app.close()
