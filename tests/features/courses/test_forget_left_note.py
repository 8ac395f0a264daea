"""The staff chat's note when someone leaves a course names the leaver and the person offered
the place (README «Known gaps», Staff side: when either used /forget, the whole line went):
now each has a line of their own, and the one forgotten is shown as «🔒 (dane usunięte)» in
it, the rest of the note kept, whichever of them asks first."""

from __future__ import annotations

from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, course_app, enrol, people, text_of

LEFT = "👋 Olena Kowal wypisał(a) się z „Język polski A1”."
OFFERED = "🎟 Miejsce zaproponowano: Maria Nowak (potwierdzenie do 24 listopada 2026, 09:00)."


async def _left(app, clock):  # type: ignore[no-untyped-def]
    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    olena, petro, maria = people(app, 3)
    await enrol(olena, name="Olena Kowal")
    await enrol(petro, name="Petro")
    await enrol(maria, name="Maria Nowak")  # 2 seats: Maria waits
    await olena.send("/mybookings")
    await olena.press("Leave: Polish A1")
    await olena.press("Yes, leave")
    await delivery.run()
    [note] = [s for s in platform.to(STAFF_CHAT) if s.text.startswith("👋")]
    assert note.text == f"{LEFT}\n{OFFERED}"
    return delivery, platform, note, olena, maria


def _now(platform, note) -> str:  # type: ignore[no-untyped-def]
    return text_of([e for e in platform.edits if e.message_id == note.message_id][-1].reply)


async def test_the_one_offered_the_place_forgets_first(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        delivery, platform, note, olena, maria = await _left(app, clock)
        await maria.send("/forget")
        await maria.payload("privacy:forget")
        await delivery.run()
        gone = "🎟 Miejsce zaproponowano: 🔒 (dane usunięte) (potwierdzenie do 24 listopada"
        assert _now(platform, note).split("\n") == [LEFT, gone + " 2026, 09:00)."]
        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        text = _now(platform, note)
        assert "Olena" not in text and "Maria" not in text


async def test_the_leaver_forgets_first_and_then_the_other(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        delivery, platform, note, olena, maria = await _left(app, clock)
        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        left = "👋 🔒 (dane usunięte) wypisał(a) się z „Język polski A1”."
        assert _now(platform, note).split("\n") == [left, OFFERED]
        await maria.send("/forget")
        await maria.payload("privacy:forget")
        await delivery.run()
        text = _now(platform, note)
        assert text.startswith(left) and "Maria" not in text and "🎟 Miejsce zaproponowano" in text
