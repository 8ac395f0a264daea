"""Ukrainian and Russian typed in Latin letters, as a frightened person on a phone types them,
by a newcomer whose phone is set to English (the sixteenth tester): answered in the language
they wrote in (its answer, or its «did you mean»), with the way back to English, never
offered Polish for it; a Polish sentence
without its letters stays Polish, an English one English."""

from __future__ import annotations

import pytest


def shown(dialogue) -> str:  # type: ignore[no-untyped-def]
    """The reply's text and its buttons: an answer, or «did you mean» with the topics."""
    return "\n".join([dialogue.text, *(b.label for b in dialogue.buttons)])


def offers(dialogue) -> list[str]:  # type: ignore[no-untyped-def]
    return [b.payload for b in dialogue.buttons if b.payload.startswith("answer:lang:")]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("ja bojus cholovika vin pogrozhuje", "Домашнє насильство"),
        ("nas vyhaniajut z kvartyry zavtra, kuda ity z ditmy", "Житло: оренда і купівля"),
        ("dytyna hvora a strahovky nemaje", "Медичне страхування (NFZ)"),
        ("mij cholovik pje i bje mene", "Домашнє насильство"),
    ],
)
async def test_ukrainian_in_latin_letters_is_answered_in_ukrainian(dialogue, message, title):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:en"]  # the way back, and no «po polsku»
    await dialogue.send("/menu")
    assert dialogue.button("Документи")  # Ukrainian from now on (a guess: not chosen)


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("menja muzh bjet chto delat", "Домашнее насилие"),
        ("nas vygonjajut iz kvartiry, kuda idti s detmi", "Жильё: аренда и покупка"),
    ],
)
async def test_russian_in_latin_letters_is_answered_in_russian(dialogue, message, title):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:en"]


async def test_ukrainian_in_latin_letters_offers_ukrainian_to_who_chose_english(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("ja bojus cholovika vin pogrozhuje")
    assert "Domestic violence" in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:uk"]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("nie mam ubezpieczenia, dziecko jest chore", "Ubezpieczenie zdrowotne (NFZ)"),
        ("maz mnie bije, co mam robic", "Przemoc domowa"),
    ],
)
async def test_a_polish_sentence_without_its_letters_stays_polish(dialogue, message, title):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert "answer:lang:uk" not in offers(dialogue)


@pytest.mark.parametrize(
    ("message", "title"),
    [  # the seventeenth tester's: a verb makes them sentences
        ("szukam pracy", "Praca: zezwolenia i umowy"),
        ("szukam pracy bez polskiego", "Praca: zezwolenia i umowy"),
        ("ile kosztuje karta pobytu", "Pobyt, wizy, karta pobytu"),
        ("szukam mieszkania do wynajecia", "Mieszkanie: najem i zakup"),
        ("potrzebuje pomocy z praca", "Praca: zezwolenia i umowy"),
        ("zgubilam paszport, co mam robic", "Pobyt, wizy, karta pobytu"),
        # a third person or «robie» (lang_words.yaml `own: pl`: the verb table leaves them out)
        ("gdzie sie robi pesel", "Numer PESEL"),
        ("robie meldunek", "Meldunek"),
        ("maz szuka pracy", "Praca: zezwolenia i umowy"),
    ],
)
async def test_a_polish_sentence_without_its_letters_is_answered_in_polish(
    dialogue, message, title
):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:en"]  # the way back to English


async def test_ukrainian_in_latin_letters_asking_for_help_is_answered_in_ukrainian(dialogue):
    await dialogue.send("dobryj den, meni potribna dopomoga z robotoju")
    assert "Ви мали на увазі" in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:en"]


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("eksmisja z mieszkania jutro", "Housing: renting and buying"),
        ("urzad pracy", "Work: permits and contracts"),
    ],
)
async def test_polish_words_in_latin_letters_are_offered_in_polish_not_ukrainian(
    dialogue, message, title
):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:pl"]


async def test_english_stays_english(dialogue):
    await dialogue.send("i am afraid of my husband, he threatens me")
    assert "Domestic violence" in shown(dialogue)
    assert offers(dialogue) == []


@pytest.mark.parametrize(
    ("message", "title"),
    [  # the seventeenth tester's: «dytyny», «oformyty» only Ukrainian writes so, «dla» too
        ("jak oformyty 800 plus na dytynu", "800+"),
        ("pesel dla dytyny", "PESEL"),
    ],
)
async def test_ukrainian_words_among_polish_ones_are_answered_in_ukrainian(
    dialogue, message, title
):
    await dialogue.send(message)
    assert title in shown(dialogue)
    assert "Уся відповідь" in shown(dialogue) or "Ви мали на увазі" in shown(dialogue)
    assert offers(dialogue) == ["answer:lang:en"]


async def test_the_weather_in_a_polish_town_is_not_taken_for_ukrainian(dialogue):
    # («погода», «закопане» are Ukrainian words too; «pogoda» is Polish off-topic examples')
    await dialogue.send("pogoda na weekend Zakopane")
    assert "I have no answer" in shown(dialogue) or "don't have an answer" in shown(dialogue)
    assert "answer:lang:uk" not in offers(dialogue)
