"""The lines fit the danger (bot/features/urgent/kinds.py), as a person meets them: a missing
child gets 112 at once and 116 000; a fire «get out», 112 and 998; thoughts of suicide the
crisis lines first, without «robbed or attacked?»; a crime the police first; fear alone the
whole block and no topic guessed from it. Whatever the kind, the next callback request is urgent,
and no service of the office is offered under the lines."""

from __future__ import annotations

import pytest

from tests.features.urgent.test_screen import nothing_unanswered
from tests.support.callbacks import STAFF_CHAT, Delivery, RecordingPlatform, request_callback
from tests.support.dialogue import Dialogue

GUESSES = ("q_no_match", "q_did_you_mean")


def lines_first(app, dialogue: Dialogue, lang: str, *numbers: str) -> str:  # type: ignore[no-untyped-def]
    """The first reply: the danger's lines with these numbers, the urgent call under them; no
    «I have no answer», no guesses, no service offered. Its text."""
    first = dialogue.replies[0]
    assert first.text.startswith("🚨"), dialogue.text
    for number in numbers:
        assert number in first.text, (number, dialogue.text)
    assert first.buttons[0][0].payload == "callback"
    for key in (*GUESSES, "sv_offer"):
        assert app.services.t(lang, key) not in dialogue.text, (key, dialogue.text)
    return first.text


MISSING = [
    ("uk", "зникла дитина"),
    ("uk", "син не повернувся зі школи, телефон вимкнений"),
    ("uk", "допоможіть!!! дочка зникла"),
    ("uk", "не можу знайти доньку"),
    ("uk", "dytyna znykla"),
    ("ru", "пропал ребенок"),
    ("ru", "pomohite moyu doch ne mogu najti"),
    ("ru", "дочь не вернулась из школы, не отвечает"),
    ("en", "my child is missing"),
    ("en", "I can't find my son anywhere"),
    ("pl", "Dziecko zaginęło"),
    ("pl", "córka nie wróciła ze szkoły"),
]


@pytest.mark.parametrize(("lang", "text"), MISSING)
async def test_a_missing_child_gets_112_at_once_and_the_missing_childrens_line(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = lines_first(app, dialogue, lang, "112", "116 000")
    assert "24" in first  # no 24 hours to wait
    assert "116 123" not in first and "🚓" not in first  # not the crisis or the police lines
    assert await nothing_unanswered(app)


async def test_after_a_missing_child_the_next_callback_request_is_urgent(app, dialogue, clock):
    dialogue.language_hint = "uk"
    await dialogue.send("зникла дитина")
    text = await request_callback(dialogue, topic="other", description="донька не прийшла")
    assert "терміновий" in text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert platform.to(STAFF_CHAT)[0].text.startswith("🚨 PILNE")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "пожежа в будинку"),
        ("ru", "горит квартира"),
        ("en", "fire in my flat"),
        ("pl", "pożar"),
        ("pl", "coś się pali na klatce"),
    ],
)
async def test_a_fire_gets_get_out_and_112_or_998(app, dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = lines_first(app, dialogue, lang, "112", "998")
    assert "116 123" not in first and "800 120 002" not in first


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "хочу покінчити з собою"),
        ("ru", "не хочу жить"),
        ("en", "I want to kill myself"),
        ("pl", "mam myśli samobójcze"),
    ],
)
async def test_thoughts_of_suicide_get_the_crisis_lines_first_and_no_robbed_or_attacked(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = lines_first(app, dialogue, lang, "112", "116 123", "116 111")
    assert first.index("116 123") < first.index("116 111")
    assert "🚓" not in first and "800 120 002" not in first  # no police, no domestic violence
    assert app.services.t(lang, "urgent_help") not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "text", "police"),
    [
        ("uk", "мене пограбували на вулиці", "Повідомте поліцію"),
        ("ru", "меня ограбили вчера", "Сообщите в полицию"),
        ("en", "I was mugged near the station", "Tell the police"),
        ("pl", "okradli mnie w tramwaju", "Zgłoś to policji"),
    ],
)
async def test_a_crime_gets_the_police_first(app, dialogue, lang, text, police):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = lines_first(app, dialogue, lang, "112")
    assert police in first
    assert first.index(police) < first.index("800 120 002")  # the police before the help lines


