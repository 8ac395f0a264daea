"""Whether the person came, on the visit's own card in the staff chat (README «Known gaps», Staff
side and forms; tester 39, F11 had it in /today and /week only): from the visit's time on, the
card's cancel button gives way to «✅ Obecność» / «❌ Nieobecność»; a tap marks it, the card says
so (the other choice stays, to correct a slip), /today agrees, the person's /mydata shows it in
their language, and /forget erases it with the booking. A forged tap, one before the visit's
time and another office's staff are refused. The fixture's clock: Monday 23 November 2026."""

from __future__ import annotations

import pytest

from bot.app import build
from bot.features.booking.came import open_cards
from tests.support.bookings import STAFF_CHAT, TUE_1330, Staff, book_and_confirm
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import FORUM_CHAT, NORTH_CHAT, write_network_config
from tests.support.services import catalogue

CAME, NO_SHOW = "✅ Obecność", "❌ Nieobecność"


def _labels(sent) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.label for row in sent.reply.buttons for b in row]


async def _card_now(app, delivery, platform):  # type: ignore[no-untyped-def]
    """The card as the staff chat shows it now: posted, then edited (the latest edit)."""
    await delivery.run()
    [card] = [s for s in platform.to(STAFF_CHAT) if "Nowa wizyta" in s.text]
    edits = [e for e in platform.edits if e.message_id == card.message_id]
    return edits[-1] if edits else card


async def test_the_visits_card_asks_whether_the_person_came_once_its_time_started(
    app, clock, delivery, platform
):
    olena = Dialogue(app.core, language_hint="uk")
    await book_and_confirm(olena, TUE_1330)  # Tuesday 24 November, 13:30
    card = await _card_now(app, delivery, platform)
    assert _labels(card) == ["✖ Odwołaj tę wizytę"]
    clock.advance(days=1, hours=4)  # Tuesday, before 13:30: not yet
    await open_cards(app.services)
    assert _labels(await _card_now(app, delivery, platform)) == ["✖ Odwołaj tę wizytę"]

    clock.advance(hours=1)  # past 13:30: the visit has started
    await open_cards(app.services)
    card = await _card_now(app, delivery, platform)
    assert _labels(card) == [CAME, NO_SHOW] and "Olena" in card.text
    edits = len(platform.edits)
    await open_cards(app.services)  # once
    await delivery.run()
    assert len(platform.edits) == edits

    staff = Staff(app.core)
    await staff.payload(next(b.payload for row in card.reply.buttons for b in row))
    card = await _card_now(app, delivery, platform)
    assert "✅ Osoba przyszła na wizytę." in card.text and _labels(card) == [NO_SHOW]
    await staff.command("today")
    assert "(nr D1) — ✅ obecność" in staff.text
    await olena.send("/mydata")
    assert "(відбувся; працівники позначили, що ви прийшли)" in olena.text

    await staff.payload(next(b.payload for row in card.reply.buttons for b in row))  # a slip
    card = await _card_now(app, delivery, platform)
    assert "❌ Osoba nie przyszła na wizytę." in card.text and _labels(card) == [CAME]
    assert "przyszła na wizytę." not in card.text.replace("nie przyszła", "")

    await olena.send("/forget")
    await olena.payload("privacy:forget")
    card = await _card_now(app, delivery, platform)
    assert "Olena" not in card.text and "Osoba" not in card.text and not card.reply.buttons
    async with app.services.db.transaction() as tx:
        row = await tx.fetchone("SELECT COUNT(*) FROM bookings WHERE came IS NOT NULL")
    assert row[0] == 0


MYDATA = {
    "uk": ("працівники позначили, що ви прийшли", "працівники позначили, що ви не прийшли"),
    "ru": ("сотрудники отметили, что вы пришли", "сотрудники отметили, что вы не пришли"),
    "en": ("staff marked that you came", "staff marked that you did not come"),
    "pl": ("pracownicy zaznaczyli, że przyszedłeś(-aś)", "zaznaczyli, że nie przyszedłeś(-aś)"),
}


@pytest.mark.parametrize("lang", sorted(MYDATA))
async def test_mydata_says_what_staff_marked_in_the_persons_language(app, clock, lang):
    person = Dialogue(app.core, language_hint=lang)
    await book_and_confirm(person, TUE_1330)
    clock.advance(days=1, hours=6)
    staff = Staff(app.core)
    for came, said in zip(("1", "0"), MYDATA[lang], strict=True):
        await staff.payload(f"visit:came:1:{came}")
        await person.send("/mydata")
        assert said in person.text


async def test_a_forged_or_early_tap_on_the_card_is_refused(app, clock, delivery, platform):
    await book_and_confirm(Dialogue(app.core), TUE_1330)
    staff = Staff(app.core)
    await staff.payload("visit:came:1:1")  # Monday: before its time
    assert "Obecność na wizycie nr D1 można zaznaczyć od jej godziny" in staff.text
    clock.advance(days=1, hours=6)
    for forged in ("visit:came:1:2", "visit:came:x:1", "visit:came:9:1", "visit:came:1"):
        await staff.payload(forged)
        assert "Ten przycisk jest już nieaktywny." in staff.text, forged
    assert "✅" not in (await _card_now(app, delivery, platform)).text


async def test_another_offices_staff_cannot_mark_a_visit(tmp_path, clock):
    app = await build(write_network_config(tmp_path, **catalogue()), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="n1")
        await person.send("/start north")
        await book_and_confirm(person, TUE_1330)  # North's visit
        clock.advance(days=1, hours=6)
        south = StaffMember(app.core, chat_id=str(FORUM_CHAT), topic_id="11")
        await south.payload("visit:came:1:1")
        assert "Visit #D1 belongs to North" in south.text
        north = StaffMember(app.core, chat_id=str(NORTH_CHAT))
        await north.command("today")
        assert "✅" not in north.text  # nothing marked
        await north.payload("visit:came:1:1")
        await north.command("today")
        assert "(nr D1) — ✅ obecność" in north.text
    finally:
        await app.close()


async def test_a_mark_from_today_shows_on_the_card_too(app, clock, delivery, platform):
    await book_and_confirm(Dialogue(app.core), TUE_1330)
    await delivery.run()  # the card posted
    clock.advance(days=1, hours=6)  # the job has not run yet: the list asks
    staff = Staff(app.core)
    await staff.command("today")
    await staff.press("nieobecność")
    card = await _card_now(app, delivery, platform)
    assert "❌ Osoba nie przyszła na wizytę." in card.text and _labels(card) == [CAME]
