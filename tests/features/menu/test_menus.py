"""Browsing: start, language, categories, topics, hours — through the core, no network."""

from __future__ import annotations

import re

import pytest

from bot.channels.telegram.commands import USER_COMMANDS
from bot.core.markup import to_plain
from bot.settings.model import LANGUAGES


async def test_start_greets_in_the_platform_language_and_offers_the_choice(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/start")
    assert "Вітаємо" in dialogue.text
    assert {b.label for b in dialogue.buttons} >= {"🇺🇦 Українська", "🇵🇱 Polski", "🇬🇧 English"}


async def test_unsupported_platform_language_falls_back_to_english(dialogue):
    dialogue.language_hint = "pt-BR"
    await dialogue.send("/start")
    assert "Hello" in dialogue.text


async def test_chosen_language_is_remembered_over_the_platform_hint(dialogue):
    dialogue.language_hint = "en"
    await dialogue.send("/start")
    await dialogue.press("Polski")
    assert "Menu główne" in dialogue.text or "polski" in dialogue.text
    dialogue.language_hint = "ru"
    await dialogue.send("/topics")
    assert "Wybierz dział" in dialogue.text


async def test_category_opens_topics_and_topic_opens_answer_with_sources_and_date(dialogue):
    await dialogue.send("/topics")
    await dialogue.press("Documents")
    await dialogue.press("PESEL")
    answer = dialogue.replies[0]
    assert "PESEL" in answer.text
    assert "https://" in answer.text
    assert "Information checked on 23 November 2026" in to_plain(answer.text)
    assert dialogue.button("Back").payload.startswith("category:")
    assert dialogue.button("Main menu").payload == "menu"
    dialogue.language_hint, dialogue.user_id = "uk", "uk-reader"
    await dialogue.payload("topic:pesel")
    assert "Інформацію перевірено: 23.11.2026" in to_plain(dialogue.replies[0].text)


async def test_every_topic_in_every_language_opens(app, dialogue):
    for lang in app.services.settings.languages:
        dialogue.language_hint = lang
        dialogue.user_id = f"user-{lang}"
        for topic_id in app.services.kb.topic_ids:
            replies = await dialogue.payload(f"topic:{topic_id}")
            title = app.services.kb.topic(lang, topic_id).title
            assert title in to_plain(replies[0].text)


async def test_hours_show_weekdays_and_times_in_the_users_language(dialogue):
    dialogue.language_hint = "pl"
    await dialogue.send("/contact")
    assert "Wtorek 13:00–15:30" in dialogue.text
    assert "Czwartek 13:00–15:00" in dialogue.text
    assert "Sobota 10:00–14:00" in dialogue.text
    assert "stanowisko nr 4" in dialogue.text
    assert "ul. Majówka 21A" in dialogue.text


async def test_callback_and_booking_buttons_are_never_dead(dialogue):
    await dialogue.send("/start")
    await dialogue.press("English")
    for label in ("callback", "Book"):
        await dialogue.press(label)
        assert dialogue.replies and dialogue.buttons
        await dialogue.payload("menu")


async def test_forged_payload_gets_a_polite_expired_answer_and_the_menu(dialogue):
    await dialogue.payload("topic:no_such_topic")
    assert "no longer active" in dialogue.text
    await dialogue.payload("zzz:1:2")
    assert "no longer active" in dialogue.text
    assert dialogue.button("Ask a question")


async def test_unknown_command_and_stickers_get_a_translated_answer(dialogue):
    dialogue.language_hint = "ru"
    await dialogue.send("/nonsense")
    assert "не знаю такой команды" in dialogue.text
    await dialogue.event(unsupported="sticker")
    assert "только текстовые" in dialogue.text


async def test_cancel_leaves_a_flow(dialogue):
    dialogue.language_hint = "en"
    await dialogue.send("/cancel")
    assert "nothing to cancel" in dialogue.text


@pytest.mark.parametrize("lang", LANGUAGES)
async def test_help_lists_every_command_a_person_has(app, dialogue, lang):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send("/help")
    listed = set(re.findall(r"/([a-z]+)", dialogue.text))
    # aliases; /office only where there are several offices (tests/features/office)
    # /services only where the office has a catalogue (tests/features/services), /courses only
    # where it has courses (tests/features/courses)
    exempt = {"menu", "hours", "office", "services", "courses"}
    user_commands = set(app.core.registry.commands) - exempt
    assert user_commands - {"help"} <= listed, sorted(user_commands - listed)
    in_telegram_menu = set(USER_COMMANDS) - {"help", "office", "services", "courses"}
    assert in_telegram_menu <= listed
    assert "/office" not in dialogue.text


# /start in a form, then a word typed (tester 41, F10): «type “Leave the form, start again” or
# “Go on with the form”» was followed by the form's day picker; now by the question's two buttons
AGAIN = {"uk": "одну з двох кнопок", "ru": "одну из двух кнопок", "en": "one of the two buttons"}
AGAIN["pl"] = "jeden z dwóch przycisków"
YES = {"uk": "так", "ru": "да", "en": "yes", "pl": "tak"}


async def test_a_word_at_starts_question_in_a_form_asks_it_again_with_its_buttons(app):
    from tests.support.dialogue import Dialogue

    for n, lang in enumerate(sorted(AGAIN)):
        dialogue = Dialogue(app.core, user_id=str(3100 + n), language_hint=lang)
        await dialogue.send("/book")
        await dialogue.send("/start")
        await dialogue.send("insurance?")
        assert AGAIN[lang] in dialogue.text, (lang, dialogue.text)
        assert [b.payload for b in dialogue.buttons] == ["start:leave", "start:on"], lang
        await dialogue.send(YES[lang])  # a yes typed: leave the form
        assert any(b.payload.startswith("language:") for b in dialogue.buttons), lang
