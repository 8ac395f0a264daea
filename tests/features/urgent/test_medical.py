"""A medical emergency typed in any words (a stroke, «не може дихати», «call an ambulance»): 112
and 999 first, where to go at night, the healthcare topic a tap away; never «I have no answer»
nor a guess, and not the crisis lines of the danger screen. A question that only names an
illness is a question."""

from __future__ import annotations

import pytest

from tests.features.urgent.test_screen import no_crisis_lines


def ambulance_first(dialogue) -> None:  # type: ignore[no-untyped-def]
    first = dialogue.replies[0]
    for number in ("112", "999", "800 190 590"):
        assert number in first.text, (number, dialogue.text)
    assert first.text.startswith("🚑")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "у мужа инсульт"),
        ("ru", "ребенок выпил таблетки"),
        ("ru", "вызовите скорую мужу плохо"),
        ("ru", "мне плохо с сердцем"),
        ("uk", "у чоловіка інсульт"),
        ("uk", "дитина не дихає"),
        ("pl", "sąsiadka ma zawał"),
        ("pl", "mąż stracił przytomność"),
        ("en", "my husband is having a stroke"),
        ("en", "I cant breathe"),
        ("en", "heart attack"),
        # a fall, a fracture, a head bleeding, something swallowed: also transliterated
        ("ru", "сын упал и сломал руку"),
        ("uk", "syn vpav, krov z holovy"),
        ("uk", "дитина проковтнула таблетки"),
        ("ru", "ребенок отравился"),
        ("ru", "syn upal s balkona"),
        ("uk", "донька впала з вікна"),
        ("en", "broken arm"),
        ("en", "head injury"),
        ("en", "my son fell and his head is bleeding"),
        ("pl", "złamana ręka"),
        ("pl", "dziecko połknęło baterię"),
        # a doctor tonight: a high fever, a child fallen ill (tester 28): night care in the lines
        ("uk", "дитина хворіє, висока температура, нема страховки"),
        ("ru", "ребенку плохо ночью куда звонить"),
        ("en", "my kid is sick and we have no insurance"),
        ("pl", "córka ma gorączkę 39, co robić"),
    ],
)
async def test_a_medical_emergency_gets_112_and_999_first(app, dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    ambulance_first(dialogue)
    assert dialogue.replies[0].buttons[0][0].payload == "topic:healthcare"
    for key in ("q_no_match", "q_did_you_mean"):
        assert app.services.t(lang, key) not in dialogue.text
    no_crisis_lines(dialogue)  # not the lines for violence and suicide
    assert app.services.t(lang, "sv_offer") not in dialogue.text  # no service under it


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pl", "zatrudnienie na umowę o pracę"),
        ("ru", "мужу плохо платят на работе, что делать"),
        ("en", "how do I get a family doctor"),
        ("uk", "як записатися до лікаря"),
        ("uk", "зламав телефон, де полагодити"),
        ("en", "I broke my phone screen"),
        ("ru", "дочь сломала ноутбук, где починить"),
        ("pl", "nie mogę połknąć tabletki, jaki lekarz"),
        ("uk", "дитина часто хворіє, як взяти лікарняний"),
        ("uk", "температура в квартирі 15 градусів, що робити"),
        ("en", "can I take sick leave to care for my kid"),
    ],
)
async def test_an_ordinary_question_gets_no_ambulance_lines(dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert not dialogue.replies[0].text.startswith("🚑")


async def test_in_a_form_the_ambulance_lines_come_and_the_form_goes_on(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("my husband is having a stroke")
    ambulance_first(dialogue)
    assert "your form is still open" in dialogue.text.lower()
    assert "your name" in dialogue.text.lower()  # asked again, nothing taken for a name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "ambulance"),
        ("en", "Ambulance?"),
        ("en", "an ambulance please"),
        ("uk", "швидка"),
        ("uk", "швидка допомога!"),
        ("ru", "скорая"),
        ("ru", "скорую срочно"),
        ("pl", "karetka"),
        ("pl", "pogotowie ratunkowe"),
    ],
)
async def test_the_emergency_service_named_alone_gets_the_ambulance_lines(dialogue, lang, text):
    # tester 41, F9: «ambulance» alone had «did you mean», «how to call ambulance» the lines
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    ambulance_first(dialogue)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "who pays for the ambulance"),
        ("ru", "скорая платная для иностранцев?"),
        ("pl", "pogotowie energetyczne numer"),
    ],
)
async def test_a_question_about_the_ambulance_is_a_question(dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert not dialogue.replies[0].text.startswith("🚑")
