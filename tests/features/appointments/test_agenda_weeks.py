"""/appointments takes the weeks /week takes (bot.core.weeks): next, +N, a day, «‹» «›» within
the booking horizon; what it cannot read is refused with a hint, a number still shows a card."""

from __future__ import annotations

from bot.app import build
from tests.support.appointments import book_and_confirm_career, send_request
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import COORDINATORS_CHAT, write_network_with_services

CAREER_THU_3_DEC_0900 = "appt:time:career:202612030800"  # 10 days after the tests' Monday
OLENA = "09:00 — Olena Kovalenko, +48 601 234 567 — Doradztwo zawodowe (nr S1)"


async def test_appointments_of_a_later_week_by_word_by_day_and_by_the_arrows(app, dialogue):
    await book_and_confirm_career(dialogue, CAREER_THU_3_DEC_0900, name="Olena Kovalenko")
    anna = StaffMember(app.core)
    await anna.command("/appointments")
    assert "Wizyty u specjalistów od 23 do 29 listopada 2026" in anna.text
    assert OLENA not in anna.text
    assert not [b for b in anna.buttons if b.label.startswith("‹")]
    for asked in ("next", "+1", "3.12", "1 grudnia", "następny"):
        await anna.command(f"/appointments {asked}")
        assert OLENA in anna.text, asked
        assert anna.button("✖"), asked  # cancelled from a later week as from this one
    await anna.command("/appointments +2")
    assert "od 7 do 13 grudnia 2026" in anna.text and OLENA not in anna.text
    await anna.command("/appointments")
    await anna.press("30.11–6.12 ›")
    assert "od 30 listopada 2026 do 6 grudnia 2026" in anna.text and OLENA in anna.text
    await anna.press("7.12–13.12 ›")
    await anna.press("14.12–20.12 ›")  # the last week anything can be booked in (21 days)
    assert "od 14 do 20 grudnia 2026" in anna.text
    assert not [b for b in anna.buttons if b.label.endswith("›")]
    await anna.press("‹ 7.12–13.12")
    await anna.press("‹ 30.11–6.12")
    assert OLENA in anna.text
    await anna.command("/appointments S1")  # a number is still a card
    assert "Olena Kovalenko" in anna.text and "Wizyty u specjalistów od" not in anna.text


async def test_appointments_with_words_it_cannot_read_says_what_it_takes(app):
    anna = StaffMember(app.core)
    await anna.command("/appointments za chwilę")
    assert "Nie rozumiem: /appointments za chwilę" in anna.text
    assert "/appointments next" in anna.text and "/appointments 15.12" in anna.text
    assert "/appointments W3" in anna.text and "21 dni" in anna.text
    assert "Wizyty u specjalistów od" not in anna.text


async def test_the_coordinators_look_at_every_offices_later_week(tmp_path, clock):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        nina, sasha = Dialogue(app.core, user_id="2001"), Dialogue(app.core, user_id="2002")
        await nina.send("/start north")
        await sasha.send("/start south")
        await book_and_confirm_career(nina, CAREER_THU_3_DEC_0900, name="Nina Bondar")
        await book_and_confirm_career(sasha, CAREER_THU_3_DEC_0900, name="Sasha Koval")
        coordinators = StaffMember(app.core, chat_id=str(COORDINATORS_CHAT))
        await coordinators.command("/appointments")
        assert "Nina" not in coordinators.text and "Sasha" not in coordinators.text
        await coordinators.press("30.11–6.12 ›")
        assert "09:00 — Nina Bondar" in coordinators.text
        assert "09:00 — Sasha Koval" in coordinators.text
        assert not [b for b in coordinators.buttons if "✖" in b.label]  # to look at only
        await coordinators.command("/appointments 3.12")
        assert "Nina Bondar" in coordinators.text and "Sasha Koval" in coordinators.text
    finally:
        await app.close()


