"""The answers to a help request's form: typed, tapped, shared (a phone) or skipped; each checked
for its field's type. A wrong answer gets a clear message and the same question again."""

from __future__ import annotations

import functools

from babel import Locale

from bot.core import choices, languages
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again, call, end, go, pending, prefixed, stay
from bot.core.messages import Button, Expired, Reply
from bot.core.phone import normalise_phone, only_a_phone
from bot.core.words import LEAST, too_short
from bot.features import person, urgent
from bot.features.assist import (
    choice,
    day_at_time,
    kept_note,
    parse,
    stale,
    times,
    typed_question,
)
from bot.features.assist.draft import (
    FLOW,
    current_service,
    draft,
    missing,
    opened_by,
    passed_over,
    prefilled,
    set_answer,
)
from bot.features.assist.no_such import parse_date as no_such_date
from bot.features.assist.parse import Invalid
from bot.features.assist.questions import LANGUAGES_OFFERED, question, summary
from bot.features.assist.unknown import skipped as skipped_typed
from bot.features.callback import open_on
from bot.features.menu import main_menu
from bot.settings.catalogue import FormField, Service


def not_offered(turn: Turn) -> Outcome:
    """The service left the person's office's catalogue (they changed office, say)."""
    return end(main_menu(turn, turn.t("as_not_offered")))


def ask(
    turn: Turn, service: Service, index: int, before: str = "", extra: list[Button] | None = None
) -> Outcome:
    current = draft(turn)
    field = service.fields[index] if 0 <= index < len(service.fields) else None
    given = person.named(current)
    if field is not None and prefilled(field) and given is not None:
        # the form's own `phone` field is the contact number: asked at the phone step (a
        # number typed the home way asked about, never saved on a guess), then the summary
        current.fixing = True
        asked = person.ask_number(turn, given, "confirm")
        return prefixed(asked, Reply(before)) if before else asked
    current.other_at = None  # «Other» pressed applies to the text typed right after it
    current.at = index
    if current.wrong_at == index:  # the question's answer to it not taken (prefill.py): why
        before = before or current.wrong_ahead or ""
        current.wrong_ahead = current.wrong_at = None
    return go("field", *question(turn, service, index, before, extra))


def to_summary(turn: Turn, service: Service, *before: Reply) -> Outcome:
    gap = missing(turn, service)
    if gap is not None:  # a required answer is missing (the form changed): ask it first
        return prefixed(ask(turn, service, gap), *before)
    old = stale.first_stale(turn, service)
    if old is not None:  # its day was changed, or it has passed: asked again, then the summary
        draft(turn).fixing = True
        reason = turn.t(old[1].key, **old[1].values)
        return prefixed(ask(turn, service, old[0], reason), *before)
    draft(turn).fixing = False
    return go("confirm", *before, summary(turn, service))


def advance(turn: Turn, service: Service, *before: Reply) -> Outcome:
    """After an answer: the summary when correcting one, else the next question to ask."""
    current = draft(turn)
    if current.fixing:  # a choice changed may bring a field in: asked first
        opened = opened_by(turn, service, current.at)
        return to_summary(turn, service, *before) if opened is None else ask(turn, service, opened)
    index = current.at + 1
    while index < len(service.fields) and passed_over(turn, service.fields[index]):
        index += 1
    if index >= len(service.fields):
        return to_summary(turn, service, *before)
    return prefixed(ask(turn, service, index), *before)


def _field(turn: Turn) -> tuple[Service, FormField] | None:
    service = current_service(turn)
    if service is None or not 0 <= draft(turn).at < len(service.fields):
        return None
    return service, service.fields[draft(turn).at]


