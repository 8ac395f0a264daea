"""The network's first screen (the list of offices) and what people type there: small talk
alone («привіт», «hello», «дякую») gets a friendly line above the list, nothing held to answer
later; ordinary words («що робити», «what do I do») are a question, answered once the office is
chosen, never «I don't know the town»; a word two letters from an office's town is asked about
(«did you mean …?»), in a short message saying where the person is too, the rest answered after
the choice (not elsewhere in a sentence: the car «opel»); a small place named (GeoNames'
1,000–15,000) is kept as the person's town (/mydata, /forget, its nearest office first in the
list again); an office's town misspelt is read in the first second after a start, before the
search has loaded its dictionaries; small talk then gets its friendly line too."""

from __future__ import annotations

import pytest

from bot import search
from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config

UNKNOWN = ("I don't know the town", "Я не знаю міста", "Я не знаю города", "Nie znam miejscowości")


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


def labels(person: Dialogue) -> list[str]:
    return [b.label for b in person.buttons]


@pytest.mark.parametrize(
    ("hint", "typed", "said", "first"),
    [
        ("uk", "привіт", "👋 Вітаю! Я чат-бот інформаційних пунктів для іноземців.", "Північ"),
        ("en", "hello", "👋 Hello! I'm the chatbot of the information points", "North"),
        ("uk", "дякую", "Будь ласка! 🙂 Оберіть свій пункт нижче", "Північ"),
        ("ru", "спасибо", "Пожалуйста! 🙂 Выберите свой пункт ниже", "Север"),
        ("pl", "dzień dobry", "👋 Dzień dobry! Jestem czatbotem punktów informacyjnych", "Północ"),
    ],
)
async def test_small_talk_at_the_first_screen_gets_a_friendly_line_and_the_list(
    network, hint, typed, said, first
):
    person = Dialogue(network.core, user_id=f"2701{hint}{len(typed)}", language_hint=hint)
    await person.send(typed)
    assert said in person.text, person.text
    assert not any(line in person.text for line in UNKNOWN)
    assert labels(person)[0] == first
    await person.press(first)  # chosen: the welcome, nothing held to answer
    assert said not in person.text and not any("🙂" in r.text for r in person.replies)


@pytest.mark.parametrize(
    ("hint", "typed"), [("uk", "що робити"), ("en", "what do I do"), ("ru", "что делать?")]
)
async def test_ordinary_words_at_the_first_screen_are_a_question_not_a_town(network, hint, typed):
    person = Dialogue(network.core, user_id=f"2702{hint}", language_hint=hint)
    await person.send(typed)
    assert not any(line in person.text for line in UNKNOWN), person.text
    assert "«" not in person.text  # (no word quoted back as a place)
    assert len(labels(person)) >= 3  # the list of offices


async def test_a_word_two_letters_from_an_offices_town_is_asked_about(network):
    person = Dialogue(network.core, user_id="2703", language_hint="en")
    await person.send("Easbry")  # (Eastbury, East's city)
    assert "«Easbry»: did you mean East?" in person.text, person.text
    assert labels(person)[0] == "East"


@pytest.mark.parametrize(
    ("hint", "typed", "then"),
    [
        ("en", "I live in Easbry, how to get PESEL", "Then I will answer what you sent."),
        ("uk", "я живу в Easbry", None),  # (the search reads «живу»: still asked about)
        ("pl", "jestem z Easbry, potrzebuję pesel", "Potem odpowiem na Twoją wiadomość."),
    ],
)
async def test_a_word_two_letters_from_an_offices_town_in_a_short_message_is_asked_about(
    network, hint, typed, then
):
    person = Dialogue(network.core, user_id=f"2707{hint}", language_hint=hint)
    await person.payload(f"language:{hint}")
    await person.send(typed)
    assert "«Easbry»" in person.text and labels(person)[0] in ("East", "Схід", "Wschód")
    if then is None:
        assert "Спершу оберіть" not in person.text, person.text  # (nothing else to answer)
        return
    assert then in person.text, person.text
    await person.press(labels(person)[0])  # East: the question is answered there
    assert "PESEL" in person.text, person.text


@pytest.mark.parametrize(
    "typed", ["mam problem z Easbry", "I drive an Easbry to work", "my Easbry in Northtown"]
)
async def test_the_word_elsewhere_in_a_sentence_is_not_asked_about(network, typed):
    person = Dialogue(network.core, user_id="2708", language_hint="en")
    await person.payload("language:en")
    await person.send(typed)
    assert "did you mean" not in person.text and "czy chodziło" not in person.text, person.text


@pytest.mark.parametrize(
    ("hint", "typed", "then"),
    [
        ("uk", "песель в Easbry", "Потім я відповім на те, що ви надіслали."),
        (
            "en",
            "I came from Easbry yesterday and need a PESEL for my kid",
            "Then I will answer what you sent.",
        ),
    ],
)
async def test_a_misspelt_town_in_a_question_about_a_topic_is_asked_about_once(
    network, hint, typed, then
):
    # a word not of place before it («песель в»), or a message of more than eight words, was
    # held with the plain list: the town was not read
    person = Dialogue(network.core, user_id=f"2709{hint}", language_hint=hint)
    await person.payload(f"language:{hint}")
    await person.send(typed)
    assert "«Easbry»" in person.text and then in person.text, person.text
    assert labels(person)[0] in ("East", "Схід")
    await person.press(labels(person)[0])  # East: the question answered there, nothing asked
    assert "PESEL" in person.text and "Easbry" not in person.text, person.text


