"""A message that asks for another language (data.yaml: language_requests): «english please»,
«po polsku», «а російською можна?», «змінити мову»; or says the person does not understand the
one they are answered in («я не понимаю по-украински», «I don't understand Polish», «nie
rozumiem po ukraińsku»): the language they write in, not the one they name."""

from __future__ import annotations

from typing import Any


class LanguageRequests:
    def __init__(self, data: dict[str, Any], negations: set[str]) -> None:
        asking = data.get("language_requests", {})
        self.language_in = {w: code for code, ws in asking.get("in", {}).items() for w in ws}
        self.language_name: dict[str, str] = {
            w: code for code, ws in asking.get("name", {}).items() for w in ws
        }
        self.language_word = set(asking.get("language", ()))
        self.language_change = set(asking.get("change", ()))
        self.language_asking = set(asking.get("asking", ()))
        self.understand = set(asking.get("understand", ()))  # «понимаю», «rozumiem», «speak»
        self.better = set(asking.get("better", ()))  # («i want to speak polish better»)
        self.speaking = set(asking.get("speaking", ()))
        self.for_me = set(asking.get("for_me", ()))
        self.negations = negations

    def asked(
        self, tokens: list[str], content: list[str], written: str | None, own: str | None = None
    ) -> str | None:
        """«english please», «po polsku prosze», «а російською можна?» -> the language's code;
        «змінити мову», «change language» -> ""; «я не понимаю по-украински» -> `written`, the
        language the message is written in (told apart with certainty), or "" (the choice)
        when that is unknown; from someone answered in it already (`own`: «не знаю польского»
        in Russian, to a Russian speaker), or naming it, a question (Polish courses): None, as
        for anything else (also «polish» alone, which asks about Polish courses)."""
        named: list[str | None] = [
            self.language_in.get(t) or self.language_name.get(t) for t in content
        ]
        known = self.language_word | self.language_change | self.language_asking | self.understand
        if not all(code or t in known for t, code in zip(content, named, strict=True)):
            return None
        codes = [code for code in named if code]
        if codes and not self.negations.isdisjoint(tokens) and self.understand & set(content):
            if written is not None and (written in codes or written == own):
                return None
            return written or ""
        if codes and self._learning(tokens, codes):
            return None
        if any(t in self.language_in for t in content):
            return codes[-1]
        asking = any(t in self.language_asking or t in self.language_change for t in tokens)
        if codes and asking:
            return codes[-1]
        if not codes and any(t in self.language_change for t in content):
            return "" if any(t in self.language_word for t in content) else None
        return None

    def _learning(self, tokens: list[str], codes: list[str]) -> bool:
        """«better» said of one's own speaking («i want to speak polish better», «хочу лучше
        говорить по-польски»), or of Polish named alone («polish better»; not «po polsku
        lepiej»: in it), with no other word that asks the bot («can you answer in polish, it is
        better») nor «for me» («мне лучше по-русски»): knowing the language better, a question."""
        said = set(tokens)
        if said.isdisjoint(self.better) or not said.isdisjoint(self.for_me):
            return False
        if not said.isdisjoint(self.language_change):
            return False
        others = said & self.language_asking - self.better - self.speaking
        if others:
            return False
        named_only = said.isdisjoint(self.language_in)  # («polish», not «po polsku»: in it)
        return not said.isdisjoint(self.speaking) or codes == ["pl"] and named_only
