"""Booking a specialist directly (the career counsellor): what the person and the staff see."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from bot.app import build
from bot.features.appointments.times import schedule
from tests.support.appointments import (
    CAREER_THU_0900,
    CAREER_THU_0930,
    LAWYER_TUE_1000,
    STAFF_CHAT,
    book_and_confirm_career,
    book_career,
    confirm_button,
    give_details,
)
from tests.support.bookings import to_chat
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

# A career counsellor or a lawyer is no doctor: no stethoscope, no health worker on their texts.
MEDICAL = {"🩺", "⚕"}


async def test_from_the_services_list_to_a_confirmed_appointment_with_a_calendar_file(
    app, dialogue
):
    dialogue.language_hint = "uk"
    await dialogue.send("/services")
    await dialogue.press("Кар'єрна консультація")
    await dialogue.press("Записатися")
    assert "Кар'єрний радник" in dialogue.text and "Оберіть день" in dialogue.text
    assert dialogue.text.startswith("🧑‍💼") and not MEDICAL & set(dialogue.text)
    assert [b.label for b in dialogue.buttons][:3] == [
        "чт, 26 лист.",
        "чт, 3 груд.",
        "чт, 10 груд.",
    ]
    await dialogue.press("чт, 26 лист.")
    assert [b.label for b in dialogue.buttons][:4] == ["09:00", "09:30", "10:00", "10:30"]
    await dialogue.press("09:30")
    assert "записати вас на прийом до фахівця" in dialogue.text  # the consent says why
    await dialogue.press("Погоджуюся")
    await dialogue.send("Олена")
    await dialogue.send("+380 50 123 4567")
    assert "Перевірте, будь ласка, ваш запис" in dialogue.text
    assert "четвер, 26 листопада 2026\u202fр., 09:30" in dialogue.text
    assert "Центр соціальних послуг" in dialogue.text
    await dialogue.press("Підтвердити")
    assert "Ви записані на прийом" in dialogue.text
    calendar = dialogue.replies[-1].attachment
    assert calendar is not None and calendar.filename == "appointment-2026-11-26-0930.ics"
    assert b"DTSTART:20261126T083000Z" in calendar.content
    assert b"DTEND:20261126T090000Z" in calendar.content
    unfolded = calendar.content.decode().replace("\r\n ", "")
    assert "SUMMARY:Кар'єрна консультація: Кар'єрний радник" in unfolded
    note = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "🧑‍💼 Nowa wizyta u specjalisty" in note.text and not MEDICAL & set(note.text)
    assert "🧑‍💼 Specjalista: Ewa Doradca" in note.text
    assert "Doradztwo zawodowe" in note.text and "Ewa Doradca" in note.text
    assert "czwartek, 26 listopada 2026, 09:30" in note.text
    assert "Олена, 📱 +380 50 123 4567" in note.text
    assert note.buttons[0].payload.startswith("apptv:cancel:")


async def test_a_second_tap_on_confirm_books_once(app, dialogue):
    await book_career(dialogue)
    press = confirm_button(dialogue).payload
    await dialogue.payload(press)
    await dialogue.payload(press)
    assert "already booked" in dialogue.text
    assert len(await to_chat(app.core, STAFF_CHAT)) == 1


async def test_two_people_share_a_time_of_capacity_two_and_the_third_does_not_see_it(app):
    first, second, third = (Dialogue(app.core, user_id=u) for u in ("p1", "p2", "p3"))
    await book_and_confirm_career(first)
    await book_and_confirm_career(second)
    assert "is booked" in first.text and "is booked" in second.text
    await third.payload("appt:open:career")
    await third.press("Thu 26 Nov")
    assert "09:00" not in [b.label for b in third.buttons]
    await third.payload(CAREER_THU_0900)  # an older message's button: refused
    assert "no longer available" in third.text
    assert any(b.payload == CAREER_THU_0930 for b in third.buttons)  # the nearest instead


async def test_one_upcoming_appointment_per_service(app, dialogue):
    await book_and_confirm_career(dialogue)
    await dialogue.payload("appt:open:career")
    assert "You already have an appointment for this" in dialogue.text
    assert "Thursday, 26 November 2026, 09:00" in dialogue.text


async def test_a_qualified_service_cannot_be_booked_with_a_forged_time_button(app, dialogue):
    await dialogue.payload("appt:time:lawyer:202611240900")
    assert "This button is no longer active" in dialogue.text
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("appt:time:lawyer:202611240900")  # from the describe step
    assert not any(b.payload.startswith("appt:confirm:") for b in dialogue.buttons)
    assert await to_chat(app.core, STAFF_CHAT) == []


async def test_a_language_change_asks_the_same_step_again(app, dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.press("Thu 26 Nov")
    await dialogue.payload("language:pl")
    assert "Wybierz godzinę" in dialogue.text
    assert "09:00" in [b.label for b in dialogue.buttons]


async def test_typed_text_in_the_picker_points_to_the_buttons(app, dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("hello there")
    assert "choose with the buttons" in dialogue.text
    await dialogue.send("thursday please")  # a weekday: which of the days it could be
    assert "“thursday please” could mean “Thu 26 Nov”, “Thu 3 Dec” or “Thu 10 Dec”" in (
        dialogue.text
    )
    assert any(b.payload.startswith("appt:day:career:") for b in dialogue.buttons)


async def test_holidays_and_closed_dates_have_no_times(tmp_path, clock):
    config = write_services_config(
        tmp_path, booking__horizon_days=45, booking__closed_dates=["2026-12-10"]
    )
    app = await build(config, clock=clock, search="off")  # no question is typed
    try:
        office = app.services.settings.office(None)
        career = replace(
            office.catalogue.specialists["career"], closed_dates=(dt.date(2026, 12, 3),)
        )
        days = {t.start.date() for t in schedule(app.services.settings, office, career, clock())}
    finally:
        await app.close()
    assert dt.date(2026, 11, 26) in days and dt.date(2026, 12, 17) in days
    assert dt.date(2026, 12, 3) not in days  # the specialist's own closed date
    assert dt.date(2026, 12, 10) not in days  # the office's closed date
    assert dt.date(2026, 12, 24) not in days  # Christmas Eve: a public holiday in Poland
    assert dt.date(2026, 12, 31) in days


async def test_mybookings_lists_an_appointment_beside_a_help_request(app, dialogue):
    from tests.support.assist import send_translation

    await book_and_confirm_career(dialogue, CAREER_THU_0930)
    await send_translation(dialogue)
    await dialogue.send("/mybookings")
    assert "Your visits, appointments, courses and requests" in dialogue.text
    assert "Career advice — Career counsellor" in dialogue.text
    assert "Document translation" in dialogue.text
    labels = [b.label for b in dialogue.buttons]
    assert any(label.startswith("✖ Cancel: Thu 26 Nov, 09:30") for label in labels)
    assert any("Withdraw help request #P1" in label for label in labels)
    assert "📅 Book a visit" in labels  # the duty desk, and the way to the other services
    await dialogue.press("🧰 Services")
    assert "Career advice" in dialogue.text and "Document translation" in dialogue.text


async def test_a_note_in_brackets_after_the_name_is_the_appointments_note(app, dialogue):
    """README «Known gaps», Staff side: an appointment kept «Halyna (sąsiadka, ja tylko
    pomagam)» as the name; now the name is «Halyna» and the bracket the appointment's note."""
    await book_career(dialogue, name="Halyna (my neighbour, I *only* help)")
    assert "Your name is saved as “Halyna”" in dialogue.text
    assert "🗒 Note for the staff: my neighbour, I *only* help" in dialogue.text  # the summary
    await dialogue.payload(confirm_button(dialogue).payload)
    [note] = [q for q in await to_chat(app.core, STAFF_CHAT) if "Nowa wizyta u" in q.text]
    assert "👤 Halyna, 📱 +48 601 234 567\n🗒 Uwaga od osoby: my neighbour, I *only* help\n" in (
        note.text
    )
    assert "\\*only\\*" in note.reply.text  # escaped
    await dialogue.send("/mydata")
    assert "my neighbour, I *only* help" in dialogue.text and "Halyna (" not in dialogue.text


