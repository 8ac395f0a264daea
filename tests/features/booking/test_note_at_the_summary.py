"""Words typed at a booking's summary (tester 35, item 9: «потерял карту побыту и уволили»): the
visit's own note for staff, shown on the summary, on its own line of the staff card (escaped),
in /mybookings and /mydata, never thrown away with «use the buttons»; a «Something else» visit
keeps its description apart from it (README «Known gaps», Staff side: both were one quote);
erased by /forget and by retention with the name and phone."""

from __future__ import annotations

from bot.features.booking.privacy import retention
from tests.support.bookings import STAFF_CHAT, TUE_1330, book, confirm_button, to_chat
from tests.support.privacy import traces

NOTE = "Qwirl needs an interpreter at the visit"  # found nowhere else


async def test_a_note_typed_at_the_summary_reaches_the_staff_card(app, dialogue):
    dialogue.language_hint = "ru"
    await book(dialogue, name="Дмитрий", phone="+48 600 100 200")
    assert "просто напишите это здесь" in dialogue.text  # the summary says it may be typed
    await dialogue.send("потерял карту *побыту* и уволили")
    assert "Добавлено для сотрудников как примечание к визиту" in dialogue.text
    assert "воспользуйтесь кнопками" not in dialogue.text.casefold()
    assert "Примечание для сотрудников: потерял карту *побыту* и уволили" in dialogue.text
    await dialogue.send("и ещё вопрос про PIT за прошлый год")
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    note = "потерял карту *побыту* и уволили · и ещё вопрос про PIT за прошлый год"
    assert f"\n🗒 Uwaga od osoby: {note}\n" in card.text
    assert "\\*побыту\\*" in card.reply.text  # escaped: never read as markup


async def test_something_else_and_the_note_are_each_their_own_line(app, dialogue):
    await dialogue.payload(TUE_1330)
    await dialogue.press("Something else")
    await dialogue.send("my landlord keeps the deposit")  # what «Something else» is
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.send(NOTE)
    topic = "Something else — “my landlord keeps the deposit”"
    assert f"{topic}\n" in dialogue.text and f"🗒 Note for the staff: {NOTE}" in dialogue.text
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    lines = card.text.split("\n")
    assert "📝 Sprawa: 💬 Inna sprawa — „my landlord keeps the deposit”" in lines
    assert f"🗒 Uwaga od osoby: {NOTE}" in lines
    await dialogue.send("/mybookings")
    assert f"🗒 Note for the staff: {NOTE}" in dialogue.text
    await dialogue.send("/mydata")
    assert f"Note: {NOTE}" in dialogue.text and "my landlord keeps the deposit" in dialogue.text
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    assert not traces(app, "Qwirl")


async def test_retention_forgets_the_note_with_the_name(app, clock, dialogue, delivery, platform):
    await book(dialogue)
    await dialogue.send(NOTE)
    await dialogue.payload(confirm_button(dialogue).payload)
    await delivery.run()
    [card] = [s for s in platform.to(STAFF_CHAT) if "Qwirl" in s.text]
    clock.advance(days=32)  # the visit (24 November) over for more than 30 days
    await retention(app.services)
    await delivery.run()
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT name, note FROM bookings")
    assert row is not None and row["name"] is None and row["note"] is None
    [edit] = [e for e in platform.edits if e.message_id == card.message_id]
    assert "Qwirl" not in edit.text and "Olena" not in edit.text


async def test_a_word_too_short_at_the_summary_is_no_note(app, dialogue):
    await book(dialogue)
    await dialogue.send("3")
    assert "Added for the staff" not in dialogue.text
    assert "Please check your booking" in dialogue.text


async def test_a_note_in_brackets_after_the_name_is_the_visits_note(app, dialogue):
    """README «Known gaps», Staff side: «Halyna (sąsiadka, ja tylko pomagam)» stayed the name
    of a visit; now the name is «Halyna» and the bracket the visit's note, as a request's."""
    dialogue.language_hint = "pl"
    await book(dialogue, name="Halyna (sąsiadka, ja *tylko* pomagam)")
    assert "Zapisaliśmy imię „Halyna”" in dialogue.text
    assert "Uwaga dla pracowników: sąsiadka, ja *tylko* pomagam" in dialogue.text  # the summary
    await dialogue.send("ona nie mówi po polsku")  # a note typed at the summary comes after it
    await dialogue.payload(confirm_button(dialogue).payload)
    [card] = await to_chat(app.core, STAFF_CHAT)
    assert "\n👤 Halyna, 📱 +48 601 234 567\n" in card.text
    note = "sąsiadka, ja *tylko* pomagam · ona nie mówi po polsku"
    assert f"\n🗒 Uwaga od osoby: {note}\n" in card.text
    assert "\\*tylko\\*" in card.reply.text  # escaped
    await dialogue.send("/mydata")
    assert "sąsiadka, ja *tylko* pomagam" in dialogue.text and "Halyna (" not in dialogue.text
