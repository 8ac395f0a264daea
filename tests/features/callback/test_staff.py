"""The staff chat: a request's message edited in place, the person told, /requests, refusals."""

from __future__ import annotations

import logging

import pytest

from bot.app import build
from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    Members,
    StaffMember,
    request_callback,
)
from tests.support.dialogue import Dialogue


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")


async def test_taking_and_closing_edits_the_staff_message_and_tells_the_person(
    dialogue, anna, delivery, platform
):
    await request_callback(dialogue)  # the person writes in English, wants Ukrainian
    await delivery.run()
    [posted] = platform.to(STAFF_CHAT)
    assert "Nowa" in posted.text

    assert await anna.payload("request:take:1") == []
    await delivery.run()
    edited = platform.edits[-1]
    assert edited.message_id == posted.message_id
    assert "Przyjęta: Anna Nowak" in edited.text
    assert [b.label for row in edited.reply.buttons for b in row] == [
        "✅ Załatwione",
        "📵 Nie odbiera",
    ]
    [taken] = platform.to(dialogue.user_id)
    assert "has taken your request #T1" in taken.text

    await anna.payload("request:done_yes:1")
    await delivery.run()
    assert "Załatwiona (Anna Nowak)" in platform.edits[-1].text
    assert platform.edits[-1].reply.buttons == []
    closed = platform.to(dialogue.user_id)[-1]
    assert "request #T1 is closed" in closed.text
    assert "What you write here now goes to the bot, not to the staff." in closed.text
    rating = [b.payload for row in closed.reply.buttons for b in row]
    assert rating == [f"callback:rate:1:{n}" for n in range(1, 6)]

    await dialogue.payload("callback:rate:1:5")
    assert "Thank you for your rating" in dialogue.text
    await dialogue.payload("callback:rate:1:1")
    assert "already rated" in dialogue.text


async def test_the_person_is_told_in_the_language_they_use_now(dialogue, anna, delivery, platform):
    await request_callback(dialogue)  # asked in English
    await dialogue.payload("language:pl")  # then switched to Polish
    await anna.payload("request:take:1")
    await delivery.run()
    [taken] = platform.to(dialogue.user_id)
    assert "Pracownik przyjął Twoją prośbę nr T1" in taken.text


async def test_couldnt_reach_tells_the_person_and_offers_a_new_request(
    dialogue, anna, delivery, platform
):
    await request_callback(dialogue)
    await anna.payload("request:fail_yes:1")
    await delivery.run()
    assert "Nie udało się dodzwonić (Anna Nowak)" in platform.edits[-1].text
    told = platform.to(dialogue.user_id)[-1]
    assert "could not reach you" in told.text
    assert "now goes to the bot, not to the staff" in told.text
    assert told.reply.buttons[0][0].payload == "callback"
    await dialogue.payload("callback:rate:1:4")  # no rating for a call that did not happen
    assert "no longer active" in dialogue.text


async def test_a_second_staff_member_cannot_take_a_taken_request_but_can_close_it(
    app, dialogue, anna, delivery, platform
):
    await request_callback(dialogue)
    await anna.payload("request:take:1")
    piotr = StaffMember(app.core, "502", "Piotr")
    await piotr.payload("request:take:1")
    assert "jest już przyjęta (Anna Nowak)" in piotr.text
    await piotr.payload("request:done_yes:1")
    await delivery.run()
    last = platform.edits[-1].text
    assert "Załatwiona (Piotr)" in last and "Przyjęta: Anna Nowak" in last
    await anna.payload("request:fail_yes:1")
    assert "już zamknięta" in anna.text


