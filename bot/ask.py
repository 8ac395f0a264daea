"""`infopoint ask [--lang L] [--office ID] [--json] [QUESTION]`: answer questions from the
knowledge base, as the office ID answers them (its own topics, its texts; none: the default
office; an id the config has not: an error naming its offices, exit code 2).

With a QUESTION: answer it. Without: read questions one per line from standard input and answer
each at once (flushed), so another program can talk to it line by line. --json prints one line
per question: {"query": ..., "lang": <detected>, "matches": [{"id": ..., "score": 0..1}, ...],
"confident": <answered at once>} (matches best first, at most three and a topic the question
names, empty when nothing is relevant enough to show), and "part": the heading of the part of
the answer shown first, when the question asks about one part, and "urgent": "danger", "cry" or
"plea" when the chat's danger screen takes the message (bot.features.urgent), and "typed":
"menu" or "person" when the message only asks for the main menu or for a person («меню»,
«оператор», «a real person»: bot.features.questions.typed, never searched in the chat either),
and "sources" ([{"title": ..., "url": ...}], those the chat shows under the answer) and
"checked" (the content's date, YYYY-MM-DD) when a topic is answered at once.

In plain text, what the chat shows first (an answer with its sources and the date they were
checked, as the chat shows them under it): for danger words the help lines (then the answer, if
one is found at once, as the chat shows it under them); for a cry for help or a plea, the way to
a person with 112, in the cry's language unless --lang says another; for «меню» the main
menu's line, for «оператор» the way to a person (as the chat, which shows their buttons).
Piped into a command that stops reading early (`| head -5`), it stops quietly.
"""

from __future__ import annotations

import difflib
import json
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, TextIO

from bot import search
from bot.app import build_searcher, load_offices
from bot.content.i18n import Translator
from bot.content.model import Topic
from bot.content.parts import Part
from bot.core import markup
from bot.core.services import Clock, utc_now
from bot.features import urgent
from bot.features.hours import asks_today
from bot.features.hours.replies import hours_text
from bot.features.hours.sheet import Sheet
from bot.features.menu import book_text, sources_note
from bot.features.office import supported, without_names
from bot.features.questions import ACTION_LABELS, typed

# what an action found at once says (bot/features/questions/answers.py shows it with its
# buttons); the hours action shows the hours themselves (`hours` below, as the chat)
ACTION_TEXTS = {
    "appointment": "q_appointment",
    "forget": "q_forget",
    "my_bookings": "q_my_bookings",
    "language": "choose_language",
}


# what a Unix tool whose reader went away reports (killed by SIGPIPE)
EXIT_PIPE = 128 + signal.SIGPIPE
EXIT_USAGE = 2  # (as argparse for a wrong argument)


def main(
    args: Any, stdin: TextIO | None = None, stdout: TextIO | None = None, clock: Clock = utc_now
) -> int:
    """`clock`: now, as the chat's (a test's settable one: the hours name the days to come)."""
    try:
        return _main(args, stdin or sys.stdin, stdout or sys.stdout, clock)
    except BrokenPipeError:
        # (the reader left: what is still buffered would fail again when Python exits)
        if stdout is None:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        return EXIT_PIPE


