"""The staff's /today and /week: the specialists' appointments beside the duty desk's visits,
one list of who is coming, in time order, in the staff language; only the office's own."""

from __future__ import annotations

from bot.app import build
from bot.core import markup
from tests.support.appointments import (
    CAREER_THU_0930,
    LAWYER_TUE_1000,
    book_and_confirm_career,
    send_request,
)
from tests.support.bookings import TUE_1330, book_and_confirm, queued
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import (
    COORDINATORS_CHAT,
    FORUM_CHAT,
    NORTH_CHAT,
    SOUTH_TOPIC,
    write_network_with_services,
)

PSYCHOLOGIST_WED_1200 = "psychologist:202611251100"


async def approved_and_taken(anna: StaffMember, person: Dialogue, request: int, time: str) -> None:
    """The advisor approves the request offering one time; the person takes it."""
    await anna.payload(f"apptq:approve:{request}")
    await anna.payload(f"apptq:pick:{request}:{time}")
    await anna.press("Zaproponuj zaznaczony")
    await person.payload(f"appt:take:{request}:0")


async def a_week_of_visits(app) -> StaffMember:  # type: ignore[no-untyped-def]
    """The lawyer on Tuesday at 10:00 (an approved request), a visit at the duty desk on Tuesday
    at 13:30, the psychologist on Wednesday at 12:00, the career counsellor on Thursday 09:30."""
    anna = StaffMember(app.core)
    olena = Dialogue(app.core, user_id="2001")
    await send_request(olena, name="Olena Kovalenko")
    await approved_and_taken(anna, olena, 1, LAWYER_TUE_1000)
    iryna = Dialogue(app.core, user_id="2002")
    await send_request(iryna, "psychologist", name="Iryna Shevchenko", phone="602 345 678")
    await approved_and_taken(anna, iryna, 2, PSYCHOLOGIST_WED_1200)
    await book_and_confirm(Dialogue(app.core, user_id="2003"), TUE_1330, name="Bohdan Melnyk")
    taras = Dialogue(app.core, user_id="2004")
    await book_and_confirm_career(taras, CAREER_THU_0930, name="Taras Bondar")
    return anna


async def test_week_lists_the_specialists_appointments_and_the_duty_in_time_order(app):
    anna = await a_week_of_visits(app)
    await anna.command("/week")
    text = anna.text
    assert "Wizyty od 23 do 29 listopada 2026" in text
    order = [
        "wtorek, 24 listopada 2026 — 🧑‍💼 Anna Prawnik (Prawniczka), Urząd Miejski"
        " w Starachowicach",
        "10:00 — Olena Kovalenko, +48 601 234 567 — Porada prawna (wizyta u specjalisty nr S1)",
        "wtorek, 24 listopada 2026 — Urząd Miejski w Starachowicach, 13:00–15:30",
        "13:30 — Bohdan Melnyk, +48 601 234 567 — 🪪 PESEL, meldunek (nr D1)",
        "środa, 25 listopada 2026 — 🧑‍💼 Piotr Psycholog, telefonicznie",  # role said once
        "12:00 — Iryna, +48 602 345 678 — Psycholog, 🔒 usługa poufna (wizyta u specjalisty nr S2)",
        "czwartek, 26 listopada 2026 — 🧑‍💼 Ewa Doradca (Doradczyni zawodowa), Centrum Usług",
        "09:30 — Taras Bondar, +48 601 234 567 — Doradztwo zawodowe (wizyta u specjalisty nr S3)",
        "czwartek, 26 listopada 2026 — Centrum Usług Społecznych w Starachowicach, 13:00–15:00",
    ]
    places = [text.index(line) for line in order]
    assert places == sorted(places)
    labels = [b.label for b in anna.buttons]
    assert labels.index("✖ 🧑‍💼 wt. 24 listopada, 10:00 Olena Kovalenko") < labels.index(
        "✖ 13:30 Bohdan Melnyk"
    )
    assert anna.button("🧑‍💼 czw. 26 listopada, 09:30 Taras").payload == "apptv:cancel:3"


