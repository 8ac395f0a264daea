"""The words of a message that are politeness, not its question: greetings (also misspelt or
transliterated: «здраствуйте», «zdravstvuite», «dobryi den»), thanks and the praise that comes
with them, fillers («thanks in advance»), and forms of address («sir», «madam», «шановний»).
Lists in data.yaml; reading.Reader leaves these words out of a question and tells small talk
by them."""

from __future__ import annotations

from typing import Any

from rapidfuzz.distance import Levenshtein

from bot.search import text
from bot.search.recent import Recent

# a greeting this long (its script-neutral key) is one also with a letter wrong: «здравствуте»
GREETING_FUZZY = 8


class Polite:
    def __init__(self, data: dict[str, Any]) -> None:
        self.greetings = set(data["greetings"])
        self.thanks = set(data["thanks"])
        self.fillers = set(data["smalltalk_fillers"])
        self.address = set(data.get("forms_of_address", ()))  # «sir», «madam», «шановний»
        self.praise = set(data["thanks_praise"])
        # «буду», «przyjdę», «come»: with a yes or thanks, an answer to «will you come?»
        self.attending = set(data.get("attending", ()))
        self.yes = set(data.get("acknowledgements", ())) | self.attending
        self.pairs = set(data["greeting_pairs"])
        # (a Latin word by the script-neutral keys of the Cyrillic ones: «zdravstvuite», «dobryi
        # den» are greetings too; not Cyrillic by Cyrillic, nor Latin by Latin: «справі», «привить»,
        # «część», «год» share a key with «справи», «привіт», «cześć», «good»)
        cyrillic = [w for w in (*self.greetings, *self.pairs) if text.is_cyrillic(w)]
        self.pair_keys = {k for w in cyrillic if w in self.pairs for k in text.keys(w)}
        self.greeting_keys = {k for w in cyrillic for k in text.keys(w)} - self.pair_keys
        self.long_greeting_keys = [
            k for w in self.greetings for k in text.keys(w) if len(k) >= GREETING_FUZZY
        ]
        self._greets: Recent[str, bool] = Recent()

    def words(self, tokens: list[str]) -> list[bool]:
        """Per token: a greeting, thanks, filler or form of address. «Добрий», «dobry», «good»,
        «дня» are part of a greeting only beside another greeting word («добрий вечір», «dzień
        dobry», «доброго дня»): «Dobry Start» and «за 4 дня» are what the question is about."""
        found: list[bool] = []
        last = len(tokens) - 1
        for at, token in enumerate(tokens):
            if self.pair(token):
                found.append(
                    (at > 0 and self.greeting(tokens[at - 1]))
                    or (at < last and self.greeting(tokens[at + 1]))
                )
            else:
                found.append(self.polite(token))
        return found

    def beside(self, tokens: list[str], acknowledged: bool, questions: set[str]) -> set[str]:
        """The words that come with thanks or a yes without making it a question: praise beside
        thanks («thanks, very helpful»); «буду», «będę», «come» beside a yes or thanks, when no
        question word is there («Tak, będę, dziękuję»; not «when can I come, thanks»)."""
        thanked = not self.thanks.isdisjoint(tokens)
        found = set(self.praise) if thanked else set()
        if (thanked or acknowledged) and questions.isdisjoint(tokens):
            found |= self.attending
        return found

    def agrees(self, tokens: list[str]) -> bool:
        """A yes or «I will come» beside the thanks («Tak, dziękuję», «I'll come, thanks»): an
        answer to a question staff asked, not a thank-you alone."""
        return not self.yes.isdisjoint(tokens)

    def polite(self, token: str) -> bool:
        return (
            self.greets(token)
            or token in self.thanks
            or token in self.fillers
            or token in self.address
        )

    def greeting(self, token: str) -> bool:
        """A word of a greeting, alone or beside another («добрий» of «добрий день»)."""
        return self.greets(token) or self.pair(token)

    def pair(self, token: str) -> bool:
        """A word of a greeting only beside another greeting word (data.yaml: greeting_pairs)."""
        if token in self.pairs:
            return True
        return text.is_latin(token) and not self.pair_keys.isdisjoint(text.keys(token))

    def greets(self, token: str) -> bool:
        """A greeting word (data.yaml: greetings), also transliterated («zdravstvuite»,
        «vitaiu») or, when long, with a letter wrong («здравствуте»): by the keys."""
        if token in self.greetings:
            return True
        found = self._greets.get(token)
        if found is None:
            keys = text.keys(token)
            latin = text.is_latin(token)
            found = (latin and not self.greeting_keys.isdisjoint(keys)) or any(
                len(key) >= GREETING_FUZZY
                and Levenshtein.distance(key, theirs, score_cutoff=1) <= 1
                for key in keys
                for theirs in self.long_greeting_keys
            )
            self._greets[token] = found
        return found
