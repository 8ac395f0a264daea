"""The danger screen as a person meets it: the crisis lines for thoughts of suicide said another
way (first, without the police's or domestic violence's lines), outside a form and at every step
of one (also at the end of a long message); 112 and the way to a person for a cry for help typed
alone; nothing of it kept for staff or in the logs."""

from __future__ import annotations

import logging

import pytest

from bot.app import build
from tests.support.appointments import give_details
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.network import write_network_config

LONG = (
    "Я вже третій тиждень нормально не сплю, на роботі скоротили години, документи досі не "
    "продовжили, з квартири просять виїхати до кінця місяця, і я вже нічого не розумію в цих "
    "бланках. Думаю що краще б мене не було"
)


def crisis_lines_first(dialogue: Dialogue, *, button: bool = True) -> None:
    """Thoughts of suicide: 112 and the crisis lines (116 123, 116 111), not the police's nor
    domestic violence's."""
    first = dialogue.replies[0]
    for number in ("112", "116 123", "116 111"):
        assert number in first.text, (number, dialogue.text)
    assert "800 120 002" not in first.text and "🚓" not in first.text, dialogue.text
    assert sum(r.text.startswith("🚨") for r in dialogue.replies) == 1, dialogue.text  # once
    if button:  # (in a callback request, under the help lines, the request goes on)
        assert first.buttons[0][0].payload == "callback"  # the urgent callback


def no_crisis_lines(dialogue: Dialogue) -> None:
    assert not any(r.text.startswith("🚨") for r in dialogue.replies), dialogue.text


async def nothing_unanswered(app) -> bool:  # type: ignore[no-untyped-def]
    """/unanswered in the staff chat (in Polish, the fixture's staff language) lists nothing."""
    anna = StaffMember(app.core)
    await anna.command("/unanswered")
    return app.services.t("pl", "q_unanswered_none") in anna.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "думаю що краще б мене не було"),
        ("ru", "лучше бы меня не было"),
        ("ru", "нет сил больше жить"),
        ("uk", LONG),
        ("en", "honestly everyone would be better off without me"),
        ("pl", "nie mam już siły żyć"),
    ],
)
async def test_thoughts_of_suicide_said_another_way_bring_the_crisis_lines_not_guesses(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    crisis_lines_first(dialogue)
    for key in ("q_no_match", "q_did_you_mean"):
        assert app.services.t(lang, key) not in dialogue.text
    assert await nothing_unanswered(app)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "нет сил терпеть соседей"),
        ("en", "I can't go on with this application"),
        ("uk", "не хочу жити в гуртожитку, де шукати квартиру?"),
        ("pl", "Nie daję rady z tym wnioskiem"),
    ],
)
async def test_an_ordinary_complaint_gets_no_crisis_lines(app, dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    no_crisis_lines(dialogue)


async def test_a_long_message_ending_so_at_the_psychologists_form_brings_the_crisis_lines(
    app, dialogue
):
    await dialogue.payload("language:uk")
    await dialogue.payload("appt:open:psychologist")
    assert any(b.payload == "person:agree" for b in dialogue.buttons)  # the consent first
    await dialogue.send(LONG)  # at the consent, a button step
    crisis_lines_first(dialogue)
    assert any(b.payload == "person:agree" for b in dialogue.buttons)
    await dialogue.payload("person:agree")
    assert "Це терміново?" in dialogue.text
    await dialogue.send(LONG)  # at "is it urgent?": urgent, and the form goes on
    crisis_lines_first(dialogue)
    await give_details(dialogue, "Olena", "601 234 567")
    assert any(b.payload.startswith("appt:send:") for b in dialogue.buttons)
    await dialogue.send(LONG)  # at the summary, where «please use the buttons» came alone
    crisis_lines_first(dialogue)
    assert any(b.payload.startswith("appt:send:") for b in dialogue.buttons)


async def test_the_crisis_lines_come_first_at_a_description_too_long_to_keep(app, dialogue):
    await dialogue.payload("appt:open:legal_advice")
    await dialogue.payload("person:agree")
    await dialogue.send("My residence card was refused. " * 25 + "I can't go on.")
    crisis_lines_first(dialogue)
    assert "That is a bit long" in dialogue.text


@pytest.mark.parametrize("form", ["/callback", "appt:time:career:202611260800"])
async def test_the_crisis_lines_come_first_beside_a_name_and_a_phone_number(app, dialogue, form):
    if form.startswith("/"):
        await dialogue.send(form)
    else:
        await dialogue.payload("appt:open:career")
        await dialogue.payload(form)
    await dialogue.press("I agree")
    await dialogue.send("Olena 601 234 567, I don't want to live anymore")
    crisis_lines_first(dialogue, button=False)
    assert "+48 601 234 567" in dialogue.text  # the number is taken all the same


async def test_in_a_network_the_crisis_lines_come_before_the_choice_of_office(tmp_path, clock):
    app = await build(write_network_config(tmp_path), clock=clock)
    try:
        olena = Dialogue(app.core, user_id="2001")
        await olena.send("I can't go on, it would be better if I wasn't here")
        crisis_lines_first(olena)
        assert "First choose your information point" in olena.text
        await olena.send("help")
        assert "call **112**" in olena.replies[0].text or "112" in olena.replies[0].text
        no_crisis_lines(olena)
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("my husband beats me and threatens me, what can I do", "Domestic violence"),
        ("I'm scared", None),
    ],
)
async def test_at_a_network_gate_the_help_lines_are_shown_once(tmp_path, clock, text, answer):
    """The lines come before the list of offices; once the office is chosen, the message is
    answered without them again, the urgent call still a tap away."""
    app = await build(write_network_config(tmp_path), clock=clock)
    try:
        olena = Dialogue(app.core, user_id="2002")
        await olena.payload("language:en")
        await olena.send(text)
        assert olena.replies[0].text.startswith("🚨") and "First choose" in olena.text
        await olena.payload("office:east")
        no_crisis_lines(olena)
        assert "help lines are above" in olena.replies[1].text, olena.text
        assert olena.replies[1].buttons[0][0].payload == "callback"
        if answer is None:  # nothing else to say: the menu under the way to a call
            assert [r.text[:2] for r in olena.replies[1:]] == ["☝️"[:2]]
        else:
            assert answer in olena.text
        await olena.send(text)  # written again: the lines again
        assert olena.replies[0].text.startswith("🚨"), olena.text
        ivan = Dialogue(app.core, user_id="2003")  # the urgent call tapped before the choice
        await ivan.payload("language:en")
        await ivan.send(text)
        await ivan.payload("callback")
        assert "Whose staff should call you?" in ivan.text
        await ivan.payload("office:east")
        assert "Before we start" in ivan.text, ivan.text  # the callback request, for East
    finally:
        await app.close()