def _main(args: Any, stdin: TextIO, stdout: TextIO, clock: Clock) -> int:
    settings, kbs = load_offices(args.config)
    chosen = getattr(args, "office", None)
    problem = None if chosen is None else _no_office(settings, chosen)
    if problem is not None:
        print(f"error: {problem}", file=sys.stderr)
        return EXIT_USAGE
    office = settings.office(chosen)  # (none chosen: the default office)
    kb = kbs[office.id]
    searcher = build_searcher(settings, kb)
    t = Translator()

    def say(lang: str, key: str) -> str:
        """A text that may offer a visit, as the office says it today (the chat's t_book):
        the call alone where nothing can be booked, the specialists where they are booked
        instead."""
        today = clock().astimezone(settings.timezone).date()
        return markup.to_plain(book_text(t, lang, office, today, key))

    def hours(lang: str, question: str, place: bool) -> str:
        """The hours as the chat shows them for `question` (hours/replies.hours_text: today's
        answer first for «open now?», a day's for «on saturday?», the places first for
        «where?»), from the config: `ask` keeps no database, so no duty staff cancelled."""
        sheet = Sheet(office, lang, t, clock(), settings.timezone)
        return markup.to_plain(hours_text(sheet, place, asks_today(question), question))

    def answer(question: str) -> None:
        searched = urgent.kinds.matter(question)  # (as questions.answers)
        result = searcher.search(searched, args.lang)
        without = without_names(settings, searched)
        if without != searched:
            result = supported(result, searcher.search(without, args.lang))
        lang = args.lang or result.lang or settings.default_language

        def action(lang: str, found: str) -> str:
            """What the chat shows for an action answered at once, in `lang`."""
            if found == "contact_hours":
                return hours(lang, question, result.place)
            return say(lang, ACTION_TEXTS[found])

        caught = urgent.caught(question)
        wants = typed.asked(question) if caught is None else None
        if wants is not None:  # (the chat's questions.answers: the menu, a person; no search)
            result = _typed(question, wants, result.lang)
        if args.json:
            data = {**result.to_json(), "query": question}  # (not the threat's words left out)
            part = _part(result, lang, kb)
            if part is not None:
                data["part"] = part.heading
            data.update(_sources(result, lang, kb))
            if caught is not None:
                data["urgent"] = caught[0]
                if caught[0] == "danger":  # which danger: the lines shown (kinds.py)
                    data["danger"] = urgent.kinds.kinds(question)
            if wants is not None:
                data["typed"] = wants
            stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        elif caught is not None:
            said = urgent.spoken(question) if caught[0] == "danger" else None
            lang = said if said in settings.languages else lang  # (the chat's lines: spoken.py)
            screened = _screened(
                question, caught, result, lang, args.lang, settings.languages, kb, t, say, action
            )
            stdout.write(screened + _shown(question, lang, kb, searcher) + "\n\n")
        elif wants == "menu":
            stdout.write(t(lang, "main_menu") + "\n\n")
        else:
            stdout.write(_plain(result, lang, kb, t, say, action) + "\n\n")
        stdout.flush()

    if args.question:
        answer(" ".join(args.question))
        return 0
    while True:
        line = stdin.readline()
        if not line:
            return 0
        if line.strip():
            answer(line.strip())


def _no_office(settings: Any, chosen: str) -> str | None:
    """What is wrong with `--office chosen` (None: it is an office of the config)."""
    if not settings.network:
        return (
            f"--office {chosen}: {settings.source.name} has no offices (no `offices:`); "
            "leave --office out"
        )
    if chosen in settings.offices:
        return None
    ids = ", ".join(settings.offices)
    like = difflib.get_close_matches(chosen, list(settings.offices), n=1)
    meant = f" (did you mean {like[0]}?)" if like else ""
    return f"--office {chosen}: no such office in {settings.source.name}{meant}; its offices: {ids}"


def _typed(question: str, wants: str, lang: str | None) -> search.Result:
    """A message that only asks for the main menu or for a person, as the chat answers it
    (bot.features.questions.answers): the menu, or the way to a person at once (the
    appointment action's buttons), not a search («оператор» is no forklift operator's course);
    «алло», «бот тупий»: the greeting, the apology (q_greeting, q_upset)."""
    if wants == "person":
        said = (search.Match("appointment", 1.0),)
        return search.Result(question, lang, False, said, True, command=True)
    talk = wants if wants in ("greeting", "upset") else None
    return search.Result(question, lang, False, (), False, smalltalk=talk)


def _answered(result: search.Result, lang: str, kb: Any) -> Topic | None:
    """The topic the chat answers at once (not an action, nor small talk), if any."""
    best = result.best
    if not result.confident or best is None or best.is_action or result.smalltalk:
        return None
    topic: Topic | None = kb.topic(lang, best.id)
    return topic


def _sources(result: search.Result, lang: str, kb: Any) -> dict[str, Any]:
    """--json: the official sources shown under the answer the chat gives at once (of its
    part, when it shows one, those the content names for it) and the date they were checked,
    as the content gives them; nothing when no topic is answered at once."""
    topic = _answered(result, lang, kb)
    if topic is None:
        return {}
    shown = topic.sources_of(result.part)
    return {
        "sources": [{"title": s.title, "url": s.url} for s in shown],
        "checked": topic.checked.isoformat(),
    }


