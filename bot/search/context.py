"""A question asked in a topic's context (a follow-up right after its answer: «а скільки це
коштує?», «what documents?»; bot/features/questions/follow.py): how well each part of that
topic answers it, as the parts' search reads a question (parts.py), every part's score rather
than the one part clearly ahead: the follow-up says too little for any to be, and the feature
chooses among the parts that speak of what it asks. A part for Ukrainians comes first only when
clearly ahead, unless the follow-up says a Ukrainian asks (part_choice.py). No topic is
searched: no weight of the topics' search is used or changed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.search import text
from bot.search.part_choice import unless_a_ukrainian_asks
from bot.search.tuning import ANSWER_PART_SHARE, PART_IDF_POWER

if TYPE_CHECKING:
    from bot.search.searcher import Searcher


def scored(searcher: Searcher, query: str, topic_id: str) -> list[float]:
    """The score (0..1) of each part of `topic_id`'s answer for `query`, in the parts' order;
    empty for a topic of a single part or one the content does not have."""
    parts = searcher.parts
    if parts.kb.topic(next(iter(parts.kb.languages)), topic_id) is None:
        return []
    topic = parts.get(topic_id)
    if topic is None:
        return []
    count = len(topic.index.ids)
    query = searcher.reader.reworded(query)
    tokens = text.tokens(query)
    content = searcher.reader.content(tokens)
    words = [w for w in parts.asking(tokens) if w in parts.words]  # («скільки», «where»)
    asked = [*content, *words]
    if not asked:
        return [0.0] * count
    weights = searcher.reader.weights(query, content, nationality=False) if content else None
    if weights is not None:
        weights = [*weights, *[1.0] * len(words)]
    scored_parts = topic.index.score(asked, weights, idf_power=PART_IDF_POWER)
    found = {doc: score for score, doc in scored_parts}
    scores = [float(found.get(at, 0.0)) for at in range(count)]
    nations = searcher.reader.nations
    return unless_a_ukrainian_asks(nations, topic.ukrainian, scores, content, ANSWER_PART_SHARE)
