"""Free-text questions: the answer, "did you mean", or a plain "I don't know"; and the feedback
on an answer. The matching itself lives in bot.search."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.session import AskedQuestion
from bot.features import urgent
from bot.features.hours import hours_reply
from bot.features.menu import main_menu, nav_row, topic_reply
from bot.search import Match, Result
from bot.storage import unanswered as store

ACTION_PAYLOADS = {"contact_hours": "hours", "appointment": "callback"}
ACTION_LABELS = {"contact_hours": "btn_hours", "appointment": "btn_callback"}


async def answer(turn: Turn, next_: Next) -> Outcome:
    """The last step of the text pipeline: answer from the knowledge base."""
    searcher = await turn.services.search.ready(turn.office.id)
    question = (turn.incoming.text or "").strip()
    if searcher is None or not question:
        return stay(main_menu(turn, turn.t("no_search")))
    result: Result = searcher.search(question, turn.lang)
    if result.smalltalk:
        return stay(main_menu(turn, turn.t(f"q_{result.smalltalk}")))
    switch = _switch_row(turn, result)
    best = result.best
    if urgent.marked_now(turn) and not result.confident:
        # a cry for help: the help lines (urgent.screen) are the answer, not
        # "I don't know" nor guesses («не хочу більше жити» is not about 800+ or housing)
        return stay()
    if best is None:
        kind = store.OFF_TOPIC if result.off_topic else store.NO_MATCH
        lang = result.lang or turn.lang
        await store.add(
            turn.tx, turn.now, question, lang, kind, subject=turn.subject, office=turn.office.id
        )
        reply = main_menu(turn, turn.t("q_no_match"))
        reply.buttons = switch + reply.buttons
        return stay(reply)
    if not result.confident:
        rows = [[_button(turn, m)] for m in result.matches]
        rows += switch + [[Button(turn.t("btn_callback"), "callback")], nav_row(turn, None)]
        return stay(Reply(turn.t("q_did_you_mean"), rows))
    if best.id == "contact_hours":
        reply = hours_reply(turn)
    elif best.id == "appointment":
        reply = Reply(
            turn.t("q_appointment"),
            [
                [Button(turn.t("btn_callback"), "callback"), Button(turn.t("btn_book"), "booking")],
                nav_row(turn, None),
            ],
        )
    else:
        turn.memory.question = AskedQuestion(question, result.lang or turn.lang)
        turn.memory.last_topic = best.id
        feedback = [
            Button(turn.t("btn_helpful_yes"), f"feedback:yes:{best.id}"),
            Button(turn.t("btn_helpful_no"), f"feedback:no:{best.id}"),
        ]
        reply = topic_reply(turn, best.id, [feedback])
        reply.text += "\n\n" + turn.t("q_was_helpful")
    reply.buttons = switch + reply.buttons
    return stay(reply)


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
            others = searcher.next_best(asked.text, topic_id)
    rows = [[_button(turn, m)] for m in others]
    rows += [
        [Button(turn.t("btn_callback"), "callback"), Button(turn.t("btn_book"), "booking")],
        nav_row(turn, None),
    ]
    return stay(Reply(turn.t("q_next_best" if others else "q_no_next"), rows))


def _button(turn: Turn, match: Match) -> Button:
    if match.is_action:
        return Button(turn.t(ACTION_LABELS[match.id]), ACTION_PAYLOADS[match.id])
    topic = turn.kb.topic(turn.lang, match.id)
    return Button(topic.title if topic else match.id, f"topic:{match.id}")


def _switch_row(turn: Turn, result: Result) -> list[list[Button]]:
    code = result.lang
    if not result.lang_sure or code is None or code == turn.lang:
        return []
    if code not in turn.settings.languages:
        return []
    return [[Button(turn.services.t(code, "q_switch_to"), f"language:{code}")]]