@pytest.mark.parametrize(
    ("lang", "text", "person"),
    [
        ("en", "help", "Request a callback"),
        ("en", "SOS", "Request a callback"),
        ("ru", "помогите", "Заказать звонок"),
        ("uk", "допоможіть!", "Замовити дзвінок"),
        ("pl", "pomocy!", "Poproś o telefon"),
    ],
)
async def test_a_cry_for_help_alone_gets_112_and_the_way_to_a_person(
    app, dialogue, lang, text, person
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert dialogue.text.startswith("🆘") and "112" in dialogue.text
    first_row = dialogue.replies[0].buttons[0]
    assert [b.payload for b in first_row] == ["callback", "booking"]
    assert first_row[0].label.endswith(person)
    assert any(b.payload.startswith("category:") for b in dialogue.buttons)  # and the menu
    no_crisis_lines(dialogue)
    assert app.services.t(lang, "q_no_match") not in dialogue.text
    assert await nothing_unanswered(app)


async def test_help_with_a_question_is_answered_as_the_question(app, dialogue):
    await dialogue.send("help with PESEL")
    assert "PESEL" in dialogue.text
    assert not dialogue.text.startswith("🆘")


async def test_a_cry_for_help_typed_in_a_form_brings_112_before_the_step(app, dialogue):
    await dialogue.payload("appt:open:career")
    await dialogue.send("HELP!!!")
    assert dialogue.text.startswith("🆘") and "112" in dialogue.text
    assert any(b.payload.startswith("appt:day:career:") for b in dialogue.buttons)


async def test_what_a_person_in_distress_writes_is_in_no_log(app, dialogue, caplog):
    caplog.set_level(logging.DEBUG)
    await dialogue.payload("language:uk")
    await dialogue.send(LONG)
    await dialogue.payload("appt:open:psychologist")
    await dialogue.send(LONG)
    assert "краще б мене не було" not in caplog.text
    assert await nothing_unanswered(app)


async def test_a_cry_is_answered_in_its_language_when_none_was_chosen(app, dialogue):
    await dialogue.send("помогите!!")  # (a Telegram set to English: a guess)
    assert dialogue.replies[0].text == app.services.t("ru", "urgent_cry")
    other = Dialogue(app.core, user_id="1002", language_hint="uk")
    await other.send("SOS")  # no one language: the person's own
    assert other.replies[0].text == app.services.t("uk", "urgent_cry")
    await other.payload("language:en")
    await other.send("допоможіть")  # a language chosen is kept
    assert other.replies[0].text == app.services.t("en", "urgent_cry")


async def test_the_crisis_lines_come_first_in_a_note_written_instead(app, dialogue):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Olena")
    await dialogue.send("600 123 456 after 5pm")
    await dialogue.press("Write another time")
    await dialogue.send("after 10, I can't go on like this.")
    crisis_lines_first(dialogue, button=False)
    assert "How should staff reach you?" in dialogue.text  # goes on, urgent: the short path