async def test_the_staff_message_is_in_the_staff_language_whatever_the_persons_language(
    dialogue, anna, delivery, platform
):
    dialogue.language_hint = "ru"
    await request_callback(dialogue, language="ru", topic="meldunek", description=None)
    await delivery.run()
    text = platform.to(STAFF_CHAT)[0].text
    assert "Prośba o telefon nr T1" in text and "Meldunek" in text
    assert "Język rozmowy telefonicznej: rosyjski" in text
    # a reply to the card goes as written: staff are told so, and in which language she reads
    untranslated = "Twoje słowa dotrą bez tłumaczenia, tak jak je napiszesz"
    assert f"{untranslated} (język tej osoby: rosyjski)" in text
    await anna.payload("request:take:1")
    await delivery.run()
    assert "Сотрудник взял вашу заявку № T1" in platform.to(dialogue.user_id)[-1].text


async def test_open_requests_are_listed_urgent_first_then_oldest_with_their_waiting_time(
    app, clock, anna
):
    from tests.support.dialogue import Dialogue

    first, second, third = (Dialogue(app.core, user_id=u) for u in ("11", "12", "13"))
    await request_callback(first, name="Ira")
    clock.advance(minutes=50)
    await request_callback(second, name="Oleh", topic="domestic_violence")
    clock.advance(minutes=10)
    await request_callback(third, name="Maks")
    clock.advance(hours=1)
    await anna.payload("request:done_yes:3")
    await anna.command("/requests")
    lines = [line for line in anna.text.splitlines() if " nr " in line]
    assert lines[0].startswith("🚨 📞 Prośba o telefon nr T2") and "czeka 1 godzina" in lines[0]
    assert lines[1].startswith("📞 Prośba o telefon nr T1") and "czeka 2 godziny" in lines[1]
    assert len(lines) == 2
    assert "Otwarte prośby: 2" in anna.text
    # taken, it no longer «czeka»: when it came in, and who took it (tester 23, item 15)
    await anna.payload("request:take:1")
    await anna.command("/requests")
    [taken] = [line for line in anna.text.splitlines() if "nr T1" in line]
    assert "zgłoszona 09:00 · 🙋 Przyjęta" in taken and "czeka" not in taken, taken
    assert [b.payload for row in anna.replies[0].buttons for b in row] == [
        "request:show:2",
        "request:show:1",
    ]
    await anna.payload("request:show:1")
    assert "Ira" in anna.text and "601 234 567" in anna.text


async def test_request_command_shows_one_and_explains_its_use(dialogue, anna):
    await request_callback(dialogue)
    await anna.command("/request 1")
    assert "Prośba o telefon nr T1" in anna.text and "Olena" in anna.text
    await anna.command("/request #1")
    assert "Olena" in anna.text
    await anna.command("/request")
    assert "np. /request T12" in anna.text and "Sam numer (/request 12)" in anna.text
    await anna.command("/request 99")
    assert "Nie ma prośby o telefon ani o pomoc nr 99" in anna.text
    assert "/request W99 — prośba o wizytę" in anna.text  # the other kinds' letters said
    for typed in ("T1", "t1", "nr T1", "#T1", "T-1", "T 1"):  # as on the card, or near it
        await anna.command(f"/request {typed}")
        assert "📞 **Prośba o telefon nr T1**" in anna.replies[-1].text, typed
    for typed in ("Т1", "nr т1"):  # a Cyrillic «Т», from a Ukrainian keyboard
        await anna.command(f"/request {typed}")
        assert "📞 **Prośba o telefon nr T1**" in anna.replies[-1].text, typed
    await anna.command("/request P1")  # no help request 1: said, with the callback request's
    assert anna.replies[0].text == "ℹ️ Nie ma P1; ten numer ma Prośba o telefon nr T1. Jej karta:"
    assert "📞 **Prośba o telefon nr T1**" in anna.replies[-1].text
    await anna.command("/request W1")
    assert anna.text == "Prośba o wizytę nr W1: nie ma takiego numeru."
    await anna.command("/request X1")
    assert "Wpisz numer z literą" in anna.text
    await anna.command("/requests T1")  # the list's command with one number: that card
    assert "📞 **Prośba o telefon nr T1**" in anna.replies[-1].text
    await anna.command("/requests wszystkie")  # anything else: the list
    assert "Otwarte prośby: 1" in anna.text
    await anna.payload("request:done_yes:1")
    await anna.command("/requests")
    assert "Brak otwartych próśb" in anna.text


