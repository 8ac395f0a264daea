"""What each step of a help request shows: a field's question with the input its type needs,
the summary, the menu of what to change, the list of help services. Pure builders of replies.

Buttons carry the field's index, so a button of an earlier question is recognised as stale:
assist:pick:<field>:<value> (a day YYYYMMDD, a language code, an option's index),
assist:skip:<field>, assist:other:<field> (another language, typed).
"""

from __future__ import annotations

import datetime as dt

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import markup
from bot.core.choices import BACK, CANCEL, LANGUAGE, NO, SEND, SKIP
from bot.core.dispatch import Turn
from bot.core.elsewhere import not_your_town
from bot.core.messages import Button, Reply, in_rows
from bot.core.phone import display_phone
from bot.core.session import Person
from bot.features.assist import choice, times
from bot.features.assist.draft import (
    answer_of,
    applies,
    draft,
    follow_phone,
    passed_over,
    prefilled,
)
from bot.features.assist.parse import LANGUAGE_MAX, TEXT_MAX
from bot.features.callback import note_line, open_on, value_text
from bot.features.menu import nav_row
from bot.features.person import change_phone, office_line
from bot.settings.catalogue import HELP, FormField, Service

DATE_BUTTONS = 6  # today and the next days the office works
DATE_LOOKAHEAD = 31  # days searched for them
DAY_BUTTONS_PER_ROW = 3
LANGUAGES_OFFERED = tuple(LANGUAGE_NAMES)  # the four; any other is typed
LABEL_MAX = 40  # a field's label on the "what to change" buttons
# Fields whose typed answer may be a bare number («2» people, «10» o'clock, an age «5»): the
# question says so (Reply.typed_answer), and the terminal does not take «2» for button [2].
TYPED_NUMBERS = frozenset({"number", "time", "text"})


def cancel_row(turn: Turn) -> list[Button]:
    return [Button(turn.t("btn_cb_cancel"), "assist:cancel", means=CANCEL)]


def nav_buttons(turn: Turn, index: int) -> list[Button]:
    """Under a question: one question back, and cancel."""
    back = Button(turn.t("btn_back"), f"assist:back:{index}", means=BACK)
    return [back, *cancel_row(turn)]


def service_list(turn: Turn) -> Reply:
    """The office's help services (the bare "assist" button)."""
    services = turn.office.catalogue.of_kind(HELP)
    if not services:
        return Reply(turn.t("as_none"), [nav_row(turn, None)])
    rows = [[Button(s.title.get(turn.lang), f"assist:open:{s.id}")] for s in services]
    return Reply(turn.t("as_choose"), [*rows, nav_row(turn, "services")])


def intro(turn: Turn, service: Service) -> Reply:
    title = markup.literal(service.title.get(turn.lang))
    return Reply(turn.t("as_intro", service=title, count=len(service.fields)))


def _counted(turn: Turn, field: FormField) -> bool:
    """Counted in «📝 2/5»: asked, or perhaps asked (its choice not answered yet)."""
    open_choice = field.only_if is not None and answer_of(turn, field.only_if[0]) is None
    return not passed_over(turn, field) or (open_choice and not prefilled(field))


def question(
    turn: Turn, service: Service, index: int, before: str = "", extra: list[Button] | None = None
) -> list[Reply]:
    """The question of field `index`, with the buttons (or the phone keyboard) of its type;
    `before`: a line shown first (what was wrong with the last answer); `extra`: a row of
    buttons first (the time a date-like answer may be)."""
    field = service.fields[index]
    asked = [f for f in service.fields if _counted(turn, f)]  # not a phone field
    n = sum(1 for f in service.fields[:index] if _counted(turn, f)) + 1
    number = turn.t("as_progress", n=n, total=max(len(asked), n))
    label = markup.literal(field.label.get(turn.lang))
    hint = turn.t(f"as_hint_{field.type}", limit=TEXT_MAX if field.type == "text" else LANGUAGE_MAX)
    if field.type == "time" and field.office_hours:  # «or a part of the day: “rano”»
        hint = turn.t("as_hint_time_part")
    if field.type == "choice" and choice.has_other(field):  # «or “Other” and write it»
        hint = turn.t("as_hint_choice_other", other=choice.other_label(turn, field))
    if not field.required:  # what «Skip» means for this kind of answer
        hint += " " + turn.t(f"as_hint_optional_{field.type}")
    text = f"{number} **{label}**\n{hint}"
    if goes_somewhere(turn, field) and (elsewhere := not_your_town(turn, "as_not_your_town")):
        text = f"{elsewhere}\n\n{text}"  # «I live in Kraków»: «City hall» is the office's town's
    if before:
        text = f"{before}\n\n{text}"
    rows = ([extra] if extra else []) + _inputs(turn, service, index)
    skip = [Button(turn.t("btn_cb_skip"), f"assist:skip:{index}", means=SKIP)]
    skip = skip if not field.required else []  # («далі», «next» typed: core/going_on.py)
    if field.type == "phone":
        # Telegram shows either the "share my phone" keyboard or buttons under a message
        share = Reply(text, request_contact=turn.t("btn_share_phone"))
        nav = nav_buttons(turn, index)
        return [share, Reply(turn.t("as_or"), [skip, nav] if skip else [nav])]
    if skip:
        rows.append(skip)
    rows.append(nav_buttons(turn, index))
    return [Reply(text, rows, typed_answer=field.type in TYPED_NUMBERS)]


