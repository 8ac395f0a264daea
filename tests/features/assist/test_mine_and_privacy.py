"""A person's help requests in /mybookings (withdrawing one), /mydata and /forget; retention;
and what never reaches the logs."""

from __future__ import annotations

import logging

from tests.support.assist import (
    closed_and_forgotten,
    send_payload,
    send_translation,
    up_to_the_form,
)
from tests.support.callbacks import STAFF_CHAT, request_callback
from tests.support.privacy import traces


async def test_an_open_help_request_is_listed_in_mybookings_and_can_be_withdrawn(
    dialogue, anna, delivery, platform
):
    await send_translation(dialogue)
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await dialogue.send("/mybookings")
    assert "Help request #P1: Document translation — waiting" in dialogue.text
    await dialogue.press("Withdraw help request #P1")
    assert "Withdraw help request #P1 (Document translation)?" in dialogue.text
    await dialogue.press("Yes, withdraw it")
    assert "Request #P1 (Document translation) has been withdrawn" in dialogue.text
    await delivery.run()
    edited = platform.edits[-1]
    assert edited.message_id == card.message_id
    assert "Osoba wycofała prośbę" in edited.text and edited.reply.buttons == []
    notice = platform.to(STAFF_CHAT)[-1]
    assert "Prośba o pomoc nr P1 (Tłumaczenie dokumentu): osoba wycofała prośbę" in notice.text
    assert notice.reply.reply_to_message_id == card.message_id
    await anna.payload("request:take:1")
    assert "już zamknięta" in anna.text
    await dialogue.send("/mybookings")
    assert "Request #P1" not in dialogue.text


async def test_withdrawing_twice_or_someone_elses_request_is_refused(app, dialogue):
    from tests.support.dialogue import Dialogue

    await send_translation(dialogue)
    other = Dialogue(app.core, user_id="1002")
    await other.payload("assist:withdraw_now:1")
    assert "no longer active" in other.text
    await dialogue.payload("assist:withdraw_now:1")
    await dialogue.payload("assist:withdraw_now:1")
    assert "Request #P1 is no longer open (withdrawn)" in dialogue.text


async def test_a_callback_and_a_help_request_are_told_apart_in_mybookings_and_mydata(dialogue):
    await request_callback(dialogue)
    await send_translation(dialogue)
    await dialogue.send("/mybookings")
    assert "Callback request #T1 (PESEL number" in dialogue.text
    assert "Help request #P1: Document translation" in dialogue.text  # each kind from 1
    assert [b.label for b in dialogue.buttons if "Withdraw" in b.label] == [
        "↩️ Withdraw help request #P1",  # it has a day: by time, before what has none
        "↩️ Withdraw callback request #T1",
    ]
    await dialogue.send("/mydata")
    assert "Callback requests" in dialogue.text and "Help requests" in dialogue.text


async def test_mydata_shows_the_help_request_with_every_answer(dialogue):
    await request_callback(dialogue)
    await send_translation(dialogue, note="Two pages")
    await dialogue.send("/mydata")
    text = dialogue.text
    assert "Help requests" in text
    assert "#P1, 23 November 2026, 09:00: Document translation — waiting" in text
    assert "Which document? — Diploma" in text and "Anything else? — Two pages" in text
    callbacks = text.split("Callback requests")[1].split("Help requests")[0]
    assert "#T1" in callbacks and "#P1" not in callbacks


async def test_forget_erases_the_answers_and_takes_them_out_of_the_staff_chat(
    app, dialogue, delivery, platform
):
    await send_translation(dialogue, note="My diploma from Lviv")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    edited = platform.edits[-1]
    assert edited.message_id == card.message_id
    assert "Dane osobowe usunięte" in edited.text and "Tłumaczenie dokumentu" in edited.text
    for gone in ("Olena", "601 234 567", "Dyplom", "Lviv", "grudnia"):
        assert gone not in edited.text
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT * FROM callback_requests WHERE id = 1")
        texts = [r["reply"] for r in await tx.fetchall("SELECT reply FROM outbox")]
    assert row["details"] is None and row["name"] is None and row["phone"] is None
    assert (row["service"], row["status"]) == ("translation", "withdrawn")
    assert not [t for t in texts if "Lviv" in t]
    await dialogue.send("/mydata")
    assert "Help requests" not in dialogue.text and "Lviv" not in dialogue.text


