"""Staff and bookings: /today, /week, cancelling a visit or a whole duty; people cancelling."""

from __future__ import annotations

from tests.support.bookings import (
    STAFF_CHAT,
    TUE_1330,
    Staff,
    book_and_confirm,
    to_chat,
)
from tests.support.dialogue import Dialogue

TUE_1400 = "booking:time:city_hall:202611241300"
THU_1300 = "booking:time:social_services:202611261200"


async def test_week_lists_the_visits_per_place_and_time_in_the_staff_language(app):
    await book_and_confirm(Dialogue(app.core, user_id="a"), TUE_1400, name="Bohdan")
    await book_and_confirm(Dialogue(app.core, user_id="b"), TUE_1330, name="Olena", topic="school")
    await book_and_confirm(Dialogue(app.core, user_id="c"), THU_1300, name="Iryna")
    staff = Staff(app.core)
    await staff.command("week")
    text = staff.text
    assert "Wizyty od 23 do 29 listopada 2026" in text
    tuesday = text.index("wtorek, 24 listopada 2026 — Urząd Miejski w Starachowicach, 13:00–15:30")
    thursday = text.index("czwartek, 26 listopada 2026 — Centrum Usług Społecznych")
    olena, bohdan, iryna = (
        text.index("13:30 — Olena"),
        text.index("14:00 — Bohdan"),
        text.index("13:00 — Iryna"),
    )
    assert tuesday < olena < bohdan < thursday < iryna
    assert "Szkoła, przedszkole" in text and "+48 601 234 567" in text
    assert staff.button("13:30 Olena").payload.startswith("visit:cancel:")
    assert staff.button("Odwołaj dyżur: wt.").payload == "duty:cancel:city_hall:20261124"


async def test_today_shows_only_todays_duty(app, clock):
    await book_and_confirm(Dialogue(app.core), TUE_1330)
    staff = Staff(app.core)
    await staff.command("today")
    assert "Dziś nie ma dyżurów." in staff.text
    clock.advance(days=1)
    await staff.command("today")
    assert "13:30 — Olena" in staff.text
    assert staff.button("Odwołaj dyżur")  # not over yet
    clock.advance(hours=8)  # the duty (13:00–15:30) is over: nothing left to call off
    await staff.command("today")
    assert "13:30 — Olena" in staff.text
    assert not [b for b in staff.buttons if "Odwołaj dyżur" in b.label]


async def test_staff_commands_are_not_for_private_chats(app, dialogue):
    await dialogue.send("/today")
    assert "only for the staff chat" in dialogue.text
    await dialogue.payload("visit:cancel:1")
    assert "only for the staff chat" in dialogue.text


async def test_staff_cancel_one_visit_and_the_person_is_told_in_their_language(app):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_1330)
    staff = Staff(app.core)
    await staff.command("week")
    await staff.press("13:30 Olena")
    assert "Odwołać tę wizytę?" in staff.text
    await staff.press("Tak, odwołaj wizytę")
    assert "Wizyta nr D1 odwołana (Anna Nowak)" in staff.text
    told = await to_chat(app.core, "ua")
    assert len(told) == 1
    assert "ваш візит скасовано" in told[0].text
    assert "🗓 вівторок, 24 листопада 2026" in told[0].text
    offers = [b for b in told[0].buttons if b.payload.startswith("booking:time:")]
    assert len(offers) == 3 and all("Міська рада" in b.label for b in offers)
    edits = [q for q in await to_chat(app.core, STAFF_CHAT) if q.action == "edit"]
    assert edits and "ODWOŁANA przez pracownika" in edits[-1].text
    await staff.payload("visit:cancel_now:1")  # a second tap
    assert "już odwołana" in staff.text
    assert len(await to_chat(app.core, "ua")) == 1
    # The person takes one of the offered times straight from the message: the visit's topic
    # goes with it, so nothing is asked again but who they are
    await person.payload(offers[0].payload)
    assert "З якого питання візит?" not in person.text
    assert "Як вас звати?" in person.text