async def typed(turn: Turn) -> Outcome:
    """Text at a question (or a phone number shared with Telegram's button)."""
    found = _field(turn)
    if found is None:
        return not_offered(turn)
    service, field = found
    text = turn.incoming.text
    if text and choices.says_back(text):  # «назад», «back»: never an answer
        return back_from(turn, service)
    plea = urgent.in_free_text(turn, describes=True) if field.type == "text" else []
    if plea:  # «help, he beats me» at a note: its answer, the question again (urgent: marked)
        draft(turn).urgent = draft(turn).urgent or urgent.marked_now(turn)
        return again(*plea)
    before = _screen(turn, field) + (urgent.cry_line(turn) if field.type == "text" else [])
    # a question: offered an answer («is it free?»: the page's); not an option or own words
    told = None if before else typed_question.question(turn, service, field, text)
    if told is not None:
        return told
    skipped = skipped_typed(turn, field, text)  # «ні» at a note, «не знаю» at a time
    if skipped is not None:
        set_answer(turn, field.id, None)
        return advance(turn, service, *before, *skipped)
    try:
        value = _read(turn, service, field, text)
    except Invalid as wrong:
        reason = turn.t(wrong.key, **wrong.values)
        moved = day_at_time.instead(turn, service, text, wrong.key)
        if isinstance(moved, Reply):  # «в четвер о 10» at the time: the day changed too
            return advance(turn, service, moved)
        reason = moved or reason  # «w sobotę» at the time; «o trzech» at the date: kept
        if wrong.key == "as_bad_language":  # a description typed here: kept as the note
            reason = kept_note.kept(turn, text) or reason
        if wrong.key == "as_use_buttons":  # with the options that may be typed
            reason = choices.hint(turn, reason)
        extra = choice.save_button(turn) if wrong.key == "as_other_offer" else None
        if wrong.key == "as_time_or_date":  # «7.12»: the time it may be, one tap away
            time = str(wrong.values["time"])
            label = turn.t("as_btn_time", time=time)
            extra = [Button(label, f"assist:pick:{draft(turn).at}:{time.replace(':', '')}")]
        asked = prefixed(ask(turn, service, draft(turn).at, reason, extra), *before)
        if wrong.key == "as_other_offer":  # «save “…”?» waits: asked again, not the question
            return pending(asked, f"assist:offer:{draft(turn).at}")
        return asked
    set_answer(turn, field.id, value)
    before += times.rest_kept(turn, field, text)
    before += choice.rest_kept(turn, field, value, text)  # «…, для школы»: a note
    if field.type == "date":  # «jutro o 10»: the time too, if one is asked next
        taken, reason = times.said_with_day(turn, service, text)
        before += taken
        if reason:
            return prefixed(ask(turn, service, draft(turn).at + 1, reason), *before)
    if field.type == "phone":  # the "share my phone" keyboard goes
        before.append(person.phone_saved(turn, value))
    if field.type in ("text", "choice") and parse.too_long(text):  # kept, shortened
        before.append(Reply(turn.t("as_shortened", limit=parse.TEXT_MAX)))
    return advance(turn, service, *before)


def _read(turn: Turn, service: Service, field: FormField, text: str | None) -> str:
    kind = field.type
    if turn.incoming.contact_phone is not None and kind != "phone":
        raise Invalid("as_answer_below")
    if kind == "date":
        day = no_such_date(turn, text or "")  # «30 лютого»: said to be no date
        times.check_day(turn, service, draft(turn).at, day)  # the place it goes to is open
        if field.office_hours and not open_on(turn.office, day):
            raise Invalid(
                "as_date_closed", day=turn.services.t.date(turn.lang, day, "EEEE, d MMMM")
            )
        return day.isoformat()
    if kind == "time":  # «14:30»; «rano»: its hours open that day, where staff are there
        return times.read(turn, service, draft(turn).at, text or "")
    if kind == "number":
        count = parse.parse_number(text or "")
        if count < field.least:
            raise Invalid("as_number_min", least=turn.services.t.number(turn.lang, field.least))
        if field.most is not None and count > field.most:
            raise Invalid("as_number_max", most=turn.services.t.number(turn.lang, field.most))
        return str(count)
    if kind == "phone":
        raw = turn.incoming.contact_phone or text or ""
        number = normalise_phone(raw)
        if number is None:
            raise Invalid("as_bad_phone")
        return number
    if kind == "language":  # a language named in any form is kept as its code («ka»)
        several = languages.every_named(text or "", LANGUAGES_OFFERED, only=True)
        if len(several) > 1:  # «po gruzińsku albo rosyjsku»: every one kept, «ka ru» (F10)
            return " ".join(several)
        named = languages.named(text or "", LANGUAGES_OFFERED)
        known, beside = _known_languages(), languages.beside_a_name()
        return named or parse.parse_language(text, _language_names(turn), known, beside)
    if kind == "choice":
        return choice.read(turn, field, parse.one_line(text))
    if field.id == parse.NOTE and parse.one_line(text) and too_short(text or ""):  # «3», «ok»
        raise (
            Invalid("describe_is_phone")
            if only_a_phone(text or "")
            else Invalid("as_note_too_short", least=LEAST)
        )
    return parse.parse_text(text)


