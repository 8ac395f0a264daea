"""Tester 24, item 11: «а что взять с собой на визит?» asked during a booking gets the «Please
bring» list (the chosen topic's) and the booking goes on at its step, the chosen time kept, not
the offer to leave the form that dropped the time and answered nothing."""

from __future__ import annotations

import pytest

from tests.support.bookings import TUE_1330, book_and_confirm, confirm_button
from tests.support.dialogue import Dialogue

ASKED = {
    "ru": ("а что взять с собой на визит?", "Возьмите с собой:", "цветное фото 35×45 мм"),
    "uk": ("що взяти з собою на візит?", "Візьміть із собою:", "кольорове фото 35×45 мм"),
    "en": ("what documents should I bring to the appointment", "Please bring:", "35×45 mm"),
    "pl": ("co zabrać ze sobą na wizytę?", "Weź ze sobą:", "kolorowe zdjęcie 35×45 mm"),
}


@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_what_to_bring_at_the_consent_is_answered_and_the_time_kept(app, lang):
    asked, title, item = ASKED[lang]
    person = Dialogue(app.core, user_id=f"bring{lang}", language_hint=lang)
    await person.payload(TUE_1330)
    await person.payload("booking:topic:pesel")
    assert any(b.payload == "person:agree" for b in person.buttons)  # the consent
    await person.send(asked)
    assert title in person.text and item in person.text  # the PESEL visit's list
    assert not any(b.payload == "typed:answer" for b in person.buttons)  # no offer to leave
    assert any(b.payload == "person:agree" for b in person.buttons)  # the consent again
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("601 234 567")
    assert "13:30" in person.text  # the summary: the time chosen is still the one booked
    assert confirm_button(person) is not None


async def test_what_to_bring_before_a_topic_is_what_every_visit_needs(app):
    person = Dialogue(app.core, user_id="bring-early", language_hint="en")
    await person.payload(TUE_1330)
    await person.send("what should I bring?")
    assert "Please bring:" in person.text and "all documents and letters" in person.text
    assert any(b.payload == "booking:topic:pesel" for b in person.buttons)  # the topics again


async def test_what_to_bring_in_a_callback_request_is_no_visit_list(app):
    """The kind is a booking's: elsewhere such a question is read as before."""
    person = Dialogue(app.core, user_id="bring-cb", language_hint="en")
    await person.send("/callback")
    await person.payload("person:agree")
    await person.send("what documents should I bring?")
    assert "Please bring:" not in person.text


@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_what_to_bring_after_booking_is_the_visits_own_list(app, lang):
    """Tester 28, item 5: «що взяти з собою?» typed after the visit was booked (outside the
    form) gets that visit's list under its time, not the search's guess (the doctor topic)."""
    asked, title, item = ASKED[lang]
    person = Dialogue(app.core, user_id=f"booked{lang}", language_hint=lang)
    await book_and_confirm(person)
    await person.send(asked)
    assert title in person.text and item in person.text  # the PESEL visit's list
    assert "13:30" in person.text  # under the visit it is for
    assert any(b.payload == "booking:mine" for b in person.buttons)


async def test_what_to_bring_with_no_visit_booked_is_a_question_as_before(app):
    person = Dialogue(app.core, user_id="nobooking", language_hint="en")
    await person.send("/start")
    await person.send("what should I bring?")
    assert "Please bring:" not in person.text


WITH_LENGTH = {
    "en": ("how long will it take and do i need bring passport?", "Please bring:", "every 15"),
    "uk": ("скільки триває і чи треба брати паспорт?", "Візьміть із собою:", "кожні 15"),
    "ru": ("сколько длится и нужно ли брать паспорт?", "Возьмите с собой:", "каждые 15"),
    "pl": ("ile to trwa i czy trzeba zabrać paszport?", "Weź ze sobą:", "co 15"),
}


@pytest.mark.parametrize("lang", sorted(WITH_LENGTH))
async def test_how_long_and_a_passport_at_the_topics_keep_the_time(app, lang):
    # tester 39, F6: «Stop filling in the form?» before, and a yes lost the chosen time
    asked, title, length = WITH_LENGTH[lang]
    person = Dialogue(app.core, user_id=f"long-{lang}", language_hint=lang)
    await person.payload(TUE_1330)
    await person.send(asked)
    assert title in person.text and length in person.text
    assert not any(b.payload == "typed:answer" for b in person.buttons)  # no offer to leave
    await person.payload("booking:topic:pesel")  # the topics again, where the form was
    await person.payload("person:agree")
    await person.send("Olena")
    await person.send("601 234 567")
    assert "13:30" in person.text and confirm_button(person) is not None
