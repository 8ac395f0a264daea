"""The main menu, categories and topic answers: replies other features reuse."""

from __future__ import annotations

import datetime as dt

from bot.content import towns
from bot.content.i18n import LANGUAGE_NAMES, Translator
from bot.content.model import Topic
from bot.core import markup
from bot.core.choices import BACK, CANCEL, LANGUAGE
from bot.core.dispatch import Turn
from bot.core.messages import Button, Expired, Reply, in_rows
from bot.settings.catalogue import Service
from bot.settings.config import Office

MAX_RELATED = 4


def main_menu(turn: Turn, text: str | None = None, *, replace: bool = False) -> Reply:
    language = turn.kb.language(turn.lang)
    categories = [Button(c.title, f"category:{c.id}") for c in language.categories if c.topics]
    rows = [categories[i : i + 2] for i in range(0, len(categories), 2)]
    rows += [
        [Button(turn.t("btn_ask"), "ask")],
        [Button(turn.t("btn_callback"), "callback"), *book_button(turn)],
        [Button(turn.t("btn_hours"), "hours"), Button(turn.t("btn_language"), "language")],
    ]
    if turn.office.catalogue.services:
        rows.insert(-1, [Button(turn.t("btn_services"), "services")])
    if turn.settings.network:  # whose answers these are, and the way to another office
        rows.append([_office_button(turn)])
    return Reply(text or turn.t("main_menu"), rows, replace=replace)


def book_button(turn: Turn) -> list[Button]:
    """«📅 Book a visit», where the office has duty hours still to come, or has none (no
    `duty:`, or every rule ended) and a specialist to book (it leads to them:
    `specialists_instead`); else no button anywhere, and /book says that visits cannot be
    booked now (booking/replies.py)."""
    if not turn.office.books(turn.local(turn.now).date()):
        return []
    return [Button(turn.t("btn_book"), "booking")]


def specialists_instead(turn: Turn) -> bool:
    """An office without duty hours to come (no `duty:`, or every rule ended) whose
    specialists can be booked: «📅 Book a visit» and /book list them, the texts that offer a
    visit name them."""
    return turn.office.books_specialists_instead(turn.local(turn.now).date())


# texts that offer a visit beside the call, each with its `<key>_call` that offers the call alone
WITH_VISIT = frozenset(
    {"q_confused", "q_bot", "q_upset", "q_sad", "urgent_cry", "urgent_plea", "q_appointment"}
)


def t_book(turn: Turn, key: str) -> str:
    """`key`'s text; one that offers a visit (WITH_VISIT) where the office books none: its
    `<key>_call`, which offers the call alone (as the buttons under it: `book_button`)."""
    return book_text(turn.services.t, turn.lang, turn.office, turn.local(turn.now).date(), key)


def book_text(t: Translator, lang: str, office: Office, day: dt.date, key: str) -> str:
    """`key`'s text as `office` says it on `day` (the chat's `t_book`, and `infopoint ask`):
    one that offers a visit, where nothing can be booked, its `<key>_call`; the way to a
    person naming the specialists where they are booked instead of visits, else the office's
    duty desk (`duty_title`: `q_appointment_duty`)."""
    if key in WITH_VISIT and not office.books(day):
        return t(lang, f"{key}_call")
    if key != "q_appointment":
        return t(lang, key)
    if office.books_specialists_instead(day):
        return t(lang, "q_appointment_specialists")
    name = office.duty_name(lang)
    if name is None:
        return t(lang, key)
    return t(lang, "q_appointment_duty", duty=markup.literal(name))


def appointments_ahead(turn: Turn, service: Service | None = None) -> bool:
    """An appointment service of the office (or `service`) with a specialist whose schedule
    holds today or later: one can still ask for or book an appointment."""
    bookable = turn.office.catalogue.bookable(turn.local(turn.now).date())
    return any(service is None or s.id == service.id for s in bookable)


def sources_note(t: Translator, lang: str, topic: Topic, part: int | None = None) -> str:
    """Under an answer: its official sources (of `part`, shown alone, those the content names
    for it) and the date they were checked (`infopoint ask` prints it too)."""
    shown = topic.sources_of(part)  # (a part it no longer has: the whole answer, all of them)
    sources = "\n".join(f"• [{markup.literal(s.title)}]({s.url})" for s in shown)
    checked = t.source_date(lang, topic.checked)
    return f"{t(lang, 'sources')}\n{sources}\n{t(lang, 'checked_on', date=checked)}"


