"""/mybookings shows a help request's day and time, and keeps one staff have arranged («✅
Done») listed until that day has passed. Monday 23 November 2026, 09:00 in Warsaw."""

from __future__ import annotations

from tests.support.assist import send_payload, send_translation, up_to_the_form
from tests.support.dialogue import Dialogue


async def send_transport(dialogue: Dialogue, typed: str = "25.11 o 10") -> None:
    await up_to_the_form(dialogue, "transport")
    await dialogue.send(typed)
    await dialogue.send("Kielce")
    await dialogue.payload(send_payload(dialogue))


async def test_an_open_help_request_shows_its_day_and_time(dialogue):
    await send_transport(dialogue)
    await dialogue.send("/mybookings")
    assert "Help request #P1: Transport to a meeting — waiting" in dialogue.text
    assert "📅 Wednesday, 25 November, 10:00" in dialogue.text
    assert "Withdraw help request #P1" in " ".join(b.label for b in dialogue.buttons)


async def test_a_help_request_without_a_time_shows_its_day(dialogue):
    await send_translation(dialogue)  # needed by 1 December
    await dialogue.send("/mybookings")
    assert "📅 Tuesday, 1 December\n" in dialogue.text + "\n"


async def test_an_arranged_help_request_stays_listed_until_its_day_has_passed(
    app, clock, anna, delivery
):
    dialogue = Dialogue(app.core, language_hint="pl")
    await send_transport(dialogue)
    await anna.payload("request:take:1")
    await anna.payload("request:done_yes:1")
    await delivery.run()
    await dialogue.send("/mybookings")
    assert "Prośba o pomoc nr P1: Transport na spotkanie — ✅ załatwione" in dialogue.text
    assert "📅 środa, 25 listopada, 10:00" in dialogue.text
    assert not any("#P1" in b.label or "nr P1" in b.label for b in dialogue.buttons)  # no withdraw
    clock.advance(days=2, minutes=59)  # Wednesday 09:59: still to come
    await dialogue.send("/mybookings")
    assert "✅ załatwione" in dialogue.text
    clock.advance(minutes=2)  # 10:01: it has passed
    await dialogue.send("/mybookings")
    assert "Prośba o pomoc nr P1" not in dialogue.text


async def test_an_arranged_help_request_whose_day_has_passed_is_not_listed(
    app, clock, anna, delivery
):
    dialogue = Dialogue(app.core, language_hint="ru")
    await send_transport(dialogue, "сегодня в 15")
    await anna.payload("request:done_yes:1")
    await dialogue.send("/mybookings")
    assert "✅ организовано" in dialogue.text
    assert "📅 понедельник, 23 ноября, 15:00" in dialogue.text
    clock.advance(hours=7)  # Monday 16:00
    await dialogue.send("/mybookings")
    assert "№ P1" not in dialogue.text
