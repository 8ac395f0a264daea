"""Closing a request in the staff chat asks first, and a slip can be undone for a while."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")


def _labels(member: StaffMember) -> list[str]:
    return [b.label for b in member.buttons]


async def _tap_on_card(member: StaffMember, platform, label: str) -> None:  # type: ignore[no-untyped-def]
    """A button of the request's card, as the staff chat shows it now."""
    card = (platform.edits or platform.to(STAFF_CHAT))[-1]
    [button] = [b for row in card.reply.buttons for b in row if label in b.label]
    await member.payload(button.payload)


async def test_done_asks_first_and_nobody_is_told_until_yes(dialogue, anna, delivery, platform):
    await request_callback(dialogue)
    await delivery.run()
    told_before = len(platform.to(dialogue.user_id))
    await _tap_on_card(anna, platform, "Załatwione")
    assert "Zamknąć: Prośba o telefon nr T1 — załatwiona?" in anna.text
    assert _labels(anna) == ["✅ Tak, załatwiona", "« Nie, zostaw"]
    await delivery.run()
    assert len(platform.to(dialogue.user_id)) == told_before

    await anna.press("Tak, załatwiona")
    assert "Prośba o telefon nr T1 zamknięta jako załatwiona (Anna Nowak)" in anna.text
    assert "10 min" in anna.text and _labels(anna) == ["↩️ Otwórz ponownie"]
    await delivery.run()
    assert "request #T1 is closed" in platform.to(dialogue.user_id)[-1].text
    assert "Załatwiona (Anna Nowak)" in platform.edits[-1].text


async def test_no_leave_it_keeps_the_request_open(dialogue, anna, delivery, platform):
    await request_callback(dialogue)
    await delivery.run()
    await _tap_on_card(anna, platform, "Nie odbiera")
    assert "nie odbiera?" in anna.text and "zadzwonić jeszcze raz" in anna.text
    await anna.press("Nie, zostaw")
    assert "zostaje otwarta" in anna.text
    await delivery.run()
    assert not any("could not reach" in m.text for m in platform.to(dialogue.user_id))
    await anna.command("/requests")
    assert "Prośba o telefon nr T1" in anna.text


async def test_a_request_closed_by_mistake_is_reopened_and_the_person_told(
    dialogue, anna, delivery, platform
):
    await request_callback(dialogue)
    await anna.payload("request:take:1")
    await delivery.run()
    await _tap_on_card(anna, platform, "Nie odbiera")
    await anna.press("Tak, zamknij")
    await delivery.run()
    assert "could not reach you" in platform.to(dialogue.user_id)[-1].text

    await anna.press("Otwórz ponownie")
    assert "Prośba o telefon nr T1 znowu otwarta (Anna Nowak)" in anna.text
    await delivery.run()
    assert "is open again" in platform.to(dialogue.user_id)[-1].text
    card = platform.edits[-1]
    assert "Przyjęta: Anna Nowak" in card.text
    assert [b.label for row in card.reply.buttons for b in row] == [
        "✅ Załatwione",
        "📵 Nie odbiera",
    ]
    await anna.command("/requests")
    assert "Prośba o telefon nr T1" in anna.text


async def test_reopening_is_offered_only_for_a_short_while(dialogue, anna, clock, platform):
    await request_callback(dialogue)
    await anna.payload("request:done:1")
    await anna.press("Tak, załatwiona")
    clock.advance(minutes=11)
    await anna.press("Otwórz ponownie")
    assert "ponad 10 min temu" in anna.text and "nie można jej już otworzyć" in anna.text
    await anna.command("/requests")
    assert "Brak otwartych próśb" in anna.text


async def test_closing_a_request_whose_person_waits_for_an_answer_says_so_first(
    app, clock, dialogue, anna, delivery, platform
):
    """The person answered a staff question; «✅ Done» warns that their last message has no
    answer yet (closing loses it: their next texts are the bot's). Answered, no warning."""
    await request_callback(dialogue)
    await delivery.run()
    posted = platform.to(STAFF_CHAT)[0]
    await anna.reply(posted.message_id, "Which document do you need?", "700")
    await delivery.run()
    clock.advance(minutes=5)
    await dialogue.send("a residence card, and do I need a passport?")
    await delivery.run()
    await _tap_on_card(anna, platform, "Załatwione")
    assert "Osoba czeka na odpowiedź" in anna.text
    assert "Zamknąć: Prośba o telefon nr T1 — załatwiona?" in anna.text
    clock.advance(minutes=5)
    await anna.reply(platform.to(STAFF_CHAT)[-1].message_id, "Yes, bring it", "701")
    await _tap_on_card(anna, platform, "Załatwione")
    assert "Osoba czeka na odpowiedź" not in anna.text


