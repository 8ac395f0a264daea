"""A psychologist's request «🧒 It's for my child» booked: the appointment keeps saying so on
the specialist's note, in /appointments, /today and /week, to the parent (the confirmation,
/mybookings, /mydata), after a move; and the lines to talk to someone now name the children's
line 116 111 (the fresh-eyes tester's finding 6)."""

from __future__ import annotations

import pytest

from bot.core import markup
from bot.settings.model import LANGUAGES
from tests.support.appointments import STAFF_CHAT, give_details
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember

WED_1200 = "psychologist:202611251100"  # Wednesday 25 November 2026, 12:00 in Warsaw


async def ask_for_a_child(person: Dialogue, *, child: bool = True) -> None:
    """A psychologist's request, «for my child» tapped (or not), sent."""
    await person.payload("appt:open:psychologist")
    await person.payload("person:agree")
    if child:
        await person.payload("appt:child:on")
    await person.payload("appt:urgent:no")
    await give_details(person, "Olena Kovalenko", "601 234 567")
    send = next(b for b in person.buttons if b.payload.startswith("appt:send:"))
    await person.payload(send.payload)


async def booked(app, person: Dialogue, *, child: bool = True) -> StaffMember:  # type: ignore[no-untyped-def]
    """Sent, approved with Wednesday 12:00 offered, and that time taken."""
    await ask_for_a_child(person, child=child)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{WED_1200}")
    await anna.press("Zaproponuj zaznaczony")
    await person.payload("appt:take:1:0")
    return anna


async def notes(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The staff chat's «New appointment» notes, as staff read them."""
    return [
        markup.to_plain(q.text)
        for q in await to_chat(app.core, STAFF_CHAT)
        if "Nowa wizyta u specjalisty" in q.text
    ]


async def test_the_booked_visit_says_it_is_for_a_child_wherever_staff_and_parent_see_it(app, clock):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    anna = await booked(app, olena)
    assert "🧒 Для вашої дитини" in olena.text  # the confirmation
    [note] = await notes(app)
    assert "Nowa wizyta u specjalisty (nr S1)" in note
    assert "👤 Olena, 📱 +48 601 234 567\n🧒 Dla dziecka (pyta rodzic)" in note
    await anna.command("/appointments")
    assert "12:00 — Olena, +48 601 234 567 — Psycholog, 🧒 dla dziecka (nr S1)" in anna.text
    await anna.command("/week")
    assert (
        "12:00 — Olena, +48 601 234 567 — Psycholog, 🧒 dla dziecka, 🔒 usługa poufna"
        " (wizyta u specjalisty nr S1)" in anna.text
    )
    await olena.send("/mybookings")
    assert "🧒 Для вашої дитини" in olena.text
    await olena.send("/mydata")
    appointment, request = olena.text.split("Запит на прийом")[:2]
    assert "\n  🧒 Для вашої дитини" in appointment and "\n  🧒 Для вашої дитини" in request
    assert "Психолог, Психолог" not in appointment  # the service named once (tester 17, 12)
    clock.advance(days=2)  # Wednesday 09:00
    await anna.command("/today")
    assert "Psycholog, 🧒 dla dziecka, 🔒 usługa poufna" in anna.text


async def test_a_visit_not_for_a_child_says_nothing_of_one(app):
    iryna = Dialogue(app.core, user_id="2002", language_hint="uk")
    anna = await booked(app, iryna, child=False)
    [note] = await notes(app)
    assert "🧒" not in note and "Olena, 📱" in note
    for command in ("/appointments", "/week"):
        await anna.command(command)
        assert "12:00 — Olena" in anna.text and "🧒" not in anna.text
    for command in ("/mybookings", "/mydata"):
        await iryna.send(command)
        assert "🧒" not in iryna.text


async def test_moved_it_stays_for_a_child_and_forgotten_the_note_no_longer_says_so(
    app, dialogue, delivery, platform
):
    await booked(app, dialogue)
    await dialogue.send("/mybookings")
    await dialogue.press("Move: Wed 25 Nov, 12:00")
    await dialogue.press("Wed 25 Nov, 12:50")
    await dialogue.press("Yes, move it")
    assert "has been moved" in dialogue.text and "🧒 For your child" in dialogue.text
    moved = (await notes(app))[-1]
    assert "Nowa wizyta u specjalisty (nr S2)" in moved and "🧒 Dla dziecka" in moved
    await delivery.run()
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    rewritten = [e.text for e in platform.edits if "Dane osobowe usunięte" in e.text]
    assert rewritten and not any("🧒" in text for text in rewritten)


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_request_for_a_child_sent_names_the_childrens_line(app, lang):
    person = Dialogue(app.core, user_id=f"p-{lang}", language_hint=lang)
    await person.payload(f"language:{lang}")
    await ask_for_a_child(person)
    sent = person.replies[-1].text
    assert app.services.t(lang, "ap_child_lines") in sent
    assert "116 111" in sent and "116 123" in sent and "112" in sent


async def test_a_request_not_for_a_child_sent_names_only_the_adults_line(app, dialogue):
    await ask_for_a_child(dialogue, child=False)
    assert "116 123" in dialogue.text and "116 111" not in dialogue.text


async def test_a_declined_request_for_a_child_names_the_childrens_line(app):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await olena.payload("language:uk")
    await ask_for_a_child(olena)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:no_time")
    told = [q for q in await queued(app.core) if q.chat_id == "2001"][-1]
    assert "записати вас не вийде" in told.text
    assert "116 111 — для дітей і молоді" in markup.to_plain(told.text)


async def test_words_typed_at_the_urgency_question_of_a_childs_request_name_both_lines(
    app, dialogue
):
    dialogue.language_hint = "ru"
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.payload("appt:child:on")
    await dialogue.send("ему очень плохо, не спит после войны")
    lines = dialogue.replies[0].text
    assert "116 111" in lines and "116 123" in lines
