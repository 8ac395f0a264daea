"""Danger: 112 and the help lines at once, and the person's request flagged urgent for staff."""

from __future__ import annotations

import re

import pytest

from bot.content.i18n import Translator
from bot.features import urgent
from bot.settings.model import LANGUAGES
from tests.support.callbacks import (
    STAFF_CHAT,
    Delivery,
    RecordingPlatform,
    StaffMember,
    request_callback,
)


@pytest.mark.parametrize(
    "text",
    [
        "чоловік мене бʼє",  # the Ukrainian apostrophe U+02BC
        "він мене б’є щодня",  # U+2019
        "Він б'є дітей",
        "домашнє насильство",
        "муж угрожает убить",
        "он бьёт меня",
        "он бьет меня",
        "He beats me",
        "I am in DANGER",
        "my partner threatened me",
        "przemoc domowa",
        "mąż mnie bije",
        "я не хочу жити",
        "думаю про самогубство",
        "хочу покончить с собой",
        "I want to kill myself",
        "nie chcę już żyć",
        "myśli samobójcze",
        # the words turned round, the meaning said another way, slang, transliterated
        "жити вже не хочеться",
        "не бачу сенсу жити далі",
        "хочу вмерти",
        "ne hochu zhyty",
        "жить не хочется совсем",
        "не вижу смысла жить",
        "ne khochu zhit bolshe",
        "i dont wanna live anymore",
        "I have nothing to live for",
        "nie chce mi się żyć",
        "chcę się zabić",
        "nie widzę sensu życia",
    ],
)
def test_danger_is_recognised_in_every_language(text):
    assert urgent.detect(text)


@pytest.mark.parametrize(
    "text",
    [
        "how do I get a PESEL",
        "де зробити мельдунек",
        "бюро",
        "Jak dostać kartę pobytu",
        "",
        "хочу жити в Польщі з родиною",
        "I want to live in Krakow",
        "chcę żyć i pracować w Polsce",
    ],
)
def test_ordinary_questions_are_not_taken_for_danger(text):
    assert not urgent.detect(text)


def test_the_help_lines_are_the_ones_in_the_domestic_violence_answer(app):
    kb, t = app.services.kb, app.services.t
    for lang in app.services.settings.languages:
        answer = kb.topic(lang, "domestic_violence").answer
        help_text = t(lang, "urgent_help")
        for number in ("112", "800 120 002", "116 123", "116 111"):
            assert number in answer and number in help_text, (lang, number)
        # 997 reaches the same 112 centre (police pages, docs/content-review.md): one number
        assert "997" not in help_text, lang


def test_every_help_line_in_the_danger_message_is_one_the_answers_give(app):
    kb, t = app.services.kb, app.services.t
    for lang in app.services.settings.languages:
        answers = " ".join(
            kb.topic(lang, topic).answer for topic in ("psychological_help", "domestic_violence")
        )
        help_text = t(lang, "urgent_help")
        lines = re.findall(r"\*\*([0-9][0-9 ]+[0-9])\*\*", help_text)
        assert lines == ["800 120 002", "116 123", "116 111"], lang
        assert all(number in answers for number in lines), lang


def test_the_closed_itaka_line_is_not_in_the_danger_message():
    # ITAKA's 800 70 2222 closed on 1 January 2021; 116 123 is the adults' line, 24/7.
    t = Translator()
    for lang in LANGUAGES:
        assert "800 70 2222" not in t(lang, "urgent_help"), lang
        assert "116sos.pl" in t(lang, "urgent_help"), lang


@pytest.mark.parametrize(
    ("lang", "text", "callback_label"),
    [
        ("en", "i want to kill myself", "urgent"),
        ("uk", "не хочу більше жити", "терміновий"),
        ("ru", "хочу покончить с собой", "срочный"),
        ("pl", "mam myśli samobójcze", "pilny"),
    ],
)
async def test_thoughts_of_suicide_get_the_crisis_lines_not_an_i_dont_know(
    app, dialogue, lang, text, callback_label
):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(text)
    first = dialogue.replies[0]
    for number in ("112", "116 123", "116 111"):
        assert number in first.text, number
    assert "800 70 2222" not in first.text
    assert first.buttons[0][0].payload == "callback"
    assert callback_label in first.buttons[0][0].label
    no_match = app.services.t(lang, "q_no_match")
    guesses = app.services.t(lang, "q_did_you_mean")
    assert all(no_match not in r.text and guesses not in r.text for r in dialogue.replies)


