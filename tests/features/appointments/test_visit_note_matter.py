"""The new-visit note in the staff chat (tester 34, item 10): booked from request W1, it says
the matter the person described (📝, as W1's card), so the specialist need not look for W1, and
that a reply to it reaches the person untranslated, naming their language, as other cards do;
a confidential service's note shows no matter (nothing is asked but whether it is urgent)."""

from __future__ import annotations

from tests.support.appointments import LAWYER_TUE_1000, STAFF_CHAT, send_request
from tests.support.dialogue import Dialogue, StaffMember


def _note(platform):  # type: ignore[no-untyped-def]
    return next(s for s in platform.to(STAFF_CHAT) if "Nowa wizyta u specjalisty" in s.text)


async def test_the_note_has_the_matter_and_says_replies_go_untranslated(app, delivery, platform):
    person = Dialogue(app.core, user_id="1001", language_hint="en")
    await send_request(person, need="My landlord keeps my deposit <and> the keys")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await person.payload("appt:take:1:0")
    await delivery.run()
    note = _note(platform).text
    assert "Z prośby o wizytę nr W1" in note
    assert "📝 My landlord keeps my deposit <and> the keys" in note  # as typed, no markup
    assert "Twoje słowa dotrą bez tłumaczenia" in note and "(język tej osoby: angielski)" in note


async def test_a_confidential_services_note_shows_no_matter(app, delivery, platform):
    person = Dialogue(app.core, user_id="1002", language_hint="uk")
    await send_request(person, "psychologist")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await person.payload("appt:take:1:0")
    await delivery.run()
    note = _note(platform).text
    assert "📝" not in note and "Kovalenko" not in note
    assert "(język tej osoby: ukraiński)" in note