@functools.cache
def _known_languages() -> frozenset[str]:
    """Every language's name in the four languages of the bot (Babel's locale data)."""
    names = [n for lang in LANGUAGES_OFFERED for n in Locale.parse(lang).languages.values()]
    return parse.language_stems([*names, *languages.other_names()])


def _language_names(turn: Turn) -> list[tuple[str, str]]:
    name = turn.services.t.language_name
    return [(code, name(lang, code)) for code in LANGUAGES_OFFERED for lang in LANGUAGES_OFFERED]


def with_buttons(turn: Turn) -> bool:
    """Whether the question asked is answered with its buttons (a choice, a language, a day),
    so that one of them typed presses it (bot.core.choices); not a text, number or time."""
    found = _field(turn)
    return found is not None and found[1].type in ("choice", "language", "date")


def _screen(turn: Turn, field: FormField) -> list[Reply]:
    """Danger words typed in the form, at any question (a date's too): the help lines at once,
    and the request is urgent."""
    text = turn.incoming.text or ""
    if not urgent.detect(text):
        return []
    urgent.mark(turn)
    draft(turn).urgent = True
    return [Reply(urgent.help_text(turn))]


def this_field(turn: Turn) -> tuple[Service, FormField] | None:
    """The field a button (assist:<action>:<field>:...) answers; None when the person is at
    another question now (a button of an earlier one)."""
    if turn.session.flow != FLOW:
        raise Expired("assist:field")
    found = _field(turn)
    if (
        found is None
        or turn.session.step != "field"
        or not turn.args
        or turn.args[0] != str(draft(turn).at)
    ):
        return None
    return found


def earlier(turn: Turn) -> Outcome:
    """A button of an earlier question: say so, and ask the current one again."""
    return again(Reply(turn.t("as_earlier_button")))


async def other_language(turn: Turn) -> Outcome:
    """assist:other:<field>: another language than ours, typed."""
    found = this_field(turn)
    if found is None:
        return earlier(turn)
    if found[1].type != "language":
        raise Expired("assist:other")
    return stay(Reply(turn.t("as_type_language")))


async def skip(turn: Turn) -> Outcome:
    """assist:skip:<field>: an optional field left empty."""
    found = this_field(turn)
    if found is None:
        return earlier(turn)
    service, field = found
    if field.required:
        raise Expired("assist:skip")
    set_answer(turn, field.id, None)
    return advance(turn, service)


async def back(turn: Turn) -> Outcome:
    """assist:back:<field>: one question back."""
    found = this_field(turn)
    if found is None:
        return earlier(turn)
    return back_from(turn, found[0])


def back_from(turn: Turn, service: Service) -> Outcome:
    """One step back from the current question: the previous one asked (the name and phone
    before the first); the question itself after «Other» was pressed; the summary when
    correcting one answer."""
    current = draft(turn)
    if current.other_at == current.at:
        return ask(turn, service, current.at)
    if current.fixing:
        return to_summary(turn, service)
    index = current.at - 1
    while index >= 0 and passed_over(turn, service.fields[index]):
        index -= 1
    if index < 0:
        current.fixing = False
        return call("person", "person")
    return ask(turn, service, index)


def ask_again_or_summary(turn: Turn, service: Service) -> Outcome:
    """The question the person is at, or the summary once every field is answered."""
    at = draft(turn).at
    if 0 <= at < len(service.fields):
        return ask(turn, service, at)
    return to_summary(turn, service)


async def ask_again(turn: Turn) -> Outcome:
    """The current question once more (after a language or office change)."""
    found = _field(turn)
    if found is None:
        return not_offered(turn)
    return stay(*question(turn, found[0], draft(turn).at))
