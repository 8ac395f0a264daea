"""The offer of a service under a typed question's answer (the services feature's step of the
text pipeline): the services the question names, under the answer or instead of «no answer»."""

from __future__ import annotations

import functools
from dataclasses import replace

from bot.content import towns
from bot.core import markup, yamldata
from bot.core.dispatch import Turn
from bot.core.flows import Next, Outcome, stay
from bot.core.messages import Button, Reply
from bot.features.courses import courses_first
from bot.features.menu import nav_row
from bot.features.services import doc_languages
from bot.features.services.listing import TITLE_MOST, matching, offered, service_page, short
from bot.features.services.listing import titles as _titles
from bot.features.services.named import fold
from bot.search import text as texts
from bot.settings.catalogue import COURSE, Service


async def offer_under_answer(turn: Turn, next_: Next) -> Outcome:
    """The answer from the knowledge base, with the services the question names under it; a
    question the content has no answer to («I need help with my CV») gets the services it
    names instead of «I have no answer», each with what it is; one the search is not sure of
    («did you mean»: «can someone look after my children?») gets them first, each with what it
    is, and the guesses after them («Or is your question about one of these topics?»); none
    under an emergency's lines (`turn.screened`: danger, a medical emergency)."""
    typed = " ".join((turn.incoming.text or "").split())
    titled = []
    if len(typed) <= TITLE_MOST:  # (a question, not a name: no folding of every title)
        typed = fold(typed).strip(" .!?")
        titled = [s for s in offered(turn) if typed in _titles(s)]
    if len(titled) == 1 and not turn.screened:  # «Opieka nad dzieckiem»: the service's own name
        return stay(service_page(turn, titled[0]))
    outcome = await next_()
    if turn.screened:
        return outcome
    text = turn.incoming.text or ""  # («a Belarusian diploma»: no translation of Ukrainian)
    services, unfit = doc_languages.fitting(matching(turn, text), text)
    return doc_languages.noted(turn, await _offered(turn, outcome, services), unfit, text)


async def _offered(turn: Turn, outcome: Outcome, services: list[Service]) -> Outcome:
    """`outcome` with `services` offered (see offer_under_answer)."""
    if not services:
        return outcome
    # «є курси польської?»: the office's own courses that fit, with their dates and places,
    # before the topic's general text (tester 30, item 5); the other services stay under it
    lead, shown = await courses_first(turn, services, turn.incoming.text or "")
    services = [s for s in services if s.id not in shown]
    if lead is not None:
        outcome = _led(turn, outcome, lead, bool(services))
    if not services:
        return outcome
    services = _asked_for(turn, services)
    turn.memory.service_asked = turn.incoming.text  # (a help form opened next reads it)
    rows = [[Button(s.title.get(turn.lang), f"service:{s.id}")] for s in services[:3]]
    lines = [
        f"• **{markup.literal(s.title.get(turn.lang))}** — "
        + markup.literal(short(s.description.get(turn.lang)))
        for s in services[:3]
    ]
    text = "\n\n".join([_offer_line(turn, "sv_offer_instead"), "\n".join(lines)])
    if turn.unanswered and outcome.replies:
        instead = Reply(text, [*rows, nav_row(turn, None)])
        return replace(outcome, replies=(*outcome.replies[:-1], instead))
    guesses = outcome.replies[-1] if outcome.replies else None
    if turn.unsure and guesses is not None and guesses.text == turn.t("q_did_you_mean"):
        # «can someone look after my children?»: the service asked for, then the guesses
        guesses = replace(guesses, text=turn.t("sv_or_topics"))
        return replace(outcome, replies=(*outcome.replies[:-1], Reply(text, rows), guesses))
    if _asking(turn.incoming.text or "") and services[0].kind != COURSE:
        # «записатись до юриста», «нужен переводчик к врачу»: the office's own help first, the
        # answer after it, in every language as in Polish (tester 32, item 6)
        return replace(outcome, replies=(Reply(text, rows), *outcome.replies))
    offer = Reply(_offer_line(turn, "sv_offer"), rows)
    return replace(outcome, replies=(*outcome.replies, offer))


def _asked_for(turn: Turn, services: list[Service]) -> list[Service]:
    """The services named, those the office itself does for the person (help, an appointment)
    first when the question asks for help (`_asking`), courses after them."""
    if not _asking(turn.incoming.text or ""):
        return services
    return sorted(services, key=lambda s: s.kind == COURSE)


def _asking(text: str) -> bool:
    """Whether the question asks for help itself (asking_words.yaml)."""
    whole, beginnings = _asking_words()["asking"]
    said = texts.tokens(text)
    if any(word.startswith(beginnings) for word in said):
        return True
    joined = f" {' '.join(said)} "
    return any(f" {words} " in joined for words in whole)


@functools.cache
def _asking_words() -> dict[str, yamldata.WordList]:
    return yamldata.word_lists("bot.features.services", "asking_words.yaml")


def _led(turn: Turn, outcome: Outcome, lead: Reply, more: bool) -> Outcome:
    """The courses first, then the answer; the «no answer» the courses answer left out (unless
    other services are offered instead of it, below)."""
    replies = outcome.replies
    if turn.unanswered and replies and not more:
        lead = replace(lead, buttons=[*lead.buttons, nav_row(turn, None)])
        replies = replies[:-1]
    return replace(outcome, replies=(lead, *replies))


def _offer_line(turn: Turn, key: str) -> str:
    """«This point can also help you»; to someone whose own town is known and has no office of
    ours (`Memory.town`: «I live in Kraków»), said with the office's city and theirs."""
    town = turn.session.memory.town
    if town is None or turn.office.area_town(town) is not None:  # (a gmina it serves)
        return turn.t(key)
    city = turn.office.placeholders(turn.lang).get("city_name") or turn.office.label(turn.lang)
    said = {"city": markup.literal(city), "town": markup.literal(towns.written(town, turn.lang))}
    return turn.t(f"{key}_elsewhere", **said)
