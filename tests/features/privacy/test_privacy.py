"""The person's data: /mydata shows it, /forget deletes it, closed requests are forgotten."""

from __future__ import annotations

import sqlite3

from bot.features.callback import privacy as callback_privacy
from tests.support.callbacks import (
    STAFF_CHAT,
    StaffMember,
    request_callback,
)

NAME, PHONE = "Oksana", "+48 601 999 888"


def stored_anywhere(app, *needles: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Every table cell in the SQLite file that contains one of `needles`."""
    found = []
    with sqlite3.connect(app.services.db.path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            for row in conn.execute(f"SELECT * FROM {table}"):  # noqa: S608 - our own names
                for cell in row:
                    if isinstance(cell, str) and any(n in cell for n in needles):
                        found.append(f"{table}: {cell[:80]}")
    return found


async def test_mydata_shows_the_settings_the_saved_details_and_every_request(dialogue):
    await request_callback(dialogue, name=NAME, phone=PHONE, description="about my <b>PESEL</b>")
    await dialogue.send("/mydata")
    text = dialogue.text
    for expected in (NAME, "+48 601 999 888", "Consent", "#T1", "PESEL", "about my <b>PESEL</b>"):
        assert expected in text
    assert "English" in text and "waiting" in text
    assert "time of the call: as soon as possible" in text  # the button's label in lower case
    assert dialogue.button("Delete my data").payload == "privacy:ask"


async def test_forget_asks_first_and_keeping_changes_nothing(dialogue):
    await request_callback(dialogue, name=NAME, phone=PHONE)
    await dialogue.send("/forget")
    assert "cannot be undone" in dialogue.text
    await dialogue.press("No, keep it")
    await dialogue.send("/mydata")
    assert NAME in dialogue.text


async def test_forget_deletes_the_person_withdraws_the_open_request_and_cleans_the_staff_chat(
    app, dialogue, delivery, platform
):
    await request_callback(dialogue, name=NAME, phone=PHONE, description="my secret matter")
    await delivery.run()
    anna = StaffMember(app.core)
    await anna.reply(platform.to(STAFF_CHAT)[0].message_id, f"Hello {NAME}")
    await dialogue.send("I will be at home, Kwiatowa 5")
    await dialogue.send("/forget")
    await dialogue.press("Yes, delete everything")
    assert "has been deleted" in dialogue.text
    await delivery.run()

    staff_view = platform.edits[-1].text
    assert "Osoba wycofała prośbę" in staff_view and "Dane osobowe usunięte" in staff_view
    assert NAME not in staff_view and "601 999 888" not in staff_view
    assert stored_anywhere(app, NAME, "601999888", "601 999 888", "secret", "Kwiatowa") == []

    await dialogue.send("/mydata")
    assert NAME not in dialogue.text and "#T1" not in dialogue.text
    await anna.command("/requests")
    assert "Brak otwartych próśb" in anna.text  # withdrawn: nobody will call
    await anna.reply(platform.to(STAFF_CHAT)[0].message_id, "still there?")
    assert "zostały usunięte" in anna.text  # nothing can reach the person any more


async def test_forgetting_twice_is_harmless(dialogue):
    await request_callback(dialogue, name=NAME, phone=PHONE)
    await dialogue.payload("privacy:forget")
    await dialogue.payload("privacy:forget")
    assert "has been deleted" in dialogue.text
    await dialogue.payload("privacy:nonsense")
    assert "no longer active" in dialogue.text


async def test_after_forget_the_language_choice_is_gone_too(app, dialogue):
    dialogue.language_hint = "en"
    await dialogue.send("/start")
    await dialogue.press("Polski")
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    assert "zostało usunięte" in dialogue.text  # still answered in the chosen language
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT COUNT(*) AS n FROM sessions")
    assert row["n"] == 0, "no session row is kept after /forget"
    await dialogue.send("/mydata")
    # the language held in memory for the conversation (tester 35, item 21), no longer as a
    # choice stored: shown as any new session's language is
    assert "Co o Tobie przechowujemy" in dialogue.text
    assert "Język: polski (z ustawień aplikacji" in dialogue.text


async def test_personal_data_of_closed_requests_is_deleted_after_the_retention_period(
    app, clock, delivery, platform
):
    from tests.support.dialogue import Dialogue

    old, recent, still_open = (Dialogue(app.core, user_id=u) for u in ("21", "22", "23"))
    await request_callback(old, name="Halyna")
    await request_callback(recent, name="Petro")
    await request_callback(still_open, name="Vasyl")
    await delivery.run()
    anna = StaffMember(app.core)
    await anna.payload("request:done_yes:1")
    clock.advance(days=2)
    await anna.payload("request:done_yes:2")
    clock.advance(days=29)  # #1 closed 31 days ago, #2 29 days ago, #3 open for 31 days
    for job in app.jobs:  # every retention job, as `infopoint run` runs them
        await job.run(app.services)
    await delivery.run()

    assert stored_anywhere(app, "Halyna") == []
    assert stored_anywhere(app, "Petro") and stored_anywhere(app, "Vasyl")
    assert "Dane osobowe usunięte" in platform.edits[-1].text
    await old.send("/mydata")
    assert "Halyna" not in old.text
    await anna.command("/request 1")
    assert "Załatwiona" in anna.text and "Halyna" not in anna.text  # still counted
    await callback_privacy.upkeep(app.services)  # running again changes nothing
    await delivery.run()
    assert stored_anywhere(app, "Petro")
