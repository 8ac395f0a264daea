"""content/faq_<lang>.yaml -> categories and topics, validated with errors naming file and line."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from pathlib import Path

from bot.content import parts as answer_parts
from bot.core import markup
from bot.settings import yamldoc
from bot.settings.schema import Checker, Field
from bot.settings.yamldoc import InvalidFile, Path_, Problem

TITLE_MAX = 32
STALE_AFTER = dt.timedelta(days=365)
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,30}$")


@dataclass(frozen=True)
class Source:
    title: str
    url: str


@dataclass(frozen=True)
class Topic:
    id: str
    category: str
    title: str
    answer: str  # markup, placeholders filled
    sources: tuple[Source, ...]
    checked: dt.date
    examples: tuple[str, ...]
    keywords: tuple[str, ...]
    related: tuple[str, ...]

    @functools.cached_property
    def parts(self) -> tuple[answer_parts.Part, ...]:
        """The answer's parts, each under its bold heading (bot/content/parts.py)."""
        return answer_parts.split(self.answer)


@dataclass(frozen=True)
class Category:
    id: str
    title: str
    topics: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    code: str
    categories: tuple[Category, ...]
    topics: dict[str, Topic]

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)


class KnowledgeBase:
    def __init__(self, languages: dict[str, Language], warnings: list[Problem]):
        self.languages = languages
        self.warnings = warnings

    def language(self, code: str) -> Language:
        return self.languages[code]

    def topic(self, code: str, topic_id: str) -> Topic | None:
        return self.languages[code].topics.get(topic_id)

    @property
    def topic_ids(self) -> list[str]:
        first = next(iter(self.languages.values()))
        return list(first.topics)


TOPIC_SCHEMA = {
    "category": Field("str"),
    "title": Field("str"),
    "answer": Field("str"),
    "sources": Field(("list", {"title": Field("str"), "url": Field("https")})),
    "checked": Field("date"),
    "examples": Field(("list", "str"), required=False, default=[]),
    "keywords": Field(("list", "str"), required=False, default=[]),
    "related": Field(("list", "str"), required=False, default=[]),
}
FILE_SCHEMA = {
    "language": Field("str"),
    "categories": Field(("list", {"id": Field("str"), "title": Field("str")})),
    "topics": Field(("map", TOPIC_SCHEMA)),
}


def load(
    content_dir: Path,
    languages: tuple[str, ...],
    placeholders: dict[str, str],
    today: dt.date | None = None,
) -> KnowledgeBase:
    """Load every language file; raise InvalidFile with all errors (warnings are kept on the KB)."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    loaded: dict[str, Language] = {}
    docs: dict[str, yamldoc.Document] = {}
    for code in languages:
        path = content_dir / f"faq_{code}.yaml"
        try:
            doc = yamldoc.load(path)
        except InvalidFile as exc:
            problems.extend(exc.problems)
            continue
        docs[code] = doc
        language, found = _load_language(doc, code, placeholders, today)
        problems.extend(found)
        if language:
            loaded[code] = language
    problems.extend(_compare_languages(loaded, docs))
    if any(not p.warning for p in problems):
        raise InvalidFile(problems)
    return KnowledgeBase(loaded, [p for p in problems if p.warning])


def _load_language(
    doc: yamldoc.Document, code: str, placeholders: dict[str, str], today: dt.date
) -> tuple[Language | None, list[Problem]]:
    checker = Checker(doc)
    data = checker.check(doc.data, FILE_SCHEMA)
    if data is None or checker.errors:
        return None, checker.problems
    if data["language"] != code:
        checker.error(("language",), f"file says language {data['language']!r}, expected {code!r}")
    category_ids = [c["id"] for c in data["categories"]]
    for i, category in enumerate(data["categories"]):
        _check_title(checker, ("categories", i, "title"), category["title"])
    topics: dict[str, Topic] = {}
    for topic_id, raw in data["topics"].items():
        path: Path_ = ("topics", topic_id)
        if not _ID.match(topic_id):
            checker.error(path, "topic ids are lower_case_with_underscores")
        if raw["category"] not in category_ids:
            checker.error(path + ("category",), f"no category {raw['category']!r} in 'categories'")
        _check_title(checker, path + ("title",), raw["title"])
        if not raw["sources"]:
            checker.error(path + ("sources",), "at least one official source is required")
        answer = _fill(checker, path + ("answer",), raw["answer"], placeholders)
        for problem in markup.problems(answer):
            checker.error(path + ("answer",), f"cannot be sent as it is: {problem}")
        for problem in answer_parts.problems(answer):
            checker.error(path + ("answer",), problem)
        if raw["checked"] > today:
            checker.error(path + ("checked",), f"checked date {raw['checked']} is in the future")
        elif today - raw["checked"] > STALE_AFTER:
            checker.warn(
                path + ("checked",),
                f"facts last checked on {raw['checked']}, more than 12 months ago: "
                "check them again",
            )
        topics[topic_id] = Topic(
            id=topic_id,
            category=raw["category"],
            title=raw["title"].strip(),
            answer=answer.strip(),
            sources=tuple(Source(s["title"], s["url"]) for s in raw["sources"]),
            checked=raw["checked"],
            examples=tuple(raw["examples"]),
            keywords=tuple(raw["keywords"]),
            related=tuple(raw["related"]),
        )
    for topic in topics.values():
        for i, other in enumerate(topic.related):
            if other not in topics:
                checker.error(("topics", topic.id, "related", i), f"no topic {other!r}")
    categories = tuple(
        Category(
            c["id"],
            c["title"].strip(),
            tuple(t.id for t in topics.values() if t.category == c["id"]),
        )
        for c in data["categories"]
    )
    for i, category in enumerate(categories):
        if not category.topics:
            checker.warn(("categories", i), f"category {category.id!r} has no topics")
    return Language(code, categories, topics), checker.problems


def _check_title(checker: Checker, path: Path_, title: str) -> None:
    if len(title.strip()) > TITLE_MAX:
        checker.error(
            path, f"button title too long ({len(title.strip())} > {TITLE_MAX} characters)"
        )
    if markup.to_plain(title) != title or "\n" in title.strip():
        checker.error(path, "a title is plain text on one line, without markup")


def _fill(checker: Checker, path: Path_, text: str, values: dict[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            known = ", ".join(sorted(values))
            checker.error(
                path, f"placeholder {{{name}}} is not defined in config.yaml (known: {known})"
            )
            return match.group(0)
        return markup.literal(values[name])

    return _PLACEHOLDER.sub(replace, text)


def _compare_languages(
    loaded: dict[str, Language], docs: dict[str, yamldoc.Document]
) -> list[Problem]:
    """Every language has the same topics and categories."""
    problems: list[Problem] = []
    all_topics: dict[str, set[str]] = {code: set(lang.topics) for code, lang in loaded.items()}
    everything = set().union(*all_topics.values()) if all_topics else set()
    for code, ids in all_topics.items():
        doc = docs[code]
        for missing in sorted(everything - ids):
            others = ", ".join(c for c, i in all_topics.items() if missing in i)
            problems.append(
                Problem(
                    doc.file,
                    doc.line(("topics",)),
                    f"topics.{missing}",
                    f"topic {missing!r} is missing here (present in: {others})",
                )
            )
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
            if first and len(first.parts) != len(topic.parts):
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
            if first and first.category != topic.category:
                doc = docs[code]
                problems.append(
                    Problem(
                        doc.file,
                        doc.line(("topics", topic.id, "category")),
                        f"topics.{topic.id}.category",
                        f"category {topic.category!r} differs from other languages "
                        f"({first.category!r})",
                    )
                )
    return problems
