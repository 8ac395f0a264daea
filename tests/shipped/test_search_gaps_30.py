"""README's «Known gaps» (Search) of the twenty-ninth session, fixed in the thirtieth
(docs/search.md, «The twenty-ninth session's search gaps»): Ukrainian «песелю», «песелем»,
«на песелі» are PESEL's; a residence card for a child born in Poland is legal stay's «A child
born in Poland», not family reunification (a child brought to a parent still is); a smell of gas
is the emergency numbers'; the police's interpreter is the crime report's, not sworn
translators'; «the lowest salary» is the minimum wage. (A message that only lists arrival needs:
tests/shipped/test_tester_41_many.py.) Through the real search on the shipped content."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content

BORN_HERE = ("legal_stay", "A child born in Poland: residence permit")
MINIMUM_WAGE = "Contracts and the minimum wage"


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # the whole family reunification topic at once before
        ("яка потрібна карта побиту для дитини, що народилася в Польщі", "uk", BORN_HERE),
        ("karta pobytu dla dziecka urodzonego w Polsce", "pl", BORN_HERE),
        ("карта побиту для новонародженої доньки", "uk", BORN_HERE),
        # «did you mean» with family reunification first before
        ("karta pobytu dlya rebenka rodivshegosya v polshe", "ru", BORN_HERE),
        ("карта побыту для ребенка родившегося в польше", "ru", BORN_HERE),
        # «did you mean» before
        ("i smell gas in the kitchen", "en", ("emergency_numbers", "A smell of gas")),
        ("відчуваю запах газу на кухні", "uk", ("emergency_numbers", "A smell of gas")),
        # «Help» before
        ("what's the lowest salary they can pay me", "en", ("employment", MINIMUM_WAGE)),
    ],
)
def test_the_part_asked_about_is_answered_at_once(
    searcher: search.Searcher, question: str, lang: str, expected: tuple[str, str]
) -> None:
    assert at_once(searcher, question, lang) == expected


def test_a_declined_pesel_is_pesel(searcher: search.Searcher) -> None:
    # «did you mean» before: «на песелі» was PESEL's only by a guessed lemma
    result = searcher.search("в песелі прізвище написали не так як в закордонному паспорті", "uk")
    assert result.confident and result.best and result.best.id == "pesel", result


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # a child's card: family reunification as before, when the child was not born here
        ("карта побиту для дитини", "uk"),
        ("як оформити карту побиту для дитини яка в Україні", "uk"),
        ("карта побыту для ребенка", "ru"),
    ],
)
def test_a_childs_card_not_born_here_stays_family_reunification(
    searcher: search.Searcher, question: str, lang: str
) -> None:
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "family_reunification", result


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("у мене немає песелю", "pesel"),  # (health insurance first before)
        ("чи можна жити без песелю", "pesel"),  # (housing first before)
    ],
)
def test_the_topic_asked_about_is_first(
    searcher: search.Searcher, question: str, first: str
) -> None:
    result = searcher.search(question, "uk")
    assert result.matches and result.matches[0].id == first, result


def test_the_polices_interpreter_is_no_sworn_translator(searcher: search.Searcher) -> None:
    # sworn translators were answered at once (their «Pitfalls»)
    result = searcher.search("i don't speak polish, will the police get me an interpreter", "en")
    assert not (result.confident and result.best and result.best.id == "sworn_translators")
    assert "crime_report" in [m.id for m in result.matches], result
