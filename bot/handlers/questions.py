"""Free-text questions: the answer, "did you mean", or a plain "I don't know"; feedback; and
/unanswered for staff. The matching itself lives in bot.search."""

from __future__ import annotations

import asyncio

from bot.core import markup
from bot.core.dispatch import Router, Turn
from bot.core.messages import Button, Expired, Reply
from bot.handlers import menu, urgent
from bot.handlers.hours import hours_reply
from bot.search import Match, Result
from bot.storage import unanswered as store

ACTION_PAYLOADS = {"contact_hours": "hours", "appointment": "cb"}
ACTION_LABELS = {"contact_hours": "btn_hours", "appointment": "btn_callback"}
STAFF_LIST = 20


async def on_text(turn: Turn) -> list[Reply]:
    searcher = turn.services.search
    if searcher is None and turn.services.search_loading is not None:
        # Only in the first seconds after start-up: the index is still being built.
        try:
            searcher = await asyncio.shield(turn.services.search_loading)
        except Exception:  # noqa: BLE001 - logged once by bot.app; the menus still work
            searcher = None
    question = (turn.incoming.text or "").strip()
    if searcher is None or not question:
        return await menu.text_without_search(turn)
    result: Result = searcher.search(question, turn.lang)
    if result.smalltalk:
        return [menu.main_menu(turn, turn.t(f"q_{result.smalltalk}"))]
    switch = _switch_row(turn, result)
    best = result.best
    if urgent.marked_now(turn) and not result.confident:
        # a cry for help: the help lines (callback_thread.wrap_text) are the answer, not
        # "I don't know" nor guesses («не хочу більше жити» is not about 800+ or housing)
        return []
    if best is None:
        kind = store.OFF_TOPIC if result.off_topic else store.NO_MATCH
        await store.add(turn.tx, turn.now, question, result.lang or turn.lang, kind)
        reply = menu.main_menu(turn, turn.t("q_no_match"))
        reply.buttons = switch + reply.buttons
        return [reply]
    if not result.confident:
        rows = [[_button(turn, m)] for m in result.matches]
        rows += switch + [[Button(turn.t("btn_callback"), "cb")], menu.nav_row(turn, None)]
        return [Reply(turn.t("q_did_you_mean"), rows)]
    if best.id == "contact_hours":
        reply = hours_reply(turn)
    elif best.id == "appointment":
        reply = Reply(
            turn.t("q_appointment"),
            [
                [Button(turn.t("btn_callback"), "cb"), Button(turn.t("btn_book"), "bk")],
                menu.nav_row(turn, None),
            ],
        )
    else:
        turn.session.data["_question"] = {"text": question, "lang": result.lang or turn.lang}
        turn.session.data["_last_topic"] = best.id
        feedback = [
            Button(turn.t("btn_helpful_yes"), f"fb:y:{best.id}"),
            Button(turn.t("btn_helpful_no"), f"fb:n:{best.id}"),
        ]
        reply = menu.topic_reply(turn, best.id, [feedback])
        reply.text += "\n\n" + turn.t("q_was_helpful")
    reply.buttons = switch + reply.buttons
    return [reply]


async def on_feedback(turn: Turn, args: list[str]) -> list[Reply]:
    if len(args) != 2 or args[0] not in ("y", "n") or args[1] not in turn.services.kb.topic_ids:
        raise Expired("fb:" + ":".join(args))
    vote, topic_id = args
    asked = turn.session.data.pop("_question", None)  # one vote per answer
    if vote == "y":
        return [Reply(turn.t("q_glad"), [menu.nav_row(turn, None)])]
    others: list[Match] = []
    if isinstance(asked, dict) and asked.get("text"):
        question = str(asked["text"])
        lang = str(asked.get("lang") or turn.lang)
        await store.add(turn.tx, turn.now, question, lang, store.VOTED_NO, topic_id)
        if turn.services.search is not None:
            others = turn.services.search.next_best(question, topic_id)
    rows = [[_button(turn, m)] for m in others]
    rows += [
        [Button(turn.t("btn_callback"), "cb"), Button(turn.t("btn_book"), "bk")],
        menu.nav_row(turn, None),
    ]
    return [Reply(turn.t("q_next_best" if others else "q_no_next"), rows)]


async def staff_unanswered(turn: Turn) -> list[Reply]:
    limit = int(turn.incoming.args) if turn.incoming.args.strip().isdigit() else STAFF_LIST
    items = await store.recent(turn.tx, max(1, min(limit, 100)))
    if not items:
        return [Reply(turn.t("q_unanswered_none"))]
    total = await store.count(turn.tx)
    lines = [turn.t("q_unanswered_title", shown=len(items), total=total)]
    for item in items:
        when = turn.services.t.short_datetime(turn.lang, turn.local(item.created_at))
        if item.kind == store.VOTED_NO:
            topic = turn.services.kb.topic(turn.lang, item.topic or "")
            kind = turn.t(
                "q_unanswered_voted_no",
                topic=markup.literal(topic.title if topic else item.topic or "?"),
            )
        elif item.kind == store.OFF_TOPIC:
            kind = turn.t("q_unanswered_off_topic")
        else:
            kind = turn.t("q_unanswered_no_match")
        lines.append(f"• {when} · {item.language} · {kind}\n  «{markup.literal(item.text)}»")
    return [Reply("\n".join(lines))]


def _button(turn: Turn, match: Match) -> Button:
    if match.is_action:
        return Button(turn.t(ACTION_LABELS[match.id]), ACTION_PAYLOADS[match.id])
    topic = turn.services.kb.topic(turn.lang, match.id)
    return Button(topic.title if topic else match.id, f"t:{match.id}")


def _switch_row(turn: Turn, result: Result) -> list[list[Button]]:
    code = result.lang
    if not result.lang_sure or code is None or code == turn.lang:
        return []
    if code not in turn.settings.languages:
        return []
    return [[Button(turn.services.t(code, "q_switch_to"), f"lang:{code}")]]


def register(router: Router) -> None:
    router.text = on_text
    router.payloads["fb"] = on_feedback
    router.staff_commands["unanswered"] = staff_unanswered
