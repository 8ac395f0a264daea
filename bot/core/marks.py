"""A staff list's people marked by their own lines and buttons (`Reply.marks`), as the list is
built, so that /forget masks exactly the person's lines and buttons: a one-word name («Olena»)
could be anyone's, and a phone may be shown by some lines and not by others."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.core.messages import Mark, Reply

COUNT = "#count"  # no person: the line that counts the list's lines marked (its first number)


def marked(
    reply: Reply, owned: Iterable[tuple[str, str]], acting: Iterable[tuple[str, str]] = ()
) -> Reply:
    """`reply` with its marks: `owned`, each person's (subject's) text in the list, in the order
    the list shows them (a text of several lines: each of them); `acting`, each button payload
    that acts on a person's record. A text is found from where the one before it was, so two
    people's lines alike («1. Olena» signed up and waiting) are each their own."""
    texts = reply.text.split("\n")
    lines: dict[str, list[int]] = {}
    at = 0
    for subject, text in owned:
        for part in text.split("\n"):
            found = next((i for i in range(at, len(texts)) if texts[i] == part), None)
            if found is not None:
                lines.setdefault(subject, []).append(found)
                at = found + 1
    payloads: dict[str, list[str]] = {}
    for subject, payload in acting:
        payloads.setdefault(subject, []).append(payload)
    subjects = dict.fromkeys([*lines, *payloads])
    marks = tuple(Mark(s, tuple(lines.get(s, ())), tuple(payloads.get(s, ()))) for s in subjects)
    return replace(reply, marks=marks)


def one(reply: Reply, whose: str, record: str) -> Reply:
    """A staff message about one person's record alone (a question asked about it, a prompt for
    a reason, what was done with it): every line and button of it is theirs (`whose`), and it
    names `record` as staff read it («Prośba o wizytę nr W3»): /forget leaves «🔒 Prośba o
    wizytę nr W3: …» of it, retention the same with the period over (bot.features.privacy)."""
    acting = [(whose, b.payload) for row in reply.buttons for b in row if b.payload]
    shown = marked(reply, [(whose, reply.text)], acting)
    return replace(shown, shows=(whose,), names=record)


def counted(reply: Reply, line: int = 0) -> Reply:
    """`reply` (marked) whose `line` counts what it lists, one person's line each («📋 Otwarte
    prośby: 2»): /forget takes a person's lines off that count too (tester 33, item 8)."""
    return replace(reply, marks=(*reply.marks, Mark(COUNT, (line,))))


def each_line(reply: Reply, owned: Iterable[tuple[str, str]]) -> Reply:
    """`reply` whose lines are each one person's (`owned`: the subject and, for each line in
    order, what the line becomes when that person is forgotten): a note naming two people
    («👋 Olena left. 🎟 The place offered to Maria.») keeps the other's line and its own words
    around the name gone («🎟 … offered to: 🔒 (data removed)»), not the note whole."""
    found: dict[str, tuple[list[int], list[str]]] = {}
    for index, (subject, instead) in enumerate(owned):
        lines, texts = found.setdefault(subject, ([], []))
        lines.append(index)
        texts.append(instead)
    marks = tuple(Mark(s, tuple(lines), (), tuple(texts)) for s, (lines, texts) in found.items())
    return replace(reply, marks=marks)