@pytest.mark.parametrize(
    ("lang", "text", "police"),
    [
        ("en", "someone is following me and I am scared", "Tell the police"),
        ("uk", "мене обікрали на вулиці", "Повідомте поліцію"),
        ("pl", "okradli mnie w tramwaju", "Zgłoś to policji"),
    ],
)
async def test_a_crime_against_the_person_gets_112_and_the_way_to_the_police(
    dialogue, lang, text, police
):
    dialogue.language_hint = lang
    await dialogue.send(text)
    first = dialogue.replies[0].text
    assert "112" in first and police in first


async def test_writing_about_danger_shows_112_at_once_and_flags_the_next_request(
    app, dialogue, clock
):
    dialogue.language_hint = "uk"
    await dialogue.send("мій чоловік мене бʼє, що робити")
    first = dialogue.replies[0]
    assert "112" in first.text and "800 120 002" in first.text
    assert first.buttons[0][0].payload == "callback"
    menus = [b for r in dialogue.replies for row in r.buttons for b in row if b.payload == "menu"]
    assert len(menus) == 1  # the answer under the help lines has its own way to the menu
    text = await request_callback(dialogue, topic="other", description="потрібна допомога")
    assert "терміновий" in text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert platform.to(STAFF_CHAT)[0].text.startswith("🚨 PILNE")


async def test_danger_written_long_ago_does_not_flag_a_later_ordinary_request(app, dialogue, clock):
    dialogue.language_hint = "uk"
    await dialogue.send("мій чоловік мене бʼє, що робити")
    await dialogue.send("/cancel")
    clock.advance(hours=2)
    await dialogue.send("/callback")
    assert "112" in dialogue.replies[0].text  # the same day: still shown first
    await dialogue.send("/cancel")
    clock.advance(days=2)
    await dialogue.payload("topic:pesel")  # (the topic read last, were it still violence, would)
    await dialogue.send("/callback")
    assert "112" not in dialogue.replies[0].text
    await dialogue.send("/cancel")
    text = await request_callback(dialogue, topic="pesel")
    assert "терміновий" not in text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert "PILNE" not in platform.to(STAFF_CHAT)[0].text


async def test_the_domestic_violence_topic_in_the_request_shows_help_lines_and_flags_it(
    app, dialogue, clock
):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("Maria")
    await dialogue.send("601234567")
    await dialogue.press("Safety")
    await dialogue.press("Domestic violence")
    assert "call 112" in dialogue.text and "116 123" in dialogue.text
    await dialogue.press("Skip")
    await dialogue.press("English")  # urgent: no «when should we call?», as soon as possible
    assert "When: as soon as possible" in dialogue.text
    await dialogue.press("Send the request")
    assert "marked as urgent" in dialogue.text
    platform = RecordingPlatform()
    await Delivery(app, platform, clock).run()
    assert "PILNE" in platform.to(STAFF_CHAT)[0].text


async def test_a_request_made_right_after_reading_the_domestic_violence_answer_is_urgent(
    app, dialogue
):
    await dialogue.payload("topic:domestic_violence")
    await dialogue.send("/callback")
    assert "call 112" in dialogue.replies[0].text  # shown at once, before the consent
    await request_callback(dialogue, topic="legal_help")
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "🚨 📞 Prośba o telefon nr T1" in anna.text
    await request_callback(dialogue, topic="pesel")
    await anna.command("/requests")
    assert "🚨 📞 Prośba o telefon nr T2" not in anna.text
    assert "📞 Prośba o telefon nr T2" in anna.text


async def test_the_domestic_violence_answer_read_the_day_before_no_longer_flags_a_request(
    app, dialogue, clock
):
    await dialogue.payload("topic:domestic_violence")
    clock.advance(hours=13)
    await dialogue.send("/callback")
    assert "call 112" not in dialogue.replies[0].text
    await request_callback(dialogue, topic="legal_help")
    anna = StaffMember(app.core)
    await anna.command("/requests")
    assert "Prośba o telefon nr T1" in anna.text and "🚨" not in anna.text


async def test_danger_words_in_the_description_flag_the_request(app, dialogue):
    await request_callback(dialogue, description="my husband threatens me")
    anna = StaffMember(app.core)
    await anna.command("/request 1")
    assert "PILNE" in anna.text
    await request_callback(dialogue, topic="meldunek", description="just a question")
    await anna.command("/request 2")
    assert "PILNE" not in anna.text  # the flag does not stick to later requests
