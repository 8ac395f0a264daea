"""The emergency numbers (topic emergency_numbers, category Safety, added 2026-12-05): a tester's
«який номер поліції в Польщі», «номер пожежної», «ambulance number», «numer alarmowy» got other
topics; now they get the numbers at once, at the part they ask about (an ambulance's number too,
since a later round: when to call one or go to the SOR stays the doctors' emergency part). And
every number the danger screen's lines give is one a shipped answer gives, with its sources
(docs/content-review.md)."""

from __future__ import annotations

import re

import pytest

from bot.app import load_static
from bot.content.i18n import Translator
from tests.conftest import ROOT
from tests.shipped.test_testers_misses import heading

pytestmark = pytest.mark.slow  # the whole shipped content

NUMBERS = "Police 997, fire brigade 998, ambulance 999"


@pytest.mark.parametrize(
    ("question", "lang", "part"),
    [
        ("який номер поліції в Польщі", "uk", NUMBERS),
        ("номер пожежної", "uk", NUMBERS),
        ("какой номер у полиции", "ru", None),  # (the whole answer: 112 first)
        ("numer na straż pożarną", "pl", NUMBERS),
        ("numer alarmowy", "pl", "112: any emergency"),
        ("що таке 116 000", "uk", "A missing child or adult"),
        ("do I have to wait 24 hours before reporting my son missing", "en", None),
        ("чи можна говорити англійською на 112", "uk", None),
    ],
)
def test_the_numbers_are_answered_at_once(searcher, question, lang, part):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "emergency_numbers"
    if part is not None:
        assert heading(searcher, result, question) == part


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("номер скорой", "ru"),
        ("скорая номер", "ru"),
        ("номер швидкої", "uk"),
        ("який номер швидкої в польщі", "uk"),
        ("numer na pogotowie", "pl"),
        ("numer pogotowia", "pl"),
        ("ambulance number", "en"),
        ("what is the ambulance number in poland", "en"),
    ],
)
def test_an_ambulances_number_is_answered_at_once_with_the_numbers(searcher, question, lang):
    # (healthcare's emergency part first with «did you mean» until 2026-12-05: the number is
    # the numbers topic's, in its part that names 999)
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "emergency_numbers"
    assert heading(searcher, result, question) == NUMBERS


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("сломал руку на катке, ехать в SOR или скорую вызывать", "ru"),
        ("kiedy dzwonić na pogotowie a kiedy jechać samemu na SOR", "pl"),
        ("bad chest pain, call an ambulance or go to hospital", "en"),
    ],
)
def test_when_to_call_an_ambulance_is_still_the_doctors_emergency_part(searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "healthcare"
    assert heading(searcher, result, question) == "Emergency"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("I was fired", "en"),  # «fire» in English is also «fired»
        ("they fired me", "en"),
        ("пожежна безпека на роботі", "uk"),
        ("fire safety course", "en"),
        ("szkolenie bhp przeciwpożarowe", "pl"),
    ],
)
def test_a_fire_safety_course_or_a_dismissal_is_not_answered_with_the_numbers(
    searcher, question, lang
):
    result = searcher.search(question, lang)
    assert not (result.confident and result.best and result.best.id == "emergency_numbers")


def test_every_number_the_danger_lines_give_is_in_a_shipped_answer():
    _, kb = load_static(ROOT / "config.yaml")
    t = Translator()
    topics = ("emergency_numbers", "psychological_help", "domestic_violence", "crime_report")
    keys = ("urgent_help", "urgent_suicide", "urgent_missing", "urgent_fire", "urgent_crime")
    for lang in kb.languages:
        answers = " ".join(kb.topic(lang, topic).answer for topic in topics)
        for key in keys:
            text = t(lang, key)
            numbers = re.findall(r"\b(?:1\d\d(?: \d\d\d)?|800 \d\d\d \d\d\d|99[789])\b", text)
            assert "112" in numbers, (lang, key)
            for number in numbers:
                assert number in answers, (lang, key, number)
