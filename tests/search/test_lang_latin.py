"""The language of Ukrainian and Russian typed in Latin letters the way people type them on a
phone («j» for й я ю є, «h» for х, no soft sign, function words Polish writes too: «ja», «z»,
«nas»), against Polish typed without its letters and English (the sixteenth tester)."""

from __future__ import annotations

import pytest

from bot import search
from bot.app import load_static
from tests.conftest import FIXTURE

UKRAINIAN = [
    # the tester's
    "ja bojus cholovika vin pogrozhuje",
    "nas vyhaniajut z kvartyry zavtra, kuda ity z ditmy",
    "dytyna hvora a strahovky nemaje",
    "cholovik mene bje, shcho robyty",
    "pryvit, meni treba pesel dlia dytyny, shcho robyty?",
    "de zrobyty meldunek ya z ukrainy",
    # more of the kind
    "ja ne znaju kudy zvernutysia, dopomozhit",
    "vlasnyk kvartyry vyganiaje nas na vulytsiu",
    "moja dytyna ne hodyt do shkoly, jak zapysaty",
    "ja vagitna i ne maju strahovky",
    "mij cholovik pje i bje mene",
    "robotodavets ne platyt zarplatu vzhe dva misiatsi",
    "u mene vkraly pasport, shcho robyty",
    "ja zagubyla dokumenty na vokzali",
    "mene zvilnyly z roboty bez dohovoru",
    "syn zahvoriv, jaka likarnia pracjuje vnochi",
    "ja ne rozumiju polsku movu, dopomozhit",
    "jak podaty zajavu na 800 plus",
    "bezkoshtovnyi yurist de",
]
RUSSIAN = [
    "menja muzh bjet chto delat",
    "nas vygonjajut iz kvartiry",
    "ja bojus muzha on ugrozhaet",
    "rebenok bolen a strahovki net",
    "ja beremenna i u menja net strahovki",
    "ja poterjala dokumenty na vokzale",
    "nas vyselyajut iz kvartiry zavtra kuda idti s detmi",
    "rabotodatel ne platit zarplatu uzhe dva mesjaca",
]
POLISH = [
    "nie mam ubezpieczenia, dziecko jest chore",
    "eksmisja z mieszkania jutro",
    "ja nie mam gdzie mieszkac",
    "maz mnie bije, co robic",
    "nas wyrzucaja z mieszkania",
    "moja corka jest chora, potrzebuje lekarza",
    "boje sie meza, on mi grozi",
    "ja z ukrainy, gdzie zrobic pesel",
    "zgubilam paszport na dworcu",
]
ENGLISH = [
    "i am afraid of my husband he threatens me",
    "we are being evicted tomorrow, where can we go with kids",
    "my child is sick and we have no insurance",
    "how do i get a pesel for my son",
]


@pytest.fixture(scope="module")
def searcher() -> search.Searcher:
    settings, kb = load_static(FIXTURE / "config.yaml")
    return search.build(kb, settings)


@pytest.mark.parametrize(
    ("message", "lang"),
    [*((m, "uk") for m in UKRAINIAN), *((m, "ru") for m in RUSSIAN)],
)
@pytest.mark.parametrize("person", ["en", "pl", None])
def test_ukrainian_and_russian_in_latin_letters_are_told_apart_from_polish_and_english(
    searcher, message, lang, person
):
    result = searcher.search(message, person)
    assert (result.lang, result.lang_sure) == (lang, True)


@pytest.mark.parametrize(
    ("message", "lang"), [*((m, "pl") for m in POLISH), *((m, "en") for m in ENGLISH)]
)
@pytest.mark.parametrize("person", ["uk", "ru", "en", "pl"])
def test_polish_without_its_letters_and_english_keep_their_language(
    searcher, message, lang, person
):
    result = searcher.search(message, person)
    assert result.lang == lang
    assert result.lang_sure or person == lang


@pytest.mark.parametrize("message", ["ja", "nas", "z ukrainy", "na pesel", "tak"])
@pytest.mark.parametrize("person", ["uk", "en", "pl"])
def test_a_short_message_of_words_several_languages_write_is_not_taken_for_another(
    searcher, message, person
):
    result = searcher.search(message, person)  # (answered in the person's own, nothing offered)
    assert result.lang == person or not result.lang_sure


# A Polish sentence typed without Polish letters: a verb («szukam», «kosztuje», «potrzebuje»,
# «zgubilam»), Polish for anyone (the seventeenth tester's, then more of the kind) ...
POLISH_SENTENCES = [
    "szukam pracy",
    "szukam pracy bez polskiego",
    "ile kosztuje karta pobytu",
    "szukam mieszkania do wynajecia",
    "potrzebuje pomocy z praca",
    "czy moge pracowac na wizie",
    "jak zrobic meldunek dla dziecka",
    "zgubilem paszport",
    "dostalam odmowe, co mam robic",
    "pracuje na umowie zlecenie",
    "wyrzucili mnie z pracy",
    "szukamy szkoly dla corki",
]
# ... and the Polish names of things, which newcomers write whatever their language
POLISH_NAMES = [
    "karta pobytu",
    "pesel Opole",
    "pesel dla dziecka",
    "karta pobytu w Opolu",
    "urzad pracy",
    "ubezpieczenie zdrowotne",
    "wynajem mieszkania",
    "stala karta pobytu",
    "umowa zlecenie",
    "zezwolenie na prace",
    "zameldowanie dziecka",
]


@pytest.mark.parametrize("message", POLISH_SENTENCES)
@pytest.mark.parametrize("person", ["en", None])
def test_a_polish_sentence_without_its_letters_is_a_sentence_in_polish(searcher, message, person):
    result = searcher.search(message, person)  # (followed into Polish: questions/answers.py)
    assert (result.lang, result.lang_sure, result.sentence) == ("pl", True, True)


@pytest.mark.parametrize("message", POLISH_NAMES)
def test_polish_names_of_things_are_no_sentence(searcher, message):
    assert not searcher.search(message, "en").sentence  # (the person's language, Polish offered)


def test_ukrainian_in_latin_letters_with_a_polish_z_is_ukrainian(searcher):
    result = searcher.search("dobryj den, meni potribna dopomoga z robotoju", "en")
    assert (result.lang, result.lang_sure) == ("uk", True)
