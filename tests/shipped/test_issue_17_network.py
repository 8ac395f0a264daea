"""Issues 17 and 18 on the example network (examples/network.yaml), through the real core: an
ordinary word one letter from an office's town («сапог», «в сапогах»: boots, not Sopot) chooses
no office, by the search's dictionaries, not a list; a Latin «Apole», «Apolu» (a transliterated
«Аполе») is Opole at the gate and as the switch; «mne nuzhen perevodchik» offers the office's
translation help as «мне нужен переводчик» does."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content


def person(network, lang: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    return Dialogue(network.core, user_id=f"i17-{user}", language_hint=lang)


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("ru", "сапог"),
        ("ru", "в сапог"),
        ("ru", "купить сапоги в сапогах"),
        ("uk", "я в сапогах"),
        ("ru", "v sapogah"),
        ("en", "sapogi"),
        ("pl", "w sapogach"),
    ],
)
async def test_boots_are_no_misspelt_sopot_at_the_gate(network, lang, typed):
    newcomer = person(network, lang, f"boots-{lang}-{typed}")
    await newcomer.send(typed)
    assert "/office" not in newcomer.text, newcomer.text[:300]  # (no office chosen)
    assert "Sopot" in [b.label for b in newcomer.buttons] or "Сопот" in [
        b.label for b in newcomer.buttons
    ]  # (the list, to choose from)


async def test_boots_after_office_offer_no_switch_to_sopot(network):
    olha = person(network, "ru", "boots-switch")
    await olha.send("/start opole")
    await olha.send("/office")
    await olha.send("в сапогах")
    assert not any("Перейти" in b.label for b in olha.buttons), [b.label for b in olha.buttons]


@pytest.mark.parametrize(
    ("lang", "typed", "chosen"),
    [
        ("en", "Apole", "Your information point: Opole."),
        ("en", "I live in Apolu", "Your information point: Opole."),
        ("pl", "mieszkam w Apolu", "Twój punkt informacyjny: Opole."),
        ("ru", "ya zhivu v Apole", "Ваш информационный пункт: Ополе."),
        ("uk", "ya z Apolia", "Ваш інформаційний пункт: Ополе."),
    ],
)
async def test_a_latin_apole_chooses_opole(network, lang, typed, chosen):
    newcomer = person(network, lang, f"apole-{lang}-{typed}")
    await newcomer.send(typed)
    assert chosen in newcomer.text, newcomer.text[:300]


@pytest.mark.parametrize(
    ("lang", "typed", "switch"),
    [
        ("ru", "Apole", "Перейти: Ополе"),
        ("uk", "Apolu", "Перейти: Ополе"),
        ("en", "I live in Apole", "Switch to Opole"),
        ("pl", "mieszkam w Apolu", "Przejdź: Opole"),
    ],
)
async def test_a_latin_apole_is_offered_as_the_switch(network, lang, typed, switch):
    olha = person(network, lang, f"apole-switch-{lang}-{typed}")
    await olha.send("/start sopot")
    await olha.send(typed)
    labels = [b.label.removeprefix("📍 ") for b in olha.buttons]
    assert switch in labels, labels


@pytest.mark.parametrize("typed", ["apple", "Apollo ticket", "apel"])
async def test_latin_words_near_opole_switch_to_nothing(network, typed):
    olha = person(network, "en", f"apple-{typed}")
    await olha.send("/start sopot")
    await olha.send(typed)
    assert not any("Opole" in b.label for b in olha.buttons), [b.label for b in olha.buttons]


@pytest.mark.parametrize(
    ("lang", "office", "typed", "services"),
    [
        ("ru", "starachowice_county", "mne nuzhen perevodchik", ["Переводчик на встречу"]),
        ("ru", "starachowice_county", "мне нужен переводчик", ["Переводчик на встречу"]),
        ("uk", "starachowice_county", "meni potriben perekladach", ["Перекладач на зустріч"]),
        ("en", "starachowice_county", "I need a translator", ["Interpreter for a meeting"]),
        ("pl", "starachowice_county", "potrzebuję tłumacza", ["Tłumacz na spotkanie"]),
        ("ru", "sopot", "mne nuzhen perevodchik", ["Сопровождение ассистента"]),
        ("en", "sopot", "I need a translator", ["Accompaniment"]),
    ],
)
async def test_a_translator_asked_for_offers_the_offices_help(
    network, lang, office, typed, services
):
    visitor = person(network, lang, f"translator-{lang}-{office}-{typed}")
    await visitor.send(f"/start {office}")
    await visitor.send(typed)
    labels = [b.label for b in visitor.buttons]
    assert all(service in labels for service in services), labels


@pytest.mark.parametrize(("typed", "same_as"), [("mne nuzhen perevodchik", "мне нужен переводчик")])
async def test_a_translator_in_latin_letters_offers_what_cyrillic_does(network, typed, same_as):
    latin, cyrillic = person(network, "ru", "latin-tr"), person(network, "ru", "cyr-tr")
    for visitor, said in ((latin, typed), (cyrillic, same_as)):
        await visitor.send("/start starachowice_county")
        await visitor.send(said)
    offered = [b.label for b in cyrillic.buttons if b.payload.startswith("service:")]
    assert offered == [b.label for b in latin.buttons if b.payload.startswith("service:")]
    assert "Перевод документа" in offered


@pytest.mark.parametrize(
    ("lang", "typed", "none_there"),
    [
        ("en", "I moved from Sopot to Kielce", "In Kielce we have no information point"),
        ("ru", "я переехала из Сопота в Кельце", "В городе Кельце у нас нет"),
        ("uk", "я переїхала з Сопота до Кельців", "У місті Кельце у нас немає"),
        ("pl", "przeprowadziłam się z Sopotu do Kielc", "W Kielcach nie mamy punktu"),
    ],
)
async def test_moved_from_an_offices_town_to_one_without_puts_its_nearest_first(
    network, lang, typed, none_there
):
    newcomer = person(network, lang, f"moved-{lang}")
    await newcomer.send(typed)
    assert none_there in newcomer.text, newcomer.text[:300]
    first = newcomer.buttons[0]
    assert first.payload == "office:starachowice", [b.label for b in newcomer.buttons]
    await newcomer.payload(first.payload)
    await newcomer.send("/mydata")
    assert "Kielce" in newcomer.text or "Кельце" in newcomer.text  # (the town kept)


@pytest.mark.parametrize(
    ("lang", "typed", "nearer"),
    [
        ("en", "I moved from Sopot to Kielce, where do I get a pesel", "Your new town: Kielce"),
        ("ru", "я переехала из Сопота в Кельце, где сделать песель", "Ваш новый город: Кельце"),
        ("uk", "я переїхала з Сопота до Кельців, де зробити песель", "Ваше нове місто: Кельце"),
        (
            "pl",
            "przeprowadziłam się z Sopotu do Kielc, jak zrobić meldunek",
            "Twoje nowe miasto: Kielce",
        ),
    ],
)
async def test_moved_from_another_offices_town_offers_the_new_towns_nearest(
    network, lang, typed, nearer
):
    olha = person(network, lang, f"moved-holder-{lang}")
    await olha.send("/start opole")
    await olha.send(typed)
    assert olha.replies[0].text.startswith("📍") and nearer in olha.text, olha.text[:300]
    payloads = [b.payload for b in olha.buttons if b.payload.startswith("office:")]
    assert payloads == ["office:starachowice"]  # (not Sopot, the town left)
    hall = "(urząd miasta lub gminy) in Kielce" if lang == "en" else "lub gminy w Kielcach"
    assert hall in olha.text  # (PESEL at Kielce's city hall)


@pytest.mark.parametrize(
    ("lang", "typed", "noted"),
    [
        ("en", "I live in Warsaw", "📍 Your town: Warsaw."),
        ("ru", "я живу в Нисе", "📍 Ваш город: Ныса (Nysa)."),
        ("uk", "я живу у Варшаві", "📍 Ваше місто: Варшава."),
        ("pl", "mieszkam w Nysie", "📍 Twoje miasto: Nysa."),
    ],
)
async def test_the_noted_town_is_said_in_the_persons_language(network, lang, typed, noted):
    olha = person(network, lang, f"noted-{lang}")
    await olha.send("/start opole")
    await olha.send(typed)
    assert olha.text.startswith(noted), olha.text[:200]


async def test_a_question_from_warsaw_in_english_says_warsaw(network):
    olha = person(network, "en", "noted-short-en")
    await olha.send("/start opole")
    await olha.send("I live in Warsaw, where do I get a pesel")
    assert "📍 Noted your town: Warsaw." in olha.text
    assert "(urząd miasta lub gminy) in Warsaw" in olha.text and "Warszawa" not in olha.text


@pytest.mark.parametrize(
    ("lang", "lives", "note"),
    [
        (
            "en",
            "I live in Kraków",
            "📍 This information point is in Opole, not in your town (Kraków)",
        ),
        ("uk", "я живу в Кракові", "розташований у місті Ополе, а не у вашому (Краків)"),
        ("ru", "я живу в Кракове", "находится в городе Ополе, а не в вашем (Краков)"),
        ("pl", "mieszkam w Krakowie", "jest w mieście Opole, a nie w Twoim (Kraków)"),
    ],
)
async def test_the_course_list_says_the_point_is_not_in_the_persons_town(
    network, lang, lives, note
):
    olha = person(network, lang, f"courses-elsewhere-{lang}")
    await olha.send("/start opole")
    await olha.send("/courses")
    assert note.split("(")[0][-12:] not in olha.text  # (no town known: no such line)
    await olha.send(lives)
    await olha.send("/courses")
    assert note in olha.text, olha.text[:300]
    assert any(b.payload.startswith("course:open:") for b in olha.buttons)


@pytest.mark.parametrize(
    ("lang", "lives", "asked", "note"),
    [
        (
            "uk",
            "я живу в Кракові",
            "хочу вивчити польську, є курси?",
            "у місті Ополе, а не у вашому",
        ),
        ("en", "I live in Kraków", "are there Polish courses?", "is in Opole, not in your town"),
    ],
)
async def test_the_courses_a_question_names_say_so_first(network, lang, lives, asked, note):
    olha = person(network, lang, f"courses-lead-{lang}")
    await olha.send("/start opole")
    await olha.send(lives)
    await olha.send(asked)
    first = olha.replies[0].text
    assert first.startswith("📍") and note in first and "🎓" in first, first[:300]


async def test_a_person_of_the_offices_own_town_is_told_nothing_of_the_kind(network):
    olha = person(network, "en", "courses-own-town")
    await olha.send("/start opole")
    await olha.send("I live in Opole")
    await olha.send("/courses")
    assert "not in your town" not in olha.text and "Courses and events" in olha.text
