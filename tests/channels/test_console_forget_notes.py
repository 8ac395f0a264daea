"""The staff chat's notes about one person, replaced on /forget, still say which record they
were about, with nobody's data: «🔒 Wizyta nr D1: dane osobowe usunięte na prośbę osoby.»
(tester 18), as a relayed text keeps its record («💬 Prośba o telefon nr T1: …»)."""

from __future__ import annotations

from tests.channels.test_console import run_chat
from tests.channels.test_console_staff import turns
from tests.support.services import write_services_config

BOOKING = ["/book", "1", "1", "1", "1", "1", "Raj Kumar", "+48 512 345 678", "1"]
FORGET = ["/forget", "1"]


def updated(out: str, number: int) -> str:
    """The staff chat's message `number` as edited last."""
    card = out.split(f"staff chat · message no. {number} updated ───")[-1]
    return card.split("────────────")[0]


async def test_a_cancelled_visits_note_keeps_its_number_after_forget(tmp_path):
    steps = [*BOOKING, "/mybookings", "1", "1", *FORGET]
    out = await run_chat(tmp_path, steps)
    cancelled = turns(out)[len(BOOKING) + 2]
    assert "staff chat · message no. 2 ───\n↩️ Wizyta nr D1 odwołana przez osobę" in cancelled
    assert "Raj Kumar" in cancelled
    note = updated(turns(out)[-1], 2)
    assert note.strip() == "🔒 Wizyta nr D1: dane osobowe usunięte na prośbę osoby."


async def test_a_sign_ups_note_keeps_its_course_after_forget(tmp_path):
    # /services -> Polish A1 -> Dates and sign-up -> Sign up -> consent, name, phone -> Yes
    sign_up = ["/services", "4", "1", "1", "1", "Olena Kowal", "601 234 567", "1"]
    out = await run_chat(tmp_path, [*sign_up, *FORGET], config=write_services_config(tmp_path))
    assert "staff chat · message no. 1 ───\n🆕 Olena Kowal zapisał(a) się na „Język" in out
    note = updated(turns(out)[-1], 1)
    assert note.startswith("\n🔒 Zapis na „Język polski")
    assert note.strip().endswith("”: dane osobowe usunięte na prośbę osoby.")
    assert "Olena" not in note and "601" not in note
