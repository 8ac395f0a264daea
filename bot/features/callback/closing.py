"""Taking and closing a callback or help request in the staff chat.

«🙋 Take» acts at once. «✅ Done» and «📵 Couldn't reach» ask first (request:<done|fail>:<id>),
as cancelling a duty does: the person is told only after «Yes» (request:<done|fail>_yes:<id>:
<the person's last message known then>; tester 37, F14: a «Yes» pressed after the person wrote
again is not taken: the question is asked anew, with the warning that they wait for an answer);
«No, leave it» (request:keep:<id>) changes nothing. For REOPEN after closing, the confirmation
offers «↩️ Reopen» (request:reopen:<id>): the request is open again (taken by whoever had taken
it) and the person is told it still is being dealt with.
"""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Handler, Outcome, stay
from bot.core.messages import Button, Reply
from bot.core.phone import display_phone
from bot.features.callback import linked
from bot.features.callback.listing import person_wrote
from bot.features.callback.staff import (
    BASE_BUTTONS,
    REOPEN,
    button_request,
    notify_user,
    record_of,
    refresh,
    refresh_number,
)
from bot.features.callback.thread import person_language
from bot.storage import requests as store
from bot.storage.requests import Request

STATUS = {"done": "done", "fail": "unreachable"}


def _by(turn: Turn) -> str:
    return turn.incoming.sender_name or turn.t("staff_someone")


async def take(turn: Turn) -> Outcome:
    request = await button_request(turn)
    if not request.is_open:
        return stay(Reply(turn.t("staff_already_closed", record=record_of(turn, request))))
    if request.status == "taken":
        who = markup.literal(request.staff_name or turn.t("staff_someone"))
        record = record_of(turn, request)
        return stay(Reply(turn.t("staff_already_taken", record=record, who=who)))
    await store.set_status(turn.tx, request.id, "taken", turn.now, _by(turn))
    key = "cb_help_taken" if request.service else "cb_taken"
    await notify_user(turn, request, key, [])
    await refresh(turn, request.id)
    return stay()


def _ask(action: str) -> Handler:
    """✅ Done / 📵 Couldn't reach: what will happen, and «Yes» or «No, leave it»."""

    async def handler(turn: Turn) -> Outcome:
        request = await button_request(turn)
        if not request.is_open:
            return stay(Reply(turn.t("staff_already_closed", record=record_of(turn, request))))
        return stay(_question(turn, request, action))

    return handler


def _question(turn: Turn, request: Request, action: str) -> Reply:
    """«Close: request T1 — done?», warned first when the person's last message has no answer;
    its «Yes» holds the moment of that message, so that one written after is noticed."""
    record = record_of(turn, request)
    seen = _moment(request)
    yes = Button(turn.t(f"btn_staff_{action}_yes"), f"request:{action}_yes:{request.id}:{seen}")
    keep = Button(turn.t("btn_staff_keep"), f"request:keep:{request.id}")
    text = turn.t(f"staff_{action}_question", record=record)
    waiting = request.last_person_at
    if _waits(request) and waiting is not None:
        wrote = person_wrote(turn, waiting) or ""  # their last message has no answer yet
        text = f"{turn.t('staff_close_person_waiting', wrote=wrote)}\n\n{text}"
    return Reply(text, [[yes], [keep]])


def _waits(request: Request) -> bool:
    """Whether the person's last message to staff has no answer yet."""
    waiting, answered = request.last_person_at, request.last_staff_reply_at
    return waiting is not None and (answered is None or waiting > answered)


def _moment(request: Request) -> int:
    """The person's last message as a whole second (0: none), carried by the «Yes»."""
    return int(request.last_person_at.timestamp()) if request.last_person_at else 0


def _wrote_since(request: Request, seen: str | None) -> bool:
    """A «Yes» pressed after the person wrote again, unanswered (its question older than that
    message: tester 37, F14). An older «Yes» without the moment (`seen`) is taken as before."""
    if seen is None or not _waits(request):
        return False
    return not seen.isdigit() or int(seen) < _moment(request)


def _close(action: str) -> Handler:
    """Closed: the person told, the card edited, and «↩️ Reopen» for a while."""

    async def handler(turn: Turn) -> Outcome:
        seen = turn.args[1] if len(turn.args) == 2 else None
        if seen is not None:
            turn.args = turn.args[:1]  # (anything else: no such button, button_request says)
        request = await button_request(turn)
        record = record_of(turn, request)
        if not request.is_open:
            return stay(Reply(turn.t("staff_already_closed", record=record), replace=True))
        if _wrote_since(request, seen):  # the person wrote after the question: asked anew
            asked = _question(turn, request, action)
            asked.text = f"{turn.t('staff_close_wrote_since')}\n\n{asked.text}"
            asked.replace = True
            return stay(asked)
        await store.set_status(turn.tx, request.id, STATUS[action], turn.now, _by(turn))
        if action == "done":
            rate = [Button(str(n), f"callback:rate:{request.id}:{n}") for n in range(1, 6)]
            await notify_user(turn, request, "cb_done", [rate], closed=True, typed=True)
        else:
            await _unreachable(turn, request)
        await refresh(turn, request.id)
        minutes = int(REOPEN.total_seconds() // 60)
        text = turn.t(f"staff_closed_{action}", record=record, by=markup.literal(_by(turn)))
        text += "\n" + turn.t("staff_reopen_hint", minutes=minutes)
        reopen = Button(turn.t("btn_staff_reopen"), f"request:reopen:{request.id}")
        return stay(Reply(text, [[reopen]], replace=True))

    return handler


async def _unreachable(turn: Turn, request: Request) -> None:
    lang = await person_language(turn, request)
    called = display_phone(request.phone) if request.phone else None
    if request.service is not None:
        label = turn.services.t(lang, "btn_cb_help_again")
        again = Button(label, f"assist:open:{request.service}")
        key = "cb_help_unreachable"
    else:
        again = Button(turn.services.t(lang, "btn_callback"), "callback")
        key = "cb_unreachable"
    await notify_user(turn, request, key, [[again]], closed=True, called=called)


async def keep(turn: Turn) -> Outcome:
    request = await button_request(turn)
    record = record_of(turn, request)
    if not request.is_open:  # «Yes» was tapped after all (the terminal keeps both buttons)
        return stay(Reply(turn.t("staff_already_closed", record=record)))
    return stay(Reply(turn.t("staff_kept", record=record), replace=True))


async def reopen(turn: Turn) -> Outcome:
    request = await button_request(turn)
    record = record_of(turn, request)
    if request.is_open:
        return stay(Reply(turn.t("staff_already_open", record=record), replace=True))
    if not await store.reopen(turn.tx, request.id, turn.now - REOPEN):
        minutes = int(REOPEN.total_seconds() // 60)
        return stay(Reply(turn.t("staff_reopen_late", record=record, minutes=minutes)))
    await notify_user(turn, request, "cb_reopened", [])
    reopened = await store.get(turn.tx, request.id)
    others = await linked.relink(turn.tx, reopened) if reopened is not None else []
    await refresh(turn, request.id)  # marked again «👥» with the person's others open now
    for other in others:
        await refresh_number(turn, other)
    by = markup.literal(_by(turn))
    return stay(Reply(turn.t("staff_reopened", record=record, by=by), replace=True))


BUTTONS: dict[str, Handler] = {
    **BASE_BUTTONS,
    "take": take,
    "done": _ask("done"),
    "fail": _ask("fail"),
    "done_yes": _close("done"),
    "fail_yes": _close("fail"),
    "keep": keep,
    "reopen": reopen,
}
