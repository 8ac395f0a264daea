"""Helpers of the choice of a part (parts.py): a question's part words counted as its words, who
asks settling a close call between two parts («скільки коштує karta pobytu dla ukraińca»: the
fee for Ukrainians, not the fee of a temporary permit), the part that says how to get a thing
(`obtaining`), and which part a topic's example clearly belongs to (`fit`)."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import TYPE_CHECKING

from bot.search import text
from bot.search.nationality import Nationalities
from bot.search.tuning import EXAMPLE_FITS, EXAMPLE_MIN, HEADED_MIN

if TYPE_CHECKING:
    from bot.content.knowledge import Topic
    from bot.search.index import Index


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


def headed(
    main: Index,
    close: Sequence[int],
    topics: Sequence[Topic],
    unnamed: Sequence[str],
    words: Sequence[str] = (),
    who: int | None = None,
) -> int | None:
    """Of two parts that explain a question nearly alike (`close`, the first ahead), the first
    when its heading, in any language, names a word of the question and the other's does not
    («student visa extension»: «For studies (a student's residence permit)» just ahead of «How
    to get a temporary residence permit», whose text speaks of visas and extensions more); else
    None. Never the second: a heading's word only breaks a near tie («грузинам 90 дней безвиз»
    is not about appealing «within 14 days»). `unnamed`: the question's words that do not name
    the topic itself, each at least HEADED_MIN rare («Польше» is all over the content); none
    when the question has a word that tells which part it asks about (`words`: data.yaml
    part_words, «зачем», «how much»: that part's own words decide). A word and a heading's word
    agree by a lemma or by their first letters («студенческую», «студента»); `topics`: the
    topic in each language (its parts' headings); `main`: the topics' index (its words'
    features and rarities); `who`: the part who asks settles (`for_who_asks`), if one: that."""
    asked = [w for w in unnamed if main.importance(main.features(w)) >= HEADED_MIN]
    if who is not None or words or not asked:
        return who
    headings = [[t.parts[at].heading for t in topics if at < len(t.parts)] for at in close]
    wanted = [set(main.features(w)) for w in asked]

    def names(heading: str) -> bool:
        return any(
            not want.isdisjoint(main.features(t))
            for want in wanted
            for t in main.content_tokens(heading)
        )

    found = [at for at, own in zip(close, headings, strict=True) if any(map(names, own))]
    return close[0] if found == [close[0]] else None


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


def obtaining(headings: Sequence[Sequence[str]], verbs: AbstractSet[str]) -> int | None:
    """The one part whose heading, in most of its languages, has a verb of getting a thing
    (data.yaml: obtain_words; «Temporary residence permit: how to get one», «Як отримати
    страховку»), if exactly one has; `headings`: each part's headings in its languages. A heading
    that says so in one or two languages only («co zrobić, gdy się przeciąga», «Не можете
    отримати паспорт») does not count."""
    found = [
        at
        for at, own in enumerate(headings)
        if 2 * sum(not verbs.isdisjoint(text.tokens(h)) for h in own) > len(own)
    ]
    return found[0] if len(found) == 1 else None


def uses(parts: Index, at: int, words: Sequence[str]) -> bool:
    """Whether the part `at` of a topic's parts index matches each of `words`."""
    return all(any(doc == at for _, doc in parts.score([word])) for word in words)


def fit(main: Index, parts: list[dict[str, float]], content: list[str]) -> int | None:
    """The part an example of the topic clearly belongs to, if any (by a rough score: the
    rarity-weighted share of its words each part matches; `parts`: each part's features, as
    parts.Parts._rough gives them)."""
    if len(parts) < 2 or not content:
        return None
    total = 0.0
    scores = [0.0] * len(parts)
    for token in content:
        features = main.features(token)
        weight = main.importance(features)
        total += weight
        for at, part in enumerate(parts):
            scores[at] += weight * max(
                (min(part[f], strength) for f, strength in features.items() if f in part),
                default=0.0,
            )
    order = sorted(range(len(scores)), key=lambda at: -scores[at])
    first, second = scores[order[0]] / total, scores[order[1]] / total
    return order[0] if first >= EXAMPLE_MIN and second <= EXAMPLE_FITS * first else None
