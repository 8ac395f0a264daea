"""/mydata shows everything stored about the user; /forget deletes it after a confirmation.

Each feature's part comes from bot.privacy_sections.SECTIONS (read its docstring to add one).
The session part is here: the language, the saved name and phone, the date of consent.
Buttons: "pv:ask" (the confirmation question), "pv:forget" (delete).

After /forget the session row is deleted too (Session.erase): nothing of the user is kept.
"""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.dispatch import Router, Turn
from bot.core.messages import Button, Expired, Reply
from bot.handlers import personal
from bot.handlers.menu import LANGUAGE_NAMES, nav_row
from bot.privacy_sections import SECTIONS


def _session_block(turn: Turn) -> str:
    session = turn.session
    key = "privacy_language_chosen" if session.language_chosen else "privacy_language_guessed"
    lines = [
        turn.t("privacy_session_title"),
        turn.t(
            "privacy_account",
            channel=turn.incoming.channel,
            user=markup.literal(turn.incoming.user_id),
        ),
        turn.t(key, language=LANGUAGE_NAMES.get(turn.lang, turn.lang)),
    ]
    saved = session.data.get("_person")
    if saved:
        lines.append(
            turn.t(
                "privacy_saved_person",
                name=markup.literal(saved.get("name", "")),
                phone=personal.display_phone(saved["phone"]) if saved.get("phone") else "—",
            )
        )
    consent = session.data.get("_consent")
    if consent:
        day = dt.date.fromisoformat(consent)
        lines.append(turn.t("privacy_consent", date=turn.services.t.date(turn.lang, day, "long")))
    if session.flow is not None:
        lines.append(turn.t("privacy_unfinished"))
    return "\n".join(lines)


async def mydata(turn: Turn) -> list[Reply]:
    blocks = [_session_block(turn)]
    for section in SECTIONS:
        block = await section.show(turn)
        if block:
            blocks.append(block)
    text = "\n\n".join([turn.t("privacy_title"), *blocks, turn.t("privacy_footer")])
    rows = [[Button(turn.t("btn_privacy_forget"), "pv:ask")], nav_row(turn, None)]
    return [Reply(text, rows)]


def _ask(turn: Turn) -> Reply:
    return Reply(
        turn.t("privacy_forget_confirm"),
        [
            [Button(turn.t("btn_privacy_forget_yes"), "pv:forget")],
            [Button(turn.t("btn_privacy_keep"), "menu")],
        ],
    )


async def forget_command(turn: Turn) -> list[Reply]:
    return [_ask(turn)]


async def _forget(turn: Turn) -> list[Reply]:
    for section in SECTIONS:
        await section.forget(turn)
    done = Reply(turn.t("privacy_forgotten"), [[Button(turn.t("btn_main_menu"), "menu")]])
    session = turn.session
    # The answer is already in the user's language; the core then deletes the session row.
    session.erase = True
    return [done]


async def on_payload(turn: Turn, args: list[str]) -> list[Reply]:
    if args == ["ask"]:
        return [_ask(turn)]
    if args == ["forget"]:
        return await _forget(turn)
    raise Expired("pv")


def register(router: Router) -> None:
    router.commands["mydata"] = mydata
    router.commands["forget"] = forget_command
    router.payloads["pv"] = on_payload
