"""A tester's misses (2026-12-06, branch fix-search), on the shipped content: a sick child
typed in Latin letters is the doctor's, being detained by the police is free legal advice (its
part on a detention), the town office is where one registers, «is it fine if …» asks whether
it is allowed (not about a ticket fine), working while waiting for a residence card opens at
legal stay's part on working while the decision is pending, and a return decision at its own
part. The questions are also in tests/eval/questions.yaml."""

from __future__ import annotations

import pytest

from bot import search

pytestmark = pytest.mark.slow  # the whole shipped content


def heading(searcher: search.Searcher, result: search.Result) -> str | None:
    """The English heading of the part the answer opens at (parts are alike in every language)."""
    assert result.best is not None
    topic = searcher.parts.kb.topic("en", result.best.id)
    return None if result.part is None else topic.parts[result.part].heading


@pytest.mark.parametrize(
    ("question", "lang", "topic", "part"),
    [
        ("dytyna zakhvorila", "uk", "healthcare", None),
        ("dytyna zakhvorila shcho robyty", "uk", "healthcare", None),
        ("policja mnie zatrzymała", "pl", "legal_help", "Detained by the police"),
        ("мене затримала поліція", "uk", "legal_help", "Detained by the police"),
        ("the police detained me", "en", "legal_help", "Detained by the police"),
        # (meldunek at first; since tester 35 a city hall asked for alone is the hours and
        # addresses, as «де міська рада»: tests/shipped/test_tester_35_search.py)
        ("gdzie jest urząd miasta, żeby się zameldować", "pl", "meldunek", None),
        ("is it fine if my child doesn't go to school", "en", "children_school", None),
        # (working without a card, no wait named, is work's «who may work without a permit»
        # since the twentieth round: tests/shipped/test_twentieth_round.py)
        (
            "can i work while waiting for my residence card",
            "en",
            "legal_stay",
            "Working while you wait for the decision",
        ),
        (
            "czy mogę pracować czekając na kartę pobytu",
            "pl",
            "legal_stay",
            "Working while you wait for the decision",
        ),
        (
            "чи можна працювати, поки чекаю карту побиту",
            "uk",
            "legal_stay",
            "Working while you wait for the decision",
        ),
        (
            "dostałem decyzję o zobowiązaniu cudzoziemca do powrotu",
            "pl",
            "legal_stay",
            "Return decision (zobowiązanie do powrotu)",
        ),
        (
            "мені дали рішення про зобов'язання до повернення",
            "uk",
            "legal_stay",
            "Return decision (zobowiązanie do powrotu)",
        ),
    ],
)
def test_the_question_is_answered_at_once(searcher, question, lang, topic, part):
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == topic
    if part is not None:
        assert heading(searcher, result) == part


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        # what must not move: a traffic stop about a licence, a ticket fine
        ("policja zatrzymała mnie na drodze, co z moim prawem jazdy", "pl", "driving_licence"),
        ("what is the fine for no ticket", "en", "public_transport"),
        ("is it fine to ride the bus without a ticket", "en", "public_transport"),
    ],
)
def test_what_was_right_stays(searcher, question, lang, topic):
    result = searcher.search(question, lang)
    assert result.best and result.best.id == topic


def test_the_new_parts_name_their_sources_in_every_language(searcher):
    kb = searcher.parts.kb
    for lang in ("uk", "ru", "en", "pl"):
        stay = kb.topic(lang, "legal_stay")
        urls = {source.url for source in stay.sources}
        assert "https://migrant.poznan.uw.gov.pl/pl/sciezki/stempel-w-paszporcie" in urls
        assert "https://migrant.wsc.mazowieckie.pl/pl/slownik-pojec/zobowiazanie-do-powrotu" in urls
        help_urls = {source.url for source in kb.topic(lang, "legal_help").sources}
        assert "https://isap.sejm.gov.pl/isap.nsf/DocDetails.xsp?id=WDU19970890555" in help_urls
