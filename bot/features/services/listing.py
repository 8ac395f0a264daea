"""/services, one service's page, and which services a typed question names (by their names:
named.py; offer.py offers them under its answer), a question about a child's courses first."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core import children, markup
from bot.core.choices import ACT, SIGN_UP
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.menu import appointments_ahead, nav_row
from bot.features.services import forms
from bot.features.services.named import MATCH as MATCH
from bot.features.services.named import MIN_KEYWORD as MIN_KEYWORD
from bot.features.services.named import fold as fold
from bot.features.services.named import found_in
from bot.features.services.named import named_in as named_in
from bot.search import Searcher
from bot.settings.catalogue import APPOINTMENT, COURSE, HELP, KINDS, Service, Texts

# The button word of each kind's flow, and what its button says.
KIND_FLOWS = {APPOINTMENT: "appt", COURSE: "course", HELP: "assist"}
ACTION_KEYS = {APPOINTMENT: "sv_btn_book", COURSE: "sv_btn_enrol", HELP: "sv_btn_request"}
TITLE_MOST = 80  # characters a service's name typed alone has at most
SHORT = 110  # characters of a description in the /services list (the whole is on its page)


def short(description: str, limit: int = SHORT) -> str:
    """A description's first sentence (a stop after a word of four letters or more: not
    "ul." or "e.g."), cut at a word with "…" if it is still long."""
    text = " ".join(description.split())
    found = _SENTENCE_END.search(text)
    first = text[: found.start() + 1] if found else text
    return markup.shortened(first, limit)


_SENTENCE_END = re.compile(r"(?<=[^\W_]{4})[.!?](?= \w| *$)")


def offered(turn: Turn) -> list[Service]:
    """The office's services whose kind runs in this bot."""
    return [
        s
        for s in turn.office.catalogue.services.values()
        if KIND_FLOWS[s.kind] in turn.registry.buttons
    ]


async def show_all(turn: Turn) -> Outcome:
    turn.memory.to_bot(turn.now)  # turned to the bot: a need typed next is not a request's note
    services = offered(turn)
    if not services:
        return stay(Reply(turn.t("sv_none"), [nav_row(turn, None)]))
    office = markup.literal(turn.office.label(turn.lang))
    blocks = [turn.t("sv_title", office=office)]
    rows: list[list[Button]] = []
    for kind in KINDS:
        of_kind = [s for s in services if s.kind == kind]
        if not of_kind:
            continue
        lines = [f"**{turn.t(f'sv_kind_{kind}')}**"]
        lines += [
            f"• {markup.literal(s.title.get(turn.lang))} — "
            + markup.literal(short(s.description.get(turn.lang)))
            for s in of_kind
        ]
        blocks.append("\n".join(lines))
        rows += [[Button(s.title.get(turn.lang), f"service:{s.id}")] for s in of_kind]
    rows.append(nav_row(turn, None))
    return stay(Reply("\n\n".join(blocks), rows, replace=turn.incoming.payload is not None))


async def show_one(turn: Turn) -> Outcome:
    service = next((s for s in offered(turn) if turn.args and s.id == turn.args[0]), None)
    if service is None:
        raise Expired("service")
    return stay(service_page(turn, service))


def service_page(turn: Turn, service: Service) -> Reply:
    lang = turn.lang
    title, about = service.title.get(lang), service.description.get(lang)
    text = f"**{markup.literal(title)}**\n\n{markup.literal(about)}"
    if service.level is not None:
        text += "\n" + turn.t("sv_level", level=markup.literal(service.level.get(lang)))
    if service.languages:  # («🌐 Only in: Ukrainian»: services/doc_languages.py)
        said = ", ".join(turn.services.t.language_name(lang, code) for code in service.languages)
        text += "\n" + turn.t("sv_languages", languages=markup.literal(said))
    if service.kind == APPOINTMENT and not appointments_ahead(turn, service):
        # (its specialists' schedules all ended: nothing to book, the call back instead)
        text += "\n\n" + turn.t("sv_no_times_now")
        call = [Button(turn.t("btn_callback"), "callback")]
        return Reply(text, [call, nav_row(turn, "services")], replace=True)
    payload = f"{KIND_FLOWS[service.kind]}:open:{service.id}"
    # a children's course's: «хочу записати сина» typed next is its sign-up (courses/sibling.py)
    sign_up = SIGN_UP if service.kind == COURSE and service.for_children else ACT  # («tak»)
    action = Button(turn.t(ACTION_KEYS[service.kind]), payload, means=sign_up)
    return Reply(text, [[action], nav_row(turn, "services")], replace=True)


