"""Staff cancel one visit: nobody can see people at that time, so the time is closed to
everyone (the person's new times do not include it) until staff reopen it (tester report 11,
item 4); or staff cancel it and keep the time bookable: someone else may book it at once
(README «Known gaps», Forms)."""

from __future__ import annotations

from tests.support.bookings import TUE_1330, Staff, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue


async def test_the_cancelled_time_is_not_offered_back_and_nobody_can_book_it(app):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_1330)
    staff = Staff(app.core)
    await staff.command("week")
    await staff.press("13:30 Olena")
    assert "„Tak, odwołaj wizytę” zamyka też tę godzinę dla zapisów" in staff.text
    await staff.press("Tak, odwołaj wizytę")
    assert "Wizyta nr D1 odwołana" in staff.text
    assert "13:30: godzina zamknięta dla zapisów" in staff.text
    assert staff.button("Otwórz zapisy: wt. 24 listopada, 13:30").payload == "visit:reopen:1"
    told = (await to_chat(app.core, "ua"))[0]
    assert "у цей час вас ніхто не зможе прийняти" in told.text
    offers = [b for b in told.buttons if b.payload.startswith("booking:time:")]
    assert offers and not any(b.payload.startswith(TUE_1330) for b in offers)
    assert not any("24 лист., 13:30" in b.label for b in offers)
    # Nor can anyone else take it, nor the person by an older button of that time
    newcomer = Dialogue(app.core, user_id="new")
    await newcomer.send("/book")
    await newcomer.press("City Hall")
    await newcomer.press("Tue 24 Nov")
    assert "13:30" not in [b.label for b in newcomer.buttons]
    assert "13:00" in [b.label for b in newcomer.buttons]
    await person.payload(TUE_1330)
    assert "Як вас звати?" not in person.text
    # /week says the time is closed, with a button to open it again
    await staff.command("week")
    assert "zamknięte dla zapisów: 13:30" in staff.text
    await staff.press("Otwórz zapisy: wt. 24 listopada, 13:30")
    assert "Ponownie otwarto zapisy: wt. 24 listopada, 13:30" in staff.text
    assert "Odwołana wizyta pozostaje odwołana" in staff.text
    await newcomer.send("/book")
    await newcomer.press("Leave the form: /book")  # (still at the times: start again)
    await newcomer.press("City Hall")
    await newcomer.press("Tue 24 Nov")
    assert "13:30" in [b.label for b in newcomer.buttons]
    await staff.command("week")
    assert "zamknięte dla zapisów" not in staff.text


async def test_a_person_cancelling_their_own_visit_leaves_the_time_open(app, dialogue):
    await book_and_confirm(dialogue, TUE_1330)
    await dialogue.send("/mybookings")
    await dialogue.press("Cancel: Tue 24 Nov")
    await dialogue.press("Yes, cancel it")
    other = Dialogue(app.core, user_id="other")
    await other.send("/book")
    await other.press("City Hall")
    await other.press("Tue 24 Nov")
    assert "13:30" in [b.label for b in other.buttons]


async def test_staff_may_cancel_a_visit_and_keep_its_time_bookable(app):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_1330)
    staff = Staff(app.core)
    await staff.command("week")
    await staff.press("13:30 Olena")
    assert "„Odwołaj, godzina zostaje wolna” pozwala zapisać się na nią komuś innemu" in (
        staff.text
    )
    await staff.press("Odwołaj, godzina zostaje wolna")
    assert "Wizyta nr D1 odwołana" in staff.text
    assert "13:30: godzina zostaje otwarta dla zapisów, ktoś inny może się na nią zapisać" in (
        staff.text
    )
    assert not any(b.payload.startswith("visit:reopen:") for b in staff.buttons)
    told = (await to_chat(app.core, "ua"))[0]
    assert "Просимо вибачення: ваш візит скасовано." in told.text
    assert "ніхто не зможе прийняти" not in told.text  # the time is not closed: not said so
    offers = [b for b in told.buttons if b.payload.startswith("booking:time:")]
    assert offers and not any(b.payload.startswith(TUE_1330) for b in offers)  # not offered back
    newcomer = Dialogue(app.core, user_id="new")
    await newcomer.send("/book")
    await newcomer.press("City Hall")
    await newcomer.press("Tue 24 Nov")
    assert "13:30" in [b.label for b in newcomer.buttons]  # someone else may book it at once
    await staff.command("week")
    assert "zamknięte dla zapisów" not in staff.text
