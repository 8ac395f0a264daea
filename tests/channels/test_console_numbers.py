"""The number a person reads of their request is the one on its staff card (T1, P1, W1), in
their language, and what they would read out on the phone finds the card: «/request T1»,
«t1», «T 1», «№ T1», «#T1», and a bare «1» where only a callback or help request can be it."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import LEGAL_REQUEST, TRANSLATION, turns
from tests.support.services import write_services_config

REQUEST = ["/callback", "1", "Olena", "601 234 567", "1", "My son needs a PESEL", "1", "1", "1"]
READ_OUT = ["/request T1", "/request t1", "/request T 1", "/request № T1", "/request #T1"]


async def test_a_callback_request_reads_the_same_number_to_the_person_and_to_staff(tmp_path):
    steps = [*REQUEST, "/mybookings", "/as staff", *READ_OUT, "/request 1", "/as person"]
    out = await run_chat(tmp_path, [*steps, "/mydata"], lang="uk")
    shown = turns(out)
    sent, mine = shown[len(REQUEST) - 1], shown[len(REQUEST)]
    assert "Запит № T1 надіслано" in sent
    assert "Запит на дзвінок № T1" in mine and "Відкликати запит на дзвінок № T1" in mine
    staff = shown[len(REQUEST) + 2 : len(REQUEST) + 2 + len(READ_OUT) + 1]
    for typed, answer in zip([*READ_OUT, "/request 1"], staff, strict=True):
        assert "📞 Prośba o telefon nr T1" in answer, typed
    assert "• № T1," in shown[-1]  # /mydata


async def test_an_appointment_request_and_a_help_request_read_w1_and_p1_as_staff_do(tmp_path):
    config = write_services_config(tmp_path)
    steps = [*LEGAL_REQUEST, "/as staff", "/request W1", "/appointments w 1", "/as person"]
    out = await run_chat(tmp_path, [*steps, "/mybookings"], config=config)
    shown = turns(out)
    assert "Appointment request #W1 sent" in shown[len(LEGAL_REQUEST) - 1]
    card, again = shown[len(LEGAL_REQUEST) + 1 : len(LEGAL_REQUEST) + 3]
    assert "Prośba o wizytę nr W1" in card and "Prośba o wizytę nr W1" in again
    assert "Appointment request #W1 (Legal advice)" in shown[-1]
    (tmp_path / "help").mkdir()
    config = write_services_config(tmp_path / "help")
    steps = [*TRANSLATION, "/as staff", "/request P1", "/request 1", "/as person", "/mybookings"]
    shown = turns(await run_chat(tmp_path / "help", steps, config=config))
    assert "Request #P1 for “Document translation” has been sent" in shown[len(TRANSLATION) - 1]
    for answer in shown[len(TRANSLATION) + 1 : len(TRANSLATION) + 3]:
        assert "Prośba o pomoc nr P1" in answer
    assert "Help request #P1: Document translation" in shown[-1]


BOOKING = ["/book", "1", "1", "1", "1", "1", "Raj", "+48 512 345 678", "1"]


async def test_a_visit_reads_the_same_d_number_to_the_person_as_on_its_staff_card(tmp_path):
    """A visit at the duty hours: the person reads «№ D1» where staff read «nr D1», so what they
    read out on the phone finds the card (tester 17)."""
    steps = [*BOOKING, "/mybookings", "/mydata", "/as staff", "/request D1"]
    shown = turns(await run_chat(tmp_path, steps, lang="uk"))
    booked, mine, data, _, card = shown[len(BOOKING) - 1 :]
    assert "Ви записані! Візит № D1" in booked and "📅 Nowa wizyta (nr D1)" in booked
    assert "Візит № D1 до міжкультурного асистента" in mine
    assert "• № D1 — " in data
    assert "📅 Wizyta (nr D1)" in card and "Raj" in card


async def test_a_booked_appointment_reads_the_same_s_number_to_the_person_as_staff(tmp_path):
    config = write_services_config(tmp_path)
    steps = [*LEGAL_REQUEST, "s1", "/as staff", "s1", "s3", "s14", "/as person", "3"]
    steps += ["/mybookings", "/mydata", "/as staff", "/appointments S1"]
    shown = turns(await run_chat(tmp_path, steps, config=config))
    booked, mine, data, _, note = shown[-5:]
    assert "Your appointment is booked: #S1" in booked
    assert "Nowa wizyta u specjalisty (nr S1)" in booked  # the staff chat's, the same number
    assert "Appointment #S1 with a specialist" in mine
    assert "• #S1 — Tuesday, 24 November 2026, 10:00" in data
    assert "Wizyta u specjalisty (nr S1)" in note
