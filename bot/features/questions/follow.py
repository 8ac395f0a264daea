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
from dataclasses import replace

from bot.content.model import Topic
from bot.core import about, children, markup
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.session import AskedQuestion
from bot.core.words import fold, words
from bot.features.menu import topic_reply
from bot.search import Match, Result, Searcher

KINDS = ("price", "time", "place", "documents")  # the one answered when a follow-up asks two
LATELY = dt.timedelta(minutes=30)  # a follow-up's topic: answered no longer ago than this
_FILE = ("bot.features.questions", "follow_words.yaml")


def _asks() -> about.Table:
    return about.table(*_FILE)


def _speaks() -> about.Table:
    return about.table(*_FILE, kinds="answers", around=None)


def _about_a_child() -> about.Table:
    return about.table(*_FILE, kinds="child")


def prepare() -> None:
    """The word tables read ahead (Feature.prepare), not in a person's turn."""
    _asks()
    _speaks()
    _about_a_child()


def kind(text: str) -> str | None:
    """What a follow-up made only of follow_words.yaml's words asks (None: not a follow-up)."""
    kinds = about.read(text, _asks())
    if not kinds and _for_a_child(text):  # («how much does it cost for a child?»: its part)
        kinds = about.read(children.without_child(" ".join(words(text))), _asks())
    return next((k for k in KINDS if k in kinds), None)


def _for_a_child(text: str) -> bool:
    return children.about_a_child(fold(text))


def for_a_child(text: str) -> bool:
    """A follow-up that only asks «and for a child?» («а для дитини?», «a dla dziecka?», «а якщо
    дитина народилась тут?»): words for a child, and besides them only words around them
    (follow_words.yaml: around, child); no word of a topic («а садочок для дитини?»)."""
    if not _for_a_child(text):
        return False
    rest = children.without_child(" ".join(words(text)))
    return not rest.strip() or about.made_of(rest, _about_a_child())


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
    was answered lately (the question is searched as any), or «and for a child?» about a topic
    with no part for a child (its topic offered first: `offered_first`)."""
    asked = kind(question)
    if asked is None:
        return await _for_a_child_answer(turn, searcher, question)
    topic = recent_topic(turn)
    if topic is None:
        return None
    scores = await turn.services.search.parts_scored(searcher, question, topic.id)
    shown = turn.memory.last_part  # (of the topic just answered: recent_topic)
    part = _part(topic, asked, scores, _for_a_child(question), shown)
    if topic.id in searcher.data.get("whole_answers", ()):
        part = None  # (its first part is what a person in distress must see first: data.yaml)
    if part is None and _speaks_of(topic.answer, asked):
        part = -1  # a topic of one part that speaks of it: its whole answer, as it is
    if part is not None and part >= 0 and part == shown:
        # the part just shown again («how many days do I have?» after the lost card's): said
        # that this is all it says, the way to a person under it («how long does it take?»)
        reply = _at_part(turn, question, topic, part)
        said = turn.t("q_follow_same", topic=markup.literal(topic.title))
        reply.text = f"{said}\n\n{reply.text}"
        reply.buttons.insert(1, [Button(turn.t("btn_callback"), "callback")])
        return reply
    if part is not None:
        return _at_part(turn, question, topic, part)
    # no part speaks of it: said so, the whole answer below, the way to a person
    _answered(turn, question, topic)
    title = markup.literal(topic.title)
    said = f"{turn.t(f'q_follow_none_{asked}', topic=title)} {turn.t('q_follow_whole')}"
    reply = topic_reply(turn, topic.id, [[Button(turn.t("btn_callback"), "callback")]])
    reply.text = f"{said}\n\n{reply.text}"
    return reply


async def _for_a_child_answer(turn: Turn, searcher: Searcher, question: str) -> Reply | None:
    """«а для дитини?» right after a topic's answer: its part for a child (`_child_part`)."""
    topic = recent_topic(turn) if for_a_child(question) else None
    if topic is None or topic.id in searcher.data.get("whole_answers", ()):
        return None
    scores = await turn.services.search.parts_scored(searcher, question, topic.id)
    part = _child_part(topic, scores)
    return None if part is None else _at_part(turn, question, topic, part)


