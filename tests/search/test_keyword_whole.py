"""A message that is one of a topic's keywords word for word («urzad pracy», work's «urząd
pracy») is answered at once however close another topic comes, unless that topic has the
keyword too (docs/search.md: «What the user sees»)."""

from __future__ import annotations

import pytest

from bot.search import shared_analyzer
from bot.search.index import Index

KEYWORDS = {
    "work": ["urząd pracy", "pensja"],
    "courses": ["kursy z urzędu pracy"],
    "pay": ["pensja"],
}
TITLES = {"work": "Praca", "courses": "Kursy", "pay": "Wypłata"}


@pytest.fixture(scope="module")
def index() -> Index:
    built = Index(shared_analyzer(), {"z", "w", "jak"})
    for topic, keywords in KEYWORDS.items():
        built.add(topic, [("title", TITLES[topic]), *(("keyword", k) for k in keywords)])
    built.finish()
    return built


def _ids(index: Index, words: list[str]) -> set[str]:
    def keywords(doc: int) -> list[list[str]]:  # (as the searcher reads them from the content)
        return [index.content_tokens(k) for k in KEYWORDS[index.ids[doc]]]

    docs = range(len(index.ids))
    return {index.ids[doc] for doc in docs if index.keyword_is_all(words, doc, keywords)}


@pytest.mark.parametrize("words", [["urzad", "pracy"], ["urząd", "pracy"], ["urzędu", "pracy"]])
def test_a_keyword_in_any_spelling_or_form_is_the_whole_message(index, words):
    assert _ids(index, words) == {"work"}


def test_a_longer_keyword_the_message_is_only_part_of_is_not(index):
    # («kursy z urzędu pracy» has the message's words, and more)
    assert "courses" not in _ids(index, ["urzad", "pracy"])
    assert _ids(index, ["kursy", "urzędu", "pracy"]) == {"courses"}


def test_a_message_with_a_word_more_than_the_keyword_is_not_the_keyword(index):
    assert _ids(index, ["urzad", "pracy", "rejestracja"]) == set()


def test_a_keyword_two_topics_share_names_both(index):
    assert _ids(index, ["pensja"]) == {"work", "pay"}
