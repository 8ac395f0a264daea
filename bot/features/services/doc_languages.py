"""The languages a question names («білоруський диплом», «a Belarusian diploma», «перевести
диплом з Білорусі», «dyplom z Gruzji», «диплом з Мінська»: a language by its name in any form,
bot.core.languages, or a country by its name or its biggest cities', countries.yaml, as the
languages of its documents), against the
languages a service serves in (`languages:`, the example network's translation: Ukrainian
into Polish): a service that serves in none of those named (Polish aside: the language it is
translated into) is not offered for the question, and a line under the answer says which
languages it is for (tester 34: a Belarusian diploma was offered the translation of Ukrainian
documents)."""

from __future__ import annotations

import functools
from dataclasses import replace
from importlib import resources

from bot.core import languages, markup, yamldata
from bot.core.dispatch import Turn
from bot.core.flows import Outcome
from bot.core.messages import Reply
from bot.core.words import words
from bot.settings.catalogue import Service

POLISH = "pl"  # what the others are put into: named beside them («з української на польську»)
ENDING = 3  # letters after a country's stem: a case ending («Білорусі», «Gruzji»)


def named(text: str) -> frozenset[str]:
    """The languages `text` names by their names («білоруський»), else by a country's
    («з Білорусі»: Belarus's languages) or one of its cities' («з Мінська»)."""
    said = words(text)
    found = {code for word in said if (code := languages.named(word)) is not None}
    return frozenset(found or {code for word in said for code in _country(word)})


def fitting(services: list[Service], text: str) -> tuple[list[Service], list[Service]]:
    """Of the services a question names, those that serve in the languages it names, and those
    that do not (empty when it names none, or no service says its languages)."""
    if not any(s.languages for s in services):
        return services, []
    asked = named(text) - {POLISH}
    unfit = [s for s in services if s.languages and asked and not asked & set(s.languages)]
    return [s for s in services if s not in unfit], unfit


def noted(turn: Turn, outcome: Outcome, unfit: list[Service], text: str) -> Outcome:
    """`outcome` with a line for each service left out: the languages it is for."""
    if not unfit:
        return outcome
    name = functools.partial(turn.services.t.language_name, turn.lang)
    asked = ", ".join(sorted(name(code) for code in named(text) - {POLISH}))
    lines = [
        turn.t(
            "sv_not_in_language",
            service=markup.literal(s.title.get(turn.lang)),
            languages=markup.literal(", ".join(name(code) for code in s.languages)),
            named=markup.literal(asked),
        )
        for s in unfit
    ]
    return replace(outcome, replies=(*outcome.replies, Reply("\n".join(lines))))


def _country(word: str) -> frozenset[str]:
    """The languages of the country `word` names, or of a city's, in any case («білорусі»,
    «мінська»: countries.yaml)."""
    for stem, codes in _countries():
        if word.startswith(stem) and len(word) - len(stem) <= ENDING:
            return codes
    return frozenset()


@functools.cache
def _countries() -> tuple[tuple[str, frozenset[str]], ...]:
    """countries.yaml: each stem of a country's or a city's name (folded as words are) with
    the country's languages."""
    source = resources.files("bot.features.services") / "countries.yaml"
    data = yamldata.safe_load(source.read_text(encoding="utf-8"))
    return tuple(
        (stem, frozenset(entry["languages"]))
        for entry in data["countries"]
        for stem in (" ".join(words(str(s))) for s in (*entry["stems"], *entry.get("cities", ())))
        if stem
    )
