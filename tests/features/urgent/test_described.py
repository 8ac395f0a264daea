"""Tester 37's danger described rather than named, as a person meets it: a smell of gas (no
answer at all before: now «don't switch anything, get out», 112 or the gas emergency 992), a
missing son «since morning», smoke seen at the neighbours' or wiring on fire, a drunk husband who
«throws things at me» or a neighbour «beating his child», a mother who fell and does not get
up, someone breaking in now. Each gets its lines first, in four languages; the look-alikes («gas
bill», a barbecue, «smoke-free flat», «my phone died») get none. And the staff card of the
urgent request that follows says why it is urgent, without the person's words (F19)."""

from __future__ import annotations

import pytest

from bot.features import urgent
from tests.features.urgent.test_screen import nothing_unanswered
from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    RecordingPlatform,
    confirm_payload,
    request_callback,
)
from tests.support.dialogue import Dialogue

GUESSES = ("q_no_match", "q_did_you_mean")

# (the language, what was typed, the kind the lines are of)
DESCRIBED = [
    # F1: a smell of gas, a leak
    ("uk", "пахне газом у квартирі", "gas"),
    ("uk", "витік газу", "gas"),
    ("ru", "чувствую запах газа", "gas"),
    ("ru", "утечка газа", "gas"),
    ("en", "i smell gas in my flat", "gas"),
    ("en", "smells like gas in the kitchen", "gas"),
    ("pl", "czuję gaz w mieszkaniu", "gas"),
    ("pl", "wyciek gazu", "gas"),
    # F2: a time said with it
    ("en", "my son is missing since morning", "missing"),
    ("en", "my daughter has been missing since yesterday", "missing"),
    ("uk", "син з самого ранку зник", "missing"),
    ("ru", "сын со вчера пропал", "missing"),
    ("pl", "syn od rana zaginął", "missing"),
    ("en", "my son missing since morning", "missing"),
    # F3: smoke seen, wiring on fire
    ("ru", "у соседей дым из окна", "fire"),
    ("uk", "з вікна сусідів йде дим", "fire"),
    ("pl", "dym leci z okna sąsiada", "fire"),
    ("pl", "dym z mieszkania sąsiada", "fire"),
    ("en", "there is smoke coming from under my neighbours door", "fire"),
    ("uk", "загорілася проводка на кухні", "fire"),
    # F4: violence without «hits»
    ("uk", "чоловік п'яний кидається на мене, я боюся йти додому", "violence"),
    ("ru", "муж пьяный кидается на меня, боюсь идти домой", "violence"),
    ("en", "my husband is drunk and throws things at me, im afraid to go home", "violence"),
    ("en", "my neighbour is beating his child", "violence"),
    ("pl", "mąż po pijaku rzuca się na mnie", "violence"),
    # F20: a break-in now
    ("en", "someone is trying to break into my flat right now", "crime"),
    ("ru", "кто-то ломится в квартиру", "crime"),
    ("uk", "хтось намагається вломитися в квартиру", "crime"),
    ("pl", "ktoś próbuje się włamać do mieszkania", "crime"),
]
# F20: a fall and not getting up: an ambulance
FALLEN = [
    ("uk", "моя мама впала і не встає"),
    ("ru", "мама упала и не встает"),
    ("pl", "babcia upadła i nie może wstać"),
    ("en", "my grandma fell and can't get up"),
]
# what shares their words and is no emergency
LOOK_ALIKES = [
    "my phone died",
    "the deadline is killing me",
    "I was fired from work",
    "we are having a barbecue tonight, where can I buy coal",
    "smoke from the barbecue",
    "czuję dym z papierosów sąsiada",
    "smoke-free flat for rent in Opole",
    "how to pay the gas bill",
    "gas station near me",
    "рахунок за газ дуже великий",
    "счет за газ пришел большой",
    "rachunek za gaz",
    "газова плита не запалюється",
    "my son is missing school a lot",
    "my daughter has been missing classes",
    "I'm afraid to go home to Ukraine because of the war",
    "боюсь возвращаться домой в Украину",
    "телефон упал и не включается",
    "my laptop fell and won't turn on",
    "trying to break into the job market",
    "курю на балконі, дим іде до сусідів",
    "у мене з ранку болить голова",
    "syn od rana w szkole",
    "the kids throw things at each other",
]


def test_each_description_is_read_as_its_kind_and_the_look_alikes_as_nothing():
    for _lang, text, kind in DESCRIBED:
        assert urgent.kinds.kinds(text) == [kind], text
    for _lang, text in FALLEN:
        assert urgent.caught(text) == ("medical", urgent.ANY), text
    for text in LOOK_ALIKES:
        assert urgent.caught(text) is None, text


async def test_described_danger_gets_its_lines_first_in_its_language(app):
    """Each typed by a new person whose phone is set to another language: the lines of its kind
    come first, in the message's language, with the urgent call; no guesses, no «no answer»."""
    numbers = {
        "gas": ("112", "992"),
        "missing": ("112", "116 000"),
        "fire": ("112", "998"),
        "violence": ("112", "800 120 002"),
        "crime": ("112",),
    }
    for at, (lang, text, kind) in enumerate(DESCRIBED):
        person = Dialogue(
            app.core, user_id=str(3700 + at), language_hint="uk" if lang != "uk" else "en"
        )
        await person.send(text)
        first = person.replies[0]
        assert first.text == app.services.t(lang, urgent.kinds.keys([kind])[0]), (text, person.text)
        for number in numbers[kind]:
            assert number in first.text, (text, number)
        assert first.buttons[0][0].payload == "callback", text
        for key in GUESSES:
            assert app.services.t(lang, key) not in person.text, (text, person.text)
        if kind in ("gas", "fire", "missing"):  # the whole answer: nothing guessed under it
            assert len(person.replies) == 1, (text, person.text)
            assert "menu" in [b.payload for b in person.buttons], text
    assert await nothing_unanswered(app)


