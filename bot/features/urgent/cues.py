"""Danger told around: weak cues that together make a kind likely (cues.yaml, read and checked
at start by cue_rules.py), a layer beside the phrase tables (words.py asks it for the kinds its
phrases did not find).

A phrase says danger in so many words; people in danger often tell it around, in words each of
which is ordinary: a person, a time of silence and a phone off (missing); pills, «enough» and a
goodbye (suicide); a passport, an employer and a debt to work off (forced labour); drunk, locked
in and the children (violence); someone, a door and «right now» (a crime); smoke, the stairs and
nothing to breathe (a fire); rotten eggs and the cooker (gas). Each group of cues
counts once with its weight; a kind is reached when the weights of the groups a message says add
up to the kind's threshold, with at least two groups of positive weight (`cue_rules.LEAST`), so
no single word alarms. Groups of negative weight are the look-alikes' signs: how to apply for
something, a prescription, last month. A message is read as the tables read it (reading.py);
Ukrainian and Russian cues are found in Latin letters too, by their skeletons (latin.py).
About 20 µs a message: each word is looked up, whole and by its beginnings, in one dictionary.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass

from bot.features.urgent import latin
from bot.features.urgent.cue_rules import ALIKE, LEAST, Kind, packaged
from bot.features.urgent.reading import Kept, Words, read, words_of

_OTHERS = 2  # other words that may stand between two of a cue's words (as the tables allow)
_SHORTEST = 3  # the shortest beginning a cue's «*» stands after (cue_rules checks it)


@dataclass(frozen=True)
class _Cue:
    kind: int  # the kind's place in `Cues.kinds`
    group: int  # the group's place in its kind
    rest: tuple[str, ...]  # the cue's words after its first
    lang: str


@dataclass(frozen=True)
class Cues:
    """The cues file made ready for matching: each cue under its first word, whole or its
    beginning; and the Ukrainian and Russian ones again as skeletons (latin.py)."""

    kinds: tuple[Kind, ...]
    whole: dict[str, list[_Cue]]
    starts: dict[str, list[_Cue]]
    latin_whole: dict[str, list[_Cue]]
    latin_starts: dict[str, list[_Cue]]


@dataclass(frozen=True)
class Score:
    """What a message's cues make of one kind."""

    score: int
    groups: frozenset[str]  # the groups it says (the negative ones too)
    langs: frozenset[str]  # the language(s) of the cues of most of its positive groups
    reached: bool


@functools.cache
def cues() -> Cues:
    """The shipped cues, checked and made ready (at start: `urgent._prepare`)."""
    return build(packaged())


def build(kinds: tuple[Kind, ...]) -> Cues:
    made = Cues(kinds, {}, {}, {}, {})
    kept: Kept = {}  # (a word read once for all the cues it stands in)
    for at, kind in enumerate(kinds):
        for number, group in enumerate(kind.groups):
            for lang, cue in group.cues:
                words = tuple(words_of(cue, stars=True, kept=kept))
                _add(made.whole, made.starts, words, _Cue(at, number, words[1:], lang))
                if lang in ("uk", "ru") and latin.spelled_apart(words):
                    spelled = tuple(latin.skeleton(word) for word in words)
                    found = _Cue(at, number, spelled[1:], lang)
                    _add(made.latin_whole, made.latin_starts, spelled, found)
    return made


def _add(
    whole: dict[str, list[_Cue]], starts: dict[str, list[_Cue]], words: tuple[str, ...], cue: _Cue
) -> None:
    first = words[0]
    if first.endswith("*"):
        starts.setdefault(first[:-1], []).append(cue)
    else:
        whole.setdefault(first, []).append(cue)


def scores(text: str, made: Cues | None = None) -> dict[str, Score]:
    """Each kind's score for `text` (with these cues; the shipped ones unless given)."""
    made = cues() if made is None else made
    message = read(text)
    said = _said(message, made.whole, made.starts)
    if latin.typed(text):  # (Ukrainian or Russian in Latin letters: latin.py)
        spelled = [latin.skeleton(word) for word in message.words]
        said |= _said(_as(message, spelled), made.latin_whole, made.latin_starts)
    found: dict[str, Score] = {}
    for at, kind in enumerate(made.kinds):
        groups = {number for where, number, _ in said if where == at}
        if not groups:
            continue
        positive = {n for n in groups if kind.groups[n].weight > 0}
        langs = _most([lang for where, n, lang in said if where == at and n in positive])
        score = sum(kind.groups[n].weight for n in groups)
        names = frozenset(kind.groups[n].name for n in groups)
        reached = len(positive) >= LEAST and score >= kind.threshold
        found[kind.name] = Score(score, names, langs, reached)
    return found


@functools.lru_cache(maxsize=8)  # (a turn asks 2–3 times: the screen, the kinds, the language)
def reached(text: str) -> dict[str, frozenset[str]]:
    """The kinds whose cues `text` says enough of, each with the languages of its cues."""
    found = scores(text).items()
    return {name: score.langs for name, score in found if score.reached and name != ALIKE}


def says(text: str, kind: str, group: str) -> bool:
    """Whether `text` says a cue of this kind's group (violence's «close»: a partner, a parent,
    a neighbour), whatever the kind's score."""
    score = scores(text).get(kind)
    return score is not None and group in score.groups


def looks_alike(text: str) -> bool:
    """Whether `text` says a look-alike's signs (cues.yaml's `looks_alike`: a film, a school
    project, «my wife will kill me if I forget», a threat of eviction or a fine, a bill that
    «kills») and none of danger now (a knife, «if I go to the police», an unknown number): one
    group of its signs is enough; its negative groups (danger now) take it back."""
    score = scores(text).get(ALIKE)
    alike = next((kind for kind in cues().kinds if kind.name == ALIKE), None)
    return score is not None and alike is not None and score.score >= alike.threshold


def _most(langs: list[str]) -> frozenset[str]:
    """The languages said in the most groups («2000 euro» is English and Polish alike: the
    Polish message's other cues decide)."""
    counted = Counter(langs)
    most = max(counted.values(), default=0)
    return frozenset(lang for lang, count in counted.items() if count == most)


def _as(message: Words, words: list[str]) -> Words:
    return Words(words, message.clause_end, message.sentence_end, message.tokens, message.laughs)


def _said(
    message: Words, whole: dict[str, list[_Cue]], starts: dict[str, list[_Cue]]
) -> set[tuple[int, int, str]]:
    """The (kind, group, language) of every cue `message` says."""
    said: set[tuple[int, int, str]] = set()
    words = message.words
    for at, word in enumerate(words):
        found = list(whole.get(word, ()))
        for end in range(_SHORTEST, len(word) + 1):
            found += starts.get(word[:end], ())
        for cue in found:
            if (cue.kind, cue.group, cue.lang) not in said and _rest(message, at, cue.rest):
                said.add((cue.kind, cue.group, cue.lang))
    return said


def _rest(message: Words, at: int, rest: tuple[str, ...]) -> bool:
    """Whether the words `rest` follow the word at `at` in order, `_OTHERS` other words at most
    between two of them, within its sentence."""
    words, ends = message.words, message.sentence_end
    for wanted in rest:
        for next_at in range(at + 1, min(at + 2 + _OTHERS, len(words))):
            if ends[next_at - 1]:
                return False
            if _is(wanted, words[next_at]):
                at = next_at
                break
        else:
            return False
    return True


def _is(wanted: str, word: str) -> bool:
    return word.startswith(wanted[:-1]) if wanted.endswith("*") else word == wanted
