"""What a message tells besides a topic: nothing but a time («до января»), or that it asks
where («а где этот пункт?»). Word lists in data.yaml: time_words, place_words."""

from __future__ import annotations

from typing import Any


class Told:
    def __init__(self, data: dict[str, Any]) -> None:
        self.time_words = {w for ws in data.get("time_words", {}).values() for w in ws}
        self.place_words = {w for ws in data.get("place_words", {}).values() for w in ws}

    def only_time(self, content: list[str]) -> bool:
        """Nothing but a time («до января», «w grudniu»): it names no topic, however well one's
        dates match it (never answered at once)."""
        return bool(content) and all(t in self.time_words for t in content)

    def asks_place(self, tokens: list[str]) -> bool:
        """The message asks where («а где этот пункт?», «your address»): the office's places
        before its hours."""
        return not self.place_words.isdisjoint(tokens)
