"""Helpers of the choice of a part (parts.py): a question's part words counted as its words, and
who asks settling a close call between two parts («скільки коштує karta pobytu dla ukraińca»:
the fee for Ukrainians, not the fee of a temporary permit)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet

from bot.search.nationality import Nationalities


def with_words(
    content: list[str], weights: list[float] | None, words: Sequence[str]
) -> tuple[list[str], list[float] | None]:
    """The question's content words and its part words (data.yaml: part_words), each of these
    counting as a content word does (half as much: the right part first of the development
    sets' part questions 229 instead of 231 of 294; one and a half times: 231)."""
    if not words:
        return content, weights
    return [*content, *words], None if weights is None else [*weights, *[1.0] * len(words)]


def for_who_asks(
    nations: Nationalities | None,
    ukrainian: AbstractSet[int],
    close: Sequence[int],
    content: list[str],
    foreign: AbstractSet[str],
) -> int | None:
    """Of two parts that explain a question nearly alike (`close`), the part for Ukrainians
    (a heading that names them) when the question says a Ukrainian asks («для українця», «dla
    ukraińca», «for a Ukrainian»; not «я не українець»: `foreign`); else None."""
    if nations is None or not ukrainian:
        return None
    ours = nations.ukrainian
    said = any(w not in foreign and not nations.forms(w).isdisjoint(ours) for w in content)
    found = [at for at in close if at in ukrainian]
    return found[0] if said and len(found) == 1 else None


def unless_a_ukrainian_asks(
    nations: Nationalities | None,
    ukrainian: AbstractSet[int],
    scores: list[float],
    content: list[str],
    share: float,
) -> list[float]:
    """The scores of a follow-up's parts (context.py), those of the parts for Ukrainians times
    `share` when there are others and the follow-up does not say a Ukrainian asks: such a part
    comes first only when clearly ahead («сколько стоит?» after a karta pobytu: the fees of a
    temporary permit, not the CUKR card's that score alike)."""
    if nations is None or not ukrainian or len(ukrainian) >= len(scores):
        return scores
    if any(not nations.forms(w).isdisjoint(nations.ukrainian) for w in content):
        return scores
    return [s * share if at in ukrainian else s for at, s in enumerate(scores)]
