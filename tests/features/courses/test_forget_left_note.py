"""The staff chat's note when someone leaves a course names the leaver and the person offered
the place (README «Known gaps», Staff side: when either used /forget, the whole line went):
now each has a line of their own, and the one forgotten is shown as «🔒 (dane usunięte)» in
it, the rest of the note kept, whichever of them asks first."""

from __future__ import annotations

from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.courses import STAFF_CHAT, course_app, enrol, people, text_of
from tests.support.privacy import traces

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


def _edits(platform, note) -> int:  # type: ignore[no-untyped-def]
    return len([e for e in platform.edits if e.message_id == note.message_id])


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
        # nor in the edit that kept her line when Olena asked first (it showed her, delivered)
        assert not traces(app, "Maria Nowak") and not traces(app, "Olena Kowal")


async def _left_unsent(app, clock):  # type: ignore[no-untyped-def]
    """Olena leaves, the place offered to Maria: the note still waits in the outbox."""
    platform = RecordingPlatform()
    olena, petro, maria = people(app, 3)
    await enrol(olena, name="Olena Kowal")
    await enrol(petro, name="Petro")
    await enrol(maria, name="Maria Nowak")
    await olena.send("/mybookings")
    await olena.press("Leave: Polish A1")
    await olena.press("Yes, leave")
    return Delivery(app, platform, clock), platform, olena, maria


async def test_the_leaver_forgets_before_the_note_is_sent_and_staff_still_get_the_offer(
    tmp_path, clock
):
    """README «Known gaps», Staff side: the waiting note was deleted with the other line."""
    async with course_app(tmp_path, clock) as app:
        delivery, platform, olena, _ = await _left_unsent(app, clock)
        await olena.send("/forget")
        await olena.payload("privacy:forget")
        await delivery.run()
        [note] = [s for s in platform.to(STAFF_CHAT) if "Miejsce zaproponowano" in s.text]
        left = "👋 🔒 (dane usunięte) wypisał(a) się z „Język polski A1”."
        assert note.text.split("\n") == [left, OFFERED]


async def test_the_one_offered_forgets_before_the_note_is_sent(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        delivery, platform, _, maria = await _left_unsent(app, clock)
        await maria.send("/forget")
        await maria.payload("privacy:forget")
        await delivery.run()
        [note] = [s for s in platform.to(STAFF_CHAT) if s.text.startswith(LEFT)]
        assert "Maria" not in note.text and "🎟 Miejsce zaproponowano: 🔒" in note.text


async def _take(platform, maria) -> None:  # type: ignore[no-untyped-def]
    """Maria takes the place offered to her (the offer's button, as it reached her)."""
    offers = [b.payload for s in platform.to(maria.user_id) for row in s.reply.buttons for b in row]
    await maria.payload(next(p for p in offers if p.startswith("course:take:")))
    assert "The place is yours" in maria.text


async def _retention(app, clock, days: int) -> None:  # type: ignore[no-untyped-def]
    clock.advance(days=days)
    for _ in range(2):  # what `infopoint run` runs every hour, twice
        for job in app.jobs:
            await job.run(app.services)


async def test_retention_keeps_the_line_of_the_one_still_on_the_course(tmp_path, clock):
    """README «Known gaps», Staff side: retention replaced the note whole, though Maria, who
    took the place, is still on the course (its list shows her anyway)."""
    async with course_app(tmp_path, clock) as app:
        delivery, platform, note, _, maria = await _left(app, clock)
        await _take(platform, maria)
        await _retention(app, clock, 31)  # Olena's data is old; Maria is on the course
        await delivery.run()
        left = "👋 🔒 (dane usunięte) wypisał(a) się z „Język polski A1”."
        assert _now(platform, note).split("\n") == [left, OFFERED]
        edits = _edits(platform, note)
        await _retention(app, clock, 1)
        await delivery.run()
        assert _edits(platform, note) == edits  # not edited again while nothing changed
        await maria.send("/forget")  # her line is still found
        await maria.payload("privacy:forget")
        await delivery.run()
        assert "Maria" not in _now(platform, note)


async def test_retention_removes_the_kept_line_once_the_course_is_long_over(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        delivery, platform, note, _, maria = await _left(app, clock)
        await _take(platform, maria)
        await _retention(app, clock, 31)
        await delivery.run()
        assert "Maria Nowak" in _now(platform, note)
        await _retention(app, clock, 90)  # the course ended in January: her sign-up forgotten
        await delivery.run()
        text = _now(platform, note)
        assert "Maria" not in text and "Olena" not in text and "minął okres" in text
        assert not traces(app, "Maria Nowak")  # nor the edit that kept her line a while


async def test_the_kept_line_leaves_no_trace_once_her_sign_up_is_forgotten(tmp_path, clock):
    """With 60 days kept, the course (ending 19 January) is over before the note's first
    retention run: her sign-up's data goes before the edit that kept her line would."""
    async with course_app(tmp_path, clock, staff__retention_days=60) as app:
        delivery, platform, note, _, maria = await _left(app, clock)
        await _take(platform, maria)
        await _retention(app, clock, 61)  # 23 January: the note's other line kept
        await delivery.run()
        assert "Maria Nowak" in _now(platform, note)
        await _retention(app, clock, 58)  # 21 March: 60 days after the course's end
        await delivery.run()
        assert "Maria" not in _now(platform, note) and not traces(app, "Maria Nowak")
