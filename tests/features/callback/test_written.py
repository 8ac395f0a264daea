"""A staff member who writes to the person about a request (a reply to its card) is seen to
have done so by their colleagues: an untaken request is theirs now, and the card and /requests
say who wrote to the person and when. The person is not told twice."""

from __future__ import annotations

import pytest

from tests.support.callbacks import STAFF_CHAT, StaffMember, request_callback

WROTE = "✉️ Wiadomość do tej osoby: Anna Nowak, "


@pytest.fixture
async def posted(dialogue, delivery, platform):  # type: ignore[no-untyped-def]
    await request_callback(dialogue)
    await delivery.run()
    return platform.to(STAFF_CHAT)[0]


@pytest.fixture
def anna(app) -> StaffMember:  # type: ignore[no-untyped-def]
    return StaffMember(app.core, "501", "Anna Nowak")


async def test_a_reply_to_an_untaken_request_takes_it_and_the_card_says_who_wrote_when(
    app, clock, dialogue, delivery, platform, posted, anna
):
    assert "Nowa: nikt jej jeszcze nie przyjął" in posted.text
    await anna.reply(posted.message_id, "Dzień dobry, zadzwonię za 10 minut.")
    await delivery.run()
    card = platform.edits[-1]
    assert card.message_id == posted.message_id
    assert "Przyjęta: Anna Nowak" in card.text and "nikt jej jeszcze" not in card.text
    when = app.services.t.short_datetime("pl", clock.now.astimezone(app.services.settings.timezone))
    assert f"{WROTE}{when}" in card.text
    assert [b.label for row in card.reply.buttons for b in row] == [
        "✅ Załatwione",
        "📵 Nie odbiera",
    ]
    to_person = [s.text for s in platform.to(dialogue.user_id)]
    assert len(to_person) == 1 and "zadzwonię za 10 minut" in to_person[0]  # no «taken» too


async def test_requests_and_request_n_show_that_staff_wrote_to_the_person(
    app, posted, anna, delivery
):
    await anna.reply(posted.message_id, "Proszę przynieść paszport.")
    piotr = StaffMember(app.core, "502", "Piotr Lis")
    await piotr.command("/requests")
    assert "Przyjęta: Anna Nowak" in piotr.text and WROTE in piotr.text
    await piotr.command("/request 1")
    assert WROTE in piotr.text


async def test_a_colleague_writing_to_a_taken_request_leaves_it_with_who_took_it(
    app, posted, anna, delivery, platform
):
    await anna.payload("request:take:1")
    piotr = StaffMember(app.core, "502", "Piotr Lis")
    await piotr.reply(posted.message_id, "Czy termin jutro pasuje?")
    await delivery.run()
    card = platform.edits[-1].text
    assert "Przyjęta: Anna Nowak" in card
    assert "✉️ Wiadomość do tej osoby: Piotr Lis, " in card