async def test_staff_commands_and_buttons_outside_the_staff_chat_are_refused(app, dialogue):
    await request_callback(dialogue)
    await dialogue.send("/requests")
    assert "only for the staff chat" in dialogue.text
    await dialogue.payload("request:take:1")
    assert "only for the staff chat" in dialogue.text
    anna = StaffMember(app.core)
    await anna.command("/request 1")
    assert "Nowa: nikt jej jeszcze nie przyjął" in anna.text  # nothing was taken privately


async def test_a_former_member_of_the_staff_chat_is_ignored(config_path, clock, platform):
    app = await build(config_path, clock=clock, search="off", staff=Members("501"))
    try:
        dialogue, delivery = Dialogue(app.core), Delivery(app, platform, clock)
        await request_callback(dialogue)
        former = StaffMember(app.core, "777", "Former Colleague")
        assert await former.payload("request:take:1") == []
        assert await former.command("/requests") == []
        assert await former.reply("101", "hello") == []
        current = StaffMember(app.core, "501")
        await current.command("/request 1")
        assert "Nowa" in current.text
        await delivery.run()
        assert platform.to(dialogue.user_id) == []  # the person was told nothing
    finally:
        await app.close()


async def test_forged_or_stale_staff_buttons_are_answered_politely(dialogue, anna):
    await request_callback(dialogue)
    for payload in (
        "request:take:99",
        "request:zap:1",
        "request:take:abc",
        "request:take",
        "request:done_yes:1:2:3",
        "zz:1",
    ):
        await anna.payload(payload)
        assert anna.text == "Ten przycisk jest już nieaktywny.", payload


async def test_names_and_phone_numbers_never_reach_the_logs(
    dialogue, anna, delivery, platform, caplog
):
    caplog.set_level(logging.INFO)  # what `infopoint run` logs (aiosqlite's DEBUG has SQL values)
    caplog.set_level(logging.DEBUG, logger="bot")
    await request_callback(dialogue, name="Oksana", phone="+48 601 999 888")
    await anna.payload("request:take:1")
    await delivery.run()
    await anna.reply(platform.to(STAFF_CHAT)[0].message_id, "Hi Oksana")
    await dialogue.send("Thanks, I am Oksana")
    await delivery.run()
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()
    logged = caplog.text
    for secret in ("Oksana", "601 999 888", "601999888", "Anna Nowak"):
        assert secret not in logged


async def test_unicode_digits_and_huge_numbers_get_an_answer_not_an_error(dialogue, anna, caplog):
    await request_callback(dialogue)
    nines = "9" * 30
    with caplog.at_level(logging.WARNING):
        for payload in ("request:take:²", f"request:done_yes:{nines}", "request:show:٣"):
            await anna.payload(payload)
            assert anna.text == "Ten przycisk jest już nieaktywny.", payload
        for command in ("/request ²", f"/request {nines}"):
            await anna.command(command)
            assert "/request" in anna.text, command  # the usage hint
        for payload in ("callback:rate:²:5", f"callback:stop:{nines}", "booking:cancel:²"):
            await dialogue.payload(payload)
            assert "no longer active" in dialogue.text, payload
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


async def test_the_requests_footer_says_only_what_concerns_what_is_listed(dialogue, anna):
    """Tester 27, item 12: with only a callback request listed, the footer names its letter
    alone: no «W —», no «/appointments», no line about visits waiting for an answer."""
    await request_callback(dialogue)
    await anna.command("/requests")
    footer = anna.text.split("\n\n")[-1]
    assert "np. /request T12. Litery tutaj: T — prośba o telefon." in footer
    assert "W —" not in footer and "/appointments" not in footer
    assert "D, S" not in footer and "Umówiona wizyta" not in footer
