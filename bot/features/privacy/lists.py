"""/forget and the lists staff asked for that show the person among others (an agenda, a
course's list, /requests): only the person's lines are masked («🔒 …»), the other people's lines,
the other days and the buttons stay (a button naming the person goes: its visit is cancelled
anyway). Staff ask for lists many times a day: every such list is edited (the person is left in
none), the newest `EDITED` of a chat as staff records are sent, the older ones after every
request, booking and relayed text (`outbox.ASIDE`), so that a /forget never holds up new cards.
A list built with its people marked (`Reply.marks`, bot.core.marks: every list staff ask for
that shows people: a course's and its attendance sheets, /today, /week, /appointments,
/requests, /unanswered) loses exactly the person's lines and buttons; a list without marks
(sent before they were kept), the lines and buttons that name them (their phone, their full
name, or their session's name: a one-word name there masks another person of that name too).
A list where no line names the person (it shows them by a form the bot cannot tell), and a
record's card shown again (/request W1: only its newest copy is kept, bot.core.copies), are
replaced whole. A list replaced in place since (a course's card by the attendance sheet tapped
under it) is not edited back: only its stored text goes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from bot.core import markup
from bot.core.marks import COUNT
from bot.core.messages import Button, Mark, Reply
from bot.storage import Tx, erasure

EDITED = 3  # the newest lists edited per chat and /forget at once; the older ones set aside


def _named(needles: list[str]) -> re.Pattern[str] | None:
    found = [n.strip() for n in needles if n.strip()]
    if not found:
        return None
    words = "|".join(re.escape(n) for n in sorted(found, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


def by_marks(reply: Reply, subject: str, line: str) -> Reply | None:
    """The list without the lines and buttons marked as the person's (each run of lines one
    `line`), the other people's marks kept where their lines are now; None when it marks none
    of theirs."""
    mark = next((m for m in reply.marks if m.subject == subject), None)
    if mark is None or not mark.lines:
        return None
    theirs = set(mark.lines)
    instead = dict(zip(mark.lines, mark.instead, strict=False))  # (a line saying more: kept)
    # a list that counts its records (/requests): theirs, withdrawn, leave it and its count
    # (tester 43, F15: «Otwarte prośby: 0» above a «🔒» line)
    counting = any(m.subject == COUNT and m.lines for m in reply.marks)
    kept: list[str] = []
    moved: dict[int, int] = {}
    for i, text in enumerate(reply.text.split("\n")):
        if i not in theirs:
            moved[i] = len(kept)
            kept.append(text)
        elif i in instead:
            kept.append(instead[i])
        elif not counting and (not kept or kept[-1] != line):
            kept.append(line)
    rows = [[b for b in row if b.payload not in mark.payloads] for row in reply.buttons]
    others = tuple(
        Mark(m.subject, tuple(moved[i] for i in m.lines if i in moved), m.payloads, m.instead)
        for m in reply.marks
        if m.subject != subject
    )
    shows = tuple(s for s in reply.shows if s != subject)
    _count_down(kept, others, len(theirs - set(instead)))
    text = "\n".join(kept)
    return replace(reply, text=text, buttons=[r for r in rows if r], shows=shows, marks=others)


_NUMBER = re.compile(r"\d+")


def _count_down(lines: list[str], marks: tuple[Mark, ...], gone: int) -> None:
    """The list's count line (marks.COUNT: «📋 Otwarte prośby: 2») less the `gone` lines."""
    at = next((m.lines[0] for m in marks if m.subject == COUNT and m.lines), None)
    if at is None or at >= len(lines) or (found := _NUMBER.search(lines[at])) is None:
        return
    left = max(int(found.group()) - gone, 0)
    lines[at] = f"{lines[at][: found.start()]}{left}{lines[at][found.end() :]}"


def without(reply: Reply, subject: str) -> bool:
    """A list built with its people marked that neither marks nor shows this person: rebuilt
    without them (a course's card as it is now, after their /forget: tester 39, F9); a phone
    or a name of theirs in it is someone else's (a family's shared phone), left as it is."""
    marked = any(m.subject == subject for m in reply.marks)
    return bool(reply.marks) and not marked and subject not in reply.shows


def masked(
    reply: Reply, subject: str, needles: list[str], line: str, name: str = ""
) -> Reply | None:
    """The list without the person's lines (each run of them one `line`) and buttons, or None
    when no line of it names them: by its marks, where it has the person's, else by `needles`
    (and by their session's `name`, one word too, in a list built without marks: one built with
    them marks everyone it shows, so a line of that name there is another person's)."""
    if (exact := by_marks(reply, subject, line)) is not None:
        return exact
    pattern = _named(needles if reply.marks or not name else [*needles, name])
    tapped = _buttons_only(reply, subject)  # its buttons marked (a sheet: names on buttons)
    reply = tapped or reply
    if pattern is None:
        return tapped
    kept: list[str] = []
    hit = False
    for text in reply.text.split("\n"):
        if pattern.search(markup.to_plain(text)) is None:
            kept.append(text)
            continue
        hit = True
        if not kept or kept[-1] != line:
            kept.append(line)
    if not hit:
        return tapped
    rows: list[list[Button]] = [
        [b for b in row if pattern.search(b.label) is None] for row in reply.buttons
    ]
    shows = tuple(s for s in reply.shows if s != subject)
    rows = [r for r in rows if r]  # (its marks, if any, no longer fit its lines: dropped)
    return replace(reply, text="\n".join(kept), buttons=rows, shows=shows, marks=())


def _buttons_only(reply: Reply, subject: str) -> Reply | None:
    """The list without the buttons marked as the person's, where it marks no line of theirs
    (an attendance sheet names each person on a button); None when it marks none."""
    mark = next((m for m in reply.marks if m.subject == subject and m.payloads), None)
    if mark is None:
        return None
    rows = [[b for b in row if b.payload not in mark.payloads] for row in reply.buttons]
    others = tuple(m for m in reply.marks if m.subject != subject)
    shows = tuple(s for s in reply.shows if s != subject)
    return replace(reply, buttons=[r for r in rows if r], shows=shows, marks=others)


async def mask(
    tx: Tx,
    found: list[erasure.Listed],
    subject: str,
    needles: list[str],
    texts: tuple[str, str, str],
    noted: Callable[[str], str],
) -> list[tuple[erasure.Shown, Reply]]:
    """The edits to send, newest first (where each list is and its new look; `whole` for a list
    where no line names them); every list's stored text loses the person. `texts`: their
    session's name, the masked line, the whole list's replacement; `noted`: what a message
    about one record (`Reply.names`: a question or a prompt about it, bot.core.marks.one) says
    instead of the person's lines, naming the record («🔒 Prośba o wizytę nr W3: …»)."""
    name, line, whole = texts
    stale = [f for f in found if f.stale]  # edited in place since: no longer seen, not edited
    await erasure.blank(tx, [f.item_id for f in stale])
    found = [f for f in found if not f.stale]
    cards = [f for f in found if f.reply.record is not None]
    await erasure.blank(tx, [card.item_id for card in cards])
    edits = [(card.shown, Reply(whole)) for card in cards]  # a card shown again: the newest
    lists = [f for f in found if f.reply.record is None]
    for listed in reversed(lists):  # newest first
        record = listed.reply.names
        after = masked(listed.reply, subject, needles, noted(record) if record else line, name)
        if after is None:  # no line names them: the whole list goes, as for a note about them
            await erasure.blank(tx, [listed.item_id])
        else:
            await erasure.set_reply(tx, listed.item_id, after)
        edits.append((listed.shown, after or Reply(noted(record) if record else whole)))
    return edits
