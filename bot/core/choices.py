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

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from babel.lists import format_list
from rapidfuzz.distance import OSA

from bot.content.i18n import babel_locale
from bot.core import choice_when, languages, markup, no_such_day
from bot.core.backs import says_back as says_back  # (choices.says_back, as before)
from bot.core.backs import says_go_on
from bot.core.messages import Button, Reply
from bot.core.session import Shown
from bot.core.words import folded, words
from bot.core.yes_no import NO as NO  # (choices.NO, choices.yes_or_no, as before: yes_no.py)
from bot.core.yes_no import YES as YES
from bot.core.yes_no import says_cancel as says_cancel
from bot.core.yes_no import yes_or_no as yes_or_no

if TYPE_CHECKING:
    from bot.core.flows import Step
    from bot.core.turn import Turn

LONGEST = 200  # characters: a longer message is no button's answer
# Button.means: "yes", "no", "language:<code>", "cancel" (leaves the form: typed «отмена»,
# «menu», «anuluj»), "back" (one step back: typed «назад», «back», «wstecz»), a day or a time
# (bot.core.choice_when); "sign_up" (a page's button that starts a sign-up: outside a form, kept
# while its page is the last one seen, for a sign-up typed there: bot.features.courses.sibling;
# "act": a page's one main action, kept so, a yes presses either); "go_on" (the way back into a
# form left for a question, kept so: «продовжити» typed presses it, bot.core.going_on); "send" (a
# summary's yes, that sends or books, and «stop filling in?»'s, that leaves the form: a yes typed
# presses it, but a word that also says «go on», «continue», «далі», «dalej», alone does not:
# the summary asked again, the form going on, bot.core.going_on);
# "skip" (an optional question's «Skip »»: «далі», «next» typed at it press it, going_on)
LANGUAGE, CANCEL, BACK = "language:", "cancel", "back"
SIGN_UP, ACT, GO_ON, SEND, SKIP = "sign_up", "act", "go_on", "send", "skip"
_BRACKETS = re.compile(r"\(([^)]*)\)")


def choosing(turn: Turn, step: Step) -> bool:
    """Whether this step takes its buttons typed (for a form's field: this question does)."""
    choose = step.choose
    return choose(turn) if callable(choose) else choose


def _kept(turn: Turn, step: Step) -> bool:
    """Whether the buttons shown at this step are kept: it takes them typed, or their labels."""
    return step.labels or choosing(turn, step)


def pressed(turn: Turn, step: Step, claims: Iterable[Callable[[str], bool]]) -> str | None:
    """The payload of the one button the typed text names, or None (the step's `text` then)."""
    incoming = turn.incoming
    text = incoming.text or ""
    shown = turn.session.shown
    if not shown or not text or len(text) > LONGEST or incoming.contact_phone is not None:
        return None
    if not choosing(turn, step):  # a free-text step: its buttons' labels and cancel words only
        found = _exactly(text, shown) if step.labels and "?" not in text else []
        return found[0].payload if found else None
    today = turn.local(turn.now).date()
    when = choice_when.named(text, shown, today)  # «14:50?» is a time too
    if (when is None and "?" in text) or any(claim(text) for claim in claims):
        return None
    found = when if when is not None else find(text, shown, today)
    return found[0].payload if len(found) == 1 else None


def remember(turn: Turn, replies: Sequence[Reply]) -> None:
    """After a turn: the buttons the person now sees, where a step takes them typed (those of
    the last reply that has any); outside a form, only the last «« Back» shown (`BACK`: typed
    «назад» presses it: bot.features.questions), the last page's sign-up or action (`ACT`) and
    the way back into a form left (`GO_ON`); nothing elsewhere."""
    session = turn.session
    flow = turn.registry.flows.get(session.flow or "")
    step = flow.steps.get(session.step or "") if flow else None
    if session.flow is None:
        seen = [b for reply in replies for row in reply.buttons for b in row]
        kept = [[b for b in seen if b.means == m][-1:] for m in (BACK, SIGN_UP, ACT, GO_ON)]
        session.shown = [Shown(b.label, b.payload, b.means) for b in sum(kept, [])]
        return
    if step is None or not _kept(turn, step):
        session.shown = []
        return
    for reply in reversed(replies):
        buttons = [b for row in reply.buttons for b in row if b.payload and not b.url]
        if buttons:
            session.shown = [Shown(b.label, b.payload, b.means) for b in buttons]
            return
    if replies:  # the question now shown has no buttons («type the other language»)
        session.shown = []


def find(text: str, shown: Sequence[Shown], today: dt.date | None = None) -> list[Shown]:
    """The buttons `text` names: one, several (it is ambiguous), or none; with `today`, a day
    named from it too («завтра»)."""
    when = choice_when.named(text, shown, today)  # a day or a time: as one, never with typos
    if when is not None:
        return when
    typed = folded(text)
    if not typed:
        return []
    exact = [b for b in shown if typed in _forms(b.label)]
    if exact:
        return _distinct(exact)
    if any(b.means for b in shown):
        by_meaning = _by_meaning(text, shown)
        if by_meaning:
            return by_meaning
    found = _with_typo(typed, [b for b in shown if not choice_when.timed(b)])
    if found:
        return found
    # a day or a time named in part («24 Nov» for «Tue 24 Nov»): a number and a word in one
    # button's label only; a word alone is not enough («thanks» is in «No, thanks»)
    parts = typed.split()
    if any(p.isdigit() for p in parts) and not all(p.isdigit() for p in parts):
        partly = _partly(text, shown)
        return partly if len(partly) == 1 else []
    return []


