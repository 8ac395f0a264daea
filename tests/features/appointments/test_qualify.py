"""A service with qualification: the person describes the need, an advisor in the staff chat
approves and offers times (or declines with a reason), the person picks one."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.settings.model import LANGUAGES
from tests.support.appointments import (
    LAWYER_TUE_1000,
    LAWYER_TUE_1045,
    STAFF_CHAT,
    give_details,
    send_request,
)
from tests.support.bookings import queued, to_chat
from tests.support.dialogue import Dialogue, StaffMember


async def test_approved_times_are_offered_and_one_tap_books_one(app, dialogue):
    await send_request(dialogue)
    assert "Appointment request #W1 sent" in dialogue.text
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "Prośba o wizytę nr W1" in card.text and "Porada prawna" in card.text
    assert "Olena Kovalenko, 📱 +48 601 234 567" in card.text
    assert "My residence card was refused" in card.text
    assert "Język czatu: angielski" in card.text  # as on every staff card
    assert [b.payload for b in card.buttons] == ["apptq:approve:1", "apptq:decline:1"]

    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    assert "Zaznacz od 1 do 3" in anna.text
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    assert anna.button("24 listopada, 10:00").label.startswith("☑️")
    await anna.press("Zaproponuj 2 zaznaczone")
    assert "zaproponowano osobie: Olena Kovalenko" in anna.text

    offer = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]
    assert "your appointment request #W1 (Legal advice) is approved" in offer.text
    times = [b.label for b in offer.buttons if b.payload.startswith("appt:take:")]
    assert times == [
        "Tue 24 Nov, 10:00 · City Hall (Urząd Miejski)",
        "Tue 24 Nov, 10:45 · City Hall (Urząd Miejski)",
    ]
    edited = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert edited.action == "edit" and "Zaproponowane terminy (Anna Nowak)" in edited.text
    await anna.command("/appointments")  # still followed while the person chooses
    waiting = anna.text.split("Zaproponowane terminy — czekają na wybór osoby")[1]
    assert "Porada prawna — Olena Kovalenko (prośba o wizytę nr W1)" in waiting

    await dialogue.payload("appt:take:1:1")
    assert "Your appointment is booked" in dialogue.text
    assert "Tuesday, 24 November 2026, 10:45" in dialogue.text
    assert dialogue.replies[-1].attachment is not None
    staff = await to_chat(app.core, STAFF_CHAT)
    assert any(
        "Nowa wizyta u specjalisty" in q.text and "Z prośby o wizytę nr W1" in q.text for q in staff
    )
    assert "Umówiona: wtorek, 24 listopada 2026, 10:45" in staff[-1].text + staff[-2].text
    await dialogue.payload("appt:take:1:0")  # the other offered time: already booked
    assert "already booked" in dialogue.text


async def test_any_free_time_opens_the_whole_picker_and_a_tap_books_at_once(app, dialogue):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.press("sama wybierze wolny termin")
    await dialogue.payload("appt:req:1")
    assert "Choose a day" in dialogue.text
    await dialogue.press("Tue 1 Dec")
    await dialogue.press("11:30")
    assert "Your appointment is booked" in dialogue.text
    assert "Tuesday, 1 December 2026, 11:30" in dialogue.text


async def test_a_decline_with_a_ready_reason_reaches_the_person_in_their_language(app):
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await send_request(olena)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    prompt = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "odpowiedz na tę wiadomość" in prompt.text
    # staff's own words are not translated: said so, with the language Olena reads
    assert "dotrą bez tłumaczenia, tak jak je napiszesz; język tej osoby: ukraiński" in prompt.text
    await anna.payload("apptq:reason:1:call_us")
    assert "Prośba o wizytę nr W1 odrzucona" in anna.text
    told = [q for q in await queued(app.core) if q.chat_id == "2001"][-1]
    assert "записати вас не вийде" in told.text
    assert "зателефонуйте нам" in told.text and "+48 41 000 00 00" in told.text
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "Odrzucona (Anna Nowak): Prosimy najpierw zadzwonić" in card.text
    await anna.payload("apptq:approve:1")  # too late: decided
    assert "już nie czeka na doradcę" in anna.text


async def test_a_decline_in_staffs_own_words_is_a_reply_to_the_question(
    app, dialogue, delivery, platform
):
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:decline:1")
    await delivery.run()
    prompt = platform.to(STAFF_CHAT)[-1]
    assert "Odrzucenie prośby o wizytę nr W1" in prompt.text
    await anna.reply(prompt.message_id, "Please go to the <voivodeship> office directly")
    assert "Prośba o wizytę nr W1 odrzucona" in anna.text
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1]
    assert "The advisor wrote: “Please go to the <voivodeship> office directly”" in told.text
    await anna.reply(prompt.message_id, "and another thing", "901")
    assert "już nie czeka" in anna.text  # nothing more goes to the person


async def test_a_sensitive_request_shows_the_staff_only_a_first_name(app, dialogue):
    await send_request(dialogue, "psychologist", urgent=True)
    assert "Appointment request #W1 sent (Psychologist)" in dialogue.text
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "PILNE" in card.text and "Psycholog" in card.text
    assert "👤 Olena\n" in card.text and "Kovalenko" not in card.text
    assert "601" not in card.text  # no phone until an appointment is booked
    assert "Przy tej usłudze szczegóły nie są pokazywane" in card.text
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    assert "Olena" in anna.text and "Kovalenko" not in anna.text
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    assert "By phone" in dialogue.text and "+48 601 234 567" in dialogue.text
    calendar = dialogue.replies[-1].attachment
    assert calendar is not None and b"Psycholog" not in calendar.content  # a shared calendar
    note = next(q for q in await to_chat(app.core, STAFF_CHAT) if "Nowa wizyta" in q.text)
    assert "👤 Olena, 📱 +48 601 234 567" in note.text and "Kovalenko" not in note.text
    assert "Usługa poufna" in note.text and "telefonicznie" in note.text


async def test_a_service_named_as_its_specialist_is_named_once_in_the_confirmation(app, dialogue):
    dialogue.language_hint = "uk"
    await send_request(dialogue, "psychologist")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await dialogue.payload("appt:take:1:0")
    assert "🧑‍💼 Психолог\n" in dialogue.text
    assert "Психолог — Психолог" not in dialogue.text
    await dialogue.payload("appt:open:career")  # another service keeps its specialist's role
    assert "🧑‍💼 **Кар'єрна консультація** — Кар'єрний радник" in dialogue.replies[-1].text


PHONE_WORD = {"uk": "телефону", "ru": "телефона", "en": "phone number", "pl": "telefonu"}


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_a_psychologists_client_is_told_exactly_what_staff_see(app, lang):
    """A first name, and once booked the phone the specialist reaches them on; never the
    matter. Said at the urgency question and in the summary, in each language."""
    person = Dialogue(app.core, user_id=f"p-{lang}", language_hint=lang)
    await person.payload("appt:open:psychologist")
    await person.payload("person:agree")  # the consent first
    assert PHONE_WORD[lang] in person.text and "112" in person.text
    await person.payload("appt:urgent:no")
    await give_details(person, "Olena Kovalenko", "601 234 567")
    summary = person.text
    assert PHONE_WORD[lang] in summary and "🔒" in summary
    send = next(b for b in person.buttons if b.payload.startswith("appt:send:"))
    await person.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "Olena" in card.text and "Kovalenko" not in card.text and "601" not in card.text
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202611251100")
    await anna.press("Zaproponuj zaznaczony")
    await person.payload("appt:take:1:0")
    await anna.command("/appointments")  # as promised: the first name and the phone
    assert "Olena, +48 601 234 567 — Psycholog" in anna.text and "Kovalenko" not in anna.text


async def test_the_request_is_kept_across_a_restart(app, config_path, clock, dialogue):
    await send_request(dialogue)
    await app.close()
    again = await build(config_path, clock=clock)
    try:
        anna = StaffMember(again.core)
        await anna.payload("apptq:approve:1")
        await anna.press("sama wybierze wolny termin")
        person = Dialogue(again.core, user_id=dialogue.user_id)
        await person.send("/mybookings")
        assert "Appointment request #W1 (Legal advice): approved — choose a time." in person.text
        await person.press("Choose a time (#W1)")  # the days at once, not the offer again
        assert "Choose a day" in person.text and "Choose any free time" not in person.text
        await person.press("Tue 1 Dec")
        await person.press("11:30")
        assert "Your appointment is booked" in person.text
    finally:
        await again.close()


async def test_a_request_already_open_is_shown_instead_of_a_second_one(app, dialogue):
    await send_request(dialogue)
    await dialogue.payload("appt:open:legal_advice")
    assert "Your appointment request #W1 (Legal advice) is with an advisor" in dialogue.text
    await dialogue.press("Withdraw the request")
    await dialogue.press("Yes, withdraw it")
    assert "Appointment request #W1 is withdrawn" in dialogue.text
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert card.action == "edit" and "Osoba wycofała prośbę" in card.text
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    assert "już nie czeka" in anna.text


async def test_danger_words_in_the_need_bring_the_help_lines_and_an_urgent_card(app, dialogue):
    await send_request(dialogue, need="my husband beats me, I need a lawyer for a divorce")
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "PILNE" in card.text


async def test_two_advisors_at_once_offer_only_once(app, dialogue):
    await send_request(dialogue)
    anna, piotr = StaffMember(app.core), StaffMember(app.core, user_id="502", name="Piotr")
    await anna.payload("apptq:approve:1")
    await piotr.payload("apptq:approve:1")
    await anna.press("sama wybierze wolny termin")
    await piotr.payload("apptq:any:1")
    assert "już nie czeka" in piotr.text
    offers = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id]
    assert sum("is approved" in q.text for q in offers) == 1


async def test_a_tap_on_an_old_card_after_booking_shows_the_booked_time(app, dialogue):
    await send_request(dialogue)
    anna, piotr = StaffMember(app.core), StaffMember(app.core, user_id="502", name="Piotr")
    await anna.payload("apptq:approve:1")
    await anna.press("sama wybierze wolny termin")
    await dialogue.payload("appt:req:1")
    await dialogue.press("Tue 1 Dec")
    await dialogue.press("11:30")
    assert "Your appointment is booked" in dialogue.text
    for payload in ("apptq:approve:1", "apptq:decline:1", "apptq:reason:1:no_time"):
        await piotr.payload(payload)
        assert "już nie czeka" in piotr.text
        assert "Umówiona: wtorek, 1 grudnia 2026, 11:30" in piotr.text, piotr.text
        assert "Umówiona: —" not in piotr.text


async def test_danger_words_typed_at_the_psychologists_urgency_question_count_as_urgent(
    app, dialogue
):
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.send("my husband beats me every night")
    assert "112" in dialogue.text  # the help lines at once
    await dialogue.send("Olena Kovalenko")
    await dialogue.send("601 234 567")
    assert "urgent" in dialogue.text.lower()
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "PILNE" in card.text and "beats" not in card.text


async def test_danger_words_typed_where_a_time_is_chosen_bring_the_help_lines(app, dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("I want to kill myself")
    assert "112" in dialogue.text
    assert any(b.payload.startswith("appt:day:career:") for b in dialogue.buttons)


async def test_a_language_change_asks_the_request_step_again_and_keeps_the_need(app, dialogue):
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.payload("language:ru")
    assert "Это срочно?" in dialogue.text
    await dialogue.payload("appt:open:legal_advice")  # consent given: the need at once
    await dialogue.payload("language:pl")
    assert "Opisz ją, proszę, w kilku słowach" in dialogue.text
    await dialogue.send("Odmówiono mi karty pobytu")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("language:en")
    assert "Please check your request" in dialogue.text
    assert "Odmówiono mi karty pobytu" in dialogue.text


async def test_the_consent_comes_before_the_need_and_declining_keeps_nothing(app, dialogue):
    await dialogue.payload("appt:open:legal_advice")
    assert "your data" in dialogue.text and "book your appointment with a specialist" in (
        dialogue.text
    )
    assert "describe it in a few words" not in dialogue.text
    await dialogue.send("My residence card was refused")  # typed at the consent: not kept
    assert "describe it" not in dialogue.text
    await dialogue.payload("person:decline")
    async with app.services.db.transaction() as tx:
        sessions = await tx.fetchall("SELECT data FROM sessions")
        asked = await tx.fetchall("SELECT * FROM appointment_requests")
    assert asked == [] and not any("residence" in row["data"] for row in sessions)

    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    assert "describe it in a few words" in dialogue.text  # then the need
    await dialogue.send("My residence card was refused")
    assert "What is your name" in dialogue.text  # then name and phone
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    await dialogue.payload("appt:open:career")  # consent given once: not asked again
    assert "your data" not in dialogue.text
    other = Dialogue(app.core, user_id="1002")
    await other.payload("appt:open:psychologist")  # a confidential one: the consent first too
    assert "your data" in other.text and "urgent" not in other.text.lower()


async def test_a_parent_may_say_a_psychologists_appointment_is_for_their_child(app, dialogue):
    """The one thing a confidential request may add: the advisor books a specialist for
    children. Tapped, or typed («це для сина»: the words go nowhere), shown back to the parent,
    on the staff's card, and in /mydata; tapped again, it is undone."""
    dialogue.language_hint = "uk"
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.press("🧒 Це для моєї дитини")
    await dialogue.press("✅ Це для моєї дитини")  # undone
    assert "🧒 Це для моєї дитини" in [b.label for b in dialogue.buttons]
    await dialogue.send("це для сина, йому 15")
    assert "прийом для вашої дитини" in dialogue.replies[0].text
    assert any(b.label.startswith("✅ Це для моєї дитини") for b in dialogue.buttons)
    await dialogue.payload("appt:urgent:no")
    await give_details(dialogue, "Olena Kovalenko", "601 234 567")
    assert "🧒 Для вашої дитини" in dialogue.text
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "🧒 Dla dziecka" in card.text and "syn" not in card.text and "15" not in card.text
    await dialogue.send("/mydata")
    assert "🧒 Для вашої дитини" in dialogue.text


