"""What must agree between the languages of the content, once every file is read and each
office's languages built (bot.content.knowledge): the same topics and categories in the same
order, the same parts of each answer, facts that expire and the parts' sources alike; each
problem named in the file that has the topic."""

from __future__ import annotations

import datetime as dt

from bot.content import expiry, part_sources, topic_ids
from bot.content.model import Language, Layer
from bot.settings import yamldoc
from bot.settings.yamldoc import Problem


def cross_checks(
    loaded: dict[str, Language],
    shared: dict[str, Layer],
    own: dict[str, Layer],
    own_ids: set[str],
    today: dt.date,
    prefer: str | None,
    refused: set[str] | None = None,
) -> list[Problem]:
    """What must agree between the languages, each problem naming the file that has the topic
    (`refused`: topics left out of some file for a problem of their own are left out here)."""
    problems: list[Problem] = []
    for ids, docs in (
        (None, {code: layer.doc for code, layer in shared.items()}),
        (own_ids, {code: layer.doc for code, layer in own.items()}),
    ):
        if ids is not None and not ids:
            continue
        # the shared layer: its topics as they are, not as an office replaced them
        keep = (ids if ids is not None else (set(loaded_ids(loaded)) - own_ids)) - (
            refused or set()
        )
        part = {code: _restricted(lang, keep) for code, lang in loaded.items() if code in docs}
        problems.extend(_compare(part, docs))
        problems.extend(expiry.warnings(part, docs, today, prefer))
        problems.extend(expiry.differences(part, docs))
        problems.extend(part_sources.differences(part, docs))
    return problems


def loaded_ids(loaded: dict[str, Language]) -> set[str]:
    return {tid for language in loaded.values() for tid in language.topics}


def _restricted(language: Language, ids: set[str]) -> Language:
    topics = {tid: t for tid, t in language.topics.items() if tid in ids}
    return Language(language.code, language.categories, topics)


def _compare(loaded: dict[str, Language], docs: dict[str, yamldoc.Document]) -> list[Problem]:
    """Every language has the same topics and categories."""
    all_topics = {code: set(lang.topics) for code, lang in loaded.items()}
    problems = topic_ids.differences(all_topics, docs) + topic_ids.categories(loaded, docs)
    cats = {code: [c.id for c in lang.categories] for code, lang in loaded.items()}
    reference: list[str] = next(iter(cats.values()), [])
    for code, order in cats.items():
        if order != reference:
            doc = docs[code]
            problems.append(
                Problem(
                    doc.file,
                    doc.line(("categories",)),
                    "categories",
                    f"categories differ from the other languages: {order} vs {reference}",
                )
            )
    for code, lang in loaded.items():
        for topic in lang.topics.values():
            first = loaded[next(iter(loaded))].topics.get(topic.id)
            if first and first.answer and topic.answer and len(first.parts) != len(topic.parts):
                doc = docs[code]
                problems.append(
                    Problem(
                        doc.file,
                        doc.line(("topics", topic.id, "answer")),
                        f"topics.{topic.id}.answer",
                        f"{len(topic.parts)} parts (bold headings at the start of a line), "
                        f"{len(first.parts)} in {next(iter(loaded))}: every language has the "
                        "same parts in the same order",
                    )
                )
    return problems
