"""A short follow-up right after a topic's answer («а скільки це коштує?» after PESEL, «how much
does it cost?» after meldunek, «а де це зробити?», «ile to kosztuje?», «а сколько ждать?»):
it has no words of a topic of its own, so it asks about the topic just answered, not about
every topic. Read narrowly (follow_words.yaml: every word one of a kind's, price, time, place or
documents, or one that only points at "this"; besides them, words for a child: «how much does
it cost for a child?» after PESEL is its part for a child, core/children.py); any other word
(«а скільки коштує meldunek?», «where do I get a PESEL?») and it is searched as any question,
and may name another topic.

Answered with that topic's part that speaks of what it asks (follow_words.yaml: answers), the
one whose heading does first («Cost», «Терміни»), then the one the parts' search scores best
for the follow-up (bot.search.context); the whole answer a tap away. A topic none of whose parts
speaks of it is said so, honestly, above its whole answer and the way to a person."""

from __future__ import annotations

import datetime as dt

from bot.content.model import Topic
from bot.core import about, children, markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.session import AskedQuestion
from bot.core.words import fold, words
from bot.features.menu import topic_reply
from bot.search import Searcher

KINDS = ("price", "time", "place", "documents")  # the one answered when a follow-up asks two
LATELY = dt.timedelta(minutes=30)  # a follow-up's topic: answered no longer ago than this
_FILE = ("bot.features.questions", "follow_words.yaml")


def _asks() -> about.Table:
    return about.table(*_FILE)


def _speaks() -> about.Table:
    return about.table(*_FILE, kinds="answers", around=None)


def prepare() -> None:
    """The word tables read ahead (Feature.prepare), not in a person's turn."""
    _asks()
    _speaks()


def kind(text: str) -> str | None:
    """What a follow-up made only of follow_words.yaml's words asks (None: not a follow-up)."""
    kinds = about.read(text, _asks())
    if not kinds and _for_a_child(text):  # («how much does it cost for a child?»: its part)
        kinds = about.read(children.without_child(" ".join(words(text))), _asks())
    return next((k for k in KINDS if k in kinds), None)


def _for_a_child(text: str) -> bool:
    return children.about_a_child(fold(text))


def recent_topic(turn: Turn) -> Topic | None:
    """The topic answered last, if it was answered within LATELY (and the content has it)."""
    memory = turn.memory
    if memory.last_topic is None or not memory.last_topic_at:
        return None
    try:
        at = dt.datetime.fromisoformat(memory.last_topic_at)
    except ValueError:
        return None
    if turn.now - at > LATELY:
        return None
    return turn.kb.topic(turn.lang, memory.last_topic)


async def answer(turn: Turn, searcher: Searcher, question: str) -> Reply | None:
    """The follow-up's answer from the topic just answered; None: not a follow-up, or no topic
    was answered lately (the question is searched as any)."""
    asked = kind(question)
    if asked is None:
        return None
    topic = recent_topic(turn)
    if topic is None:
        return None
    scores = await turn.services.search.parts_scored(searcher, question, topic.id)
    part = _part(topic, asked, scores, _for_a_child(question))
    if topic.id in searcher.data.get("whole_answers", ()):
        part = None  # (its first part is what a person in distress must see first: data.yaml)
    turn.memory.asked = turn.memory.question = AskedQuestion(question, turn.lang)
    turn.memory.answered(topic.id, turn.now)
    helpful = [
        Button(turn.t("btn_helpful_yes"), f"feedback:yes:{topic.id}"),
        Button(turn.t("btn_helpful_no"), f"feedback:no:{topic.id}"),
    ]
    if part is None and _speaks_of(topic.answer, asked):
        part = -1  # a topic of one part that speaks of it: its whole answer, as it is
    if part is not None:
        rows = [[Button(turn.t("btn_whole_answer"), f"topic:{topic.id}")]] if part >= 0 else []
        reply = topic_reply(turn, topic.id, [*rows, helpful], part=part if part >= 0 else None)
        reply.text += "\n\n" + turn.t("q_was_helpful")
        return reply
    # no part speaks of it: said so, the whole answer below, the way to a person
    title = markup.literal(topic.title)
    said = f"{turn.t(f'q_follow_none_{asked}', topic=title)} {turn.t('q_follow_whole')}"
    reply = topic_reply(turn, topic.id, [[Button(turn.t("btn_callback"), "callback")]])
    reply.text = f"{said}\n\n{reply.text}"
    return reply


def _part(topic: Topic, asked: str, scores: list[float], child: bool = False) -> int | None:
    """The part (from 0) that answers `asked`: of those that speak of it, the one whose heading
    names a child first when the follow-up asks for one («PESEL for a child»), then the one whose
    heading speaks of it, then the best scored, then the first; None: a topic of one part, or
    none does."""
    if len(topic.parts) < 2:
        return None
    speaking = [at for at, part in enumerate(topic.parts) if _speaks_of(part.text, asked)]
    if not speaking:
        return None
    scores = scores if len(scores) == len(topic.parts) else [0.0] * len(topic.parts)
    return max(
        speaking,
        key=lambda at: (
            child and _for_a_child(topic.parts[at].heading),
            _speaks_of(topic.parts[at].heading, asked),
            scores[at],
            -at,
        ),
    )


def _speaks_of(text: str, asked: str) -> bool:
    return about.speaks(text, asked, _speaks())
