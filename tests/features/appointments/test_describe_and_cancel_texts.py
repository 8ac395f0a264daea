"""Small texts of appointments (tester 31, item 12): the need asked with the service's own
example (`example:`), none where it has none (a career counsellor's request was asked for the
lawyer's «my residence card was refused»); a cancellation that keeps the time open tells staff
how to give the person the reason they were not told."""

from __future__ import annotations

from bot.app import build
from tests.conftest import write_config
from tests.support.appointments import STAFF_CHAT, book_and_confirm_career
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import catalogue


async def test_the_need_is_asked_with_the_services_own_example_or_none(tmp_path, clock):
    services = catalogue()
    services["services"]["career"]["qualification"] = True  # asked first, no example of its own
    app = await build(write_config(tmp_path, **services), clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="uk")
        await olena.payload("appt:open:legal_advice")
        await olena.payload("person:agree")
        assert "наприклад: «мені відмовили в карті побиту, маю лист від воєводи»" in olena.text
        await olena.payload("appt:open:career")
        assert "Опишіть її, будь ласка, кількома словами: що сталося" in olena.text
        assert "воєводи" not in olena.text and "наприклад" not in olena.text
    finally:
        await app.close()


async def test_a_cancellation_keeping_the_time_open_tells_staff_how_to_say_why(
    app, delivery, platform
):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await book_and_confirm_career(olena)
    await delivery.run()
    note = next(s for s in platform.to(STAFF_CHAT) if "(nr S1)" in s.text)
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    await anna.press("Odwołaj, godzina zostaje wolna")
    assert "Osoba wie tylko, że wizytę odwołano" in anna.text
    assert "odpowiedz w tym czacie na wiadomość o wizycie nr S1" in anna.text
    await delivery.run()
    told = platform.to("2001")[-1]
    assert (
        "ваш прийом скасовано" in told.text
        and "Ми напишемо вам ще раз сьогодні до 09:30: чому" in told.text
    )
    payloads = [b.payload for row in told.reply.buttons for b in row]
    assert not any(p.startswith("appt:again:") for p in payloads)  # no times before the reason
    await anna.reply(note.message_id, "Pani Ewa jest chora, przepraszamy", "700")
    await delivery.run()
    assert "Pani Ewa jest chora" in platform.to("2001")[-1].text  # the reason reaches her