async def test_a_psychologists_request_not_for_a_child_says_nothing_of_one(app, dialogue):
    await send_request(dialogue, "psychologist")
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "🧒" not in card.text and "Olena" in card.text


async def test_words_typed_at_the_psychologists_urgency_question_bring_the_line_to_talk_now(
    app, dialogue
):
    """«мне очень плохо» is no button: who to talk to right now (116 123), then the question
    again; the words go nowhere."""
    dialogue.language_hint = "ru"
    await dialogue.payload("appt:open:psychologist")
    await dialogue.payload("person:agree")
    await dialogue.send("мне очень плохо, не сплю после войны")
    assert "116 123" in dialogue.replies[0].text
    assert any(b.payload == "appt:urgent:yes" for b in dialogue.buttons)
    await dialogue.payload("appt:urgent:no")
    await give_details(dialogue, "Olena Kovalenko", "601 234 567")
    send = next(b for b in dialogue.buttons if b.payload.startswith("appt:send:"))
    await dialogue.payload(send.payload)
    card = (await to_chat(app.core, STAFF_CHAT))[-1]
    assert "сплю" not in card.text and "PILNE" not in card.text


async def test_a_stale_offer_button_offers_nothing_more_than_its_label_said(app, dialogue):
    """Anna ticks 10:00 on her list («📨 Zaproponuj zaznaczony termin»); Marek, on his own copy of
    the list, ticks 10:45 too. Anna's button, pressed then, offers neither: her list is shown as
    it is now, saying the selection changed, and its fresh button offers the two it names."""
    await send_request(dialogue)
    anna, marek = (
        StaffMember(app.core),
        StaffMember(app.core, user_id="502", name="Marek Wiśniewski"),
    )
    await anna.payload("apptq:approve:1")
    await marek.payload("apptq:approve:1")  # his own copy of the list
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    stale = anna.button("📨 Zaproponuj zaznaczony termin")
    await marek.payload(f"apptq:pick:1:{LAWYER_TUE_1045}")
    assert marek.button("📨 Zaproponuj 2 zaznaczone terminy")

    await anna.payload(stale.payload)
    assert "Zaznaczenie zmieniło się" in anna.text and "nic nie zostało zaproponowane" in anna.text
    assert anna.button("24 listopada, 10:00").label.startswith("☑️")
    assert anna.button("24 listopada, 10:45").label.startswith("☑️")
    told = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id]
    assert not [q for q in told if "is approved" in q.text], "nothing reached the person"

    await anna.press("📨 Zaproponuj 2 zaznaczone terminy")
    assert "zaproponowano osobie: Olena Kovalenko" in anna.text
    offer = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]
    times = [b.label for b in offer.buttons if b.payload.startswith("appt:take:")]
    assert times == [
        "Tue 24 Nov, 10:00 · City Hall (Urząd Miejski)",
        "Tue 24 Nov, 10:45 · City Hall (Urząd Miejski)",
    ]


