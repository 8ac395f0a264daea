"""/mybookings lists everything the person holds by time, the next first, whatever its kind (a
visit, an appointment, a course's next meeting), each item naming its kind; requests, which
have no time, come last. The fixture catalogue (tests/fixture/services.yaml): the clock is
Monday 23 November 2026; Polish A1 meets from Tuesday 1 December, the culture day is Saturday
12 December, the career counsellor sees people on Thursdays."""

from __future__ import annotations

from tests.support.appointments import book_and_confirm_career
from tests.support.bookings import book_and_confirm
from tests.support.callbacks import request_callback
from tests.support.courses import course_app, enrol
from tests.support.dialogue import Dialogue


async def test_mybookings_lists_every_kind_by_time_the_next_first(tmp_path, clock):
    async with course_app(tmp_path, clock) as app:
        olena = Dialogue(app.core, user_id="p1")
        await enrol(olena, "culture_day")  # made first, happens last
        await enrol(olena)  # Polish A1, from 1 December
        await request_callback(olena)  # no time
        await book_and_confirm_career(olena)  # Thursday 26 November, 09:00
        assert "Your appointment is booked" in olena.text
        await book_and_confirm(olena, "booking:time:city_hall:202612081230")  # Tue 8 Dec, 13:30
        assert "Your visit is booked" in olena.text

        await olena.send("/mybookings")
        text = olena.text
        order = [
            "🧑‍💼 Appointment #S1 with a specialist\n🗓 Thursday, 26 November 2026, 09:00",
            "🎓 Polish A1 — ✅ you are signed up",
            "📅 Visit #D1 with the intercultural assistant\n🗓 Tuesday, 8 December 2026, 13:30",
            "🎓 Multiculturalism Day — ✅ you are signed up",
            "📞 Callback request #T1",
        ]
        places = [text.index(item) for item in order]
        assert places == sorted(places), text
        labels = [b.label for b in olena.buttons]
        cancels = [
            next(i for i, label in enumerate(labels) if part in label)
            for part in ("Thu 26 Nov", "Polish A1", "Cancel: Tue 8 Dec", "Multiculturalism Day")
        ]
        assert cancels == sorted(cancels), labels  # each item's buttons in its place