def goes_somewhere(turn: Turn, field: FormField) -> bool:
    """A choice of where the help goes («Which office?»: an option with a place, or a place's
    id): its places are in the office's town, which a person from another town is told."""
    places = turn.office.places
    return field.type == "choice" and any(field.place_of(key) in places for key, _ in field.options)


def _inputs(turn: Turn, service: Service, index: int) -> list[list[Button]]:
    field = service.fields[index]
    if field.type == "date":
        today = turn.local(turn.now).date()
        ahead = (today + dt.timedelta(days=n) for n in range(DATE_LOOKAHEAD))
        back = times.back_at(turn)  # (once: ~0.6 ms a reading of the opening hours)
        days = [
            d
            for d in ahead
            if (not field.office_hours or open_on(turn.office, d))
            and times.open_at(turn, service, index, d, back)  # staff back, the place open
        ]
        days = days[:DATE_BUTTONS]
        buttons = [
            Button(_day_label(turn, day, today), f"assist:pick:{index}:{day:%Y%m%d}")
            for day in days
        ]
        return in_rows(buttons, DAY_BUTTONS_PER_ROW)
    if field.type == "language":
        codes = sorted(LANGUAGES_OFFERED, key=lambda c: c != turn.lang)
        buttons = [
            Button(LANGUAGE_NAMES[c], f"assist:pick:{index}:{c}", means=LANGUAGE + c) for c in codes
        ]
        rows = in_rows(buttons, 2)
        return [*rows, [Button(turn.t("as_btn_other_language"), f"assist:other:{index}")]]
    if field.type == "choice":
        return [
            [Button(label.get(turn.lang), f"assist:pick:{index}:{n}")]
            for n, (_, label) in enumerate(field.options)
        ]
    return []


def _day_label(turn: Turn, day: dt.date, today: dt.date) -> str:
    label = turn.services.t.day(turn.lang, day)
    if day == today:
        return turn.t("as_today", day=label)
    if day == today + dt.timedelta(days=1):
        return turn.t("as_tomorrow", day=label)
    return label


def answer_text(turn: Turn, field: FormField) -> str:
    """Markup: the draft's answer to `field` in the person's language; "—" when skipped."""
    value = answer_of(turn, field.id)
    if value is None:
        return "—"
    return value_text(turn.services, turn.lang, field.type, value, field)


def summary(turn: Turn, service: Service) -> Reply:
    follow_phone(turn, service)  # (the person's number corrected since)
    current = draft(turn)
    person = current.person or Person()
    lines = [
        turn.t("as_summary_title", service=markup.literal(service.title.get(turn.lang))),
        *filter(None, [office_line(turn)]),  # in a network: where it goes
        turn.t("as_summary_name", name=markup.literal(person.name)),
        turn.t("as_summary_phone", phone=display_phone(person.phone))
        + note_line(turn, current.phone_note),
    ]
    for field in service.fields:
        if prefilled(field) and answer_of(turn, field.id) in (None, person.phone):
            continue  # the phone line above says it
        if not applies(turn, field):  # «Wiek dziecka» after «Osoba dorosła»
            continue
        label = markup.literal(field.label.get(turn.lang))
        lines.append(f"▫️ {label} — {answer_text(turn, field)}")
    lines += ["", turn.t("as_summary_check")]
    rows = [
        [Button(turn.t("btn_cb_send"), f"assist:send:{current.token}", means=SEND)],
        [Button(turn.t("btn_cb_fix"), "assist:fix", means=NO)],  # «ні»: what to change
        cancel_row(turn),
    ]
    return Reply("\n".join(lines), rows)


def fix_menu(turn: Turn, service: Service) -> Reply:
    rows = [[Button(turn.t("btn_cb_fix_person"), "assist:fix:person")]]
    rows.append(change_phone(turn, "confirm"))  # only the phone, then the summary
    for index, field in enumerate(service.fields):
        if prefilled(field) or not applies(turn, field):  # «Name or phone» changes the number
            continue
        label = field.label.get(turn.lang)
        if len(label) > LABEL_MAX:
            label = label[: LABEL_MAX - 1] + "…"
        rows.append([Button(label, f"assist:fix:{index}")])
    rows.append([Button(turn.t("btn_back"), "assist:fix:back")])
    return Reply(turn.t("cb_fix_what"), rows, replace=True)
