"""What each step of a callback request shows (the flow table is in flow.py)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import markup
from bot.core.choices import CANCEL, LANGUAGE, NO, SEND, SKIP
from bot.core.dispatch import Turn
from bot.core.messages import Button, Expired, Reply, in_rows
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.core.session import Person
from bot.features import urgent
from bot.features.callback.when import WINDOWS, window_words
from bot.features.person import change_phone, office_line

FLOW = "callback"


@dataclass
class CallbackDraft:
    token: str = ""  # the confirmation token: a second tap of "Send" finds the request made
    topic: str | None = None  # a topic id, or "other"
    category: str | None = None  # "other": the category whose topics the matter was typed at
    browsing: str | None = None  # the category whose topics are shown now
    description: str | None = None
    language: str | None = None  # of the call
    window: str | None = None  # asap | am | pm
    day: str | None = None  # YYYY-MM-DD: a day typed for the call («w sobotę», «в среду в 10»)
    minute: int | None = None  # with `day`: the minute of that day asked for (None: any)
    urgent: bool = False
    lines_shown: bool = False  # the help lines were shown in this request (once is enough)
    medical: bool = False  # a sick child's fever, «не дихає» typed: 112 and night care said
    fixing: bool = False  # correcting one field: back to the summary after it
    person: Person | None = None  # name and phone given in this request
    note_for: int | None = None  # an open request the person adds a note to instead
    note_back: str | None = None  # the step of the offer the note was chosen at (noting.py)
    note_offered: str | None = None  # text typed at the offer, offered as the note
    phone_note: str | None = None  # written with the phone number («after 5pm»): for staff
    time_note: str | None = None  # typed at «when to call?» («today after 3pm»): for staff too
    time_open: bool = False  # a constraint kept there, the buttons asked again: this answer's
    anyway: bool = False  # a new request though one is open (open_one.py): not asked again
    when_typed: str | None = None  # a time typed at the topic step: read at the window step
    # An urgent request's short path (urgent_form.py): the topic, language and time set, the
    # person asked only whether to be called or written to (`reach`: "call" | "write"); the
    # message that made it urgent (`said`) goes on the card unless they take it off
    short: bool = False
    reach: str | None = None
    said: str | None = None
    # urgent from its start: in a chat, the phone may be left out and the person written to
    # instead (bot.features.person.written, which reads this field by its name)
    may_write: bool = False


def draft(turn: Turn) -> CallbackDraft:
    return turn.draft(CallbackDraft, FLOW)


def is_urgent(turn: Turn) -> bool:
    """Danger in this request or lately: called as soon as possible, nothing asked about when."""
    return draft(turn).urgent or urgent.is_marked(turn)


def topic_title(
    services: Services,
    lang: str,
    topic: str,
    office: str | None = None,
    category: str | None = None,
) -> str:
    """The title of a request's topic, as `office` (by default the default office) names it;
    «Something else» with the category the person chose before typing their matter."""
    kb = services.kb_of(office or "")
    if topic == "other":
        chosen = kb.language(lang).category(category) if category else None
        if chosen is None:
            return services.t(lang, "topic_other")
        return services.t(lang, "topic_other_in", category=chosen.title)
    found = kb.topic(lang, topic)
    return found.title if found else topic


def cancel_row(turn: Turn) -> list[Button]:
    return [Button(turn.t("btn_cb_cancel"), "callback:cancel", means=CANCEL)]


def ask_topic(turn: Turn) -> Reply:
    """The categories (and the topic last read): no category's topics are shown now."""
    draft(turn).browsing = None
    language = turn.kb.language(turn.lang)
    rows: list[list[Button]] = []
    last = turn.memory.last_topic
    if last in language.topics:
        rows.append([Button(language.topics[last].title, f"callback:topic:{last}")])
    cats = [Button(c.title, f"callback:category:{c.id}") for c in language.categories if c.topics]
    rows += [cats[i : i + 2] for i in range(0, len(cats), 2)]
    rows.append([Button(turn.t("btn_cb_other"), "callback:topic:other")])
    rows.append(cancel_row(turn))
    return Reply(turn.t("cb_ask_topic"), rows)


def category_topics(turn: Turn, category_id: str) -> Reply:
    language = turn.kb.language(turn.lang)
    category = language.category(category_id)
    if category is None:
        raise Expired("callback:category")
    draft(turn).browsing = category.id  # a matter typed now is «Something else» in it
    rows = [[Button(language.topics[t].title, f"callback:topic:{t}")] for t in category.topics]
    rows.append([Button(turn.t("btn_back"), "callback:category"), *cancel_row(turn)])
    title = markup.literal(category.title)
    return Reply(turn.t("cb_choose_topic", category=title), rows, replace=True)


def topics_again(turn: Turn) -> Reply:
    """«What is it about?» asked again (the person back after a while, another language): the
    category's topics if one was open (tester 40, F5: the categories from the top, and a «4»
    pressed by habit opened another), else the categories."""
    browsing = draft(turn).browsing
    if browsing is None or turn.kb.language(turn.lang).category(browsing) is None:
        return ask_topic(turn)
    reply = category_topics(turn, browsing)
    reply.replace = False  # (a message of its own, not the one a button was pressed under)
    return reply