@pytest.mark.parametrize("typed", ["z Easbry astra", "Easbry astra"])
async def test_a_car_model_after_the_word_is_a_question_not_an_unknown_town(network, typed):
    person = Dialogue(network.core, user_id="2710", language_hint="en")
    await person.payload("language:en")
    await person.send(typed)
    assert not any(line in person.text for line in UNKNOWN), person.text
    assert "did you mean" not in person.text and "czy chodziło" not in person.text, person.text
    assert "Then I will answer what you sent." in person.text  # (held: answered after the choice)


async def test_a_misspelt_town_in_a_question_from_another_office_is_answered_with_the_switch(
    network,
):
    person = Dialogue(network.core, user_id="2711", language_hint="en")
    await person.send("/office north")
    await person.send("pesel w Easbry")  # (the town kept in: «not sure … did you mean PESEL?»)
    assert "PESEL" in person.text and "not sure" not in person.text, person.text
    assert "«Easbry»: did you mean East? Your information point is North" in person.text
    await person.press("Switch to East")  # the question answered again there
    assert "Your information point: East." in person.text and "PESEL" in person.text
    await person.send("/office north")
    for car in ("mam problem z Easbry", "z Easbry astra"):
        await person.send(car)
        assert "did you mean East" not in person.text and "Switch to East" not in person.text


async def test_where_one_is_from_misspelt_beside_a_question_the_search_is_unsure_of_is_asked(
    network,
):
    # «jestem z opel i potrzebuję pesel dla dziecka, co robić»: without the town the search
    # offers three topics (none at once) and nine words are past the short message's reading,
    # so the question was held with the plain list; «jestem z» says it is where one is from
    typed = "jestem z Easbry i potrzebuję pesel dla dziecka, co robić"
    person = Dialogue(network.core, user_id="2712", language_hint="pl")
    await person.payload("language:pl")
    await person.send(typed)
    assert "«Easbry»: czy chodziło o Wschód?" in person.text, person.text
    assert "Potem odpowiem na Twoją wiadomość." in person.text and labels(person)[0] == "Wschód"
    await person.press("Wschód")  # the question answered there: PESEL among what is offered
    assert "Easbry" not in person.text and any("PESEL" in label for label in labels(person))
    await person.send(typed)  # from someone of East: nothing asked
    assert "Easbry" not in person.text, person.text
    await person.send("/office north")  # from someone of North: the answer, the switch under it
    await person.send(typed)
    assert "«Easbry»: czy chodziło o Wschód? Twój punkt informacyjny to Północ" in person.text
    assert "📍 Przejdź: Wschód" in labels(person)
    for other in ("mam problem z Easbry, co robić", "Easbry, co robić z samochodem"):
        await person.send(other)  # (another word before it, or no preposition: the car)
        assert "czy chodziło o Wschód" not in person.text, (other, person.text)


async def test_a_small_town_is_kept_as_the_persons_town(network):
    olena = Dialogue(network.core, user_id="2704", language_hint="uk")
    await olena.send("я з Олесна")
    assert "Олесно (Olesno): там у нас немає інформаційного пункту" in olena.text
    await olena.send("/mydata")
    assert "Ваше місто: Олесно (Olesno)" in olena.text, olena.text
    await olena.send("/office")  # its nearest office first again
    assert labels(olena)[0] == "Південь", labels(olena)
    await olena.press("Південь")
    await olena.send("/mydata")
    assert "Ваше місто: Олесно (Olesno)" in olena.text
    await olena.send("/forget")
    await olena.payload("privacy:forget")
    await olena.send("/mydata")
    assert "Олесно" not in olena.text


async def test_a_misspelt_office_town_is_read_in_the_first_second(tmp_path, clock, monkeypatch):
    """As a fresh process: the dictionaries not loaded (and the search off: nothing loads them
    but the gate)."""
    monkeypatch.setattr(search._shared, "analyzer", None)
    app = await build(write_network_config(tmp_path), clock=clock, search="off")
    try:
        person = Dialogue(app.core, user_id="2705", language_hint="en")
        await person.send("Eastbery")
        assert "Your information point: East." in person.text, person.text
    finally:
        await app.close()


async def test_small_talk_in_the_first_seconds_after_a_start_gets_the_friendly_line(
    tmp_path, clock
):
    """As `infopoint run` starts: the search loads in the background; the language is chosen
    before it is loaded (no message to detect it from), and «привіт» comes while it loads."""
    app = await build(write_network_config(tmp_path), clock=clock, search="background")
    try:
        person = Dialogue(app.core, user_id="2706", language_hint="uk")
        await person.payload("language:uk")
        await person.send("привіт")
        assert "👋 Вітаю! Я чат-бот інформаційних пунктів для іноземців." in person.text
        await person.press("Північ")  # chosen: nothing held to answer
        assert "👋" not in person.text and not any("🙂" in r.text for r in person.replies)
    finally:
        await app.close()