async def test_gas_lines_say_what_not_to_do_and_to_call_from_outside(app, dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("i smell gas in my flat")
    first = dialogue.replies[0].text
    assert "Don't switch anything on or off" in first and "From outside" in first
    assert "112" in first and "992" in first and "998" not in first  # not the fire's lines


async def test_a_fall_without_getting_up_gets_the_ambulance_first(app):
    for at, (lang, text) in enumerate(FALLEN):
        person = Dialogue(app.core, user_id=str(3750 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0].text
        assert first == app.services.t(lang, "urgent_medical"), (text, person.text)
        assert "112" in first and "999" in first
        for key in GUESSES:
            assert app.services.t(lang, key) not in person.text, (text, person.text)


async def test_look_alikes_get_no_emergency_lines(app):
    for at, text in enumerate(LOOK_ALIKES):
        person = Dialogue(app.core, user_id=str(3770 + at))
        await person.send(text)
        assert not person.text.startswith(("🚨", "🚑")), (text, person.text)
        assert "992" not in person.text and "116 000" not in person.text, text


async def test_a_domestic_violence_part_never_comes_before_the_lines(app, dialogue):
    """«муж пьяный кидается на меня…» sent twice opened «Подводные камни» (no number in it)
    alone: now the lines come first each time, whatever part of the answer follows."""
    await dialogue.payload("language:ru")
    for _ in range(2):
        await dialogue.send("муж пьяный кидается на меня, боюсь идти домой")
        first = dialogue.replies[0].text
        assert first == app.services.t("ru", "urgent_help"), dialogue.text
        assert "Подводные камни" not in first
        assert "800 120 002" in first and "112" in first


async def staff_card(app, clock) -> str:  # type: ignore[no-untyped-def]
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    return platform.to(STAFF_CHAT)[0].text


@pytest.mark.parametrize(
    ("before", "why"),
    [
        ("чоловік п'яний кидається на мене", "osoba pisała o przemocy"),
        ("пахне газом у квартирі", "osoba pisała o ulatniającym się gazie"),
    ],
)
async def test_the_urgent_staff_card_says_why_without_the_words(app, dialogue, clock, before, why):
    dialogue.language_hint = "uk"
    await dialogue.send(before)
    await request_callback(dialogue, topic="pesel", description="Потрібен PESEL для сина")
    card = await staff_card(app, clock)
    assert card.splitlines()[0] == f"🚨 PILNE — {why}", card
    # the reason by its kind; the words themselves quoted on a line of their own (tester 38, F4)
    said = [line for line in card.splitlines() if before in line]
    assert said == [f"💬 Co napisała osoba (dlaczego prośba jest pilna): „{before}”"], card


async def test_a_medical_emergency_typed_in_the_form_is_named_on_the_card(app, dialogue, clock):
    dialogue.language_hint = "uk"
    await dialogue.send("/callback")
    await dialogue.payload("person:agree")
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    await dialogue.payload("callback:topic:pesel")
    await dialogue.send("мама впала і не встає")  # the ambulance lines first
    assert dialogue.replies[0].text.startswith("🚑")
    await dialogue.send("Потрібен PESEL для сина")  # (what staff should know: asked again)
    await dialogue.payload("callback:language:uk")
    await dialogue.payload(confirm_payload(dialogue))
    card = await staff_card(app, clock)
    assert card.splitlines()[0] == "🚨 PILNE — osoba pisała o nagłym stanie zagrożenia zdrowia"


# a break-in under way, with another matter beside it: the police lines are the whole answer
BREAK_IN = [
    ("en", "someone is trying to break into my flat right now, also I need help with my PESEL"),
    ("uk", "хтось намагається вломитися в квартиру, нам треба продовжити карту побиту"),
    ("ru", "кто-то ломится в квартиру, а мне нужен мельдунек"),
    ("pl", "ktoś próbuje się włamać do mieszkania, a ja nie mam meldunku"),
]


async def test_a_break_in_under_way_gets_the_police_lines_alone_not_the_other_matter(app):
    for at, (lang, text) in enumerate(BREAK_IN):
        person = Dialogue(app.core, user_id=str(3790 + at), language_hint=lang)
        await person.send(text)
        assert len(person.replies) == 1, (text, person.text)  # no matter offered, no answer
        assert person.replies[0].text == app.services.t(lang, "urgent_crime"), text
        payloads = [b.payload for b in person.buttons]
        assert payloads[0] == "callback" and payloads[-1] == "menu", (text, payloads)
        assert set(payloads) <= {"callback", "topic:crime_report", "menu"}, (text, payloads)


async def test_a_break_in_told_afterwards_keeps_its_answer_under_the_lines(app, dialogue):
    dialogue.language_hint = "en"
    await dialogue.send("someone broke into my flat while we were at work, how do I report it")
    assert dialogue.replies[0].text == app.services.t("en", "urgent_crime")
    assert len(dialogue.replies) > 1  # «Reporting a crime» under them