async def test_a_confidential_appointment_shows_only_the_first_name_and_the_phone(app):
    anna = await a_week_of_visits(app)
    for command in ("/week", "/today"):
        await anna.command(command)
        assert "Shevchenko" not in anna.text
        assert "Shevchenko" not in " ".join(b.label for b in anna.buttons)
    await anna.command("/week")
    assert "Iryna, +48 602 345 678 — Psycholog, 🔒 usługa poufna" in anna.text
    assert anna.button("🧑‍💼 śr. 25 listopada, 12:00 Iryna").payload == "apptv:cancel:2"


async def test_today_shows_the_days_appointments_and_a_past_one_has_no_button(app, clock):
    anna = await a_week_of_visits(app)
    await anna.command("/today")  # Monday: nothing today
    assert "Wizyty dzisiaj: poniedziałek, 23 listopada 2026" in anna.text
    assert "Dziś nie ma dyżurów ani wizyt u specjalistów." in anna.text
    clock.advance(days=1, hours=2)  # Tuesday 11:00: the lawyer's 10:00 is over
    await anna.command("/today")
    assert "10:00 — Olena Kovalenko" in anna.text and "13:30 — Bohdan Melnyk" in anna.text
    assert "Psycholog" not in anna.text and "Taras" not in anna.text
    assert not any("Olena" in b.label for b in anna.buttons)
    assert anna.button("13:30 Bohdan")


async def test_staff_cancel_an_appointment_from_today_and_the_person_is_told(app, clock):
    anna = StaffMember(app.core)
    olena = Dialogue(app.core, user_id="2001", language_hint="uk")
    await book_and_confirm_career(olena, CAREER_THU_0930, name="Olena Kovalenko")
    clock.advance(days=3)  # Thursday 09:00
    await anna.command("/today")
    await anna.press("🧑‍💼 czw. 26 listopada, 09:30 Olena")
    assert "Odwołać tę wizytę?" in anna.text
    await anna.press("Tak, odwołaj wizytę")
    assert "Wizyta u specjalisty nr S1 odwołana (Anna Nowak)" in anna.text
    told = [q for q in await queued(app.core) if q.chat_id == "2001"][-1]
    assert "ваш прийом скасовано" in told.text
    await anna.command("/today")
    assert "Olena" not in anna.text


async def test_what_people_typed_is_shown_exactly_as_typed(app):
    typed = "Olena **<b>Kovalenko</b>**"
    await book_and_confirm_career(Dialogue(app.core, user_id="2001"), name=typed)
    anna = StaffMember(app.core)
    await anna.command("/week")
    assert f"09:00 — {typed}, +48 601 234 567" in anna.text
    html = markup.to_html(anna.replies[-1].text)
    assert "Olena **&lt;b&gt;Kovalenko&lt;/b&gt;**" in html
    assert "<b>Kovalenko" not in html


async def test_each_office_sees_only_its_own_appointments_in_its_language(tmp_path, clock):
    app = await build(write_network_with_services(tmp_path), clock=clock, search="off")
    try:
        nina, sasha = Dialogue(app.core, user_id="2001"), Dialogue(app.core, user_id="2002")
        await nina.send("/start north")
        await sasha.send("/start south")
        await book_and_confirm_career(nina, name="Nina Bondar")
        await book_and_confirm_career(sasha, CAREER_THU_0930, name="Sasha Koval")
        north = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await north.command("/week")
        assert "09:00 — Nina Bondar" in north.text and "Sasha" not in north.text
        south = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id=str(SOUTH_TOPIC))
        await south.command("/week")  # South's staff write in English
        assert "Thursday, 26 November 2026 — 🧑‍💼 Ewa Doradca (Career counsellor)" in south.text
        assert "09:30 — Sasha Koval, +48 601 234 567 — Career advice (appointment #S2)" in (
            south.text
        )
        assert "Nina" not in south.text
        await south.payload("apptv:cancel:1")  # North's, by its number
        assert "belongs to North" in south.text
        coordinators = StaffMember(app.core, chat_id=str(COORDINATORS_CHAT))
        await coordinators.command("/week")  # every office's, each under its name, to look at
        text = coordinators.text
        assert text.index("🏢 Północ") < text.index("Nina Bondar") < text.index("🏢 Południe")
        assert text.index("🏢 Południe") < text.index("Sasha Koval") < text.index("🏢 Wschód")
        assert not [b for b in coordinators.buttons if b.payload.startswith("apptv:")]
    finally:
        await app.close()
