"""A form withdrawn in words (tester 37, F8): «ой я передумала, не треба дзвонити» typed at a
callback's «what is it about?» became the matter and the form went on. Now a message that says
the person changed their mind or needs nothing any more («передумала», «не надо, спасибо»,
«nie trzeba dzwonić», «never mind, don't call», in Latin letters too: «peredumala», «ne nado»),
anywhere in the message as a part of its own, is no answer: the person is asked whether to
leave the form (typed.offer_to_leave), as a question typed in a form is asked whether to leave
it for an answer. The words are in withdraw_words.yaml beside this file.

A message that says the person cannot come or would rather be called («на візит не встигну»,
«передзвоніть мені», «I can't make it, call me back»: `instead`; tester 41, F3) is the same
in a form other than a callback request: it asks whether to stop and ask for a callback."""

from __future__ import annotations

import functools
import re
from importlib import resources

from bot.core import yamldata
from bot.core.words import words

_PARTS = re.compile(r"[,;.!?…]+|\s[-–—]\s")
Phrases = frozenset[tuple[str, ...]]


@functools.cache
def _words() -> tuple[Phrases, Phrases, frozenset[str], frozenset[str]]:
    source = resources.files("bot.features.person") / "withdraw_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))

    def phrases(kind: str) -> Phrases:
        return frozenset(tuple(words(p)) for ps in data[kind].values() for p in ps if words(p))

    loose = frozenset(w for entry in data["about"] for w in words(str(entry)))
    opening = frozenset(w for entry in data["opening"] for w in words(str(entry)))
    return phrases("changed_mind"), phrases("not_needed"), loose, opening


@functools.cache
def _instead(kinds: tuple[str, ...] = ("call_me", "cannot_come")) -> tuple[Phrases, frozenset[str]]:
    source = resources.files("bot.features.person") / "withdraw_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))["instead"]
    said = frozenset(
        tuple(words(p)) for kind in kinds for ps in data[kind].values() for p in ps if words(p)
    )
    _, _, about, opening = _words()
    return said, about | opening | frozenset(w for e in data["around"] for w in words(str(e)))


def comes(text: str) -> bool:
    """Whether a part of `text` says the person would rather come in person («можна я сама
    прийду?», «can I come in person?»: `come_myself`), said as `instead` is."""
    return instead(text, ("come_myself",))


def instead(text: str, kinds: tuple[str, ...] = ("call_me", "cannot_come")) -> bool:
    """Whether a part of `text` says the person cannot come or would rather be called: one of
    the phrases, with only words around it that say no more («ні, все таки краще передзвоніть
    мені», «на візит не встигну»); «не зможу прийти без перекладача» is none."""
    phrases, around = _instead(kinds)
    for part in _PARTS.split(text or ""):
        said = words(part)
        for start in range(len(said)):
            for size in range(min(len(said) - start, 6), 0, -1):
                if tuple(said[start : start + size]) not in phrases:
                    continue
                rest = said[:start] + said[start + size :]
                if all(w in around for w in rest):
                    return True
    return False


@functools.cache
def _correction() -> frozenset[str]:
    source = resources.files("bot.features.person") / "withdraw_words.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return _words()[3] | frozenset(w for e in data["correction"] for w in words(str(e)))


def only_correction(text: str) -> bool:
    """Whether `text` is only words that correct what was typed before («ой ні», «sorry, my
    number is», «nie, to jest»): beside a number typed again, no note for staff (F11)."""
    said = words(text)
    return bool(said) and all(w in _correction() for w in said)


def says(text: str) -> bool:
    """Whether a part of `text` says the person changed their mind or needs nothing now."""
    return any(_part(words(part)) for part in _PARTS.split(text or ""))


def _part(said: list[str]) -> bool:
    changed, not_needed, about, opening = _words()
    for start in range(len(said)):
        rest = said[start:]
        for size in range(1, min(len(rest), 6) + 1):
            head = tuple(rest[:size])
            if head in changed:
                return True
            if head in not_needed and all(w in about for w in rest[size:]):
                return True
        if said[start] not in opening:
            return False
    return False
