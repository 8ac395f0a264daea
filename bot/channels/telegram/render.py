"""Telegram <- core translation: Reply -> Bot API calls (split below 4096 characters, inline
keyboards, the "share my phone" keyboard, documents, edits in place). The other way, an
update -> Incoming, is updates.py.
"""

from __future__ import annotations

from typing import Any

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest

from bot.core import markup
from bot.core.messages import Reply

TEXT_LIMIT = 4096


# --- outgoing -------------------------------------------------------------------------------
#
# Replies go out as plain Bot API parameters through `call`, not through Bot.send_message:
# python-telegram-bot would build an InlineKeyboardMarkup of InlineKeyboardButton objects for
# every reply, turn them back into dicts, and build a Message object (its chat, its user, its
# entities, its keyboard) from every answer, of which the outbox keeps one number. That was
# 0.45 of the 0.55 ms a topic answer with its keyboard cost to send (docs/performance.md,
# change 20).


async def call(bot: Bot, method: str, params: dict[str, Any]) -> Any:
    """One Bot API call with plain parameters; the raw result (a dict, or True).

    `Bot._post` is the path every one of python-telegram-bot's methods takes (the rate limiter
    of an ExtBot, the timeouts, Telegram's errors as TelegramError subclasses) without the
    objects on either side. `Bot.do_api_request`, the public door to it, warns for methods the
    library knows. The end-to-end tests send every kind of reply through it to a fake Bot API
    that checks each parameter against the Bot API's own list.
    """
    return await bot._post(method, params)


def _keyboard(reply: Reply) -> dict[str, Any] | None:
    if not reply.buttons:
        return None
    return {
        "inline_keyboard": [
            [
                {"text": b.label, "url": b.url}
                if b.url
                else {"text": b.label, "callback_data": b.payload}
                for b in row
            ]
            for row in reply.buttons
        ]
    }


def _markup_for(reply: Reply) -> dict[str, Any] | None:
    asked = reply.request_contact or reply.request_location
    if asked:
        kind = "request_contact" if reply.request_contact else "request_location"
        return {
            "keyboard": [[{"text": asked, kind: True}]],
            "resize_keyboard": True,
            "one_time_keyboard": True,
        }
    if reply.close_keyboard:
        return {"remove_keyboard": True}
    return _keyboard(reply)


def chunks(reply: Reply) -> list[str]:
    """The reply's text as Telegram HTML, in messages below 4096 characters."""
    # markup never spans lines, so the text's rendering is its lines' renderings joined, line
    # for line: it is rendered once, whole (one pass of the pattern in C, not one Python call
    # per line: docs/performance.md, change 81), and only a text too long for one message is
    # cut, its lines' renderings taken from the whole's (a long answer was rendered whole and
    # then again line by line before change 65)
    html = markup.to_html(reply.text)
    if len(html) <= TEXT_LIMIT:
        return [html.strip("\n")]
    source = reply.text.split("\n")
    done = html.split("\n")
    lines = dict(zip(source, done, strict=True)) if len(source) == len(done) else {}

    def rendered(text: str) -> str:
        out = []
        for line in text.split("\n"):
            found = lines.get(line)
            if found is None:
                found = lines[line] = markup.to_html(line)
            out.append(found)
        return "\n".join(out)

    parts = markup.split(reply.text, TEXT_LIMIT, lambda s: len(rendered(s)))
    return [rendered(part) for part in parts]


NO_PREVIEW = {"is_disabled": True}


async def send_reply(bot: Bot, chat_id: int | str, reply: Reply) -> int | None:
    """Send one Reply (split as needed); the id of the last message, the one with the buttons."""
    parts = chunks(reply)
    last: int | None = None
    for i, part in enumerate(parts):
        params: dict[str, Any] = {
            "chat_id": chat_id,
            "text": part,
            "parse_mode": ParseMode.HTML.value,
            "link_preview_options": NO_PREVIEW,
        }
        if i == 0 and reply.reply_to_message_id:
            # A thread in the staff chat; if that message was deleted, send anyway.
            params["reply_parameters"] = {
                "message_id": int(reply.reply_to_message_id),
                "allow_sending_without_reply": True,
            }
        if reply.topic_id is not None:
            params["message_thread_id"] = reply.topic_id
        if i == len(parts) - 1:
            keyboard = _markup_for(reply)
            if keyboard is not None:
                params["reply_markup"] = keyboard
        sent = await call(bot, "sendMessage", params)
        last = sent["message_id"]
    if reply.attachment is not None:
        await bot.send_document(
            chat_id,
            document=reply.attachment.content,
            filename=reply.attachment.filename,
            message_thread_id=reply.topic_id,
        )
    return last


async def edit_reply(bot: Bot, chat_id: int | str, message_id: int, reply: Reply) -> bool:
    """Replace a message's text and buttons; False when it cannot be done in place."""
    parts = chunks(reply)
    if (
        len(parts) != 1
        or reply.request_contact
        or reply.request_location
        or reply.attachment
        or reply.close_keyboard
    ):
        return False
    params: dict[str, Any] = {
        "chat_id": chat_id,
        "message_id": message_id,
        "text": parts[0],
        "parse_mode": ParseMode.HTML.value,
        "link_preview_options": NO_PREVIEW,
    }
    keyboard = _keyboard(reply)
    if keyboard is not None:
        params["reply_markup"] = keyboard
    try:
        await call(bot, "editMessageText", params)
    except BadRequest as exc:
        if "not modified" in str(exc).lower():
            return True
        return False
    return True
