"""What a message tells besides a topic: nothing but a time («до января»), that it asks where
(«а где этот пункт?»), or who the person is («I am a student, how do I get a PESEL?»). Word
lists in data.yaml: time_words, place_words, being_words."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Told:
    def __init__(self, data: dict[str, Any]) -> None:
        self.time_words = {w for ws in data.get("time_words", {}).values() for w in ws}
        self.place_words = {w for ws in data.get("place_words", {}).values() for w in ws}
        being = data.get("being_words", {})
        self.being_words = {w for ws in being.get("verbs", {}).values() for w in ws}
        self.being_after = {w for ws in being.get("pronouns", {}).values() for w in ws}

    def only_time(self, content: list[str]) -> bool:
        """Nothing but a time («до января», «w grudniu»): it names no topic, however well one's
        dates match it (never answered at once)."""
        return bool(content) and all(t in self.time_words for t in content)

    def asks_place(self, tokens: list[str]) -> bool:
        """The message asks where («а где этот пункт?», «your address»): the office's places
        before its hours."""
        return not self.place_words.isdisjoint(tokens)

    def being(self, token: str, before: str, telling: bool, thing: Callable[[str], bool]) -> bool:
        """In a clause that asks nothing, `token` starts saying who the person is: after «am»,
        «jestem» (`being_words`), or a thing right after «я» («я студент, как получить
        песель?»). What follows, to the clause's end, is who asks, not what about (BEING)."""
        if not telling:
            return False
        return token in self.being_words or (before in self.being_after and thing(token))
