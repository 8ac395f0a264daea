"""Reading a message: its content words, function words (also misspelt), greetings and
chit-chat, typed commands, sentences that ask, and (circumstances.py) the words that tell
circumstances rather than the question."""

from __future__ import annotations

import re
from typing import Any

from rapidfuzz.distance import OSA

from bot.search import text
from bot.search.circumstances import Circumstances
from bot.search.index import Index
from bot.search.language_asked import LanguageRequests
from bot.search.nationality import Nationalities
from bot.search.polite import Polite
from bot.search.recent import Recent
from bot.search.told import Told

COMMAND_WORDS = 6  # a typed command has a few content words; a longer message is a question

# a sentence ends at . ! ? ; … before a space or the end, or a line break ("24.08.23", "800+.")
_SENTENCE_END = re.compile(r"[.!?;…]+(?=\s|$)|\n+")


class Reader:
    def __init__(self, data: dict[str, Any], index: Index) -> None:
        self.index = index
        self.polite = Polite(data)  # greetings, thanks, fillers, forms of address
        self.chat_phrases = _phrases(data["chat_phrases"])
        self.bot_phrases = _phrases(data.get("bot_phrases", {}))
        # (by the words' script-neutral keys: «koly vy pratsiuiete» is «коли ви працюєте»)
        self.where_phrases = [
            [set(text.keys(t)) for t in p] for p in _phrases(data.get("where_phrases", {}))
        ]
        # a day or a feast beside them («в суботу», «tomorrow», «christmas»), left aside
        self.where_days = {k for w in data.get("where_days", ()) for k in text.keys(str(w))}
        self.farewells = set(data.get("farewells", ()))  # «bye», «good night», «dobranoc»
        self.acknowledgements = set(data.get("acknowledgements", ())) | self.farewells
        self.question_words = {code: set(words) for code, words in data["question_words"].items()}
        self.any_question_word = set().union(*self.question_words.values())
        self.latin_question_words = [
            w for w in self.any_question_word if len(w) >= 3 and text.is_latin(w)
        ]
        self._misspelt: Recent[str, bool] = Recent()
        self.negation_words = set(data["negation_words"])
        self.nations = Nationalities(data, index, self.negation_words)  # «я из Беларуси»
        self.sayings = [
            (re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), meant)
            for of_language in data.get("sayings", {}).values()
            for pattern, meant in of_language.items()
        ]
        self.languages = LanguageRequests(data, self.negation_words)  # «english please»
        self.told = Told(data)  # a time alone, a question of where
        self.circumstances = Circumstances(data, self)  # «якщо орендую», «I have a card»
        # (a phrase of one content word, such as «forget me», would take that word alone)
        self.commands = [
            (action, words)
            for action, of_language in data.get("commands", {}).items()
            for phrases in of_language.values()
            for phrase in phrases
            if len(words := self.content(text.tokens(phrase))) >= 2
        ]
        self._keyed: tuple[list[tuple[str, list[set[str]]]], set[str]] | None = None
        self.callback_phrases = [
            words
            for phrases in data.get("callback_requests", {}).values()
            for phrase in phrases
            if (words := self.content(text.tokens(phrase)))
        ]
        self._callbacks: tuple[list[list[set[str]]], set[str]] | None = None

    def reworded(self, query: str) -> str:
        """The message with each saying whose words say the opposite of its sense («не хочу
        больше жить», «I don't want to live anymore») replaced by the content's word for it
        (data.yaml: sayings)."""
        for pattern, meant in self.sayings:
            query = pattern.sub(meant, query)
        return query

    def content(self, tokens: list[str]) -> list[str]:
        """The words that can name a topic: no function words, greetings, thanks or fillers."""
        polite = self.polite.words(tokens)
        return [t for t, p in zip(tokens, polite, strict=True) if not p and not self.function(t)]

    def function(self, token: str) -> bool:
        """A function word, also a question word misspelt (a letter off, two swapped) as no word
        of the content is written ("wat", "hwo": "what", "how", not «VAT»; not a synonym)."""
        if self.index.is_stopword(token):
            return True
        found = self._misspelt.get(token)
        if found is None:
            found = (
                len(token) >= 3
                and self.index.spellings.guessed(token)
                and token not in self.index.synonyms
                and any(
                    OSA.distance(token, word, score_cutoff=1) <= 1
                    for word in self.latin_question_words
                )
            )
            self._misspelt[token] = found
        return found

    def smalltalk(self, tokens: list[str]) -> str | None:
        """«greeting», «thanks», «ack» («ок», «понятно»; negated: «confused») or «bot» («вы здесь?»,
        «who am I talking to»): a message made only of these, fillers, forms of address, function
        words; a form of address alone («sir», «madam») is a greeting; with a farewell («good
        night», «спокойной ночи») the greeting words are the farewell's, an «ack»."""
        p = self.polite
        tokens, asked_bot = self.without_chat(tokens, self.bot_phrases)
        tokens, chatted = self.without_chat(tokens)
        acknowledged = any(t in self.acknowledgements for t in tokens)
        addressed = any(t in p.address for t in tokens)
        praise = p.beside(tokens, acknowledged, self.any_question_word)  # «дякую, буду»
        rest = [
            t
            for t in tokens
            if t not in p.fillers
            and t not in p.address
            and t not in praise
            and t not in self.acknowledgements
            and not self.function(t)
        ]
        if not all(p.greeting(t) or t in p.thanks for t in rest):
            return None
        if any(t in p.thanks for t in rest):
            return "thanks"
        if asked_bot:
            return "bot"
        if (rest or chatted) and self.farewells.isdisjoint(tokens):  # «good night»: a farewell
            return "greeting"
        if acknowledged:  # «не понял», «nie rozumiem», «don't understand»: not an «ok»
            return "ack" if self.negation_words.isdisjoint(tokens) else "confused"
        return "greeting" if addressed else None

    def asks_where(self, tokens: list[str]) -> bool:
        """A message that asks where the office is or when it works in function words and
        «you work» only («где вас найти», «where are you», «коли ви працюєте»: data.yaml,
        where_phrases), with nothing else than greetings, function words and the day it is
        about around («до котрої ви працюєте в суботу», «when is christmas office closed»:
        where_days; tester 41, F2)."""
        tokens = [t for t in tokens if self.where_days.isdisjoint(text.keys(t))]
        longest = max((len(phrase) for phrase in self.where_phrases), default=0)
        if len(self.content(tokens)) > longest:  # (more words than a phrase could take away:
            return False  # a long message is not read word by word, ~70 ms at 4,000 characters)
        said = set().union(*(keys := [set(text.keys(t)) for t in tokens]))
        for phrase in (p for p in self.where_phrases if not any(map(said.isdisjoint, p))):
            for at in range(len(tokens) - len(phrase) + 1):
                if all(k & p for k, p in zip(keys[at : at + len(phrase)], phrase, strict=True)):
                    return not self.content(tokens[:at] + tokens[at + len(phrase) :])
        return False

    def command(
        self, tokens: list[str], written: str | None = None, own: str | None = None
    ) -> tuple[str, str | None] | None:
        """A typed command instead of a question (data.yaml: commands, language_requests):
        (action, None), or («language», the language asked for or None for the choice);
        `written`: the language the message is surely written in («I don't understand Polish»
        asks for it, unless it is `own`, the person's: language_asked.py)."""
        content = self.content(tokens)
        if not content or len(content) > COMMAND_WORDS:
            return None
        asked = self.languages.asked(tokens, content, written, own)
        if asked is not None:
            return "language", asked or None
        keyed, every = self._commands_keyed()
        features = [self._keys(t) for t in content]
        if not all(f & every for f in features):  # a word no command has: none (most messages)
            return None
        for action, theirs in keyed:
            if all(any(f & g for g in theirs) for f in features) and all(
                any(g & f for f in features) for g in theirs
            ):
                return action, None
        return None

    def _commands_keyed(self) -> tuple[list[tuple[str, list[set[str]]]], set[str]]:
        """The commands with their words' forms, found once (the dictionaries are loaded by the
        first question), and every form of every command's words."""
        if self._keyed is None:
            keyed = [(action, [self._keys(w) for w in words]) for action, words in self.commands]
            every = {f for _, theirs in keyed for forms in theirs for f in forms}
            self._keyed = (keyed, every)
        return self._keyed

    def asks_callback(self, content: list[str]) -> bool:
        """The message asks to be called back or to talk to a person (data.yaml:
        callback_requests): a phrase's words in any form, in its order, at most one other word
        between two of them («хочу чтобы мне перезвонили», «can someone call me back»)."""
        if self._callbacks is None:  # (the dictionaries are loaded by the first question)
            keyed = [[self._forms(w) for w in words] for words in self.callback_phrases]
            self._callbacks = (keyed, {f for forms in keyed for f in set().union(*forms)})
        keyed, every = self._callbacks
        found = [self._forms(t) & every for t in content]
        if not any(found):  # (most messages)
            return False
        return any(text.in_order(found, phrase) for phrase in keyed)

    def _forms(self, token: str) -> set[str]:
        """A word's own forms (the word, its lemmas and stems), no typo's: «cashback» is not
        «callback»."""
        return {f for f in self.index.analyzer.word(token).features if f.startswith("k:")}

    def _keys(self, token: str) -> set[str]:
        """A word's forms (the word, its lemmas and stems), to match a command in any form."""
        return {f for f in self.index.features(token) if f.startswith("k:")}

    def without_chat(
        self, tokens: list[str], phrases: list[tuple[str, ...]] | None = None
    ) -> tuple[list[str], bool]:
        """The tokens without chit-chat phrases («как дела», «what are you doing»), or
        without `phrases`, and whether there was one."""
        found = False
        present = set(tokens)  # a phrase none of whose words is here cannot be (long messages)
        for phrase in self.chat_phrases if phrases is None else phrases:
            if not present.issuperset(phrase):
                continue
            size = len(phrase)
            at = 0
            while at + size <= len(tokens):
                if tuple(tokens[at : at + size]) == phrase:
                    tokens = tokens[:at] + tokens[at + size :]
                    found = True
                else:
                    at += 1
        return tokens, found

    def weights(
        self, query: str, content: list[str], nationality: bool = True
    ) -> list[float] | None:
        """Per content word, how much it says what is asked (circumstances.py)."""
        return self.circumstances.weights(query, content, nationality)

    def question_sentences(self, query: str, lang: str | None) -> list[list[str]]:
        """The content words of each sentence that is a question (a "?" or a question word of
        the message's language), when the message has more than one sentence."""
        ends = list(_SENTENCE_END.finditer(query))
        if not ends:
            return []
        asking = self.question_words.get(lang or "") or self.any_question_word
        found: list[list[str]] = []
        start = 0
        for end in [*ends, None]:
            stop = end.end() if end else len(query)
            sentence = query[start:stop]
            start = stop
            tokens = text.tokens(sentence)
            content = self.content(tokens)
            if content and ("?" in sentence or any(t in asking for t in tokens)):
                found.append(content)
        return found


def _phrases(of_language: dict[str, list[str]]) -> list[tuple[str, ...]]:
    """The phrases of every language as token tuples, the longest first."""
    return sorted(
        {tuple(text.tokens(p)) for ps in of_language.values() for p in ps},
        key=len,
        reverse=True,
    )
