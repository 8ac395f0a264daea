"""What the search answers: the matching topics (or actions), best first, and how sure it is."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.search.tuning import ALSO_SHOW, ALTERNATIVES, MARGIN

# Not topics but things the bot does: show the hours and contacts, offer a callback (phrases in
# the index, data.yaml: actions) ...
ACTIONS = ("contact_hours", "appointment")
APPOINTMENT = "appointment"  # the callback and booking offer
CONTACT_HOURS = "contact_hours"  # the hours and addresses
# ... and typed commands, recognised in the whole message only (data.yaml: commands,
# language_requests; reading.Reader.command): delete my data, my visits, another language
COMMANDS = ("forget", "my_bookings", "language")
OFF_TOPIC = "off_topic"  # the document of off-topic messages (off_topic.yaml)


@dataclass(frozen=True)
class Match:
    id: str
    score: float
    named: bool = False  # shown because the message names it («pesel for my kid»)

    @property
    def is_action(self) -> bool:
        return self.id in ACTIONS or self.id in COMMANDS


@dataclass(frozen=True)
class Result:
    query: str
    lang: str | None  # the language the question is written in, as far as can be told
    lang_sure: bool  # clear evidence for `lang` (worth offering a switch)
    matches: tuple[Match, ...]  # best first, at most three, only the relevant ones
    confident: bool  # the first match is the answer
    smalltalk: str | None = None  # "greeting" | "thanks" | "ack" | "confused" | "bot"
    off_topic: bool = False  # closer to the off-topic messages than to any topic
    part: int | None = None  # answered at once: the part of its answer to show first (from 0)
    lead: float = 0.0  # how far the first match's score is ahead of the next topic's
    command: bool = False  # a typed command (COMMANDS, or «book an appointment»), not a question
    language: str | None = None  # the «language» command: the language asked for, if named
    # the callback offer for someone who says they do not understand a language («можна
    # дзвінок? я не розумію польську»): the offer says the call can be in theirs
    unspoken: bool = False
    sentence: bool = False  # a sentence in `lang`, not only names of things (lang.Detector)
    # a Polish sentence spelled as only Polish writes it, also without its letters («potrzebuje
    # pesel dla dziecka»: lang.Detector.spelled_polish)
    spelled: bool = False
    # answered at once at a part that is all the content says about what was asked (data.yaml:
    # all_it_says; «I need a doctor who speaks english»: the doctors' «Pitfalls»)
    all_it_says: bool = False
    place: bool = False  # asks where («где», «адрес», «gdzie»: data.yaml, place_words)
    agrees: bool = False  # small talk with a yes or «I will come» («Так, буду, дякую»)
    several: bool = False  # a long message, or one of several questions (SEVERAL_WORDS)
    booking: bool = False  # the appointment action asked as a visit to book (booking.py)
    # answered at once: the topic another half of the message asks about (two.py)
    other: Match | None = None
    # Ukrainian and Russian words mixed (surzhyk: «а шо там по страховке, где ее взять»): the
    # other of the two has more than a quarter of `lang`'s evidence (lang.Detector.mixed)
    mixed: bool = False

    @property
    def alternatives(self) -> tuple[Match, ...]:
        """Answered at once: the other matches worth offering under the answer ("Not what you
        asked?"): only a real runner-up, from ALTERNATIVES of its score and either less than
        MARGIN behind it (answered at once by a closer rule: not sure) or named in the message,
        or, under a message that asks about several things (`several`), any match from ALSO_SHOW
        of its score (PESEL and school under a long story's registration answer).
        A clear match («kak poluchit pesel»: 1.0 ahead of 0.74) gets none."""
        if not self.confident or not self.matches:
            return ()
        first = self.matches[0].score
        share = ALSO_SHOW if self.several else ALTERNATIVES
        return tuple(
            m
            for m in self.matches[1:]
            if m.score >= share * first and (m.named or self.several or first - m.score < MARGIN)
        )

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    def to_json(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "lang": self.lang,
            "matches": [{"id": m.id, "score": round(m.score, 3)} for m in self.matches],
            "confident": self.confident,
        }
