"""Two typed messages testers sent after a specialist declined their request (README's known
gaps after the tenth session): «я не понимаю по-украински» from a Russian speaker answered in
Ukrainian asks for Russian, not «did you mean» of random topics; «а где этот пункт?» asks where
the office is: its places come first, before the hours."""

from __future__ import annotations

import pytest

from bot.core.markup import to_plain


async def test_not_understanding_the_chosen_language_offers_the_one_written_in(dialogue):
    await dialogue.payload("language:uk")
    await dialogue.send("я не понимаю по-украински")
    # (said in Russian: the language the person reads)
    assert dialogue.text.startswith("🌐 Чтобы продолжить на русском")
    assert dialogue.button("Русский").payload == "language:ru"
    await dialogue.press("Русский")
    await dialogue.send("/menu")
    assert dialogue.button("Документы")


async def test_not_understanding_polish_in_english_offers_english(dialogue):
    await dialogue.payload("language:pl")
    await dialogue.send("I don't understand Polish")
    assert dialogue.text.startswith("🌐 To continue in English")
    assert dialogue.button("English").payload == "language:en"


async def test_a_language_named_with_other_words_is_still_a_question(dialogue):
    # (a negation and «understand» with a topic's word: a question, searched)
    await dialogue.payload("language:uk")
    await dialogue.send("дитина не розуміє польську, чи є додаткові уроки в школі")
    assert not dialogue.text.startswith("🌐")


async def test_asking_where_the_office_is_gets_its_places_before_the_hours(dialogue):
    await dialogue.payload("language:ru")
    await dialogue.send("а где этот пункт?")
    text = to_plain(dialogue.replies[0].text)
    assert text.startswith("Информационный пункт для иностранцев")
    assert "ul. Radomska 45" in text.split("\n\n")[0]
    assert text.index("ul. Radomska 45") < text.index("часы работы")


async def test_asking_when_the_office_works_gets_the_hours_first(dialogue):
    await dialogue.payload("language:ru")
    await dialogue.send("когда вы работаете")
    text = to_plain(dialogue.replies[0].text)
    assert text.index("часы работы") < text.index("ul. Radomska 45")


async def test_a_call_asked_for_by_someone_who_does_not_understand_polish_is_in_their_language(
    dialogue,
):
    # (the sixteenth tester: the offer did not say the call can be in Ukrainian)
    await dialogue.payload("language:uk")
    await dialogue.send("можна дзвінок? я не розумію польську")
    assert "зателефонувати вам вашою мовою" in dialogue.text
    assert "«🇺🇦 Українська»" in dialogue.text
    await dialogue.press("Замовити дзвінок")  # (the form asks the call's language later)
    assert dialogue.text.startswith("🔒 Перш ніж почати")


@pytest.mark.parametrize(
    ("lang", "message", "said"),
    [
        (
            "uk",
            "mozhna dzvinok? ja ne rozumiju polsku",
            "у заявці на дзвінок оберіть «🇺🇦 Українська»",
        ),
        ("ru", "можно звонок? я не понимаю польский", "в заявке на звонок выберите «Русский»"),
        ("en", "can someone call me, I don't speak Polish", "choose «🇬🇧 English» in the callback"),
        ("pl", "zadzwońcie do mnie, nie rozumiem po angielsku", "wybierz «🇵🇱 Polski»"),
    ],
)
async def test_the_call_offer_names_the_language_in_each_language(dialogue, lang, message, said):
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(message)
    assert said in dialogue.text


async def test_a_call_asked_for_without_a_language_says_nothing_of_one(dialogue):
    await dialogue.payload("language:uk")
    await dialogue.send("можна дзвінок?")
    assert dialogue.button("Замовити дзвінок")
    assert "вашою мовою" not in dialogue.text


@pytest.mark.parametrize(
    "message",
    ["Merhaba, PESEL nasıl alabilirim?", "როგორ მივიღო PESEL?", "كيف أحصل على رقم PESEL؟"],
)
async def test_a_language_the_bot_does_not_offer_gets_the_ones_it_does_in_english(
    dialogue, message
):
    """Tester 38, F12: Turkish, Georgian and Arabic got a Ukrainian «did you mean» or «no
    answer» in a Ukrainian session: now a line in the default language (en) naming the four,
    each a button that switches to it."""
    await dialogue.payload("language:uk")
    await dialogue.send(message)
    assert dialogue.text.startswith("🌐 Sorry, I only understand"), dialogue.text
    assert "Українська" in dialogue.text and "Polski" in dialogue.text
    assert dialogue.button("English").payload == "language:en"


async def test_a_question_in_an_offered_language_naming_a_foreign_word_is_still_searched(dialogue):
    await dialogue.payload("language:uk")
    await dialogue.send("чоловік з Грузії, написав мені «გამარჯობა», як йому зробити песель")
    assert not dialogue.text.startswith("🌐"), dialogue.text