async def test_violence_gets_the_whole_block_and_the_domestic_violence_answer(app, dialogue):
    await dialogue.payload("language:uk")
    await dialogue.send("чоловік мене б'є, що робити")
    first = lines_first(app, dialogue, "uk", "112", "800 120 002", "116 123", "116 111")
    assert first == app.services.t("uk", "urgent_help")
    domestic = app.services.kb.topic("uk", "domestic_violence")
    assert domestic.title in dialogue.text  # the answer follows the block


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "my husband locks me in"),
        ("en", "my partner won't let me leave the house"),
        ("uk", "чоловік зачиняє мене вдома і забирає телефон"),
        ("ru", "мой парень запирает меня в квартире"),
        ("pl", "mąż zamyka mnie w domu"),
    ],
)
async def test_locked_in_by_a_partner_gets_the_violence_lines_and_domestic_violence(
    app, dialogue, lang, text
):
    # (README, Known gaps: «my husband locks me in» was left to the search, with no lines)
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = lines_first(app, dialogue, lang, "112", "800 120 002", "116 123")
    assert first == app.services.t(lang, "urgent_help")
    assert "+48 22 628 01 20" not in dialogue.text  # not forced labour's KCIK
    # the domestic-violence answer under the lines, or a tap away where the search is unsure
    answered = app.services.kb.topic(lang, "domestic_violence").title in dialogue.text
    assert answered or "topic:domestic_violence" in [b.payload for b in dialogue.buttons]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("uk", "мені страшно"),
        ("ru", "мне угрожают"),
        ("uk", "допоможіть, мені погрожують"),
        ("en", "I am in danger"),
    ],
)
async def test_fear_alone_gets_the_block_and_no_domestic_violence_topic(app, dialogue, lang, text):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    lines_first(app, dialogue, lang, "112", "800 120 002")
    assert len(dialogue.replies) == 1  # the lines alone: no answer guessed from fear
    domestic = app.services.kb.topic(lang, "domestic_violence")
    assert domestic.title not in dialogue.text
    assert not any(b.payload.startswith("topic:") for b in dialogue.buttons)
    assert any(b.payload == "menu" for b in dialogue.buttons)


async def test_a_threat_that_says_from_whom_is_answered_after_the_block(app, dialogue):
    await dialogue.payload("language:ru")
    await dialogue.send("мне угрожает бывший муж, что делать")
    lines_first(app, dialogue, "ru", "112", "800 120 002")
    assert app.services.kb.topic("ru", "domestic_violence").title in dialogue.text


async def test_thoughts_of_suicide_alone_offer_psychological_help_a_tap_away(app, dialogue):
    await dialogue.payload("language:uk")
    await dialogue.send("не хочу жити")
    assert len(dialogue.replies) == 1
    rows = [[b.payload for b in row] for row in dialogue.replies[0].buttons]
    assert rows == [["callback"], ["topic:psychological_help"], ["menu"]]


async def test_the_lines_of_each_kind_a_message_speaks_of(app, dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("fire in my flat and my son is missing")
    first = dialogue.replies[0].text
    assert "116 000" in first and "998" in first
    assert first.index("116 000") < first.index("998")  # a missing person first, then a fire


@pytest.mark.parametrize(
    ("lang", "text", "service"),
    [
        ("en", "I want to kill myself, I need a psychologist", "Psychologist"),
        ("uk", "чоловік мене б'є, потрібен юрист", "Юридична консультація"),
        ("en", "my husband is having a heart attack, I need a translation", "Document translation"),
    ],
)
async def test_no_service_is_offered_under_an_emergency(app, dialogue, lang, text, service):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert dialogue.text.startswith(("🚨", "🚑"))
    assert app.services.t(lang, "sv_offer") not in dialogue.text
    assert not any(b.payload.startswith("service:") for b in dialogue.buttons)
    await dialogue.send(text.partition(", ")[2])  # the same service asked for alone: offered
    assert any(b.label == service for b in dialogue.buttons), dialogue.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "горит квартира у соседей, что делать"),
        ("uk", "дочка не прийшла додому, а я живу в гуртожитку"),
        ("en", "my son is missing, he went to school by bus this morning"),
    ],
)
async def test_for_a_fire_or_a_missing_person_the_lines_are_the_whole_answer(
    app, dialogue, lang, text
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    assert len(dialogue.replies) == 1, dialogue.text  # no topic guessed from the flat or the bus
    assert dialogue.replies[0].text.startswith("🚨")
    assert any(b.payload == "menu" for b in dialogue.buttons)
