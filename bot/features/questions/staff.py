"""/unanswered in the staff chat: questions the bot could not answer, and answers voted down.
The list says whose questions it shows (`Reply.shows`) and whose each one is (`Reply.marks`):
after /forget the person's lines are masked, the others' stay."""

from __future__ import annotations

from bot.core import gone, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.marks import marked
from bot.core.messages import Reply
from bot.core.numbers import record_id
from bot.storage import unanswered as store

STAFF_LIST = 20


async def unanswered(turn: Turn) -> Outcome:
    limit = record_id(turn.incoming.args.strip()) or STAFF_LIST
    office = None if turn.staff_all else turn.staff_scope.id  # coordinators: every office's
    items = await store.recent(turn.tx, office, max(1, min(limit, 100)))
    if not items:
        return stay(Reply(turn.t("q_unanswered_none")))
    total = await store.count(turn.tx, office)
    lines = [turn.t("q_unanswered_title", shown=len(items), total=total)]
    owned: list[tuple[str, str]] = []  # whose each question's lines are, for /forget
    for item in items:
        when = turn.services.t.short_datetime(turn.lang, turn.local(item.created_at))
        if item.kind == store.VOTED_NO:
            kb = turn.services.kb_of(item.office or "") if office is None else turn.kb
            topic = kb.topic(turn.lang, item.topic or "")
            kind = turn.t(
                "q_unanswered_voted_no",
                topic=markup.literal(topic.title if topic else item.topic or "?"),
            )
        elif item.kind == store.OFF_TOPIC:
            kind = turn.t("q_unanswered_off_topic")
        elif item.kind == store.NOT_FOLLOWED:
            kind = turn.t("q_unanswered_not_followed")
        else:
            kind = turn.t("q_unanswered_no_match")
        language = turn.services.t.language_name(turn.lang, item.language)
        text = markup.literal(item.text)
        parts = {"when": when, "language": language, "kind": kind, "text": text}
        if office is None and turn.settings.network:  # coordinators: whose question it is
            label = gone.office_label(turn.services, item.office, turn.lang)
            lines.append(turn.t("q_unanswered_item_office", office=markup.literal(label), **parts))
        else:
            lines.append(turn.t("q_unanswered_item", **parts))
        if item.subject:
            owned.append((item.subject, lines[-1]))
    lines.append(f"\n{turn.t('q_unanswered_hint')}")  # what staff can do with the list
    # whose questions these are: /forget edits the list away (a question may name its asker)
    shows = tuple(dict.fromkeys(item.subject for item in items if item.subject))
    return stay(marked(Reply("\n".join(lines), shows=shows), owned))
