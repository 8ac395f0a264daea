"""A newcomer to a network writes before choosing an office, and nothing says which language
they read (no hint: Viber, a borrowed phone; or a phone set to English): the list of offices,
the choice and the answer come in the language their message is surely written in, and it is
their language from now on, as after a first question outside the gate; so does a greeting in
Cyrillic (the eighth session). Short or unclear text, a Latin greeting, Polish, or a language
chosen before: as before (the hint, or the default)."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config

PESEL_FOR_A_CHILD = "привіт, мені потрібен песель для дитини"


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


def newcomer(app, hint: str | None = None) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(app.core, user_id="2301", language_hint=hint)


async def test_a_ukrainian_first_message_gets_the_list_the_choice_and_the_answer_in_ukrainian(
    network,
):
    olena = newcomer(network)
    await olena.send(PESEL_FOR_A_CHILD)
    assert olena.text.startswith("Спершу оберіть свій інформаційний пункт")
    assert [b.label for b in olena.buttons][:3] == ["Північ", "Південь", "Схід"]
    assert "🌐 Мова" in [b.label for b in olena.buttons]
    await olena.press("Південь")
    assert "Ваш інформаційний пункт: Південь." in olena.text
    assert "PESEL у Southville видає лише South Desk" in olena.text  # the question, answered
    await olena.send("/mydata")
    assert "Мова: українська (з налаштувань застосунку або з мови ваших повідомлень" in olena.text


async def test_a_russian_message_on_a_phone_set_to_english_is_answered_in_russian(network):
    ivan = newcomer(network, "en")
    await ivan.send("мне нужен песель для ребенка")
    assert ivan.text.startswith("Сначала выберите свой информационный пункт")
    await ivan.press("Север")
    assert "Ваш информационный пункт: Север." in ivan.text


@pytest.mark.parametrize(
    ("hint", "typed", "first"),
    [
        (None, "pesel", "First choose your information point"),  # short: the default
        ("ru", "песель", "Сначала выберите свой информационный пункт"),  # the hint stays
        # a greeting transliterated says too little of a language: as before (a greeting
        # alone: the gate's friendly line, unknown.small_talk)
        (None, "privet!", "👋 Hello! I'm the chatbot of the information points"),
        # the Polish names of things are what newcomers write whatever their language
        (None, "pesel dla dziecka", "First choose your information point"),
        ("uk", "pesel dla dziecka", "Спершу оберіть свій інформаційний пункт"),
        ("uk", "потрібен pesel dla dziecka", "Спершу оберіть свій інформаційний пункт"),
        # a whole Polish sentence: Polish; from someone taken for a Ukrainian too when it is
        # clearly Polish, with Polish letters (tester report 30: «ile płacić zus») or, without
        # them, a verb spelled as only Polish spells it (README's known gap, the twenty-second
        # session)
        (None, "potrzebuję pesel dla dziecka", "Najpierw wybierz swój punkt informacyjny"),
        ("uk", "potrzebuję pesel dla dziecka", "Najpierw wybierz swój punkt informacyjny"),
        ("uk", "potrzebuje pesel dla dziecka", "Najpierw wybierz swój punkt informacyjny"),
    ],
)
async def test_short_or_unclear_text_keeps_the_hint_or_the_default(network, hint, typed, first):
    person = newcomer(network, hint)
    await person.send(typed)
    assert person.text.startswith(first)


@pytest.mark.parametrize(
    ("typed", "first"),
    [
        ("Привіт!", "👋 Вітаю! Я чат-бот інформаційних пунктів"),
        ("здравствуйте", "👋 Здравствуйте! Я чат-бот информационных пунктов"),
    ],
)
async def test_a_greeting_in_cyrillic_gets_the_list_in_its_language(network, typed, first):
    person = newcomer(network, "en")
    await person.send(typed)
    assert person.text.startswith(first)


async def test_a_language_chosen_at_the_gate_is_kept_whatever_is_written_next(network):
    john = newcomer(network, "uk")
    await john.send("/start")
    await john.press("Мова")
    await john.press("English")
    await john.send(PESEL_FOR_A_CHILD)
    assert john.text.startswith("First choose your information point")
    await john.press("South")
    assert "Your information point: South." in john.text


async def test_a_language_chosen_first_promises_an_answer_only_when_something_waits(network):
    """Tester 35, item 22: /language before any office, nothing sent: no «then I will answer
    what you sent»; a question sent first still waits, and is promised."""
    anna = newcomer(network, "en")
    await anna.send("/start")
    await anna.send("/language")
    await anna.payload("language:uk")
    assert "Мова: українська" in anna.text
    assert "відповім на те, що ви надіслали" not in anna.text
    await anna.send("/language")  # the gate's list again, then the language
    await anna.payload("language:pl")
    assert "odpowiem" not in anna.text.casefold()

    typed = newcomer(network, "en")  # «1» typed at the list of languages, as text
    await typed.send("/language")
    await typed.send("1")
    await typed.payload("language:uk")
    assert "відповім" not in typed.text and "Який інформаційний пункт ваш?" in typed.text

    olena = Dialogue(network.core, user_id="2302", language_hint="en")
    await olena.send("I need a PESEL for my child")
    await olena.payload("language:uk")
    assert "Потім я відповім на те, що ви надіслали" in olena.text
