"""Staff see the weeks after this one (tester 18, item 6): /week next, /week +2, /week 15.12,
«‹» and «›» under the list; an argument it cannot read is refused with a hint; a duty further
ahead is cancelled from such a list."""

from __future__ import annotations

from tests.support.bookings import Staff, book_and_confirm, to_chat
from tests.support.dialogue import Dialogue

# Tuesday 8 December 2026, 13:30 in Warsaw (12:30 UTC): 15 days after the tests' Monday
TUE_8_DEC_1330 = "booking:time:city_hall:202612081230"


async def test_week_next_and_a_day_show_the_later_weeks_with_their_visits(app):
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_8_DEC_1330)
    staff = Staff(app.core)
    await staff.command("week")
    assert "Wizyty od 23 do 29 listopada 2026" in staff.text
    assert "8 grudnia" not in staff.text
    await staff.command("week next")
    assert "Wizyty od 30 listopada 2026 do 6 grudnia 2026" in staff.text
    assert "8 grudnia" not in staff.text
    for asked in ("week +2", "week 8.12", "week 7 grudnia"):
        await staff.command(asked)
        assert "wtorek, 8 grudnia 2026 — Urząd Miejski w Starachowicach" in staff.text, asked
        assert "13:30 — Olena" in staff.text, asked
    # «›» and «‹» under the list: the 7 days after and before it, within the booking horizon
    await staff.command("week")
    assert not [b for b in staff.buttons if b.label.startswith("‹")]
    await staff.press("30.11–6.12 ›")
    assert "Wizyty od 30 listopada 2026 do 6 grudnia 2026" in staff.text
    await staff.press("7.12–13.12 ›")
    assert "13:30 — Olena" in staff.text
    await staff.press("14.12–20.12 ›")  # the last week anything can be booked in (21 days)
    assert "Wizyty od 14 do 20 grudnia 2026" in staff.text
    assert not [b for b in staff.buttons if b.label.endswith("›")]
    await staff.press("‹ 7.12–13.12")
    assert "13:30 — Olena" in staff.text
    for back in ("week poprzedni", "week -1", "week previous"):  # (tester 19) and back again
        await staff.command(back)
        assert "Wizyty od 16 do 22 listopada 2026" in staff.text, back


async def test_week_with_words_it_cannot_read_says_what_it_takes(app):
    staff = Staff(app.core)
    await staff.command("week za chwilę")
    assert "Nie rozumiem: /week za chwilę" in staff.text
    assert "/week next" in staff.text and "/week 15.12" in staff.text
    assert "21 dni" in staff.text
    assert "Wizyty od" not in staff.text


async def test_a_duty_two_weeks_ahead_is_cancelled_from_the_list(app):
    person = Dialogue(app.core, user_id="ua", language_hint="uk")
    await book_and_confirm(person, TUE_8_DEC_1330)
    staff = Staff(app.core)
    await staff.command("week 8.12")
    await staff.press("Odwołaj dyżur: wt.")
    assert "1 osoba" in staff.text
    await staff.press("Tak, odwołaj dyżur")
    assert "Odwołano dyżur: wtorek, 8 grudnia 2026, Urząd Miejski w Starachowicach" in staff.text
    told = await to_chat(app.core, "ua")
    assert len(told) == 1 and "скасовано" in told[0].text
    await staff.command("week +2")
    assert "dyżur odwołany, zapisy zamknięte" in staff.text


async def test_today_with_a_day_shows_that_day_and_refuses_what_it_cannot_read(app):
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_8_DEC_1330)
    staff = Staff(app.core)
    await staff.command("today")
    assert "Wizyty dzisiaj: poniedziałek, 23 listopada 2026" in staff.text
    assert "13:30 — Olena" not in staff.text
    for asked in ("today 8.12", "today 8 grudnia"):
        await staff.command(asked)
        assert "Wizyty: wtorek, 8 grudnia 2026" in staff.text, asked
        assert "13:30 — Olena" in staff.text, asked
        assert "9 grudnia" not in staff.text, asked
    await staff.command("today jutro")
    assert "Wizyty: wtorek, 24 listopada 2026" in staff.text
    assert "13:30 — Olena" not in staff.text
    # a date the calendar has not: why, not «Nie rozumiem» (tester 23, item 17)
    for asked in ("today 31.02", "week 31.02", "appointments 30.02.2027"):
        await staff.command(asked)
        assert "nie ma w kalendarzu: ten miesiąc ma 28 dni" in staff.text, asked
        assert "Nie rozumiem" not in staff.text, asked
    # the same said in words, in the staff language or another (tester 25)
    for asked in ("today 31 lutego", "week 30 lutego", "appointments 30 лютого", "today Feb 31"):
        await staff.command(asked)
        assert "nie ma w kalendarzu: ten miesiąc ma 28 dni" in staff.text, asked
        assert "Nie rozumiem" not in staff.text, asked
    await staff.command("today 31 listopada")
    assert "Dnia 31 listopada nie ma w kalendarzu: ten miesiąc ma 30 dni" in staff.text
    await staff.command("today 31 lipnia")  # a word that is no month: not read as one
    assert "Nie rozumiem: /today 31 lipnia" in staff.text
    await staff.command("today za chwilę")
    assert "Nie rozumiem: /today za chwilę" in staff.text
    assert "/today jutro" in staff.text and "/week" in staff.text
    assert "Wizyty" not in staff.text
    await staff.command("today za tydzień")  # a week from today (bot/core/periods.py)
    assert "Wizyty: poniedziałek, 30 listopada 2026" in staff.text


