"""An appointment request (W) and a callback request (T) of one person, both open at the office:
each staff card names the other («👥»), as two callback requests do, until one is closed; a
confidential service's request is never tied to another (its staff see a first name only)."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, send_request
from tests.support.bookings import to_chat
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue, StaffMember


async def test_an_appointment_request_and_a_callback_request_name_each_other(app, dialogue):
    await send_request(dialogue)  # W1, legal advice: waiting for an advisor
    await request_callback(dialogue)  # T1, while W1 waits
    posted = [q for q in await to_chat(app.core, STAFF_CHAT) if "Prośba o wizytę nr W1" in q.text]
    assert posted[-1].action == "edit"  # W1's card in the chat, edited as T1 came
    assert "👥 Ta sama osoba ma otwartą prośbę nr T1" in posted[-1].text
    anna = StaffMember(app.core)
    await anna.command("/request T1")
    assert "👥 Ta sama osoba: W1 — uzgodnijcie, kto dzwoni." in anna.text
    await anna.command("/appointments W1")
    assert "👥 Ta sama osoba ma otwartą prośbę nr T1" in anna.text
    await anna.command("/requests")  # both lines name the other, not only T1's
    [w1] = [line for line in anna.text.split("\n") if line.startswith("📨 Prośba o wizytę nr W1")]
    assert w1.endswith("👥 ta sama osoba co nr T1")
    await anna.payload("request:done_yes:1")  # the callback done: W1 no longer names it
    await anna.command("/appointments W1")
    assert "Ta sama osoba" not in anna.text
    await request_callback(Dialogue(app.core, user_id="someone-else"))  # T2: another person
    await anna.command("/appointments W1")
    assert "Ta sama osoba" not in anna.text


async def test_a_callback_request_first_is_named_back_until_the_appointment_request_ends(
    app, dialogue
):
    await request_callback(dialogue)  # T1
    await send_request(dialogue)  # W1, sent while T1 is open
    anna = StaffMember(app.core)
    await anna.command("/request T1")
    assert "👥 Ta sama osoba: W1 — uzgodnijcie, kto dzwoni." in anna.text
    await anna.command("/appointments W1")
    assert "👥 Ta sama osoba ma otwartą prośbę nr T1" in anna.text
    await anna.payload("apptq:decline:1")
    await anna.payload("apptq:reason:1:not_ours")  # declined: the mark goes from T1
    assert "Prośba o wizytę nr W1 odrzucona" in anna.text
    await anna.command("/request T1")
    assert "Prośba o telefon nr T1" in anna.text and "Ta sama osoba" not in anna.text


async def test_a_confidential_request_is_not_tied_to_another(app, dialogue):
    await request_callback(dialogue)  # T1
    await send_request(dialogue, "psychologist")  # W1: confidential
    anna = StaffMember(app.core)
    await anna.command("/request T1")
    assert "Ta sama osoba" not in anna.text and "W1" not in anna.text
    await anna.command("/appointments W1")
    assert "Ta sama osoba" not in anna.text and "T1" not in anna.text
    await anna.command("/requests")
    assert "ta sama osoba" not in anna.text
