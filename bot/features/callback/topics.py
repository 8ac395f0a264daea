"""The callback form's topics: a category opened, a topic chosen (a request of theirs open on
the same topic is said first), a second one on it anyway. Split from flow.py."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, go, stay
from bot.core.messages import Expired
from bot.features import urgent
from bot.features.callback import after_hours, duplicate
from bot.features.callback.replies import ask_description, ask_topic, category_topics, draft


async def category(turn: Turn) -> Outcome:
    if not turn.args:
        return go("topic", ask_topic(turn))
    return stay(category_topics(turn, turn.args[0]))


async def choose_topic(turn: Turn) -> Outcome:
    topic = turn.args[0] if turn.args else None
    if topic != "other" and (topic is None or turn.kb.topic(turn.lang, topic) is None):
        raise Expired("callback:topic")
    already = None if draft(turn).anyway else await duplicate.open_on_topic(turn, topic)
    if already is not None:
        return go("topic", duplicate.open_request_reply(turn, already))
    return _topic_chosen(turn, topic)


async def new_anyway(turn: Turn) -> Outcome:
    """A second request on the same topic after all (callback:new:<topic>)."""
    topic = turn.args[0] if turn.args else None
    if topic is None or turn.kb.topic(turn.lang, topic) is None:
        raise Expired("callback:new")
    return _topic_chosen(turn, topic)


def _topic_chosen(turn: Turn, topic: str) -> Outcome:
    current = draft(turn)
    current.topic, current.category = topic, None
    before = []
    if topic == urgent.TOPIC:
        current.urgent = True
        before += after_hours.lines_once(turn)
    return go("describe", *before, ask_description(turn))
