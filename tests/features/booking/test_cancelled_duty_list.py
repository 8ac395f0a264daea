"""A cancelled duty's visits stay in /today and /week (tester 23, item 5): whom it let down,
to call or to greet if they come anyway, each with whether the message reached them."""

from __future__ import annotations

from tests.support.bookings import TUE_1330, Staff, book_and_confirm
from tests.support.callbacks import Delivery, RecordingPlatform
from tests.support.dialogue import Dialogue

TUE_1400 = "booking:time:city_hall:202611241300"


async def test_the_visits_of_a_cancelled_duty_are_listed_with_whether_the_person_was_told(
    app, clock
):
    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    olena = Dialogue(app.core, user_id="7001", language_hint="uk")
    await book_and_confirm(olena, TUE_1330, name="Олена")
    await book_and_confirm(
        Dialogue(app.core, user_id="7002", language_hint="ru"), TUE_1400, name="Ирина"
    )
    await delivery.run()
    platform.refused_chats.add("7002")  # she blocked the bot
    staff = Staff(app.core)
    await staff.payload("duty:cancel:city_hall:20261124")
    await staff.press("Tak, odwołaj dyżur")
    await delivery.run()
    for asked in ("today 24.11", "week"):
        await staff.command(asked)
        lines = staff.text.splitlines()
        [olena_line] = [x for x in lines if "13:30 — Олена" in x]
        [irina_line] = [x for x in lines if "14:00 — Ирина" in x]
        assert olena_line.endswith("❌ odwołana z dyżurem, osoba dostała wiadomość"), asked
        assert irina_line.endswith("wiadomość do osoby nie dotarła: zadzwoń"), asked
        assert "dyżur odwołany, zapisy zamknięte" in staff.text
        if asked.startswith("today"):  # that day's only duty: its visits, not «none booked»
            assert "brak umówionych wizyt" not in staff.text


async def test_a_single_visit_cancelled_by_staff_stays_listed_and_one_the_person_cancelled_goes(
    app, clock
):
    """Tester report 25, item 23: staff looking at the day later see whom they let down."""
    platform = RecordingPlatform()
    delivery = Delivery(app, platform, clock)
    olena = Dialogue(app.core, user_id="7001", language_hint="uk")
    await book_and_confirm(olena, TUE_1330, name="Олена")
    irina = Dialogue(app.core, user_id="7002", language_hint="ru")
    await book_and_confirm(irina, TUE_1400, name="Ирина")
    await delivery.run()
    staff = Staff(app.core)
    await staff.command("week")
    await staff.press("13:30 Олена")
    await staff.press("Tak, odwołaj wizytę")
    await delivery.run()
    await irina.send("/mybookings")
    await irina.press(next(b.label for b in irina.buttons if "Отменить" in b.label))
    await irina.press(next(b.label for b in irina.buttons if "Да" in b.label))
    for asked in ("today 24.11", "week"):
        await staff.command(asked)
        [olena_line] = [x for x in staff.text.splitlines() if "13:30 — Олена" in x]
        assert olena_line.endswith("❌ odwołana przez pracownika, osoba dostała wiadomość"), asked
        assert "Ирина" not in staff.text, asked  # she cancelled it herself
        assert "dyżur odwołany" not in staff.text
        if asked.startswith("today"):  # the day lists her, not «none booked»
            assert "brak umówionych wizyt" not in staff.text
        assert all("Олена" not in b.label for b in staff.buttons), asked  # none to cancel