async def test_cancelling_a_duty_says_in_good_polish_who_is_booked(app):
    """«Zapisane osoby (0 osób)» and «Powiadomiono: 1 osoba» read wrong: nobody booked is said
    so, one person in the singular."""
    staff = Staff(app.core)
    await staff.payload("duty:cancel:city_hall:20261124")
    assert "Nikt nie jest zapisany na ten dyżur; zapisy zostaną zamknięte." in staff.text
    assert "osób" not in staff.text
    await staff.press("Tak, odwołaj dyżur")
    assert "Nikt nie był zapisany." in staff.text
    await staff.press("Otwórz")  # the duty again, one person booked
    await book_and_confirm(Dialogue(app.core, user_id="uk", language_hint="uk"), TUE_1330)
    await staff.payload("duty:cancel:city_hall:20261124")
    assert "Zapisana jest 1 osoba: dostanie wiadomość" in staff.text
    await staff.press("Tak, odwołaj dyżur")
    assert "Wiadomość dostała 1 osoba." in staff.text


async def test_staff_cancel_a_whole_duty_everyone_is_told_and_nobody_can_book_it(app):
    people = {"uk": "Олена", "ru": "Ирина", "en": "John"}
    slots = [TUE_1330, TUE_1400, "booking:time:city_hall:202611241400"]
    for (lang, name), slot in zip(people.items(), slots, strict=True):
        await book_and_confirm(
            Dialogue(app.core, user_id=lang, language_hint=lang), slot, name=name
        )
    staff = Staff(app.core)
    await staff.payload("duty:cancel:city_hall:20261124")
    assert "Zapisane są 3 osoby: dostaną wiadomość w swoim języku" in staff.text
    await staff.press("Tak, odwołaj dyżur")
    assert "Odwołano dyżur: wtorek, 24 listopada 2026, Urząd Miejski w Starachowicach" in (
        staff.text
    )
    assert "Wiadomość dostały 3 osoby." in staff.text  # the Polish plural, not «Powiadomiono: 3»
    assert "скасовано" in (await to_chat(app.core, "uk"))[0].text
    assert "отменён" in (await to_chat(app.core, "ru"))[0].text
    assert "has been cancelled" in (await to_chat(app.core, "en"))[0].text
    for lang in people:
        offers = [
            b.label
            for b in (await to_chat(app.core, lang))[0].buttons
            if b.payload.startswith("booking:time:")
        ]
        assert offers and not any("24" in o and "Tue" in o for o in offers)
    newcomer = Dialogue(app.core, user_id="new")
    await newcomer.send("/book")
    await newcomer.press("City Hall")
    assert "Tue 24 Nov" not in [b.label for b in newcomer.buttons]
    await newcomer.payload("booking:time:city_hall:202611241315")
    assert "no longer available" in newcomer.text
    await staff.command("week")
    assert "dyżur odwołany, zapisy zamknięte" in staff.text
    # whom the cancelled duty let down stays listed, to call or greet (tester 23, item 5)
    waiting = "❌ odwołana z dyżurem, wiadomość do osoby czeka na wysłanie"
    assert f"• 13:30 — Олена, +48 601 234 567 — 🪪 PESEL, meldunek (nr D1) — {waiting}" in (
        staff.text
    )
    assert "14:00 — Ирина" in staff.text and "15:00 — John" in staff.text
    await staff.command("today 24.11")
    assert "13:30 — Олена" in staff.text and waiting in staff.text
    assert not [b for b in staff.buttons if "Олена" in b.label]  # nothing left to cancel
    # Recovered after all: the duty opens again.
    await staff.press("Otwórz zapisy: wt.")
    assert "Ponownie otwarto zapisy" in staff.text
    await newcomer.send("/book")
    await newcomer.press("Leave the form: /book")  # (still at the times: start again)
    await newcomer.press("City Hall")
    assert "Tue 24 Nov" in [b.label for b in newcomer.buttons]


