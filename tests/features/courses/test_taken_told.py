"""Staff hear when someone takes a place offered from the waiting list (tester 30, item 6), as
they hear of sign-ups and leavers: one line in the course's staff chat, in the staff language,
the name escaped; /forget edits it away as the other notes."""

from __future__ import annotations

import pytest

from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, course_app, enrol, inbox, payload_of, people

TAKEN = {
    "pl": "✅ Maria \\*M\\* zajął(-ęła) zaproponowane miejsce: z listy rezerwowej zapisany(-a) na",
    "uk": "✅ Maria \\*M\\*: зайняли запропоноване місце, тепер записані на «Польська мова A1»",
    "ru": "✅ Maria \\*M\\*: заняли предложенное место, теперь записаны на «Польский язык A1»",
    "en": "✅ Maria \\*M\\* took the place offered: signed up for Polish A1 from the waiting list.",
}


@pytest.mark.parametrize("lang", ["pl", "uk", "ru", "en"])
async def test_staff_are_told_when_an_offered_place_is_taken(tmp_path, clock, lang):
    async with course_app(tmp_path, clock, staff__language=lang) as app:
        olena, petro, maria = people(app, 3)
        await enrol(olena, name="Olena")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria *M*")  # two seats: Maria waits
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")  # the place is offered to Maria
        before = [r.text for r in await inbox(app, STAFF_CHAT)]
        assert not any(TAKEN[lang] in t for t in before)
        await maria.payload(payload_of((await inbox(app, "p3"))[-1], "Take the place"))
        assert "The place is yours" in maria.text
        told = [r.text for r in await inbox(app, STAFF_CHAT) if r.text not in before]
        assert [t for t in told if TAKEN[lang] in t] == told and len(told) == 1


async def test_the_note_is_edited_away_when_the_person_forgets(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        platform = RecordingPlatform()
        delivery = Delivery(app, platform, clock)
        olena, petro, maria = people(app, 3)
        await enrol(olena, name="Olena")
        await enrol(petro, name="Petro")
        await enrol(maria, name="Maria")
        await olena.send("/mybookings")
        await olena.press("Leave: Polish A1")
        await olena.press("Yes, leave")
        await maria.payload(payload_of((await inbox(app, "p3"))[-1], "Take the place"))
        await delivery.run()
        [note] = [s for s in platform.to(STAFF_CHAT) if "zajął(-ęła)" in s.text]
        await maria.send("/forget")
        await maria.payload("privacy:forget")
        await delivery.run()
        [edit] = [e for e in platform.edits if e.message_id == note.message_id]
        assert "usunięte" in edit.text and "Maria" not in edit.text
