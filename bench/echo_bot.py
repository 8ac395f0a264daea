"""The baseline for bench/load.py: a bare python-telegram-bot 22 bot that makes the same Bot API
calls per update as infopoint, with no logic, no database and no search behind them.

    TELEGRAM_BOT_TOKEN=123:abc python bench/echo_bot.py [BASE_URL]

BASE_URL (default: env TELEGRAM_BASE_URL, else Telegram's own) is e.g.
http://127.0.0.1:PORT/bot, like `telegram.base_url` in infopoint's config.yaml.

What it sends mirrors what infopoint sends for the same update (as seen by the fake server):
- /start: one sendMessage, ~270 characters, 4 language buttons;
- any other text: one sendMessage, ~3,000 characters of HTML (a topic answer is 2,500-3,500)
  with 6 buttons (feedback, related topics, back/menu);
- a button tap: answerCallbackQuery, then
  "cat:..." / "menu": editMessageText in place, short, with a menu keyboard;
  "t:...": sendMessage, ~3,000 characters (a topic answer);
  anything else ("lang:..."): sendMessage, short, with a menu keyboard.
All in HTML with link previews off, as infopoint. Like infopoint it handles one update at a time
(PTB's default) and logs WARNING and up to stderr.
"""

from __future__ import annotations

import html
import logging
import os
import sys

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters

FILLER = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. "
LONG = 3000  # characters of a typical topic answer
HTML = {"parse_mode": ParseMode.HTML, "disable_web_page_preview": True}


def keyboard(*payloads: str, per_row: int = 1) -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(p, callback_data=p) for p in payloads]
    return InlineKeyboardMarkup([buttons[i : i + per_row] for i in range(0, len(buttons), per_row)])


START_KEYS = keyboard("lang:uk", "lang:ru", "lang:en", "lang:pl", per_row=2)
ANSWER_KEYS = keyboard("fb:y:x", "fb:n:x", "t:pesel", "t:meldunek", "cat:documents", "menu")
MENU_KEYS = keyboard("cat:documents", "cat:health", "cat:work", "cat:housing", "ask", "menu")


async def on_message(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is None or message.text is None:
        return
    if message.text.startswith("/start"):  # the welcome and the language buttons
        text = "<b>Welcome</b>\n" + FILLER * 3
        await message.reply_text(text, reply_markup=START_KEYS, do_quote=False, **HTML)
        return
    # a typed question: its first words as the title of a "topic answer"
    text = f"<b>{html.escape(message.text[:100])}</b>\n\n" + FILLER * 40
    await message.reply_text(text[:LONG], reply_markup=ANSWER_KEYS, do_quote=False, **HTML)


async def on_tap(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None and update.effective_chat is not None
    await query.answer()
    data = query.data or ""
    # the update id in the text: an edit never hits "message is not modified"
    text = f"<b>{html.escape(data)}</b> #{update.update_id}: choose a topic"
    if (data.startswith("cat:") or data == "menu") and query.message is not None:
        await query.edit_message_text(text, reply_markup=MENU_KEYS, **HTML)
    elif data.startswith("t:"):
        long_text = (text + "\n\n" + FILLER * 40)[:LONG]
        await context.bot.send_message(
            update.effective_chat.id, long_text, reply_markup=ANSWER_KEYS, **HTML
        )
    else:
        await context.bot.send_message(
            update.effective_chat.id, text, reply_markup=MENU_KEYS, **HTML
        )


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    logging.error("error while handling an update", exc_info=context.error)


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    default = os.environ.get("TELEGRAM_BASE_URL", "https://api.telegram.org/bot")
    base_url = sys.argv[1] if len(sys.argv) > 1 else default
    token = os.environ["TELEGRAM_BOT_TOKEN"]
    builder = Application.builder().token(token).base_url(base_url)
    if os.environ.get("ECHO_RATE_LIMITS"):  # bench/load.py --telegram-limits: as infopoint's
        from telegram.ext import AIORateLimiter

        builder = builder.rate_limiter(AIORateLimiter(max_retries=1))
    application = builder.build()
    application.add_handler(CallbackQueryHandler(on_tap))
    application.add_handler(MessageHandler(filters.TEXT, on_message))
    application.add_error_handler(on_error)
    application.run_polling(allowed_updates=["message", "callback_query"])  # SIGTERM stops it


if __name__ == "__main__":
    main()