async def test_a_person_cancels_in_mybookings_and_staff_see_it(app, dialogue):
    await book_and_confirm(dialogue, TUE_1330)
    await dialogue.send("/mybookings")
    await dialogue.press("Cancel: Tue 24 Nov")
    assert "really want to cancel" in dialogue.text
    await dialogue.press("Yes, cancel it")
    assert "has been cancelled" in dialogue.text
    staff = await to_chat(app.core, STAFF_CHAT)
    assert "Wizyta nr D1 odwołana przez osobę" in staff[-2].text
    assert staff[-1].action == "edit" and "ODWOŁANA przez osobę" in staff[-1].text
    await dialogue.payload("booking:cancel_now:1")
    assert "already cancelled" in dialogue.text
    other = Dialogue(app.core, user_id="other")
    await book_and_confirm(other, TUE_1330)  # the time is free again
    assert "is booked" in other.text


async def test_cancelling_is_refused_in_the_bot_shortly_before_the_visit(app, dialogue, clock):
    await book_and_confirm(dialogue, TUE_1330)
    clock.advance(days=1, hours=3)  # Tuesday 12:00, the visit at 13:30; notice: 2 hours
    await dialogue.payload("booking:cancel_now:1")
    assert "too late to cancel in the bot" in dialogue.text
    assert "+48 41 000 00 00" in dialogue.text
    await dialogue.send("/mybookings")
    assert "24 November" in dialogue.text


async def test_a_time_offered_after_staff_cancel_keeps_the_visits_topic(app):
    olena = Dialogue(app.core, user_id="olena", language_hint="en")
    await book_and_confirm(olena, TUE_1330, topic="work")
    staff = Staff(app.core)
    await staff.payload("duty:cancel:city_hall:20261124")
    await staff.press("Tak, odwołaj dyżur")
    (told,) = await to_chat(app.core, "olena")
    offered = next(b for b in told.buttons if b.payload.startswith("booking:time:"))
    await olena.payload(offered.payload)
    assert "What is your visit about?" not in olena.text
    if any(b.payload == "person:saved" for b in olena.buttons):
        await olena.payload("person:saved")
    assert "Please check" in olena.text and "Work" in olena.text
    # the same button in someone else's hands: their own visit's topic is asked for
    stranger = Dialogue(app.core, user_id="stranger", language_hint="en")
    await stranger.payload(offered.payload)
    assert "What is your visit about?" in stranger.text


async def test_a_visit_cancelled_by_staff_has_ready_reasons_told_in_the_persons_language(app):
    """README «Known gaps», Staff side: staff could only reply with a reason; now the ready ones
    are buttons (as a specialist's appointment has), the person told it once in theirs."""
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_1330)
    staff = Staff(app.core)
    await staff.payload("visit:cancel:1")
    await staff.press("Tak, odwołaj wizytę")
    labels = [b.label for b in staff.buttons]
    assert (
        "🤒 Nieobecność asystenta (choroba)" in labels and "📞 Prosimy najpierw zadzwonić" in labels
    )
    await staff.press("Otwórz")  # the time reopened: the reasons are still there
    assert "🤒 Nieobecność asystenta (choroba)" in [b.label for b in staff.buttons]
    await staff.press("Nieobecność asystenta")
    assert "Wizyta nr D1: Olena dostał(a) powód: 🤒 Nieobecność asystenta (choroba)." in staff.text
    cancelled, why = await to_chat(app.core, "ua")
    assert "ваш візит скасовано" in cancelled.text  # at once, as before
    assert why.text.startswith("ℹ️ Щодо вашого скасованого візиту вівторок, 24 листопада 2026")
    assert "(№ D1):\nАсистент(ка) не зможе бути того дня" in why.text
    await staff.payload("visit:why:1:call_us")  # a second press, another reason
    assert "już dostał(a) powód (🤒 Nieobecność asystenta (choroba))" in staff.text
    assert len(await to_chat(app.core, "ua")) == 2  # told once


