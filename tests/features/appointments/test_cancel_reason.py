"""Staff cancel a specialist appointment and keep its time bookable (the person asked by phone,
say): the confirmation offers the ready reasons a cancel may have, as a decline does (README
«Known gaps», Staff side: before, staff were only told the person knows no reason). The person
gets the chosen one in their own language, once."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT, book_and_confirm_career
from tests.support.bookings import queued
from tests.support.dialogue import Dialogue, StaffMember

REASONS = (
    "Osoba sama prosiła o odwołanie",
    "Nasi specjaliści tym się nie zajmują",
    "Prosimy najpierw zadzwonić",
    "Bez powodu — zaproponuj inne terminy",
)


async def _told(app, user_id: str):  # type: ignore[no-untyped-def]
    return [q for q in await queued(app.core) if q.chat_id == user_id]


async def _cancelled_keeping_the_time(app, dialogue: Dialogue) -> StaffMember:  # type: ignore[no-untyped-def]
    await book_and_confirm_career(dialogue, name="Olena Kovalenko")
    assert "09:00" in dialogue.text and "S" in dialogue.text  # booked, in any language
    anna = StaffMember(app.core)
    await anna.command("/appointments")
    await anna.payload(
        next(b.payload for b in anna.buttons if b.payload.startswith("apptv:cancel:"))
    )
    await anna.press("Odwołaj, godzina zostaje wolna")
    return anna


async def test_staff_choose_why_and_the_person_is_told_once(app, dialogue):
    anna = await _cancelled_keeping_the_time(app, dialogue)
    assert "Olena Kovalenko dostaje wiadomość o odwołaniu, jeszcze bez innych terminów" in anna.text
    assert "Osoba wie tylko, że wizytę odwołano. Wybierz poniżej, co dostanie" in anna.text
    assert [b.label for b in anna.buttons] == list(REASONS)
    before = len(await _told(app, dialogue.user_id))
    why = anna.button("Prosimy najpierw zadzwonić").payload

    await anna.payload(why)
    assert "Wizyta u specjalisty nr S1 odwołana; Olena Kovalenko wie już, dlaczego" in anna.text
    assert "Prosimy najpierw zadzwonić" in anna.text and not anna.buttons
    told = (await _told(app, dialogue.user_id))[before:]
    assert len(told) == 1
    assert "Why your appointment on Thursday, 26 November" in told[0].text
    assert "please call us at +48 41 000 00 00" in told[0].text

    await anna.payload(why)  # a second press (a colleague's): nothing more reaches the person
    assert "został już przekazany" in anna.text and "Prosimy najpierw zadzwonić" in anna.text
    assert len(await _told(app, dialogue.user_id)) == before + 1
    assert not any(
        q.chat_id == STAFF_CHAT and "wie już" in q.reply.text for q in await queued(app.core)
    )


async def test_the_reason_reaches_each_person_in_their_language(app):
    said = {
        "uk": "Ми скасували його, бо ви нас про це попросили",
        "ru": "Мы отменили его, потому что вы нас об этом попросили",
        "pl": "Odwołaliśmy ją, bo nas o to poprosiłeś(-aś)",
        "en": "It was cancelled because you asked us to",
    }
    for lang, text in said.items():
        person = Dialogue(app.core, user_id=f"person-{lang}", language_hint=lang)
        anna = await _cancelled_keeping_the_time(app, person)  # the time stays open: booked again
        await anna.press(REASONS[0])
        assert text in (await _told(app, person.user_id))[-1].text, lang


async def test_a_cancel_that_closes_the_time_says_why_itself_and_asks_nothing(app, dialogue):
    await book_and_confirm_career(dialogue)
    anna = StaffMember(app.core)
    await anna.payload("apptv:cancel:1")
    await anna.press("Tak, odwołaj wizytę")  # «the specialist will not be there» is the reason
    assert not any(b.payload.startswith("apptv:why:") for b in anna.buttons)
    await anna.payload("apptv:why:1:asked")  # nor may a reason be given to it by hand
    assert "Osoba sama prosiła" not in anna.text


async def test_after_forget_a_reason_reaches_nobody(app, dialogue):
    anna = await _cancelled_keeping_the_time(app, dialogue)
    why = anna.button("Prosimy najpierw zadzwonić").payload
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    before = len(await _told(app, dialogue.user_id))
    await anna.payload(why)
    assert "wie już" not in anna.text
    assert len(await _told(app, dialogue.user_id)) == before
