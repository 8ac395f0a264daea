"""`infopoint ask [--lang L] [--json] [QUESTION]`: answer questions from the knowledge base.

With a QUESTION: answer it. Without: read questions one per line from standard input and answer
each at once (flushed), so another program can talk to it line by line. --json prints one line
per question: {"query": ..., "lang": <detected>, "matches": [{"id": ..., "score": 0..1}, ...],
"confident": <answered at once>} (matches best first, at most three and a topic the question
names, empty when nothing is relevant enough to show), and "part": the heading of the part of
the answer shown first, when the question asks about one part.
"""

from __future__ import annotations

import json
import sys
from typing import Any, TextIO

from bot import search
from bot.app import build_searcher, load_static
from bot.content.i18n import Translator
from bot.content.parts import Part
from bot.core import markup
from bot.features.questions import ACTION_LABELS

# what an action found at once, or offered, says (bot/features/questions/answers.py shows it
# with its buttons)
ACTION_TEXTS = {
    "contact_hours": "btn_hours",
    "appointment": "q_appointment",
    "forget": "q_forget",
    "my_bookings": "q_my_bookings",
    "language": "choose_language",
}


def main(args: Any, stdin: TextIO | None = None, stdout: TextIO | None = None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    settings, kb = load_static(args.config)
    searcher = build_searcher(settings, kb)
    t = Translator()

    def answer(question: str) -> None:
        result = searcher.search(question, args.lang)
        lang = args.lang or result.lang or settings.default_language
        if args.json:
            data = result.to_json()
            part = _part(result, lang, kb)
            if part is not None:
                data["part"] = part.heading
            stdout.write(json.dumps(data, ensure_ascii=False) + "\n")
        else:
            stdout.write(_plain(result, lang, kb, t) + "\n\n")
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


def _part(result: search.Result, lang: str, kb: Any) -> Part | None:
    """The part of the first topic's answer shown first, if the question asks about one."""
    best = result.best
    if result.part is None or best is None or best.is_action:
        return None
    topic = kb.topic(lang, best.id)
    return topic.parts[result.part] if topic and result.part < len(topic.parts) else None


def _plain(result: search.Result, lang: str, kb: Any, t: Translator) -> str:
    if result.smalltalk:
        return t(lang, f"q_{result.smalltalk}")
    if not result.matches:
        return t(lang, "q_no_match")
    if result.confident:
        best = result.matches[0]
        if best.is_action:
            return t(lang, ACTION_TEXTS[best.id])
        topic = kb.topic(lang, best.id)
        first = _part(result, lang, kb)
        parts = [first, *(p for p in topic.parts if p is not first)] if first else topic.parts
        answer = "\n\n".join(p.text for p in parts)
        return f"{topic.title}\n\n{markup.to_plain(answer)}"
    lines = [t(lang, "q_did_you_mean")]
    for match in result.matches:
        if match.is_action:
            label = t(lang, ACTION_LABELS[match.id])
        else:
            label = kb.topic(lang, match.id).title
        lines.append(f"• {label}")
    return "\n".join(lines)