async def test_a_whole_duty_is_cancelled_with_a_reason_each_person_reads_in_their_language(app):
    people = {"uk": ("Олена", TUE_1330), "en": ("John", TUE_1400)}
    for lang, (name, slot) in people.items():
        await book_and_confirm(
            Dialogue(app.core, user_id=lang, language_hint=lang), slot, name=name
        )
    staff = Staff(app.core)
    await staff.payload("duty:cancel:city_hall:20261124")
    assert "Wybierz powód: każda osoba dostanie go w swoim języku" in staff.text
    assert staff.button("Tak, odwołaj dyżur bez podania powodu").payload == (
        "duty:cancel_now:city_hall:20261124"
    )
    await staff.press("Odwołaj: 📞 Prosimy najpierw zadzwonić")
    assert "Wiadomość dostały 2 osoby." in staff.text
    assert "\nPodany powód: 📞 Prosimy najpierw zadzwonić." in staff.text
    [uk] = await to_chat(app.core, "uk")
    assert "ваш візит скасовано" in uk.text
    assert "ℹ️ Причина: Будь ласка, спершу зателефонуйте нам: +48 41 000 00 00." in uk.text
    [en] = await to_chat(app.core, "en")
    assert "ℹ️ Why: Please call us first: +48 41 000 00 00." in en.text
    assert any(b.payload.startswith("booking:time:") for b in en.buttons)  # other times still
    await staff.payload("visit:why:1:absent")  # the duty's reason was given: not again
    assert "już dostał(a) powód (📞 Prosimy najpierw zadzwonić)" in staff.text
    assert len(await to_chat(app.core, "uk")) == 1


async def test_staff_mark_whether_the_person_came_once_the_visits_time_has_started(app, clock):
    """Tester 39, F11: a visit's attendance, as a course's: «✅ came / ❌ did not come» in
    /today once its time has started (never before), kept, shown in /today and /week, one
    slip corrected the same day, erased by /forget with the booking."""
    olena = Dialogue(app.core)
    await book_and_confirm(olena, TUE_1330)  # Tuesday 24 November, 13:30
    staff = Staff(app.core)
    clock.advance(days=1)  # Tuesday morning: not yet
    await staff.command("today")
    assert not [b for b in staff.buttons if b.payload.startswith("visit:came:")]
    await staff.payload("visit:came:1:1:20261124:20261124")
    assert "Obecność na wizycie nr D1 można zaznaczyć od jej godziny (wt. 24 listopada, 13:30)" in (
        staff.text
    )
    clock.advance(hours=5)  # 14:00: the visit has started
    await staff.command("today")
    assert not [b for b in staff.buttons if b.payload == "visit:cancel:1"]
    came = staff.button("✅ 13:30 Olena: obecność").payload
    assert staff.button("❌ 13:30 Olena: nieobecność")
    await staff.payload(came)
    assert "13:30 — Olena, +48 601 234 567" in staff.text
    assert "(nr D1) — ✅ obecność" in staff.text
    labels = [b.label for b in staff.buttons if b.payload.startswith("visit:came:")]
    assert labels == ["❌ 13:30 Olena: nieobecność"]  # today: a slip corrected
    await staff.payload(staff.button("nieobecność").payload)
    assert "(nr D1) — ❌ nieobecność" in staff.text
    clock.advance(days=1)
    await staff.command("week")
    assert "(nr D1) — ❌ nieobecność" in staff.text  # kept
    assert not [b for b in staff.buttons if b.payload.startswith("visit:came:")]

    await olena.send("/forget")
    await olena.payload("privacy:forget")
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT COUNT(*) FROM bookings WHERE came IS NOT NULL")
    assert row[0] == 0
