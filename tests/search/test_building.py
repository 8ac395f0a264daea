"""Building the index: the fast orderings it relies on give what numpy's own functions give (an
index built with them is the same as one built with argsort and unique); its fields stay apart."""

import numpy as np
import pytest

from bot.search.sorting import stable_order, unique_inverse


@pytest.mark.parametrize("high", [3, 1_000, 1 << 40, 1 << 61])  # the last does not pack: argsort
def test_stable_order_is_a_stable_argsort(high: int) -> None:
    keys = np.random.default_rng(7).integers(0, high, 50_000, dtype=np.int64)
    assert np.array_equal(stable_order(keys), np.argsort(keys, kind="stable"))


def test_unique_inverse_is_numpys() -> None:
    keys = np.random.default_rng(8).integers(0, 500, 20_000, dtype=np.int64)
    distinct, inverse = unique_inverse(keys)
    expected, expected_inverse = np.unique(keys, return_inverse=True)
    assert np.array_equal(distinct, expected)
    assert np.array_equal(inverse, expected_inverse)
    assert np.array_equal(distinct[inverse], keys)


def test_nothing_to_order() -> None:
    assert len(stable_order(np.zeros(0, dtype=np.int64))) == 0
    distinct, inverse = unique_inverse(np.zeros(0, dtype=np.int64))
    assert len(distinct) == len(inverse) == 0


def test_a_field_holding_the_fields_separator_is_still_one_field() -> None:
    """The build tokenises a document's fields together, parted by a word of its own; content
    that happens to contain that word is tokenised field by field instead."""
    from bot.search import shared_analyzer
    from bot.search.index import Index
    from bot.search.indexing import _SENTINEL

    index = Index(shared_analyzer(), set())
    index.add("x", [("title", f"karta {_SENTINEL} pobytu"), ("example", "jak dostać kartę")])
    index.finish()
    assert index.phrase_lens.tolist() == [3.0, 3.0]
    assert index.postings.get("k:pobitu") is not None  # (the key of «pobytu»)


def test_an_index_summed_by_sorting_equals_one_summed_in_dense_arrays(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chunk's (document, feature) sums and maxima go into dense arrays unless those would
    be too big; then they are sorted. Both ways give the same index and the same answers."""
    import pickle

    from bot.app import load_static
    from bot.search import indexing, shared_analyzer
    from bot.search.searcher import Searcher
    from tests.conftest import FIXTURE

    _, kb = load_static(FIXTURE / "config.yaml")
    dense = Searcher(kb, analyzer=shared_analyzer())
    monkeypatch.setattr(indexing, "DENSE", 0)
    sorted_ = Searcher(kb, analyzer=shared_analyzer())
    for name in ("postings", "phrases", "bm25", "idf"):
        assert pickle.dumps(getattr(dense.index, name)) == pickle.dumps(
            getattr(sorted_.index, name)
        ), name
    for question in ("jak dostać kartę pobytu", "як отримати песель", "how to register a car"):
        assert dense.search(question, "en") == sorted_.search(question, "en")