async def test_a_day_without_a_year_is_the_nearest_one_a_past_one_looked_back_at(app, clock):
    """«/today 24.11» six weeks after 24 November: that day gone, not next year's (as /week and
    /appointments read it); a day more than about half a year back: the coming one."""
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"))  # Tue 24 Nov
    clock.advance(days=44)  # Wednesday 6 January 2027
    staff = Staff(app.core)
    await staff.command("today 24.11")
    assert "Wizyty: wtorek, 24 listopada 2026 — ten dzień już minął" in staff.text
    assert "13:30 — Olena" in staff.text
    await staff.command("week 24.11")  # the week of that day, Monday to Sunday
    assert "Wizyty od 23 do 29 listopada 2026 — te dni już minęły" in staff.text
    assert "13:30 — Olena" in staff.text
    await staff.command("appointments 24.11")
    assert "od 23 do 29 listopada 2026 — te dni już minęły" in staff.text
    await staff.command("today 24.06")  # half a year ahead, more than half a year back
    assert "Wizyty: czwartek, 24 czerwca 2027" in staff.text


async def test_today_with_yesterday_in_any_language_says_it_is_that_past_day(app, clock):
    """«/today вчора» shows yesterday's visits under a title that names its weekday and date and
    says it has passed, with the way to its week (/week) and to the specialists' (/appointments)."""
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"))  # Tue 24 Nov
    clock.advance(days=2)  # Wednesday 25 November
    staff = Staff(app.core)
    for word in ("вчора", "вчера", "yesterday", "wczoraj"):
        await staff.command(f"today {word}")
        assert staff.text.startswith(
            "📋 Wizyty: wtorek, 24 listopada 2026 — ten dzień już minął"
        ), word
        assert "13:30 — Olena" in staff.text, word
        assert "/week 24.11" in staff.text and "/appointments 24.11" in staff.text, word
        cancel = [b for b in staff.buttons if b.payload.startswith("visit:cancel")]
        assert not cancel, "nothing to cancel"
        assert staff.button("✅ 13:30 Olena: obecność"), "whether she came: still to mark"
    await staff.command("week 24.11")  # the week with that day: today in it, nothing «past»
    assert "Wizyty od 23 do 29 listopada 2026" in staff.text
    assert "minęły" not in staff.text and "13:30 — Olena" in staff.text
    await staff.command("today")  # today's title names its weekday too, and gives no hint
    assert staff.text.startswith("📋 Wizyty dzisiaj: środa, 25 listopada 2026")
    assert "/week" not in staff.text
    await staff.command("today jutro")
    assert staff.text.startswith("📋 Wizyty: czwartek, 26 listopada 2026")
    assert "minął" not in staff.text and "/week" not in staff.text
    await staff.command("today 20.11.2025")  # a year back: the hint keeps the year
    assert staff.text.startswith("📋 Wizyty: czwartek, 20 listopada 2025 — ten dzień już minął")
    assert "/week 20.11.2025" in staff.text


async def test_plain_week_is_this_monday_to_sunday_with_today_marked(app, clock):
    # tester 25, item 12: on Tuesday plain /week was Tuesday to Monday, its «›» another week
    # than «/week 24.11» showed
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_8_DEC_1330)
    clock.advance(days=15)  # Tuesday 8 December 2026
    staff = Staff(app.core)
    await staff.command("week")
    plain = staff.text
    assert "Wizyty od 7 do 13 grudnia 2026" in plain
    assert "📍 **DZIŚ**\n**wtorek, 8 grudnia 2026** — Urząd Miejski" in staff.replies[-1].text
    assert plain.count("📍") == 1  # today only
    arrows = [b.label for b in staff.buttons if "‹" in b.label or "›" in b.label]
    assert arrows == ["14.12–20.12 ›"]
    await staff.command("week 10.12")  # a day of this week: the same list, the same arrows
    assert staff.text == plain
    assert [b.label for b in staff.buttons if "›" in b.label] == ["14.12–20.12 ›"]
    await staff.command("week next")
    assert "Wizyty od 14 do 20 grudnia 2026" in staff.text
    assert "📍" not in staff.text


async def test_plain_week_on_a_sunday_is_the_coming_week(app, clock):
    """Tester 27, item 8: on Sunday 6 December /week showed only the finished week; it shows
    the coming one, with its visits and «🤒 Odwołaj dyżur»; /appointments too."""
    await book_and_confirm(Dialogue(app.core, user_id="ua", language_hint="uk"), TUE_8_DEC_1330)
    clock.advance(days=13)  # Sunday 6 December 2026
    staff = Staff(app.core)
    await staff.command("week")
    assert "Wizyty od 7 do 13 grudnia 2026" in staff.text
    assert "wtorek, 8 grudnia 2026" in staff.text and "30 listopada" not in staff.text
    assert any("Odwołaj dyżur" in b.label for b in staff.buttons)
    await staff.command("week 6.12")  # the finished week, asked for by its day
    assert "Wizyty od 30 listopada 2026 do 6 grudnia 2026" in staff.text


async def test_a_duty_day_that_is_a_public_holiday_is_named_in_the_week(app, clock):
    """Tester 38, F20: Thursday 24 December (Christmas Eve, a public holiday) was missing from
    /week without a word; it is there, said to have no duty."""
    clock.advance(days=28)  # Monday 21 December 2026
    staff = Staff(app.core)
    await staff.command("week")
    assert "czwartek, 24 grudnia 2026 — " in staff.text
    assert "🎄 święto: dyżur nie odbywa się" in staff.text
    assert "wtorek, 22 grudnia 2026 — Urząd Miejski w Starachowicach" in staff.text
    assert "Odwołaj dyżur: czw." not in staff.text  # nothing to cancel on a holiday
