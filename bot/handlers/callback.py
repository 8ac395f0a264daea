"""A person asks to be called back: consent, name, phone, topic, language, time, confirmation.

Steps live in `session.step`; the draft in `session.data["cb"]`. Consent, name and phone are
the shared step in bot.handlers.personal. Every button here is "cb:<action>:<arg>":

    cb                   start (also /callback)       cb:c[:<category>]  topic categories
    cb:t:<topic|other>   the topic                    cb:skip            no description
    cb:l:<language>      language of the call         cb:w:<asap|am|pm>  time of the call
    cb:ok:<token>        confirm (once per draft)     cb:fix[:<what>]    correct a field
    cb:x                 cancel                       cb:r:<id>:<1-5>    rate a closed request
    cb:end:<id>          stop writing to staff (see bot.handlers.callback_thread)
"""

from __future__ import annotations

import secrets

from bot.core import markup
from bot.core.dispatch import Router, Turn
from bot.core.messages import Button, Expired, Reply
from bot.handlers import callback_staff, callback_thread, personal, urgent
from bot.handlers.callback_when import WINDOWS, when_text
from bot.handlers.menu import LANGUAGE_NAMES, main_menu
from bot.storage import requests as store

FLOW = "callback"
DESCRIPTION_MAX = 500
SENT = "_cb_sent"  # the last confirmed draft: {"token": ..., "id": ...}


def _draft(turn: Turn) -> dict:  # type: ignore[type-arg]
    return turn.session.data.setdefault("cb", {})


def _in_flow(turn: Turn, *steps: str) -> dict:  # type: ignore[type-arg]
    """The draft, when the user is at one of `steps` of this flow; else the button is stale."""
    if turn.session.flow != FLOW or (steps and turn.session.step not in steps):
        raise Expired("cb")
    return _draft(turn)


def _cancel_row(turn: Turn) -> list[Button]:
    return [Button(turn.t("btn_cb_cancel"), "cb:x")]


async def start(turn: Turn, args: list[str] | None = None) -> list[Reply]:
    turn.session.start_flow(FLOW, "person:consent", cb={"token": secrets.token_hex(4)})
    replies = [Reply(urgent.help_text(turn))] if urgent.is_marked(turn) else []
    return replies + personal.begin(turn, "callback")


def _ask_topic(turn: Turn) -> Reply:
    turn.session.step = "topic"
    language = turn.services.kb.language(turn.lang)
    rows: list[list[Button]] = []
    last = turn.session.data.get("_last_topic")
    if last in language.topics:
        rows.append([Button(language.topics[last].title, f"cb:t:{last}")])
    cats = [Button(c.title, f"cb:c:{c.id}") for c in language.categories if c.topics]
    rows += [cats[i : i + 2] for i in range(0, len(cats), 2)]
    rows.append([Button(turn.t("btn_cb_other"), "cb:t:other")])
    rows.append(_cancel_row(turn))
    return Reply(turn.t("cb_ask_topic"), rows)


def _ask_description(turn: Turn) -> Reply:
    turn.session.step = "describe"
    if _draft(turn).get("topic") == "other":
        return Reply(turn.t("cb_ask_description_other"), [_cancel_row(turn)])
    return Reply(
        turn.t("cb_ask_description"),
        [[Button(turn.t("btn_cb_skip"), "cb:skip")], _cancel_row(turn)],
    )


def _ask_language(turn: Turn) -> Reply:
    turn.session.step = "language"
    codes = sorted(turn.settings.languages, key=lambda c: c != turn.lang)
    buttons = [Button(LANGUAGE_NAMES[c], f"cb:l:{c}") for c in codes]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return Reply(turn.t("cb_ask_language"), [*rows, _cancel_row(turn)])


def _ask_window(turn: Turn) -> Reply:
    turn.session.step = "window"
    rows = [[Button(turn.t(f"window_{w}"), f"cb:w:{w}")] for w in WINDOWS]
    return Reply(turn.t("cb_ask_window"), [*rows, _cancel_row(turn)])


def _summary(turn: Turn) -> Reply:
    turn.session.step = "confirm"
    draft = _draft(turn)
    draft.pop("fixing", None)
    person = turn.session.data.get("person", {})
    text = turn.t(
        "cb_summary",
        name=markup.literal(person.get("name", "")),
        phone=personal.display_phone(person["phone"]),
        topic=markup.literal(callback_staff.topic_title(turn.services, turn.lang, draft["topic"])),
        description=markup.literal(draft.get("description") or "—"),
        language=LANGUAGE_NAMES[draft["language"]],
        window=turn.t(f"window_{draft['window']}"),
    )
    rows = [
        [Button(turn.t("btn_cb_send"), f"cb:ok:{draft['token']}")],
        [Button(turn.t("btn_cb_fix"), "cb:fix")],
        _cancel_row(turn),
    ]
    return Reply(text, rows)


def _next(turn: Turn, ask) -> Reply:  # type: ignore[no-untyped-def]
    """After a step: back to the summary when correcting one field, else the next question."""
    return _summary(turn) if _draft(turn).get("fixing") else ask(turn)


