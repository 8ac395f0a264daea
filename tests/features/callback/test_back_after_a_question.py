"""A question typed where the name goes, answered after «stop filling in and answer?» (tester
33, item 5): under the answer, «📞 Continue my callback request» takes the person back to the
name (the consent they gave kept); elsewhere the answer has no such button."""

from __future__ import annotations

import pytest

from tests.support.bookings import book_and_confirm
from tests.support.callbacks import STAFF_CHAT, at_the_name_step, confirm_payload

ASKED = {  # the question typed as a name, the button's label, the name question
    "uk": ("скільки коштує мельдунек?", "Продовжити заявку на дзвінок", "Як вас звати?"),
    "ru": ("сколько стоит мельдунек?", "Продолжить заявку на звонок", "Как вас зовут?"),
    "en": ("how much does meldunek cost?", "Continue my callback request", "What is your name?"),
    "pl": ("ile kosztuje meldunek?", "Wróć do prośby o telefon", "Jak masz na imię?"),
}


@pytest.mark.parametrize("lang", sorted(ASKED))
async def test_the_answer_offers_the_callback_back_at_the_name(dialogue, delivery, platform, lang):
    question, label, name_asked = ASKED[lang]
    await at_the_name_step(dialogue, lang)
    await dialogue.send(question)
    assert any(b.payload == "person:answer" for b in dialogue.buttons)
    await dialogue.payload("person:answer")
    first, *others = dialogue.replies[-1].buttons  # under the answer itself, first
    assert label in first[0].label and others  # (the answer's own buttons after it)
    await dialogue.press(label)
    assert name_asked in dialogue.text
    assert not any(b.payload == "person:agree" for b in dialogue.buttons)  # consent kept
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload(f"callback:language:{lang}")
    await dialogue.payload("callback:window:asap")
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    assert len(platform.to(STAFF_CHAT)) == 1


async def test_a_question_outside_a_form_has_no_such_button(dialogue):
    dialogue.language_hint = "en"
    await dialogue.send("how much does meldunek cost?")
    assert not any(b.payload == "callback" and "Continue" in b.label for b in dialogue.buttons)
    await at_the_name_step(dialogue, "en")
    await dialogue.send("how much does meldunek cost?")
    await dialogue.payload("person:answer")
    await dialogue.send("how much does meldunek cost?")  # asked again, no form left now
    assert not any("Continue my callback" in b.label for b in dialogue.buttons)


async def test_what_was_given_is_kept_and_the_form_goes_on_where_it_was(
    dialogue, delivery, platform
):
    # README «Known gaps», Forms: the request came back at the name though it was given
    await at_the_name_step(dialogue, "en")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.send("how much does meldunek cost?")  # at «in which language?»
    await dialogue.payload("typed:answer")
    resume = dialogue.button("Continue my callback request").payload
    await dialogue.send("/mydata")  # what the form kept is shown while it waits
    assert "Olena" in dialogue.text and "601 234 567" in dialogue.text
    await dialogue.payload(resume)  # (the button under the answer, above)
    assert "What is your name?" not in dialogue.text
    assert "In which language should we call you?" in dialogue.text  # where it was left
    await dialogue.payload("callback:language:en")
    await dialogue.payload("callback:window:asap")
    assert "Name: Olena" in dialogue.text and "PESEL" in dialogue.text
    await dialogue.payload(confirm_payload(dialogue))
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Olena" in card.text


@pytest.mark.parametrize("typed", [False, True], ids=["pressed", "typed"])
async def test_a_name_given_before_the_phone_is_not_asked_again(dialogue, typed):
    """«продовжити» typed instead of tapping «📞 Продовжити заявку на дзвінок» goes back there
    too (it opened «Перебування, візи» for extending a stay: core/going_on.py)."""
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оля")
    await dialogue.send("скільки коштує мельдунек?")  # at the phone
    await dialogue.payload("typed:answer")
    if typed:
        await dialogue.send("продовжити")
    else:
        await dialogue.press("Продовжити заявку на дзвінок")
    assert "Як вас звати?" not in dialogue.text and "телефон" in dialogue.text.lower()
    assert "Перебування" not in dialogue.text
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.payload("callback:skip")
    await dialogue.payload("callback:language:uk")
    await dialogue.payload("callback:window:asap")
    assert "Оля" in dialogue.text and "601 234 567" in dialogue.text


async def test_the_answer_offers_one_way_back_to_the_callback_not_two(dialogue):
    """Tester 37, F16: under the answer both «📞 Продовжити заявку на дзвінок» and «📞 Замовити
    дзвінок» were offered; the one that goes back is kept."""
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана")
    await dialogue.send("скільки коштує мельдунек?")
    await dialogue.payload("typed:answer")
    payloads = [b.payload for b in dialogue.buttons]
    assert "callback:resume" in payloads and "callback" not in payloads


async def test_a_visit_booked_after_leaving_a_callback_leaves_no_unfinished_step(dialogue):
    """Tester 37, F16: /mydata still listed «Незавершений крок… Оксана» after the callback was
    left («nothing sent») and a visit then booked: the form begun since replaces it."""
    await at_the_name_step(dialogue, "uk")
    await dialogue.send("Оксана")
    await dialogue.send("скільки коштує мельдунек?")
    await dialogue.payload("typed:answer")
    await dialogue.send("/mydata")
    assert "Незавершений крок" in dialogue.text  # kept to go back to, and shown
    await book_and_confirm(dialogue, name="Оксана")
    assert "Ви записані" in dialogue.text
    await dialogue.send("/mydata")
    assert "Незавершений крок" not in dialogue.text