def _office_button(turn: Turn) -> Button:
    """ "📍 Opole: change"; "📍 Choose your information point" for someone of a network who has
    none yet (their session is older than the network): no office is named that is not theirs."""
    if turn.session.office not in turn.settings.offices:
        return Button(turn.t("btn_office_choose"), "office")
    return Button(turn.t("btn_office", office=turn.office.label(turn.lang)), "office")


def nav_row(turn: Turn, back: str | None) -> list[Button]:
    """ "« Back" (to the payload `back`) and "Main menu": the last row of most replies. In a
    form, a word for back typed («назад», «go back», «wstecz») presses «« Back»
    (`choices.BACK`), and «menu», «cancel» the main menu."""
    row = [Button(turn.t("btn_back"), back, means=BACK)] if back else []
    return row + [Button(turn.t("btn_main_menu"), "menu", means=CANCEL)]  # «menu» typed in a form


def language_choice(turn: Turn, text: str) -> Reply:
    codes = turn.settings.languages
    buttons = [Button(LANGUAGE_NAMES[c], f"language:{c}", means=LANGUAGE + c) for c in codes]
    return Reply(text, in_rows(buttons, 2))


def category_reply(turn: Turn, category_id: str) -> Reply:
    language = turn.kb.language(turn.lang)
    category = language.category(category_id)
    if category is None:
        raise Expired(category_id)
    rows = [[Button(language.topics[t].title, f"topic:{t}")] for t in category.topics]
    rows.append(nav_row(turn, None))
    title = markup.literal(category.title)
    return Reply(turn.t("choose_topic", category=title), rows, replace=True)


def topic_reply(
    turn: Turn,
    topic_id: str,
    extra_rows: list[list[Button]] | None = None,
    *,
    part: int | None = None,
    related: bool = True,
) -> Reply:
    """A topic's answer with its sources and the date they were checked, related topics below;
    `part`: only that part of the answer (bot/content/parts.py), for a question about it, with
    the sources the content names for that part (`part_sources`), or else all of them."""
    topic = turn.kb.topic(turn.lang, topic_id)
    if topic is None:
        raise Expired(topic_id)
    places = _own_places(turn) if topic.towns_at or topic.towns_text else None
    answer = topic.answer_for(places, part)
    text = (
        f"**{markup.literal(topic.title)}**\n\n{answer}\n\n"
        f"{sources_note(turn.services.t, turn.lang, topic, part)}"
    )
    language = turn.kb.language(turn.lang)
    rows = list(extra_rows or [])
    if related:
        rows += [
            [Button(language.topics[r].title, f"topic:{r}")]
            for r in topic.related[:MAX_RELATED]
            if r in language.topics
        ]
    rows.append(nav_row(turn, f"category:{topic.category}"))
    return Reply(text, rows)


def _own_places(turn: Turn) -> dict[str, str] | None:
    """The places of the person's own town (`Memory.town`) in the answers: a town with no
    office, its city hall, not the office's; a gmina of the office's own area, its gmina
    office, the office's county places; none known (or a town no longer read): None."""
    town = turn.session.memory.town
    area = turn.office.area_town(town)
    if area is not None:
        values = turn.office.placeholders(turn.lang)
        return towns.area_places(turn.services.t, turn.lang, values, area)
    if town is None or town not in towns.words().polish_in:
        return None
    other = _office_of(turn, town)  # («песель ребенку в сопоте» asked at Opole: Sopot's own)
    if other is not None:
        values = other.placeholders(turn.lang)
        said = {key: values[key] for key in towns.words().per_town if key in values}
        return {key: markup.literal(text) for key, text in said.items()}
    return towns.places(turn.services.t, turn.lang, town)


def _office_of(turn: Turn, town: str) -> Office | None:
    """Another office of the network whose city `town` is (its `city_name` in Polish)."""
    for office in turn.settings.offices.values():
        if office is not turn.office and office.placeholders("pl").get("city_name") == town:
            return office
    return None
