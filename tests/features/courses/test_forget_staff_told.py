"""/forget takes a person off a course and the course's staff are told (tester 25, item 4), as
for every other kind of record: nobody named, and to whom the freed place was offered."""

from __future__ import annotations

from tests.support.courses import STAFF_CHAT, course_app, enrol, inbox, people, text_of


async def test_staff_are_told_of_a_sign_up_forgotten_and_who_was_offered_its_place(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena, petro, maria, ivan = people(app, 4)
        await enrol(olena, name="Olena Kowal")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")  # 2 seats: Maria and Ivan wait
        await enrol(ivan, name="Ivan")
        await ivan.send("/forget")
        await ivan.payload("privacy:forget")
        told = [text_of(r) for r in await inbox(app, STAFF_CHAT)]
        [waiting] = [t for t in told if t.startswith("↩️")]
        assert waiting.startswith("↩️ Wypisano z listy rezerwowej „")
        assert "(1 osoba): osoba poprosiła o usunięcie swoich danych." in waiting
        assert "Ivan" not in waiting and "zaproponowano" not in waiting

        await olena.send("/forget")
        await olena.payload("privacy:forget")
        told = [text_of(r) for r in await inbox(app, STAFF_CHAT)]
        enrolled = [t for t in told if t.startswith("↩️")][-1]
        assert enrolled.startswith("↩️ Wypisano z „") and "Olena" not in enrolled
        assert "osoba poprosiła o usunięcie swoich danych." in enrolled
        assert "🎟 Miejsce zaproponowano: Maria" in enrolled  # the place went on
