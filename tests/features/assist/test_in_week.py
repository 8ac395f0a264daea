"""A help request staff took that has a day and a time is in the staff's /today and /week, with
the visits (tester 18, item 5): the time, the service, its number and who took it, a button to
its card; nothing else of the form."""

from __future__ import annotations

from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue


async def _transport(dialogue: Dialogue, day: str, time: str, where: str = "Radomska 70") -> None:
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(day)
    await dialogue.send(time)
    await dialogue.send(where)
    await dialogue.payload(next(b.payload for b in dialogue.buttons if "send" in b.payload))


async def test_a_taken_transport_is_in_week_and_today_on_its_day(app, anna, clock):
    await _transport(Dialogue(app.core, user_id="a"), "27.11", "10:30")
    await _transport(Dialogue(app.core, user_id="b"), "26.11", "9:00")  # nobody took it
    await _transport(Dialogue(app.core, user_id="c"), "2.12", "rano")  # next week's
    await anna.command("week")
    assert "🙋 Transport na spotkanie" not in anna.text  # not taken yet: 🆕 (tester 21, item 9)
    await anna.payload("request:take:1")
    await anna.payload("request:take:3")
    await anna.command("week")
    text = anna.text
    head = "piątek, 27 listopada 2026 — 🙋 Transport na spotkanie, 10:30"
    assert head in text
    assert "Prośba o pomoc nr P1 — 🙋 przyjęta: Anna Nowak" in text
    assert "Prośba o pomoc nr P2 — 🆕 nikt jej jeszcze nie przyjął" in text  # not taken: 🆕
    assert "nr P2 — 🙋" not in text and "środa, 2 grudnia" not in text
    assert "Radomska" not in text and "Olena" not in text and "601" not in text
    assert text.index("czwartek, 26 listopada 2026 — Centrum Usług") < text.index(head)
    await anna.press("Prośba o pomoc nr P1")  # its card, shown again
    assert "▫️ Dokąd? — Radomska 70" in anna.text
    await anna.command("week next")
    assert "środa, 2 grudnia 2026 — 🙋 Transport na spotkanie, rano (08:00–12:00)" in anna.text
    assert "Prośba o pomoc nr P3 — 🙋 przyjęta: Anna Nowak" in anna.text
    clock.advance(days=4)  # Friday 27 November
    await anna.command("today")
    assert "Transport na spotkanie, 10:30" in anna.text
    await anna.payload("request:done_yes:1")  # arranged: still on its day
    await anna.command("today")
    assert "Prośba o pomoc nr P1 — ✅ załatwiona: Anna Nowak" in anna.text


async def test_a_withdrawn_request_leaves_the_week(app, anna):
    person = Dialogue(app.core, user_id="a")
    await _transport(person, "27.11", "10:30")
    await anna.payload("request:take:1")
    await person.payload("callback:withdraw_now:1")
    await anna.command("week")
    assert "Transport na spotkanie" not in anna.text


async def test_an_arranged_request_stands_on_its_day_marked_done_not_taken(app, anna, clock):
    """Marked done (✅ arranged), a help request stays on its day, as one to know of: its head,
    its line and its button say ✅, none 🙋 (taken, still to do), in /today and /week alike."""
    await _transport(Dialogue(app.core, user_id="a"), "27.11", "10:30")
    await anna.payload("request:take:1")
    await anna.payload("request:done:1")
    await anna.payload("request:done_yes:1")
    for command in ("week", "today 27.11"):
        await anna.command(command)
        assert "piątek, 27 listopada 2026 — ✅ Transport na spotkanie, 10:30" in anna.text
        assert "Prośba o pomoc nr P1 — ✅ załatwiona: Anna Nowak" in anna.text
        assert "🙋" not in anna.text, command
        assert [b.label for b in anna.buttons if "P1" in b.label] == ["✅ Prośba o pomoc nr P1"]


async def test_a_request_nobody_took_stands_on_its_day_marked_new(app, anna, clock):
    """Tester 21, item 9: a help request nobody has taken yet is on its day too, marked 🆕 (the
    one most at risk of being missed), its button opening its card with «🙋 Biorę»; once taken it
    is 🙋, with who took it."""
    await _transport(Dialogue(app.core, user_id="a"), "27.11", "10:30")
    for command in ("week", "today 27.11"):
        await anna.command(command)
        assert "piątek, 27 listopada 2026 — 🆕 Transport na spotkanie, 10:30" in anna.text
        assert "Prośba o pomoc nr P1 — 🆕 nikt jej jeszcze nie przyjął" in anna.text
        assert "🙋" not in anna.text and "Radomska" not in anna.text, command
        assert [b.label for b in anna.buttons if "P1" in b.label] == ["🆕 Prośba o pomoc nr P1"]
    await anna.press("🆕 Prośba o pomoc nr P1")
    assert "▫️ Dokąd? — Radomska 70" in anna.text
    await anna.press("🙋 Biorę")
    await anna.command("today 27.11")
    assert "Prośba o pomoc nr P1 — 🙋 przyjęta: Anna Nowak" in anna.text
    assert "🆕" not in anna.text
    await anna.command("today 26.11")
    assert "nr P1" not in anna.text  # only on its own day
