"""One language of the content as one office answers it: the shared file's layer, then the
office's own (bot.content.knowledge reads and checks the files; this builds and cross-checks)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from bot.content import answer_text, part_sources, towns
from bot.content import parts as answer_parts
from bot.content.model import Category, Language, Layer, Source, Topic, Variant, open_places
from bot.core import markup
from bot.settings.schema import Checker, closest, did_you_mean
from bot.settings.yamldoc import Path_, Problem, key_name

TITLE_MAX = 32
STALE_AFTER = dt.timedelta(days=365)
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
_ID = re.compile(r"^[a-z][a-z0-9_]{1,30}$")
# A link that chooses an office: t.me/<bot>?start=<office>, viber://pa?chatURI=<bot>&context=<office>
_OFFICE_LINK = re.compile(
    r"t\.me/[A-Za-z0-9_]+\?start=([A-Za-z0-9_-]+)|[?&]context=([A-Za-z0-9_-]+)"
)
Missing = dict[tuple[tuple[str, int | None, str], str], list[str]]  # placeholder -> offices


def build(
    layers: list[Layer],
    code: str,
    variant: Variant,
    today: dt.date,
    problems: list[Problem],
    missing: Missing,
    misspelt: dict[str, str] | None = None,
) -> Language | None:
    """One language as one office answers it: the shared layer, then the office's own
    (`misspelt`: the ids of this language misspelt, and the id the others use, named once)."""
    values = variant.placeholders(code)
    categories: dict[str, str] = {}
    raw_topics: dict[str, tuple[Checker, dict[str, Any]]] = {}
    checkers = [Checker(layer.doc) for layer in layers]
    refused = frozenset().union(*(layer.refused for layer in layers))  # their errors named
    for checker, layer in zip(checkers, layers, strict=True):
        for i, category in enumerate(layer.data["categories"]):
            if category["id"] in categories:
                checker.error(
                    ("categories", i, "id"), f"category {category['id']!r} exists already"
                )
            _check_title(checker, ("categories", i, "title"), category["title"])
            categories[category["id"]] = (category["title"] or category["id"]).strip()
        for topic_id, raw in layer.data["topics"].items():
            if topic_id in refused:  # an office's answer to a shared topic with errors
                continue
            if topic_id in raw_topics:  # an office's answer to a shared topic
                base = raw_topics[topic_id][1]
                # the shared part examples go with the office's answer where it has their parts
                inherited = raw["part_examples"] is None
                raw = {k: v if v is not None else base[k] for k, v in raw.items()}
                raw["inherited_part_examples"] = inherited
            elif raw["category"] is None or raw["title"] is None:  # (its checks go on without)
                lacking = " and ".join(f"`{k}:`" for k in ("category", "title") if raw[k] is None)
                checker.error(
                    ("topics", topic_id),
                    f"no shared topic has the id {topic_id!r}{did_you_mean(topic_id, raw_topics)}"
                    f": a topic of the office's own needs {lacking} too",
                )
                raw = {**raw, "category": raw["category"] or "", "title": raw["title"] or "-"}
            raw_topics[topic_id] = (checker, {**raw, "examples": raw["examples"] or []})
    topics: dict[str, Topic] = {}
    for topic_id, (checker, raw) in raw_topics.items():
        topic = _topic(checker, topic_id, raw, categories, values, today, variant, missing)
        topics[topic_id] = topic
    spelt_as = {right for wrong, right in (misspelt or {}).items() if wrong in topics}
    for topic in topics.values():
        checker = raw_topics[topic.id][0]
        for i, other in enumerate(topic.related):
            if other not in topics and other not in refused and other not in spelt_as:
                checker.error(
                    ("topics", topic.id, "related", i),
                    f"no topic {other!r}" + did_you_mean(other, topics),
                )
    result = tuple(
        Category(cid, title, tuple(t.id for t in topics.values() if t.category == cid))
        for cid, title in categories.items()
    )
    for i, category in enumerate(result[: len(layers[0].data["categories"])]):
        if not category.topics:
            checkers[0].warn(("categories", i), f"category {category.id!r} has no topics")
    for checker in checkers:
        problems.extend(checker.problems)
    return Language(code, result, topics)


def _topic(
    checker: Checker,
    topic_id: str,
    raw: dict[str, Any],
    categories: dict[str, str],
    values: dict[str, str],
    today: dt.date,
    variant: Variant,
    missing: Missing,
) -> Topic:
    path: Path_ = ("topics", topic_id)
    if not _ID.match(topic_id):
        checker.error(path, "topic ids are lower_case_with_underscores")
    if raw["category"] not in categories and raw["category"] != "":  # ("": none, said)
        checker.error(
            path + ("category",),
            f"no category {raw['category']!r} in 'categories'"
            + (did_you_mean(raw["category"], categories) or f" (known: {', '.join(categories)})"),
        )
    _check_title(checker, path + ("title",), raw["title"])
    if not raw["sources"]:
        checker.error(path + ("sources",), "at least one official source is required")
    answer = _fill(checker, path + ("answer",), raw["answer"], values, variant.name, missing)
    left = towns.words().per_town & set(_PLACEHOLDER.findall(raw["answer"]))  # (towns.py)
    per_town = _fill(checker, path, raw["answer"], values, variant.name, {}, frozenset(left))
    written = bool(raw["answer"])  # (no answer: its error said, what hangs on it unchecked)
    if written:
        answer_text.check(checker, path + ("answer",), raw["answer"], answer)
    by_part = {}  # (a heading with a {placeholder} is written as the answer writes it)
    for key in ("part_examples", "part_sources"):
        by_part[key] = {
            _fill(checker, path + (key,), heading, values, variant.name, missing): items
            for heading, items in (raw.get(key) or {}).items()
        }
    parts = answer_parts.split(answer)
    part_examples = _part_examples(
        checker,
        path + ("part_examples",),
        by_part["part_examples"] if written else {},
        parts,
        strict=not raw.get("inherited_part_examples"),
    )
    sources = tuple(Source(s["title"], s["url"]) for s in raw["sources"])
    own_sources = part_sources.read(
        checker,
        path + ("part_sources",),
        by_part["part_sources"] if written else {},
        parts,
        sources,
    )
    for link in _OFFICE_LINK.finditer(answer):
        named = link.group(1) or link.group(2)
        if variant.offices and named not in variant.offices:
            known = ", ".join(sorted(variant.offices))
            checker.error(
                path + ("answer",), f"a link names office {named!r}: no such office ({known})"
            )
    if raw["checked"] > today:
        checker.error(path + ("checked",), f"checked date {raw['checked']} is in the future")
    elif today - raw["checked"] > STALE_AFTER:
        checker.warn(
            path + ("checked",),
            f"facts last checked on {raw['checked']}, more than 12 months ago: check them again",
        )
    per_town = per_town.strip() if left else ""
    towns_at = open_places(answer.strip(), per_town) if per_town else None  # (kept as places)
    return Topic(
        id=topic_id,
        category=raw["category"],
        title=raw["title"].strip(),
        answer=answer.strip(),
        sources=sources,
        checked=raw["checked"],
        examples=tuple(raw["examples"] or ()),
        keywords=tuple(raw["keywords"] or ()),
        related=tuple(raw["related"] or ()),
        expires=raw["valid_until"] or (),
        part_examples=part_examples,
        part_sources=own_sources,
        towns_at=towns_at or (),
        towns_text="" if towns_at else per_town,
    )


def _part_examples(
    checker: Checker,
    path: Path_,
    raw: dict[str, list[str]],
    parts: tuple[answer_parts.Part, ...],
    strict: bool,
) -> tuple[tuple[str, ...], ...]:
    """`part_examples` (a part's heading -> questions about that part) in the order of the
    answer's parts. A heading no part has is an error, unless the examples are the shared
    topic's and an office answers it its own way (then they go with the parts it has)."""
    if not raw:
        return ()
    found: list[list[str]] = [[] for _ in parts]
    for heading, examples in raw.items():
        at = answer_parts.find(parts, heading)
        if at is None and strict:  # (misspelt: read as the part most like it, if one is)
            checker.error(path + (heading,), answer_parts.unknown(heading, parts))
            at = answer_parts.near(parts, heading)
        if at is None:
            continue
        if len(parts) < 2:
            checker.error(
                path + (heading,),
                "the answer has a single part: write these questions in `examples`",
            )
            continue
        found[at] += [e for e in examples or () if e is not None]
    return tuple(tuple(examples) for examples in found) if any(found) else ()


def _check_title(checker: Checker, path: Path_, title: str | None) -> None:
    if not isinstance(title, str):  # (not text, `[…]` read as a list: refused where it is)
        return
    if len(title.strip()) > TITLE_MAX:
        checker.error(
            path, f"button title too long ({len(title.strip())} > {TITLE_MAX} characters)"
        )
    if markup.to_plain(title) != title or "\n" in title.strip():
        checker.error(path, "a title is plain text on one line, without markup")


def _fill(
    checker: Checker,
    path: Path_,
    text: str,
    values: dict[str, str],
    office: str | None,
    missing: Missing,
    keep: frozenset[str] = frozenset(),
) -> str:
    """`text` with its {placeholders} filled from `values` (those in `keep` left as they are)."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in keep:
            return match.group(0)
        if name not in values:
            guess = closest(name, list(values))  # ({libary}: {library}, a key of local:)
            known = f"— did you mean {{{guess}}}?" if guess else _known(name, values)
            line = checker.doc.line_at(path, text, match.start())  # (the placeholder's own)
            where = (checker.doc.file, line, key_name(path))
            offices = missing.setdefault((where, name), [known])
            if (office or "") not in offices:
                offices.append(office or "")
            return match.group(0)
        return markup.literal(values[name])

    return _PLACEHOLDER.sub(fill, text)


def _known(name: str, values: dict[str, str]) -> str:
    """What to do about a {placeholder} no key of `local:` is like: add one, or use another."""
    keys = ", ".join(sorted(k for k in values if not k.endswith("_hours")))
    return f"(add `{name}:` under `local:` in config.yaml, or use one of: {keys})"