async def test_a_bracket_after_the_name_is_the_note_of_a_request_for_an_advisor(app, dialogue):
    """README «Known gaps», Staff side: a request an advisor approves first kept «Halyna (my
    neighbour, …)» as the name. Now the name is «Halyna» and the bracket the request's note: on
    its summary and card, and on the appointment booked from it."""
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("My residence card was refused, I have a letter from the voivode")
    await give_details(dialogue, "Halyna (my neighbour, I *only* help)", "601 234 567")
    assert "Your name is saved as “Halyna”" in dialogue.text
    assert "🗒 Note for the staff: my neighbour, I *only* help" in dialogue.text  # the summary
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "appt:send:" in b.payload))
    [card] = [q for q in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1" in q.text]
    assert "👤 Halyna, 📱 +48 601 234 567\n🗒 Uwaga od osoby: my neighbour, I *only* help\n" in (
        card.text
    )
    assert "\\*only\\*" in card.reply.text  # escaped
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    assert "Your appointment is booked" in dialogue.text
    [note] = [q for q in await to_chat(app.core, STAFF_CHAT) if "Nowa wizyta u" in q.text]
    assert "👤 Halyna, 📱 +48 601 234 567\n🗒 Uwaga od osoby: my neighbour, I *only* help" in (
        note.text
    )
    await dialogue.send("/mydata")
    assert "Halyna (" not in dialogue.text
    assert dialogue.text.count("Note for the staff: my neighbour, I *only* help") == 2


async def test_a_bracket_after_the_name_for_a_confidential_service_is_kept_nowhere(app, dialogue):
    """A psychologist's request: staff see a first name, never what the matter is, so the
    bracket (which may say it) is neither kept nor shown, and the person is told; a child it
    names is the one thing such a request says (as «🧒 It is for my child» would)."""
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.payload("appt:urgent:no")
    await give_details(dialogue, "Halyna Kowalska (for my son, he has panic attacks)", "601234567")
    told = dialogue.text
    assert "Your name is saved as “Halyna Kowalska”" in told and "neither kept nor passed" in told
    assert "Noted: the appointment is for your child" in told
    assert "🧒 For your child" in told and "panic" not in told  # the summary
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "appt:send:" in b.payload))
    [card] = [q for q in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1" in q.text]
    assert "👤 Halyna\n" in card.text and "Dla dziecka" in card.text
    assert "panic" not in card.text and "Uwaga od osoby" not in card.text
    await dialogue.send("/mydata")
    assert "panic" not in dialogue.text and "Halyna Kowalska (" not in dialogue.text


BRACKETS = {  # a child named in the bracket, not said to be whom it is for; the visit for one
    "uk": ("Ігор (син пані Ольги)", "Галина (для мого 8-річного сина)"),
    "ru": ("Мария (дочь Галины, пишу за маму)", "Галина (это для дочки)"),
    "en": ("Halyna (mother of two kids)", "Halyna (it is for my son)"),
    "pl": ("Maria (córka pani Haliny)", "Halyna (dla mojej córki)"),
}


@pytest.mark.parametrize("lang", sorted(BRACKETS))
async def test_a_bracket_marks_a_request_for_a_child_only_when_it_is_for_one(app, lang):
    """README «Known gaps», Staff side and forms: any child a bracket after the name mentioned
    marked a psychologist's request «🧒 for a child»; now only a visit said to be for one does.
    One that only names a child says how to mark it, if it is for them."""
    t = app.services.t
    cards = []
    for n, name in enumerate(BRACKETS[lang], 1):
        person = Dialogue(app.core, user_id=f"{lang}-{n}", language_hint=lang)
        await person.payload("appt:open:psychologist")
        await person.payload("person:agree")
        await person.payload("appt:urgent:no")
        await give_details(person, name, "601 234 567")
        assert t(lang, "ap_aside_private", name=name.split(" (")[0]) in person.text
        marked = n == 2  # the visit said to be for the child
        assert (t(lang, "ap_request_for_child") in person.text) is marked  # the summary
        assert (t(lang, "ap_for_child_noted") in person.text) is marked
        assert (t(lang, "ap_btn_for_child") in person.text) is not marked  # how to say so
        await person.payload(next(b.payload for b in person.buttons if "appt:send:" in b.payload))
        [card] = [q for q in await to_chat(app.core, STAFF_CHAT) if f"wizytę nr W{n}" in q.text]
        cards.append(card.text)
    mentioned, for_one = cards
    assert "Dla dziecka" not in mentioned and "Dla dziecka" in for_one
    assert "(" not in mentioned.split("👤")[1].splitlines()[0]  # nothing of the bracket


async def test_a_bracket_after_the_name_booking_a_confidential_service_directly_goes_nowhere(
    tmp_path, clock
):
    """A confidential service booked with no advisor first: the same as its request, the name
    alone kept and said so, nothing of the bracket on the staff note nor in /mydata."""
    config = write_services_config(tmp_path, services__psychologist__qualification=False)
    app = await build(config, clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="direct-psy")
        await person.payload("appt:open:psychologist")
        await person.payload(next(b.payload for b in person.buttons if ":2026" in b.payload))
        await person.payload(next(b.payload for b in person.buttons if ":2026" in b.payload))
        await give_details(person, "Halyna Kowalska (he has panic attacks)", "601 234 567")
        assert "neither kept nor passed on" in person.text and "panic" not in person.text
        await person.payload(confirm_button(person).payload)
        [note] = [q for q in await to_chat(app.core, STAFF_CHAT) if "Nowa wizyta u" in q.text]
        assert "👤 Halyna, 📱 +48 601 234 567" in note.text and "panic" not in note.text
        await person.send("/mydata")
        assert "Halyna Kowalska" in person.text and "panic" not in person.text
    finally:
        await app.close()
