"""What a person says about a request closed as done (tester 20, item 7): a complaint after the
rating (or while it is awaited) and whatever follows a low rating reach the staff chat under
the request's card, and the person is thanked with the way to a new callback; a low rating is
told to staff. Not the search («Bank account»)."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")


async def _closed(dialogue, anna, delivery, platform, lang: str = "en") -> None:  # type: ignore[no-untyped-def]
    dialogue.language_hint = lang
    await request_callback(dialogue)
    await anna.payload("request:take:1")
    await anna.payload("request:done_yes:1")
    await delivery.run()
    platform.sent.clear()


@pytest.mark.parametrize(
    ("lang", "complaint", "thanks"),
    [
        ("uk", "все погано, ніхто не дзвонив", "ми передали це працівникам (запит № T1)"),
        ("en", "nobody called me, useless", "we have passed it on to the staff (request #T1)"),
        ("pl", "nikt nie zadzwonił", "przekazaliśmy to pracownikom (prośba nr T1)"),
        ("ru", "никто не звонил, все плохо", "мы передали это сотрудникам (заявка № T1)"),
    ],
)
async def test_a_complaint_after_a_good_rating_reaches_staff(
    dialogue, anna, delivery, platform, lang, complaint, thanks
):
    await _closed(dialogue, anna, delivery, platform, lang)
    await dialogue.payload(f"language:{lang}")
    await dialogue.payload("callback:rate:1:5")
    await dialogue.send(complaint)
    assert thanks in dialogue.text
    assert any(b.payload == "callback" for b in dialogue.buttons)  # a new callback, a tap away
    await delivery.run()
    [note] = platform.to(STAFF_CHAT)
    assert "Prośba o telefon nr T1" in note.text and "(ocena 5/5)" in note.text
    assert complaint in note.text
    await dialogue.send("how do I get a PESEL")  # the next text is the bot's again
    assert "passed it on" not in dialogue.text and "передали" not in dialogue.text


async def test_a_complaint_before_rating_reaches_staff(dialogue, anna, delivery, platform):
    await _closed(dialogue, anna, delivery, platform)
    await dialogue.send("nobody called, I'm disappointed")
    assert "we have passed it on to the staff" in dialogue.text
    await delivery.run()
    [note] = platform.to(STAFF_CHAT)
    assert "nobody called, I'm disappointed" in note.text and "ocena" not in note.text


async def test_a_low_rating_is_told_to_staff_and_what_went_wrong_asked(
    dialogue, anna, delivery, platform
):
    await _closed(dialogue, anna, delivery, platform)
    await dialogue.payload("callback:rate:1:1")
    assert "What went wrong?" in dialogue.text
    await delivery.run()
    [rated] = platform.to(STAFF_CHAT)
    assert "ocenia pomoc na 1/5" in rated.text and "Prośba o telefon nr T1" in rated.text
    await dialogue.send("They said to come on Monday but the office was closed")
    assert "we have passed it on to the staff" in dialogue.text
    await delivery.run()
    said = platform.to(STAFF_CHAT)[-1]
    assert "the office was closed" in said.text and "(ocena 1/5)" in said.text


async def test_a_question_after_a_good_rating_is_still_the_bots(dialogue, anna, delivery, platform):
    await _closed(dialogue, anna, delivery, platform)
    await dialogue.payload("callback:rate:1:5")
    await dialogue.send("how do I get a PESEL")
    assert "passed it on" not in dialogue.text
    await delivery.run()
    assert platform.to(STAFF_CHAT) == []