def ask_description(turn: Turn) -> Reply:
    if draft(turn).topic == "other":  # «◀ the topics» first: a «1» typed is not «Cancel»
        back = [Button(turn.t("btn_cb_back_topics"), "callback:category")]
        return Reply(turn.t("cb_ask_description_other"), [back, cancel_row(turn)])
    return Reply(
        turn.t("cb_ask_description"),
        [[Button(turn.t("btn_cb_skip"), "callback:skip", means=SKIP)], cancel_row(turn)],
    )


def ask_language(turn: Turn) -> Reply:
    codes = sorted(turn.settings.languages, key=lambda c: c != turn.lang)
    buttons = [
        Button(LANGUAGE_NAMES[c], f"callback:language:{c}", means=LANGUAGE + c) for c in codes
    ]
    rows = in_rows(buttons, 2)
    return Reply(turn.t("cb_ask_language"), [*rows, cancel_row(turn)])


def ask_window(turn: Turn) -> Reply:
    rows = [[Button(turn.t(f"window_{w}"), f"callback:window:{w}")] for w in WINDOWS]
    return Reply(turn.t("cb_ask_window"), [*rows, cancel_row(turn)])


def summary(turn: Turn) -> Reply:
    current = draft(turn)
    person = current.person or Person()
    text = turn.t(
        "cb_summary",
        name=markup.literal(person.name),
        phone=display_phone(person.phone),
        topic=markup.literal(
            topic_title(
                turn.services, turn.lang, current.topic or "other", turn.office.id, current.category
            )
        ),
        description=markup.literal(current.description or "—"),
        language=turn.services.t.language_name(turn.lang, current.language or turn.lang),
        window=window_words(turn.services, turn.lang, current.window, current.day),
        note=note_line(turn, staff_note(current)),
        office=f"\n{line}" if (line := office_line(turn)) else "",
    )
    if current.short:  # called or written to; the message staff will see, quoted
        head, gap, tail = text.rpartition("\n\n")  # (above «Is everything correct?»)
        text = f"{head}\n{reach_lines(turn)}{gap}{tail}"
    rows = [
        [Button(turn.t("btn_cb_send"), f"callback:send:{current.token}", means=SEND)],
        [Button(turn.t("btn_cb_fix"), "callback:fix", means=NO)],  # «ні»: what to change
        cancel_row(turn),
    ]
    return Reply(text, rows)


def staff_note(current: CallbackDraft) -> str | None:
    """The note staff read: what was written with the phone number, then what was typed at
    «when to call?» (once, when the one holds the other)."""
    before, when = current.phone_note, current.time_note
    if before and when and when in before:
        return before
    return " · ".join(filter(None, [before, when])) or None


def time_said(current: CallbackDraft, text: str | None, *, open_: bool = False) -> None:
    """`text` typed at «when to call?» is the time's note now: it replaces the one an earlier
    answer left (tester 33, item 3: «today after 3pm» then «today at 17:00» at the summary),
    unless that answer was a constraint kept with the buttons asked again (`open_`: «в будни
    вечером», then «після 17»: both); the phone number's note stays."""
    kept = current.time_note if current.time_open else None
    if text and kept and text in kept:
        text = kept
    current.time_note = " · ".join(filter(None, [kept, text])) or None
    current.time_open = open_


def note_line(turn: Turn, note: str | None) -> str:
    """The line of the summary (after the time of the call) with what was written with the
    phone number; nothing without one."""
    return "\n" + turn.t("cb_phone_note", note=markup.literal(note)) if note else ""


WHAT = ("person", "topic", "language", "window")  # what "Change something" offers


def reach_lines(turn: Turn) -> str:
    """The summary's lines of an urgent request's short path: called or written to, and the
    message staff will see (urgent_form.py)."""
    current = draft(turn)
    lines = [turn.t(f"cb_summary_reach_{current.reach or 'call'}")]
    if current.said:
        lines.append(turn.t("cb_summary_said", said=markup.literal(current.said)))
    return "\n".join(lines)


def ask_reach(turn: Turn) -> Reply:
    """An urgent request's «call me, or write to me here?» (urgent_form.py)."""
    rows = [[Button(turn.t(f"btn_cb_reach_{w}"), f"callback:reach:{w}")] for w in REACH]
    return Reply(turn.t("cb_ask_reach"), [*rows, cancel_row(turn)])


REACH = ("call", "write")  # an urgent request's ways to reach the person


def fix_menu(turn: Turn) -> Reply:
    fields = ("person", "topic", "language") if is_urgent(turn) else WHAT
    if draft(turn).short:  # (an urgent request's short path: how to reach them, the message)
        fields = ("person", "reach", "topic", "language", *(("said",) if draft(turn).said else ()))
    rows = [[Button(turn.t(f"btn_cb_fix_{w}"), f"callback:fix:{w}")] for w in fields]
    rows.insert(1, change_phone(turn, "confirm"))  # only the phone, then the summary
    rows.append([Button(turn.t("btn_back"), "callback:fix:back")])
    return Reply(turn.t("cb_fix_what"), rows, replace=True)


DESCRIPTION_MAX = 1500  # a longer one is kept shortened to this, and the person told so


def shortened(turn: Turn, text: str) -> tuple[str, list[Reply]]:
    """What a person wrote, cut at a word to DESCRIPTION_MAX characters if longer (nothing they
    typed is refused: retyping on a phone is worse), with the line that says so."""
    if len(text) <= DESCRIPTION_MAX:
        return text, []
    kept = markup.shortened(text, DESCRIPTION_MAX)
    number = turn.services.t.number(turn.lang, DESCRIPTION_MAX)
    return kept, [Reply(turn.t("cb_description_shortened", limit=number))]