async def test_an_offer_button_from_before_the_mark_offers_nothing_but_shows_the_list(
    app, dialogue
):
    """A «Zaproponuj» button posted before buttons said which times they count (apptq:offer:1)
    cannot tell what its label promised: it offers nothing and shows the list, whose own button
    then offers the ticked time."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload(f"apptq:pick:1:{LAWYER_TUE_1000}")
    await anna.payload("apptq:offer:1")
    assert "Zaznaczenie zmieniło się" in anna.text
    told = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id]
    assert not [q for q in told if "is approved" in q.text]
    await anna.press("📨 Zaproponuj zaznaczony termin")
    assert "zaproponowano osobie: Olena Kovalenko" in anna.text


async def test_a_stale_tick_does_not_undo_what_a_colleague_ticked(app, dialogue):
    """Anna's list shows «▫️ 10:45»; Marek ticks 10:45 on his copy. Anna's «▫️» pressed then
    leaves it ticked (it never unticks what its mark said was not ticked), and says so."""
    await send_request(dialogue)
    anna, marek = StaffMember(app.core), StaffMember(app.core, user_id="502", name="Marek Nowak")
    await anna.payload("apptq:approve:1")
    await marek.payload("apptq:approve:1")
    untick = anna.button("24 listopada, 10:45")
    assert untick.label.startswith("▫️")
    await marek.press("24 listopada, 10:45")
    assert marek.button("24 listopada, 10:45").label.startswith("☑️")
    await anna.payload(untick.payload)
    assert "Ktoś już to zrobił na innej kopii tej listy" in anna.text
    assert anna.button("24 listopada, 10:45").label.startswith("☑️"), "still ticked"
    await marek.press("24 listopada, 10:45")  # unticked by Marek: Anna's stale ☑️ leaves it so
    stale = anna.button("24 listopada, 10:45")
    await anna.payload(stale.payload)
    assert anna.button("24 listopada, 10:45").label.startswith("▫️")
    assert "Ktoś już to zrobił" in anna.text


async def test_staff_page_through_later_times_and_offer_one_from_there(app, dialogue):
    """Tester report 25, item 6: past the first 8 times, «Później ›» and «‹ Wcześniej»."""
    await send_request(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    first = [b.label for b in anna.buttons if b.payload.startswith("apptq:pick:")]
    assert len(first) == 8 and not any("Wcześniej" in b.label for b in anna.buttons)
    await anna.press("Później ›")
    second = [b.label for b in anna.buttons if b.payload.startswith("apptq:pick:")]
    assert second == ["▫️ wt. 8 grudnia, 11:30"]  # the last free time in the horizon
    assert anna.button("‹ Wcześniej") and not any("Później" in b.label for b in anna.buttons)
    await anna.press("8 grudnia, 11:30")  # ticked: the list stays on this page
    assert anna.button("8 grudnia, 11:30").label.startswith("☑️") and anna.button("‹ Wcześniej")
    await anna.press("‹ Wcześniej")
    shown = [b.label for b in anna.buttons if b.payload.startswith("apptq:pick:")]
    assert shown == [*first, "☑️ wt. 8 grudnia, 11:30"]  # the ticked one stays in sight
    await anna.press("Zaproponuj zaznaczony")
    offer = [q for q in await queued(app.core) if q.chat_id == dialogue.user_id][-1]
    [offered] = [b.label for b in offer.buttons if b.payload.startswith("appt:take:")]
    assert offered.startswith("Tue 8 Dec, 11:30")
