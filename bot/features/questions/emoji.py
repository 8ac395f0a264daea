"""A message of emoji alone (no letter, no digit): «👍», «🙏🙏🙏», «😡😡», «❓». Answered briefly,
as «дякую», «ок» and «привіт» are (a thumbs-up is an «ок», not thanks; 👋 a hello), or with
the way to a person when it is angry or sad; never searched, and never put in /unanswered."""

from __future__ import annotations

from bot.core.dispatch import Turn
from bot.core.messages import Reply
from bot.features import urgent
from bot.features.menu import main_menu, t_book

# (each emoji's first code point: skin tones, U+FE0F and joined parts are left aside)
_KINDS = {
    "sad": "😢😭😞😔😟😥😿💔😩😫🥺😰😨😱😓☹🙁😣😖",
    "upset": "😡🤬😠👎💢😤🖕🙄😒",
    "thanks": "🙏❤💙💛🧡💚💜🤍🖤💕💖💗💓💞🥰😊☺🤗💐🌹🌷👏🫶😘😍🤝🥲",
    "ack": "👍👌✅🆗✔☑🙂😉😀😃😄😁",
    "greeting": "👋🖐✋🤚",
}
_FIRST = ("sad", "upset", "thanks", "greeting", "ack")  # (two kinds in a message: the first)
_KIND = {char: kind for kind, chars in _KINDS.items() for char in chars}
_REPLIES = {
    "thanks": "q_thanks",
    "ack": "q_ack",
    "upset": "q_upset",
    "sad": "q_sad",
    "greeting": "q_greeting",  # (👋; «алло» typed alone too: typed.py)
}


def kind(text: str) -> str | None:
    """«thanks», «ack», «upset», «sad», «greeting» (👋), or «emoji» (anything else without a
    letter or a digit, «🤔», «???»); None for a message with words (or none at all)."""
    if not text.strip() or any(char.isalnum() for char in text):
        return None
    found = {_KIND[char] for char in text if char in _KIND}
    return next((k for k in _FIRST if k in found), "emoji")


def reply(turn: Turn, felt: str) -> Reply:
    text = t_book(turn, _REPLIES.get(felt, "q_emoji"))
    if felt in ("upset", "sad"):
        return urgent.offer_person(turn, text)
    return main_menu(turn, text)