async def test_waiting_requests_in_full_on_this_weeks_list_only_counted_on_the_others(app):
    """A request waiting for an advisor is listed with its name and button on the list of the 7
    days with today; a later (or earlier) week's list only counts it, saying where it is."""
    await send_request(Dialogue(app.core, user_id="2001"), "psychologist", name="Iryna")
    await send_request(Dialogue(app.core, user_id="2002"), "psychologist", name="Marta")
    anna = StaffMember(app.core)
    await anna.command("/appointments")
    assert "Prośby czekające na doradcę" in anna.text
    assert "Iryna" in anna.text and "Marta" in anna.text
    assert anna.button("Prośba o wizytę nr W1")
    assert "czekają na doradcę" not in anna.text
    for asked in ("-1", "3.12", "next"):  # («-1»: the week before, not W1's card)
        await anna.command(f"/appointments {asked}")
        assert "⏳ 2 prośby czekają na doradcę: /appointments" in anna.text, asked
        assert "Prośby czekające na doradcę" not in anna.text, asked
        assert "Iryna" not in anna.text and "Marta" not in anna.text, asked
        assert not [b for b in anna.buttons if "W1" in b.label], asked
        assert "Brak wizyt w tych dniach." in anna.text, asked
        assert "Brak wizyt i czekających próśb" not in anna.text, asked
    await anna.press("‹ 23.11–29.11")  # back to this week's list: in full again
    assert "Iryna" in anna.text and "⏳" not in anna.text


async def test_a_day_shows_its_monday_to_sunday_week_and_the_arrows_never_overlap(app, clock):
    """On Sunday 6 December «/appointments 10.12» and «/week 10.12» show 7–13 December, with
    «‹ 30.11–6.12» and «14.12–20.12 ›»: each arrow the 7 days next to the list, never a part of
    it again; the lists without a day are a week Monday to Sunday too (on a Sunday the coming
    one), so the arrows lead to the same weeks either way (tester 25, item 12: plain /week was
    today and 6 days)."""
    clock.advance(days=13)  # Sunday 6 December 2026
    anna = StaffMember(app.core)
    for command, title in (
        ("/appointments", "Wizyty u specjalistów od"),
        ("/week", "Wizyty od"),
    ):
        await anna.command(f"{command} 10.12")
        assert f"{title} 7 do 13 grudnia 2026" in anna.text, command
        arrows = [b.label for b in anna.buttons if "‹" in b.label or "›" in b.label]
        assert arrows == ["‹ 30.11–6.12", "14.12–20.12 ›"], command
        await anna.press("‹ 30.11–6.12")
        assert f"{title} 30 listopada 2026 do 6 grudnia 2026" in anna.text, command
        assert "minęły" not in anna.text, "today is in it"
        arrows = [b.label for b in anna.buttons if "‹" in b.label or "›" in b.label]
        assert arrows == ["7.12–13.12 ›"], "no «‹» from a list with today: -1 looks back"
        await anna.command(command)  # on a Sunday: the coming week (tester 27, item 8)
        assert f"{title} 7 do 13 grudnia 2026" in anna.text, command
        arrows = [b.label for b in anna.buttons if "‹" in b.label or "›" in b.label]
        assert arrows == ["‹ 30.11–6.12", "14.12–20.12 ›"], command  # as «/week 10.12»'s
        await anna.command(f"{command} next")
        assert f"{title} 7 do 13 grudnia 2026" in anna.text, command
        await anna.command(f"{command} -1")
        assert f"{title} 23 do 29 listopada 2026 — te dni już minęły" in anna.text


async def test_on_a_sunday_a_request_waiting_for_the_person_is_listed_with_its_button(app, clock):
    """(tester 29, item 7) On a Sunday /appointments shows the coming week: a request whose
    times were offered, waiting for the person to choose, is listed there in full (its number,
    the first name only of a confidential one, what it waits for) with its card's button, never
    «⏳ 1 prośba czeka…: /appointments», which would send staff back to the same list."""
    person = Dialogue(app.core, user_id="2001")
    await send_request(person, "psychologist", name="Iryna Bondar")
    anna = StaffMember(app.core)
    await anna.payload("apptq:approve:1")
    await anna.payload("apptq:pick:1:psychologist:202612021100")  # Wednesday 2 December
    await anna.press("Zaproponuj zaznaczony")
    clock.advance(days=6)  # Sunday 29 November
    await anna.command("/appointments")
    assert "od 30 listopada 2026 do 6 grudnia 2026" in anna.text
    waiting = anna.text.split("Zaproponowane terminy — czekają na wybór osoby")[1]
    assert "Psycholog" in waiting and "Iryna (prośba o wizytę nr W1)" in waiting
    assert "Bondar" not in anna.text and "/appointments" not in anna.text
    await anna.press("Prośba o wizytę nr W1")
    assert "W1" in anna.text and "Iryna" in anna.text
