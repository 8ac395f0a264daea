"""The cues file (cues.yaml), read and checked at start: cues.py scores a message with it.

Each kind lists groups of cues, each with a weight and its cues by language; a kind has a
threshold its groups' weights must reach. Anything else is refused at start with the place named
(«cues.yaml: suicide.groups.means.uk[3]: …»): a kind the screen has no lines for, a weight or a
threshold that is no whole number, a language the bot does not speak, an empty cue, a «*» inside
a word or after fewer than three letters, a bracket left open, a kind whose groups cannot reach
its threshold (a cue that could never count).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

from bot.core import yamldata

LANGS = ("uk", "ru", "en", "pl")
# the kinds cues may point to (kinds.py's names; words.py maps each to its table)
KINDS = ("suicide", "missing", "violence", "exploitation", "threat", "crime", "fire", "gas")
# not a kind: the signs of a look-alike (a film, a joke over being late, a threat of eviction),
# which take a fear, a threat, violence or a crime found by phrases back (cues.looks_alike)
ALIKE = "looks_alike"
EVERY = "every"  # groups added to every kind (an ordinary matter, the long past)
LEAST = 2  # groups of positive weight a kind needs, whatever its score: no one cue alarms
_CHOICE = re.compile(r"\(([^()]*)\)")
_WORD = re.compile(r"^[\w-]+\*?$")


class CueError(ValueError):
    """The cues file is wrong: the message names the file, the place and what is wrong."""


@dataclass(frozen=True)
class Group:
    name: str
    weight: int
    cues: tuple[tuple[str, str], ...]  # (language, a cue), its choices expanded


@dataclass(frozen=True)
class Kind:
    name: str
    threshold: int
    groups: tuple[Group, ...]


def expand(cue: str) -> list[str]:
    """A cue with choices in brackets as the cues it stands for: «не (відповідає/бере)» is «не
    відповідає» and «не бере»."""
    found = _CHOICE.search(cue)
    if found is None:
        return [cue]
    before, after = cue[: found.start()], cue[found.end() :]
    return [one for choice in found.group(1).split("/") for one in expand(before + choice + after)]


def packaged() -> tuple[Kind, ...]:
    """The shipped cues.yaml, checked."""
    source = resources.files("bot.features.urgent") / "cues.yaml"
    return parse(source.read_text(encoding="utf-8"), "cues.yaml")


def parse(text: str, where: str) -> tuple[Kind, ...]:
    """The kinds of a cues file's text (`where`: its name, for the errors), checked."""
    data = yamldata.safe_load(text)
    if not isinstance(data, dict):
        raise CueError(f"{where}: a mapping of kinds is expected")
    common = _groups(data.pop(EVERY), f"{where}: {EVERY}") if EVERY in data else ()
    kinds = []
    for name, body in data.items():
        at = f"{where}: {name}"
        if name not in (*KINDS, ALIKE):
            raise CueError(f"{at}: no such kind (one of {', '.join(KINDS)}, {ALIKE} or {EVERY})")
        if not isinstance(body, dict) or set(body) - {"threshold", "groups"}:
            raise CueError(f"{at}: `threshold` and `groups` are expected, nothing else")
        threshold = body.get("threshold")
        if not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 2:
            raise CueError(f"{at}.threshold: a whole number of at least 2 is expected")
        groups = _groups(body.get("groups"), f"{at}.groups")
        best = sorted((g.weight for g in groups if g.weight > 0), reverse=True)
        if len(best) < LEAST or sum(best) < threshold:
            raise CueError(f"{at}: its groups can never reach its threshold {threshold}")
        kinds.append(Kind(name, threshold, groups + (common if name != ALIKE else ())))
    return tuple(kinds)


def _groups(node: object, at: str) -> tuple[Group, ...]:
    if not isinstance(node, dict) or not node:
        raise CueError(f"{at}: a mapping of groups is expected")
    return tuple(_group(name, body, f"{at}.{name}") for name, body in node.items())


def _group(name: str, body: object, at: str) -> Group:
    if not isinstance(body, dict):
        raise CueError(f"{at}: `weight` and cues by language are expected")
    weight = body.get("weight")
    if not isinstance(weight, int) or isinstance(weight, bool) or not weight or abs(weight) > 9:
        raise CueError(f"{at}.weight: a whole number from -9 to 9, not 0, is expected")
    stray = set(body) - {"weight", *LANGS}
    if stray:
        raise CueError(f"{at}: {', '.join(sorted(map(str, stray)))}: not a language ({LANGS})")
    cues: list[tuple[str, str]] = []
    for lang in LANGS:
        listed = body.get(lang) or []
        if not isinstance(listed, list):
            raise CueError(f"{at}.{lang}: a list of cues is expected")
        for number, cue in enumerate(listed):
            cues += [(lang, one) for one in _checked(cue, f"{at}.{lang}[{number}]")]
    if not cues:
        raise CueError(f"{at}: no cue in any language")
    return Group(name, weight, tuple(cues))


def _checked(cue: object, at: str) -> list[str]:
    """The cues `cue` stands for, each checked: words, a «*» only at a word's end after three
    letters at least, brackets closed."""
    if not isinstance(cue, str) or not cue.strip():
        raise CueError(f"{at}: an empty cue")
    if cue.count("(") != cue.count(")") or "|" in cue or "$" in cue:
        raise CueError(f"{at}: {cue!r}: brackets must close; no «|» or «$» in a cue")
    found = expand(cue)
    for one in found:
        for word in one.lower().split():
            if not _WORD.match(word) or word.endswith("*") and len(word) < 4:
                raise CueError(f"{at}: {cue!r}: {word!r} is no word (a «*» ends 3 letters or more)")
    return found