def _part(result: search.Result, lang: str, kb: Any) -> Part | None:
    """The part of the first topic's answer shown first, if the question asks about one."""
    best = result.best
    if result.part is None or best is None or best.is_action:
        return None
    topic = kb.topic(lang, best.id)
    return topic.parts[result.part] if topic and result.part < len(topic.parts) else None


def _screened(
    question: str,
    caught: tuple[str, str],
    result: search.Result,
    lang: str,
    asked: str | None,
    languages: tuple[str, ...],
    kb: Any,
    t: Translator,
    say: Callable[[str, str], str],
    action: Callable[[str, str], str],
) -> str:
    """What the chat shows when its danger screen takes the message (bot.features.urgent);
    `say`: a text as the office says it (a visit offered only where one can be booked);
    `action`: what an action answered at once shows."""
    kind, said = caught
    if kind not in ("danger", "medical"):  # (a cry's or a plea's own language, unless asked)
        said_in = said if said in languages else None
        lang = asked or said_in or lang
        return say(lang, urgent.TEXTS[kind])
    if kind == "danger":  # the lines of the danger it speaks of (bot.features.urgent.kinds)
        found = urgent.kinds.kinds(question)
        lines = "\n\n".join(say(lang, key) for key in urgent.kinds.keys(found))
        if urgent.kinds.whole(question) or urgent.kinds.shown(found):
            return lines  # (the lines are the whole answer, or a topic's part follows: _shown)
    else:
        lines = say(lang, urgent.TEXTS[kind])
    if result.command or result.smalltalk or result.best is not None and result.best.is_action:
        return lines  # (the chat shows the help lines alone: not guesses, «no answer», the hours)
    if not result.confident:  # (fear beside a matter: the matter offered under the lines)
        if not result.matches or kind != "danger" or not urgent.kinds.matter_beside(question):
            return lines
        offered = _plain(result, lang, kb, t, say, action).split("\n")[1:]
        return "\n".join([lines, "", markup.to_plain(t(lang, "urgent_matter")), *offered])
    return lines + "\n\n" + _plain(result, lang, kb, t, say, action)


def _shown(question: str, lang: str, kb: Any, searcher: search.Searcher) -> str:
    """The topic's part the chat shows under the lines of forced labour (urgent.kinds.SHOWN):
    the one the message asks about, or the whole answer; "" for other danger."""
    shown = urgent.kinds.shown(urgent.kinds.kinds(question))
    topic = kb.topic(lang, shown) if shown is not None else None
    if shown is None or topic is None:
        return ""
    part = searcher.part_of(question, shown)
    return f"\n\n{topic.title}\n\n{markup.to_plain(topic.answer_for(None, part))}"


def _plain(
    result: search.Result,
    lang: str,
    kb: Any,
    t: Translator,
    say: Callable[[str, str], str],
    action: Callable[[str, str], str],
) -> str:
    """The answer as the chat shows it first, in plain text (`say`: a text as the office
    says it: small talk and the way to a person offer a visit only where one can be booked;
    `action`: what an action answered at once shows, the hours themselves for the hours)."""
    if result.smalltalk:
        return say(lang, f"q_{result.smalltalk}")
    if not result.matches:
        return t(lang, "q_no_match")
    if result.confident:
        best = result.matches[0]
        if best.is_action:
            return action(lang, best.id)
        topic = kb.topic(lang, best.id)
        first = _part(result, lang, kb)
        parts = [first, *(p for p in topic.parts if p is not first)] if first else topic.parts
        answer = "\n\n".join(p.text for p in parts)
        sources = sources_note(t, lang, topic)  # (the whole answer: all its sources)
        return f"{topic.title}\n\n{markup.to_plain(answer)}\n\n{markup.to_plain(sources)}"
    lines = [t(lang, "q_did_you_mean")]
    for match in result.matches:
        if match.is_action:
            label = t(lang, ACTION_LABELS[match.id])
        else:
            label = kb.topic(lang, match.id).title
        lines.append(f"• {label}")
    return "\n".join(lines)
