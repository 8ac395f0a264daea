"""The network's coordinators' chat lists every office's courses and events (/courses), each
office under its name, with how many are signed up of the seats and how many wait: to look at,
with no buttons (a course's lists belong to its office's chat); titles shown as written."""

from __future__ import annotations

from bot.app import build
from tests.support.courses import enrol, people
from tests.support.dialogue import StaffMember
from tests.support.network import COORDINATORS_CHAT, write_network_with_services
from tests.support.services import catalogue

ODD_TITLE = "Polish *fast* [x](https://e.com)"


async def test_the_coordinators_see_every_offices_courses_with_their_figures(tmp_path, clock):
    east = catalogue()
    east["services"]["polish_a1"]["title"] = {lang: ODD_TITLE for lang in ("uk", "ru", "en", "pl")}
    app = await build(write_network_with_services(tmp_path, **east), clock=clock, search="off")
    try:
        nadia, oleg, pavel, ewa = people(app, 4)
        for person in (nadia, oleg, pavel):
            await person.send("/start north")
        for person, name in ((nadia, "Nadia"), (oleg, "Oleg"), (pavel, "Pavel")):
            await enrol(person, name=name)
        assert "waiting list" in pavel.text
        await ewa.send("/start east")
        await enrol(ewa, name="Ewa")

        coordinators = StaffMember(app.core, chat_id=str(COORDINATORS_CHAT))
        await coordinators.command("/courses")
        text = coordinators.text
        assert text.startswith("🎓 Kursy i wydarzenia wszystkich punktów\n\n🏢 Północ\n\n")
        assert (
            "🏢 Północ\n\n🎓 Język polski A1 — 1 gru 2026 – 19 sty 2027\n"
            "👥 zapisani: 2 z 2, rezerwowi: 1\n"
        ) in text
        south = "🏢 Południe\n\n🎓 Język polski A1 — 1 gru 2026 – 19 sty 2027\n👥 zapisani: 0 z 2"
        assert south in text
        assert f"🏢 Wschód\n\n🎓 {ODD_TITLE} — 1 gru 2026 – 19 sty 2027\n👥 zapisani: 1 z 2" in text
        assert "Dzień Wielokulturowości — 12 gru 2026\n👥 zapisani: 0 z 50, rezerwowi: 0" in text
        assert "użyj /courses w czacie danego punktu" in text
        assert coordinators.buttons == []  # to look at: no names, no actions here
        for name in ("Nadia", "Oleg", "Pavel", "Ewa"):
            assert name not in text

        await coordinators.command("/help")  # the command is among those that work there
        assert "/courses — Kursy i wydarzenia wszystkich punktów: zapisani, rezerwowi" in (
            coordinators.text
        )
    finally:
        await app.close()