async def test_retention_erases_the_answers_of_a_closed_help_request(
    app, clock, dialogue, anna, delivery
):
    await send_translation(dialogue, note="My diploma from Lviv")
    row = await closed_and_forgotten(app, clock, anna)
    assert row["details"] is None and row["name"] is None


async def test_names_phones_and_answers_never_reach_the_logs(
    dialogue, anna, delivery, platform, caplog
):
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="bot")
    await send_translation(dialogue, name="Oksana", phone="+48 601 999 888", note="Lviv diploma")
    await anna.payload("request:take:1")
    await delivery.run()
    await anna.reply(platform.to(STAFF_CHAT)[0].message_id, "Hi Oksana")
    await dialogue.send("Thanks")
    await dialogue.send("/mybookings")
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    for secret in ("Oksana", "601 999 888", "601999888", "Lviv", "Anna Nowak"):
        assert secret not in caplog.text


async def test_forget_leaves_no_trace_of_the_answers_in_any_table_or_in_the_file(
    app, dialogue, anna, delivery, platform
):
    trace = "Qwzxplorf"  # typed nowhere else
    await up_to_the_form(dialogue, "translation", name=f"{trace}a")
    await dialogue.payload("assist:pick:0:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:other:2")
    await dialogue.send("Georgian")  # another language, typed (a name only: tester 35, item 8)
    await dialogue.send(f"{trace} diploma")
    await dialogue.payload(send_payload(dialogue))
    await delivery.run()
    await anna.reply(platform.to(STAFF_CHAT)[0].message_id, "Which university?")
    await dialogue.send(f"{trace} University")  # relayed to the staff chat
    await dialogue.send("/mydata")
    await delivery.run()
    await app.services.db.checkpoint()
    assert traces(app, trace), "the setting-up worked"
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    assert traces(app, trace) == []


async def test_a_help_requests_mydata_shows_what_the_person_wrote_to_staff_about_it(
    dialogue, delivery
):
    await send_translation(dialogue)
    await dialogue.send("The Zorblax letter has two pages")  # no question: under the card
    assert "Added to your request #P1" in dialogue.text
    await dialogue.send("/mydata")
    assert "#P1" in dialogue.text
    assert "✉️ You wrote to staff: The Zorblax letter has two pages" in dialogue.text


async def test_each_kind_is_numbered_from_1_and_staff_find_each_by_its_letter(
    dialogue, anna, delivery, platform
):
    await request_callback(dialogue)
    assert "T1" in dialogue.text
    await send_translation(dialogue)
    assert "#P1" in dialogue.text  # the first help request: P1, never P2
    await delivery.run()
    cards = [s.text for s in platform.to(STAFF_CHAT)]
    assert any("Prośba o telefon nr T1" in c for c in cards)
    assert any("Prośba o pomoc nr P1" in c for c in cards)
    await anna.command("/request P1")
    assert "Prośba o pomoc nr P1" in anna.text and "Prośba o telefon" not in anna.text
    await anna.command("/request T1")
    assert "Prośba o telefon nr T1" in anna.text and "Prośba o pomoc" not in anna.text
    await anna.command("/request 1")  # a number alone: both, said so
    assert "T1 i P1" in anna.replies[0].text
    assert [r.text.count("nr T1") + r.text.count("nr P1") for r in anna.replies[1:]] == [1, 1]
    await dialogue.payload("callback:withdraw:1")  # withdrawing goes by the record, not the number
    assert "#T1" in dialogue.text
