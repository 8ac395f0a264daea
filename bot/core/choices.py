"""A button's answer typed instead of tapped: on Viber, on an old phone, people type «Русский»,
«так», «по-русски» where the buttons are.

At a step that takes its buttons typed (`Step.choose`), text that names exactly one of the
buttons shown last presses it, as if tapped (the dispatcher routes its payload). It names a
button by the button's label (emoji, case and accents aside; the part before or inside brackets
too: «Morning» for «🌅 Morning (before 12:00)»; a number and a word of it: «24 Nov» for
«Tue 24 Nov»), by what the button means (`Button.means`: a yes or a no in uk, ru, en or pl,
choice_words.yaml; a language in any of its names and forms, bot.core.languages), or by its
label with a typo (one letter in a label of five or more, two in one of twelve or more). Text
that names two buttons, or none, goes to the step's `text` handler as before; its "use the
buttons" line lists what may be typed, or which buttons the text could mean («Tue»: «Tue 24
Nov» or «Tue 1 Dec»), `hint`.

Never taken for a button: text with a "?", and text a feature claims (`Feature.claims`: danger
words, whose help lines come first; a question, offered an answer).

The buttons shown are kept in the session (`Session.shown`) from the turn that asked, only at
steps that take them typed (a name step's «Use: Olena, +48…» is not kept).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from importlib import resources
from typing import TYPE_CHECKING

import yaml
from babel.lists import format_list
from rapidfuzz.distance import OSA

from bot.content.i18n import babel_locale
from bot.core import languages, markup
from bot.core.messages import Reply
from bot.core.session import Shown
from bot.core.words import folded, words

if TYPE_CHECKING:
    from bot.core.flows import Step
    from bot.core.turn import Turn

LONGEST = 200  # characters: a longer message is no button's answer
YES, NO, LANGUAGE = "yes", "no", "language:"  # Button.means: "yes", "no", "language:<code>"
_BRACKETS = re.compile(r"\(([^)]*)\)")


def choosing(turn: Turn, step: Step) -> bool:
    """Whether this step takes its buttons typed (for a form's field: this question does)."""
    choose = step.choose
    return choose(turn) if callable(choose) else choose


def pressed(turn: Turn, step: Step, claims: Iterable[Callable[[str], bool]]) -> str | None:
    """The payload of the one button the typed text names, or None (the step's `text` then)."""
    incoming = turn.incoming
    text = incoming.text or ""
    shown = turn.session.shown
    if not shown or not text or len(text) > LONGEST or "?" in text:
        return None
    if incoming.contact_phone is not None or not choosing(turn, step):
        return None
    if any(claim(text) for claim in claims):
        return None
    found = find(text, shown)
    return found[0].payload if len(found) == 1 else None


def remember(turn: Turn, replies: Sequence[Reply]) -> None:
    """After a turn: the buttons the person now sees, where a step takes them typed (those of
    the last reply that has any); nothing elsewhere."""
    session = turn.session
    flow = turn.registry.flows.get(session.flow or "")
    step = flow.steps.get(session.step or "") if flow else None
    if step is None or not choosing(turn, step):
        session.shown = []
        return
    for reply in reversed(replies):
        buttons = [b for row in reply.buttons for b in row if b.payload and not b.url]
        if buttons:
            session.shown = [Shown(b.label, b.payload, b.means) for b in buttons]
            return
    if replies:  # the question now shown has no buttons («type the other language»)
        session.shown = []


def find(text: str, shown: Sequence[Shown]) -> list[Shown]:
    """The buttons `text` names: one, several (it is ambiguous), or none."""
    typed = folded(text)
    if not typed:
        return []
    exact = [b for b in shown if typed in _forms(b.label)]
    if exact:
        return _distinct(exact)
    if any(b.means for b in shown):
        meant = _meanings(text)
        by_meaning = [b for b in shown if b.means and b.means in meant]
        if by_meaning:
            return _distinct(by_meaning)
    found = _with_typo(typed, shown)
    if found:
        return found
    # a day or a time named in part («24 Nov» for «Tue 24 Nov»): a number and a word in one
    # button's label only; a word alone is not enough («thanks» is in «No, thanks»)
    parts = typed.split()
    if any(p.isdigit() for p in parts) and not all(p.isdigit() for p in parts):
        partly = _partly(text, shown)
        return partly if len(partly) == 1 else []
    return []


def hint(turn: Turn, line: str) -> str:
    """`line` (the step's "please use the buttons") with what may be typed instead; when the
    text named several buttons, which ones, to choose from."""
    shown = turn.session.shown
    if not shown:
        return line
    text = turn.incoming.text or ""
    found = find(text, shown)
    if len(found) < 2:
        found = _partly(text, shown)  # «Tue» for «Tue 24 Nov» and «Tue 1 Dec»: which of them
    if len(found) > 1:
        typed = markup.literal(" ".join(text.split()))
        return turn.t("typed_which", typed=typed, choices=_listed(turn, found))
    return f"{line} {turn.t('typed_choices', choices=_listed(turn, shown))}"


def _partly(text: str, shown: Sequence[Shown]) -> list[Shown]:
    """The buttons whose labels have every word typed."""
    typed = set(words(text))
    return _distinct([b for b in shown if typed and typed <= set(words(b.label))]) if typed else []


def _listed(turn: Turn, shown: Sequence[Shown]) -> str:
    items = [turn.t("typed_item", choice=markup.literal(_bare(b.label))) for b in shown]
    return format_list(list(dict.fromkeys(items)), style="or", locale=babel_locale(turn.lang))


def _bare(label: str) -> str:
    """A label without the emoji and marks around it: «🇺🇦 Українська» → «Українська»."""
    keep = [i for i, ch in enumerate(label) if not _decoration(ch)]
    return label[keep[0] : keep[-1] + 1] if keep else label


def _decoration(ch: str) -> bool:
    kind = unicodedata.category(ch)
    return kind[0] in "SZC" or kind in ("Mn", "Pi", "Pf") or ch == "«"


@functools.lru_cache(maxsize=1024)
def _forms(label: str) -> frozenset[str]:
    """What a label may be typed as: whole, without its brackets, or what is in them."""
    forms = {folded(label), folded(_BRACKETS.sub(" ", label))}
    forms.update(folded(inside) for inside in _BRACKETS.findall(label))
    return frozenset(form for form in forms if form)


def _typos(length: int) -> int:
    return 0 if length < 5 else 1 if length < 12 else 2


def _with_typo(typed: str, shown: Sequence[Shown]) -> list[Shown]:
    best, found = None, []
    for button in shown:
        for form in _forms(button.label):
            allowed = min(_typos(len(form)), _typos(len(typed)))
            if not allowed:
                continue
            distance = OSA.distance(typed, form, score_cutoff=allowed)
            if distance > allowed:
                continue
            if best is None or distance < best:
                best, found = distance, [button]
            elif distance == best:
                found.append(button)
    return _distinct(found)


def _distinct(buttons: list[Shown]) -> list[Shown]:
    return list({b.payload: b for b in buttons}.values())


def _meanings(text: str) -> set[str]:
    meant = set()
    answer = _yes_or_no(text)
    if answer:
        meant.add(answer)
    code = languages.named(text)
    if code:
        meant.add(LANGUAGE + code)
    return meant


def _yes_or_no(text: str) -> str | None:
    """ "yes" or "no" when the text says only that («так», «zgadzam się», «так, згоден»)."""
    phrases = _yes_no()
    whole = folded(text)
    if whole in phrases:
        return phrases[whole]
    parts = {phrases.get(folded(part)) for part in re.split(r"[,;.!]+", text) if words(part)}
    return parts.pop() if len(parts) == 1 and None not in parts else None


@functools.cache
def _yes_no() -> dict[str, str]:
    source = resources.files("bot.core") / "choice_words.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    return {
        folded(phrase): answer
        for answer in (YES, NO)
        for phrases in data[f"{answer}_words"].values()
        for phrase in phrases
    }
