"""What `infopoint run` needs from the environment besides config.yaml: the tokens and the
webhook secret. One list for both commands: `infopoint run` refuses to start on any of them;
`infopoint check` names them too, a variable not set as a note (check is often run where the
service's environment file is not read) and one set wrongly as an error.

What config.yaml itself must say for the bot to start (Viber with a webhook, a channel at all,
a Viber name of at most 28 characters) is checked by config.load, by file and line, for every
command (bot.settings.checks.channels)."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass

from bot.settings import yamldoc
from bot.settings.model import Settings
from bot.settings.yamldoc import Problem

SECRET_CHARS = re.compile(r"[A-Za-z0-9_-]{1,256}")


@dataclass(frozen=True)
class Needed:
    variable: str  # the environment variable
    message: str  # a sentence saying what to do
    unset: bool = False  # not set at all (`infopoint check`: a note, not an error)


def needed(settings: Settings, environ: Mapping[str, str] | None = None) -> list[Needed]:
    """What keeps `infopoint run` from starting with this environment (empty: nothing)."""
    env = os.environ if environ is None else environ
    found = []
    if settings.telegram_enabled and not env.get("TELEGRAM_BOT_TOKEN"):
        found.append(
            Needed(
                "TELEGRAM_BOT_TOKEN",
                "TELEGRAM_BOT_TOKEN is not set, and `infopoint run` needs it: the bot token "
                "from @BotFather (e.g. `TELEGRAM_BOT_TOKEN=123:abc infopoint run`; on a server "
                "in /etc/infopoint/infopoint.env, docs/deploy.md step 2); `infopoint chat` "
                "tries the bot without it",
                unset=True,
            )
        )
    if settings.viber_enabled and not env.get("VIBER_AUTH_TOKEN"):
        found.append(
            Needed(
                "VIBER_AUTH_TOKEN",
                "VIBER_AUTH_TOKEN is not set, and `infopoint run` needs it with "
                "viber.enabled: true: the Viber bot's token from the Viber Admin Panel (on a "
                "server in /etc/infopoint/infopoint.env, docs/deploy.md step 2), or set "
                "viber.enabled: false in config.yaml",
                unset=True,
            )
        )
    for variable in ("TELEGRAM_BOT_TOKEN", "VIBER_AUTH_TOKEN"):
        if any(c.isspace() for c in env.get(variable, "").strip()):
            found.append(
                Needed(
                    variable,
                    f"{variable} has a space in it, which no token has: a comment written after "
                    "it on its line (`TOKEN=...  # note`)? systemd reads such a comment as part "
                    "of the value: put comments on lines of their own in "
                    "/etc/infopoint/infopoint.env",
                )
            )
    secret = env.get("TELEGRAM_WEBHOOK_SECRET") or None
    if secret is not None and not SECRET_CHARS.fullmatch(secret):
        found.append(
            Needed(
                "TELEGRAM_WEBHOOK_SECRET",
                "TELEGRAM_WEBHOOK_SECRET may only hold 1-256 letters, digits, _ and - "
                "(Telegram's rule): change it, or remove it to have it derived from the token",
            )
        )
    return found


def no_staff_chat(settings: Settings) -> Problem | None:
    """A single office without `staff.chat_id`: people who send a request are told it was
    sent, and nobody on staff ever sees it. An error for `infopoint check` and `infopoint run`
    (a network's office without one is refused by config.load); `infopoint chat` tries the bot
    without it. Named at `staff:`, or the file."""
    if settings.network or settings.office(None).staff_chat_id is not None:
        return None
    try:
        line = yamldoc.load(settings.source, lenient=True).line(("staff",))
    except yamldoc.InvalidFile:  # pragma: no cover - read a moment ago
        line = None
    return Problem(
        str(settings.source),
        line,
        "staff.chat_id",
        "no staff chat (staff: chat_id): people who ask for a call back, send a help form or "
        "book a visit would be told «sent», but nobody on staff would see it. Put the staff "
        "group's id under `staff:` (`chat_id: -1001234567890`, a negative number; how to find "
        "it: README, “Run it on Telegram”, step 2). `infopoint chat` tries the bot without it",
    )