def _exactly(text: str, shown: Sequence[Shown]) -> list[Shown]:
    """At a free-text step: the button whose label is typed whole, or the one that cancels
    where the text says cancel; nothing else."""
    typed = folded(text)
    exact = _distinct([b for b in shown if typed and typed in _forms(b.label)])
    if len(exact) == 1:
        return exact
    cancels = [b for b in shown if b.means == CANCEL]
    if cancels and says_cancel(text):
        return cancels[:1]
    backs = [b for b in shown if b.means == BACK]
    return backs[:1] if backs and says_back(text) else []


def _by_meaning(text: str, shown: Sequence[Shown]) -> list[Shown]:
    offered = [b.means[len(LANGUAGE) :] for b in shown if (b.means or "").startswith(LANGUAGE)]
    meant = _meanings(text, offered)
    found = _distinct([b for b in shown if b.means and b.means in meant])
    if len(found) > 1 and all(b.means == CANCEL for b in found):
        return found[:1]  # «✖ Cancel» and «🏠 Main menu» both leave the form: the first
    return found


def nearest(turn: Turn) -> list[list[Button]]:
    """The nearest free days or times, as buttons, for a day or a time typed that is not free
    (`hint` says so); none otherwise."""
    text, shown = turn.incoming.text or "", turn.session.shown
    if choice_when.named(text, shown, turn.local(turn.now).date()) != []:
        return []
    _, near = choice_when.missed(text, shown, turn.local(turn.now).date())
    return [[Button(b.label, b.payload, means=b.means) for b in near]]


def hint(turn: Turn, line: str, every: int | None = None) -> str:
    """`line` (the step's "please use the buttons") with what may be typed instead; when the
    text named several buttons, which ones, to choose from; a day or a time that is not free
    said so, with the nearest ones (`nearest`: their buttons). `every`: the length of a visit
    in minutes where times are shown, so that a time no visit starts at («09:45» among visits
    of 30 minutes) is said to be none, not to be taken."""
    shown = turn.session.shown
    if not shown:
        return line
    text, today = turn.incoming.text or "", turn.local(turn.now).date()
    if (gone := no_such_day.at_days(turn, text, shown)) is not None:  # «30 лютого»
        return f"{gone} {turn.t('typed_choices', choices=_listed(turn, shown))}"
    if choice_when.named(text, shown, today) == []:
        return _not_free(turn, text, shown, every)
    if (time := choice_when.time_at_days(text, shown)) is not None:  # «о 2 дня» at the days
        return turn.t("typed_time_at_days", time=time)
    found = find(text, shown, today)
    if len(found) < 2:
        found = _partly(text, shown)  # «Tue» for «Tue 24 Nov» and «Tue 1 Dec»: which of them
    if len(found) > 1:
        typed = markup.literal(" ".join(text.split()))
        return turn.t("typed_which", typed=typed, choices=_listed(turn, found))
    return f"{line} {turn.t('typed_choices', choices=_listed(turn, shown))}"


def _not_free(turn: Turn, text: str, shown: Sequence[Shown], every: int | None) -> str:
    said, near = choice_when.missed(text, shown, turn.local(turn.now).date())
    if isinstance(said, dt.date):
        day = turn.services.t.date(turn.lang, said, "EEEE, d MMMM")
        day = day[:1].upper() + day[1:]  # «Пʼятниця, 11 грудня: …» begins the sentence
        past = said < turn.local(turn.now).date()  # «20.11», «вчора»: said so, not «not free»
        return turn.t(
            "typed_day_past" if past else "typed_day_not_free", day=day, choices=_listed(turn, near)
        )
    if any(b.means.startswith(choice_when.DAY) for b in near):
        day = turn.t("typed_item", choice=markup.literal(said))
        return turn.t("typed_day_not_free", day=day, choices=_listed(turn, near))
    if every and choice_when.off_grid(said, shown, every):
        minutes = turn.services.t.plural(turn.lang, "typed_every", every)
        return turn.t("typed_time_off_grid", time=said, every=minutes, choices=_listed(turn, near))
    return turn.t("typed_time_not_free", time=said, choices=_listed(turn, near))


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


def _meanings(text: str, offered: Sequence[str] = ()) -> set[str]:
    meant = set()
    answer = yes_or_no(text)
    if answer:
        meant.add(answer)
    if answer == YES and not says_go_on(text):  # «continue» alone sends nothing («yes, go on» does)
        meant.add(SEND)
    if says_cancel(text):
        meant.add(CANCEL)
    if says_back(text):
        meant.add(BACK)
    code = languages.named(text, offered)  # the languages offered first («po angielsku»)
    code = code or languages.in_sentence(text, offered)  # «visit in ukrainian please»
    if code:
        meant.add(LANGUAGE + code)
    return meant