async def _confirm(turn: Turn, token: str) -> list[Reply]:
    sent = turn.session.data.get(SENT) or {}
    if turn.session.flow != FLOW and sent.get("token") == token:
        return [main_menu(turn, turn.t("cb_already_sent", id=sent["id"]))]
    draft = _in_flow(turn, "confirm")
    if draft.get("token") != token:
        raise Expired("cb:ok")
    person = turn.session.data["person"]
    is_urgent = bool(draft.get("urgent")) or urgent.is_marked(turn)
    request_id, created = await store.create(
        turn.tx,
        turn.now,
        token,
        channel=turn.incoming.channel,
        user_id=turn.incoming.user_id,
        chat_id=turn.session.chat_id,
        language=turn.lang,
        call_language=draft["language"],
        topic=draft["topic"],
        description=draft.get("description"),
        name=person["name"],
        phone=person["phone"],
        time_window=draft["window"],
        urgent=is_urgent,
    )
    if created:
        request = await store.get(turn.tx, request_id)
        assert request is not None
        await callback_staff.post(turn, request)
    turn.session.end_flow()
    urgent.clear(turn)
    turn.session.data[SENT] = {"token": token, "id": request_id}
    text = turn.t("cb_sent", id=request_id, when=when_text(turn, draft["window"]))
    if is_urgent:
        text += "\n\n" + turn.t("cb_sent_urgent")
    return [main_menu(turn, text)]


async def _fix(turn: Turn, what: str | None) -> list[Reply]:
    draft = _in_flow(turn, "confirm", "fix")
    if what is None:
        turn.session.step = "fix"
        rows = [
            [Button(turn.t(f"btn_cb_fix_{w}"), f"cb:fix:{w}")]
            for w in ("person", "topic", "language", "window")
        ]
        rows.append([Button(turn.t("btn_back"), "cb:fix:back")])
        return [Reply(turn.t("cb_fix_what"), rows, replace=True)]
    draft["fixing"] = True
    if what == "back":
        return [_summary(turn)]
    if what == "person":
        return personal.begin(turn, "callback")
    if what == "topic":
        return [_ask_topic(turn)]
    if what == "language":
        return [_ask_language(turn)]
    if what == "window":
        return [_ask_window(turn)]
    raise Expired("cb:fix")


async def _choose_topic(turn: Turn, topic: str | None) -> list[Reply]:
    draft = _in_flow(turn, "topic")
    if topic != "other" and (topic is None or turn.services.kb.topic(turn.lang, topic) is None):
        raise Expired("cb:t")
    draft["topic"] = topic
    replies = []
    if topic == urgent.TOPIC:
        draft["urgent"] = True
        replies.append(Reply(urgent.help_text(turn)))
    return [*replies, _ask_description(turn)]


async def _category(turn: Turn, category_id: str | None) -> list[Reply]:
    _in_flow(turn, "topic")
    if category_id is None:
        return [_ask_topic(turn)]
    language = turn.services.kb.language(turn.lang)
    category = language.category(category_id)
    if category is None:
        raise Expired("cb:c")
    rows = [[Button(language.topics[t].title, f"cb:t:{t}")] for t in category.topics]
    rows.append([Button(turn.t("btn_back"), "cb:c"), *_cancel_row(turn)])
    title = markup.literal(category.title)
    return [Reply(turn.t("cb_choose_topic", category=title), rows, replace=True)]


async def on_payload(turn: Turn, args: list[str]) -> list[Reply]:
    if not args:
        return await start(turn)
    action, rest = args[0], args[1:]
    arg = rest[0] if rest else None
    if action == "c":
        return await _category(turn, arg)
    if action == "t":
        return await _choose_topic(turn, arg)
    if action == "skip":
        draft = _in_flow(turn, "describe")
        if draft.get("topic") == "other":
            raise Expired("cb:skip")
        draft["description"] = None
        return [_next(turn, _ask_language)]
    if action == "l":
        draft = _in_flow(turn, "language")
        if arg not in turn.settings.languages:
            raise Expired("cb:l")
        draft["language"] = arg
        return [_next(turn, _ask_window)]
    if action == "w":
        draft = _in_flow(turn, "window")
        if arg not in WINDOWS:
            raise Expired("cb:w")
        draft["window"] = arg
        return [_summary(turn)]
    if action == "ok" and arg:
        return await _confirm(turn, arg)
    if action == "fix":
        return await _fix(turn, arg)
    if action == "x":
        _in_flow(turn)
        turn.session.end_flow()
        return [main_menu(turn, turn.t("cancelled"))]
    if action == "r" and len(rest) == 2:
        return await callback_thread.rate(turn, rest[0], rest[1])
    if action == "end" and arg:
        return await callback_thread.end_thread(turn, arg)
    raise Expired("cb")


def _reask(turn: Turn) -> Reply:
    """Text where a button was expected: ask the same question again."""
    step = turn.session.step
    draft = _draft(turn)
    if step == "topic":
        reply = _ask_topic(turn)
    elif step == "language":
        reply = _ask_language(turn)
    elif step == "window":
        reply = _ask_window(turn)
    elif step in ("confirm", "fix") and "window" in draft:
        reply = _summary(turn)
    else:
        return _ask_topic(turn)
    reply.text = f"{turn.t('cb_use_buttons')}\n\n{reply.text}"
    return reply


async def on_input(turn: Turn) -> list[Reply]:
    """Text or a shared contact while in this flow."""
    text = turn.incoming.text or ""
    replies: list[Reply] = []
    if text and urgent.detect(text):
        urgent.mark(turn)
        _draft(turn)["urgent"] = True
        replies.append(Reply(urgent.help_text(turn)))
    step = turn.session.step or ""
    if step.startswith("person:"):
        answer, done = await personal.handle(turn)
        if not done:
            return replies + answer
        return replies + answer + [_next(turn, _ask_topic)]
    if step == "describe":
        description = " ".join(text.split())
        if not description:
            return [*replies, _ask_description(turn)]
        if len(description) > DESCRIPTION_MAX:
            return [*replies, Reply(turn.t("cb_description_too_long", limit=DESCRIPTION_MAX))]
        _draft(turn)["description"] = description
        return [*replies, _next(turn, _ask_language)]
    return [*replies, _reask(turn)]


def register(router: Router) -> None:
    router.commands["callback"] = start
    router.payloads["cb"] = on_payload
    router.flows[FLOW] = on_input