def matching(turn: Turn, text: str) -> list[Service]:
    """The services a question names, by their keywords and title in any language; the one
    named by the longest name first («kurs polskiego dla dziecka» is the children's course's
    own keyword, «kurs polskiego» every Polish course's). A question about a child that names a
    course has the children's courses first, and none for adults (`for_a_child`)."""
    services, searcher = offered(turn), turn.services.search.current(turn.office.id)
    found = found_in(services, text, searcher)
    if any(s.kind == COURSE for s, _ in found) and children.about_a_child(fold(text)):
        found = _not_by_child_alone(found, text, searcher)  # («у меня родился ребенок»)
    if any(s.kind == COURSE for s, _ in found) and children.about_a_child(fold(text)):
        found = for_a_child(services, found, text, searcher)
    return [service for service, _ in sorted(found, key=lambda named: -named[1])]


def _not_by_child_alone(
    found: list[tuple[Service, int]], text: str, searcher: Searcher | None
) -> list[tuple[Service, int]]:
    """The services found, less the courses the question names only by its words for a child
    (a children's course's keyword «ребёнок», «dziecko»: «у меня родился ребенок в польше что
    оформить», «dziecko do szkoły jak zapisać» ask nothing of a course; tester 32, item 5)."""
    courses = [_without_child(s) if s.for_children else s for s, _ in found if s.kind == COURSE]
    childless = children.without_child(re.sub(r"[^\w\s]", " ", fold(text)))
    still = {s.id for s, _ in found_in(courses, childless, searcher)} if childless else set()
    if childless and searcher is not None:  # («записати дитину на польську»: «польська»)
        asked = forms.asked(searcher, childless)
        still |= {s.id for s in courses if forms.title_word_named(searcher, s, asked)}
    return [(s, n) for s, n in found if s.kind != COURSE or s.id in still]


FIRST = 10_000  # a children's course named in a question about a child: before any other


def for_a_child(
    services: list[Service], found: list[tuple[Service, int]], text: str, searcher: Searcher | None
) -> list[tuple[Service, int]]:
    """A question about a child that names a course («Как записать ребёнка на курс
    польского?»): the children's courses (`for: children`) it names by their names with the
    words for a child set aside («курс польского» of «курс польского для ребёнка»: the
    question names it in other words), or by the one word left of a title in any of its forms
    («польська» of «Польська для дітей»: «zapysaty dytynu na polsku movu», which names the
    adults' «польська мова»), come first, and the courses not for children are left out beside
    them. None named that way: what was found, as it was."""
    kids = {s.id: s for s in services if s.kind == COURSE and s.for_children}
    bare = [_without_child(s) for s in kids.values()]
    named = found_in(bare, text, searcher)
    if not named and searcher is not None:  # «zapysaty dytynu na polsku movu»: «польська»
        asked = forms.asked(searcher, text)
        named = [(s, n) for s in bare if (n := forms.title_word_named(searcher, s, asked))]
    if not named:
        return found
    first = {s.id: FIRST + length for s, length in named}
    for service, length in found:
        if service.id in first:
            first[service.id] = max(first[service.id], FIRST + length)
    others = [  # the other services named (a help request with childcare), not adults' courses
        (s, n) for s, n in found if s.id not in first and (s.kind != COURSE or s.id in kids)
    ]
    return [(kids[key], length) for key, length in first.items()] + others


_CHILDLESS: dict[int, tuple[Service, Service]] = {}


def _without_child(service: Service) -> Service:
    """The children's course named without the words for a child (kept, as _keys keeps its
    names: the same object each time, so its names are read once)."""
    kept = _CHILDLESS.get(id(service))
    if kept is None or kept[0] is not service:
        keywords = {
            lang: tuple(n for n in map(children.without_child, map(fold, names)) if n)
            for lang, names in service.keywords.items()
        }
        titles = {lang: children.without_child(fold(t)) for lang, t in service.title.values.items()}
        bare = replace(
            service, keywords=keywords, title=Texts({lang: t for lang, t in titles.items() if t})
        )
        kept = _CHILDLESS[id(service)] = (service, bare)
    return kept[1]


_TITLES: dict[int, tuple[Service, frozenset[str]]] = {}


def titles(service: Service) -> frozenset[str]:
    """A service's titles folded once, not for every short message (~30 a message)."""
    kept = _TITLES.get(id(service))
    if kept is None or kept[0] is not service:
        titles = frozenset(fold(t).strip() for t in service.title.values.values())
        kept = _TITLES[id(service)] = (service, titles)
    return kept[1]