def offered_first(turn: Turn, question: str) -> Topic | None:
    """The topic just answered, for «and for a child?» that `answer` did not answer (it has no
    part for a child): offered first among the search's candidates (`first`)."""
    return recent_topic(turn) if for_a_child(question) else None


def first(result: Result, topic: Topic) -> Result:
    """The search's `result` as «did you mean», `topic` first, then its other candidates."""
    score = max((m.score for m in result.matches), default=1.0)
    others = tuple(m for m in result.matches if m.id != topic.id and not m.is_action)
    return replace(
        result,
        matches=(Match(topic.id, score), *others)[:3],
        confident=False,
        part=None,
        smalltalk=None,
        command=False,
        off_topic=False,
    )


def none_for_a_child(turn: Turn, topic: Topic) -> str:
    return turn.t("q_follow_none_child", topic=markup.literal(topic.title))


def _answered(turn: Turn, question: str, topic: Topic, part: int | None = None) -> None:
    turn.memory.asked = turn.memory.question = AskedQuestion(question, turn.lang)
    turn.memory.answered(topic.id, turn.now, part)


def _at_part(turn: Turn, question: str, topic: Topic, part: int) -> Reply:
    """The topic's answer at `part` (-1: its whole answer, as it is), «Was this helpful?»."""
    _answered(turn, question, topic, part if part >= 0 else None)
    helpful = [
        Button(turn.t("btn_helpful_yes"), f"feedback:yes:{topic.id}"),
        Button(turn.t("btn_helpful_no"), f"feedback:no:{topic.id}"),
    ]
    rows = [[Button(turn.t("btn_whole_answer"), f"topic:{topic.id}")]] if part >= 0 else []
    reply = topic_reply(turn, topic.id, [*rows, helpful], part=part if part >= 0 else None)
    reply.text += "\n\n" + turn.t("q_was_helpful")
    return reply


def _child_part(topic: Topic, scores: list[float]) -> int | None:
    """The part for a child: of those whose heading names a child, the best scored; else of
    those that speak of one, the one whose questions in the content (`part_examples`) most often
    ask for a child, then the best scored (NFZ: its part on Ukrainians, whose free care is kept
    for children, not «How you become insured», which names children once, as family members);
    None: a topic of one part, or none does."""
    if len(topic.parts) < 2:
        return None
    scores = scores if len(scores) == len(topic.parts) else [0.0] * len(topic.parts)
    named = [at for at, p in enumerate(topic.parts) if _for_a_child(p.heading)]
    if named:
        return max(named, key=lambda at: (scores[at], -at))
    named = [at for at, p in enumerate(topic.parts) if _for_a_child(p.text)]
    if named:
        return max(named, key=lambda at: (_asked_for_a_child(topic, at), scores[at], -at))
    return None


def _asked_for_a_child(topic: Topic, at: int) -> float:
    """The share of the part's questions in the content that ask for a child."""
    asked = topic.part_examples[at] if at < len(topic.part_examples) else ()
    return sum(map(_for_a_child, asked)) / len(asked) if asked else 0.0


def _part(
    topic: Topic, asked: str, scores: list[float], child: bool = False, shown: int | None = None
) -> int | None:
    """The part (from 0) that answers `asked`: of those that speak of it, the one whose heading
    names a child first when the follow-up asks for one («PESEL for a child»), then the part
    just shown (`shown`: «how many days do I have?» after the lost residence card's part, whose
    3 and 14 days are its answer, not «Refused? Appeal within 14 days»), then the one whose
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
            at == shown,
            _speaks_of(topic.parts[at].heading, asked),
            scores[at],
            -at,
        ),
    )


def _speaks_of(text: str, asked: str) -> bool:
    return about.speaks(text, asked, _speaks())
