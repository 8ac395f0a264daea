"""Button payloads of the first version ("cb:ok:<token>", "rq:take:5", "sb:cy:7"), still on
messages people and staff received before the upgrade (a request in the staff chat stays there
for weeks), read as today's words. Nothing new is ever sent with these codes.
"""

from __future__ import annotations

# old first word -> (new first word, {old action -> new action}); actions not listed keep
# their word
_WORDS: dict[str, tuple[str, dict[str, str]]] = {
    "lang": ("language", {}),
    "cat": ("category", {}),
    "t": ("topic", {}),
    "fb": ("feedback", {"y": "yes", "n": "no"}),
    "pc": ("person", {"y": "agree", "n": "decline"}),
    "cb": (
        "callback",
        {
            "c": "category",
            "t": "topic",
            "l": "language",
            "w": "window",
            "ok": "send",
            "x": "cancel",
            "r": "rate",
            "end": "stop",
        },
    ),
    "bk": (
        "booking",
        {
            "p": "place",
            "d": "day",
            "t": "time",
            "tp": "topic",
            "ok": "confirm",
            "no": "abandon",
            "my": "mine",
            "c": "cancel",
            "cy": "cancel_now",
        },
    ),
    "pv": ("privacy", {}),
    "rq": ("request", {}),
}
# the staff's booking buttons were one group; now visits and duties are two
_STAFF_BOOKING = {
    "c": "visit:cancel",
    "cy": "visit:cancel_now",
    "d": "duty:cancel",
    "dy": "duty:cancel_now",
    "r": "duty:reopen",
    "k": "duty:keep",
}


def payload(text: str) -> str:
    """A payload in today's words (unchanged when it already is, or is unknown)."""
    word, sep, rest = text.partition(":")
    if word == "sb":
        action, sep2, args = rest.partition(":")
        new = _STAFF_BOOKING.get(action)
        return f"{new}{sep2}{args}" if new else text
    if word not in _WORDS:
        return text
    new_word, actions = _WORDS[word]
    if not sep:
        return new_word
    action, sep2, args = rest.partition(":")
    if word in ("lang", "cat", "t"):  # the rest is an argument, not an action
        return f"{new_word}:{rest}"
    return f"{new_word}:{actions.get(action, action)}{sep2}{args}"
