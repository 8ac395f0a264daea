"""Tester 42's search misses (docs/search.md, «Tester 42's search misses»): a landlord who
changed the locks opens at the illegal eviction, a notice to leave at the tenant's rights (also
written half in Polish); a worker dismissed with a work-based residence card at «changing
employer»; British «made redundant» is work, not health insurance; a family just arrived asking
what to do first is offered the first steps first, and «where do I get a PESEL, urząd miasta?»
PESEL first. Through the real search on the shipped content."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

THROWN_OUT = ("housing", "Thrown out of your home: call the police")
RIGHTS = ("housing", "Your rights (ordinary lease)")
CHANGING = ("employment", "Changing employer: work permit, residence card")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F12: the whole housing topic before (the police line 60 lines down)
        ("хазяїн змінив замки і викинув наші речі, ми з дітьми на вулиці", "uk", THROWN_OUT),
        ("landlord changed the locks and threw out our things", "en", THROWN_OUT),
        # F12: «call the police» before, for a notice that is not yet an eviction
        (
            "хазяйка каже виселятись до п'ятниці бо продає квартиру, umowa na czas nieokreślony",
            "uk",
            RIGHTS,
        ),
        # F4: the whole topic when Polish words are mixed in (all-Cyrillic was right)
        ("właściciel mieszkania выгоняет нас, говорит до пятницы съехать, umowy нет", "ru", RIGHTS),
        ("хозяин выгоняет нас из квартиры до пятницы, договора нет", "ru", RIGHTS),
        # F3: the whole 120-line work topic before
        (
            "меня уволили, карта побыту через работу, сколько у меня времени найти новую работу",
            "ru",
            CHANGING,
        ),
        (
            "menya uvolili, karta pobytu cherez rabotu, skolko u menya vremeni najti novuyu rabotu",
            "ru",
            CHANGING,
        ),
        (
            "мене звільнили, карта побиту через роботу, скільки в мене часу знайти нову роботу",
            "uk",
            CHANGING,
        ),
    ],
)
def test_the_part_that_answers_comes_first(
    searcher: search.Searcher, question: str, lang: str, expected: tuple[str, str]
) -> None:
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    "question", ["I've been made redundant", "I was laid off", "I got sacked, what now"]
)
def test_british_words_for_losing_a_job_are_work(searcher: search.Searcher, question: str) -> None:
    # F13: «made redundant» was the health insurance topic at once; «laid off» found nothing
    result = searcher.search(question, "en")
    assert result.confident and result.best and result.best.id == "employment", result


@pytest.mark.parametrize(
    ("question", "first"),
    [
        # F1: the whole PESEL topic at once before, the first steps not even offered
        (
            "привет, мы только приехали из харькова с двумя детьми, "
            "что делать в первую очередь?? 😰",
            "first_steps",
        ),
        # F2: meldunek first before («urzad miasta» pulled it), the PESEL named in the message
        ("а где в ополе делать песель, urzad miasta?", "pesel"),
    ],
)
def test_the_topic_asked_about_is_first(
    searcher: search.Searcher, question: str, first: str
) -> None:
    result = searcher.search(question, "ru")
    assert result.matches and result.matches[0].id == first, result