async def test_a_request_closed_a_minute_ago_shown_again_offers_reopening_as_its_closing_did(
    dialogue, anna, clock, delivery, platform
):
    """/request 1 of a request closed a minute ago: its card with «↩️ Otwórz ponownie», which
    reopens it as the closing message's button does; once the ten minutes are over, the card
    shown again has no button (and a closed request never invites a reply)."""
    await request_callback(dialogue)
    await anna.payload("request:done:1")
    await anna.press("Tak, załatwiona")
    clock.advance(minutes=1)
    await anna.command("/request 1")
    assert "Załatwiona (Anna Nowak)" in anna.text
    assert _labels(anna) == ["↩️ Otwórz ponownie"]
    await anna.press("Otwórz ponownie")
    assert "Prośba o telefon nr T1 znowu otwarta (Anna Nowak)" in anna.text
    await delivery.run()
    assert "is open again" in platform.to(dialogue.user_id)[-1].text

    await anna.payload("request:fail:1")
    await anna.press("Tak, zamknij")
    clock.advance(minutes=11)
    await anna.command("/request 1")
    assert "Nie udało się dodzwonić" in anna.text and _labels(anna) == []


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("uk", "📞 Ми телефонували на номер +380 67 123 4567."),
        ("ru", "📞 Мы звонили на номер +380 67 123 4567."),
        ("en", "📞 We called +380 67 123 4567."),
        ("pl", "📞 Dzwoniliśmy pod numer +380 67 123 4567."),
    ],
)
async def test_not_reached_names_the_number_called_so_a_wrong_one_is_noticed(
    dialogue, anna, delivery, platform, lang, said
):
    """Tester 30: «8 067 123 45 67» typed was read as a Ukrainian number; when nobody answers,
    the person sees which number was called and can give the right one."""
    dialogue.language_hint = lang
    await request_callback(dialogue, phone="+380 67 123 45 67")
    await delivery.run()
    await _tap_on_card(anna, platform, "Nie odbiera")
    await anna.press("Tak, zamknij")
    await delivery.run()
    told = platform.to(dialogue.user_id)[-1].text
    assert said in told, told


async def test_a_yes_shown_before_the_person_wrote_again_asks_anew_and_closes_nothing(
    app, clock, dialogue, anna, delivery, platform
):
    """Tester 37, F14: «✅ Załatwione», its question shown; the person writes «a jeszcze
    jedno…»; the «✅ Tak, załatwiona» shown before is pressed. It closed the request with their
    question unanswered; now it is asked anew with the warning, and the new «Yes» closes."""
    await request_callback(dialogue)
    await delivery.run()
    posted = platform.to(STAFF_CHAT)[0]
    await anna.reply(posted.message_id, "Which document do you need?", "700")
    await delivery.run()
    await _tap_on_card(anna, platform, "Załatwione")
    assert "Osoba czeka na odpowiedź" not in anna.text
    old_yes = anna.button("Tak, załatwiona").payload
    clock.advance(minutes=2)
    await dialogue.send("a jeszcze jedno: czy ona musi zabrac paszport?")
    await delivery.run()
    told = len(platform.to(dialogue.user_id))
    await anna.payload(old_yes)
    assert "Jeszcze nie zamknięta: osoba napisała po tym pytaniu" in anna.text
    assert "Osoba czeka na odpowiedź" in anna.text and "paszport" not in anna.text
    assert anna.replies[-1].replace  # the old question edited, its «Yes» gone
    await delivery.run()
    assert len(platform.to(dialogue.user_id)) == told  # no rating question: still open
    await anna.press("Tak, załatwiona")  # the warning seen: closed
    assert "Załatwiona" in anna.text or "załatwiona" in anna.text
    await delivery.run()
    assert len(platform.to(dialogue.user_id)) == told + 1
