"""A message that only asks for the main menu («меню», «main menu», «start») or for a person
(«оператор», «человек», «a real person»), only says «алло» («are you there?») or only scolds
(«бот тупий», «useless bot»): typed.yaml beside this file. Answered with the menu, the way to a
person, the greeting, or the apology 😡 gets (emoji.py), before any search (answers.py). A word
for back alone («назад», «back», «wstecz», «go back»: core/choice_words.yaml, as in a form): the
«« Back» the person saw last, pressed, or the main menu (`back`). A bare yes where the page seen
last has one main action: that action (`yes_to`)."""

from __future__ import annotations

import functools
from importlib import resources

from bot.core import yamldata
from bot.core.backs import says_back, says_back_to_menu
from bot.core.choices import ACT, BACK, SIGN_UP, YES, yes_or_no
from bot.core.session import Session
from bot.core.words import folded, words

KINDS = ("menu", "person", "greeting", "upset")
MENU = "menu"  # the 🏠 Main menu button's payload


MOST_CHARS = 200  # a message longer than this is more than «menu» or «a person, please»


@functools.cache
def _lists() -> tuple[dict[str, str], frozenset[str]]:
    """Each request, folded and without the `around` words, and its kind; those words."""
    source = resources.files("bot.features.questions") / "typed.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    around = frozenset(word for entry in data["around"] for word in words(entry))
    said: dict[str, str] = {}
    for kind in KINDS:
        for entry in data[kind]:
            key = " ".join(word for word in words(entry) if word not in around)
            said.setdefault(key or folded(entry), kind)
    return said, around


def asked(text: str) -> str | None:
    """«menu» or «person» when `text` is only a request for it, said in any of our languages
    («Головне меню», «хочу живого оператора», «a real person, please»), «greeting» for «алло»,
    «upset» for «бот тупий» (typed.yaml); «menu» for a word for
    back alone too, where no screen came before (`infopoint ask`; the chat asks `back` first);
    None otherwise."""
    if len(text) > MOST_CHARS:  # (not read: a long message is never only that)
        return None
    if says_back(text) or says_back_to_menu(text):  # «назад», «nazad v menu»
        return MENU
    said, around = _lists()
    rest = " ".join(word for word in words(text) if word not in around)
    return said.get(rest) if rest else None


def back(text: str, session: Session) -> str | None:
    """For a word for back typed alone outside a form: the payload of the «« Back» button the
    person saw last (a topic's: its category; a service's: /services), or the main menu's when
    the last screen had none (the menu, a category's list); None for any other text («call me
    back», «I came back from Ukraine»)."""
    if session.flow is not None or len(text) > MOST_CHARS or not says_back(text):
        return None
    return next((b.payload for b in session.shown if b.means == BACK), MENU)


def yes_to(text: str, session: Session) -> str | None:
    """A bare yes («tak», «так», «yes», «да») typed outside a form where the page seen last has
    one main action (a service's «🙋 Request this help», a course's «Sign up»: ACT, SIGN_UP): that
    button's payload, as if tapped (tester 38, F8); None for any other text or page."""
    if session.flow is not None or len(text) > MOST_CHARS or yes_or_no(text) != YES:
        return None
    return next((b.payload for b in session.shown if b.means in (ACT, SIGN_UP)), None)
