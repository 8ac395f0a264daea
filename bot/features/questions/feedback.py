"""What a person says about an answer: 👍, 👎 (the next-best topics worth showing, then the
answer's related topics, and a person), or another candidate tapped under it ("Not what you
asked?"). 👎 and another candidate are kept for staff (/unanswered) with the question, never
who asked."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.menu import book_button, nav_row, topic_reply
from bot.features.questions.answers import button
from bot.search import Match
from bot.search.tuning import MAX_MATCHES, SHOW
from bot.storage import unanswered as store


def _topic_arg(turn: Turn) -> str:
    if len(turn.args) != 1 or turn.args[0] not in turn.kb.topic_ids:
        raise Expired("feedback")
    return turn.args[0]


async def helpful(turn: Turn) -> Outcome:
    _topic_arg(turn)
    turn.memory.question = None  # one vote per answer
    return stay(Reply(turn.t("q_glad"), [nav_row(turn, None)]))


async def not_helpful(turn: Turn) -> Outcome:
    topic_id = _topic_arg(turn)
    asked, turn.memory.question = turn.memory.question, None  # one vote per answer
    others: list[Match] = []
    if asked is not None and asked.text:
        lang = asked.lang or turn.lang
        await store.add(
            turn.tx,
            turn.now,
            asked.text,
            lang,
            store.VOTED_NO,
            topic_id,
            subject=turn.subject,
            office=turn.office.id,
        )
        searcher = turn.services.search.current(turn.office.id)
        if searcher is not None:
            found = await turn.services.search.next_best(searcher, asked.text, topic_id)
            others = [m for m in found if m.score >= SHOW]  # below it: words in common, no more
        # then the topics the answer itself named as related (its «see also»)
        topic = turn.kb.topic(turn.lang, topic_id)
        for related in topic.related if topic is not None else ():
            if len(others) < MAX_MATCHES and all(m.id != related for m in others):
                others.append(Match(related, 0.0))
    rows = [[button(turn, m, asked)] for m in others] if asked is not None else []
    rows += [
        [Button(turn.t("btn_callback"), "callback"), *book_button(turn)],
        nav_row(turn, None),
    ]
    return stay(Reply(turn.t("q_next_best" if others else "q_no_next"), rows))


async def instead(turn: Turn) -> Outcome:
    """`feedback:other:<topic>`: another candidate under an answer given at once; the answer
    given is counted as not helpful for that question (once), and the chosen topic shown."""
    topic_id = _topic_arg(turn)
    asked, turn.memory.question = turn.memory.question, None
    answered = turn.memory.last_topic
    if asked is not None and asked.text and answered and answered != topic_id:
        lang = asked.lang or turn.lang
        await store.add(
            turn.tx,
            turn.now,
            asked.text,
            lang,
            store.VOTED_NO,
            answered,
            subject=turn.subject,
            office=turn.office.id,
        )
    turn.memory.answered(topic_id, turn.now)
    return stay(topic_reply(turn, topic_id))
