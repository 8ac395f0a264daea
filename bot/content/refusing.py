"""A content file's topics with errors: left out, so the file's other topics are still checked;
or, where every error leaves the topic whole enough to build (a wrong date or link, an unknown
key, a key written twice, a list item that is not text, no answer, title or category), built
with a stand-in so the topic's other keys are checked in the same run; so is a file with a
wrong `language:` or a category without its title or id (the id its topics name that no
category has, said so; several without: the ids in the order the topics name them) (the
errors keep the file from loading: nothing is answered with a stand-in)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from bot.settings.schema import Checker
from bot.settings.yamldoc import Problem


def refused(checker: Checker, data: dict[str, Any], today: dt.date) -> frozenset[str] | None:
    """The topics left out for their errors (so the others are still checked), or None when
    an error outside every topic leaves nothing to build (`topics:` not a mapping)."""
    topics = data["topics"] or {}
    twice = {p.key for p in checker.doc.problems}  # the last one written is kept
    refused = set()
    for error in checker.errors:
        if error.key in twice or error.key in checker.unknown or _whole(checker, data, error):
            continue
        named = next((tid for tid in topics if names(error.key, tid)), None)
        if named is None:
            return None
        refused.add(named)
    return frozenset(refused - stand_in(checker, topics, today))


def _whole(checker: Checker, data: dict[str, Any], error: Problem) -> bool:
    """Whether the file is whole enough to build after an error outside its topics: a wrong
    `language:` (the file is read as its name says), a category without a title (its id
    stands in) or without an id (the one its topics name that no category has, if one)."""
    if error.key == "language":
        return True
    at = re.fullmatch(r"categories\[(\d+)\](?:\.(id|title))?", error.key)
    categories = data["categories"]
    if at is None or not isinstance(categories, list) or int(at[1]) >= len(categories):
        return False
    category = categories[int(at[1])]
    if category is None:
        return False  # (not a mapping: its topics would all be named as having no category)
    if category["id"] is None:
        category["id"] = _category_id(checker, data, error)
        if category["id"] is None:
            return False  # (which is which, not told: the file waits for the ids)
    category["title"] = category["title"] or category["id"]
    return True


def _category_id(checker: Checker, data: dict[str, Any], error: Problem) -> str | None:
    """The id a category without one stands in with: the one its topics name that no category
    has, where there is one such id and one category lacks its id (the error says to write it);
    where several lack theirs and the topics name as many that none has, each is given one in
    the order the topics first name them (each error says which ids and where, not which is
    which); else None."""
    known = {c["id"] for c in data["categories"] if isinstance(c, dict) and c["id"]}
    topics = data["topics"] if isinstance(data["topics"], dict) else {}
    named: dict[str, str] = {}  # (the first topic naming each, in the order of the topics)
    for tid, topic in topics.items():
        category = topic.get("category") if isinstance(topic, dict) else None
        if isinstance(category, str) and category not in known:
            named.setdefault(category, tid)
    lacking = [
        i for i, c in enumerate(data["categories"]) if isinstance(c, dict) and c["id"] is None
    ]
    if not named or len(named) != len(lacking):
        return None

    def where(guess: str) -> str:
        topic = named[guess]
        return f"topic {topic!r} on line {checker.doc.line(('topics', topic, 'category'))}"

    ids = list(named)
    for at, guess in zip(lacking, ids, strict=True):
        data["categories"][at]["id"] = guess
        key = f"categories[{at}].id"
        found = next((p for p in checker.problems if p.key == key and not p.warning), error)
        if len(ids) == 1:
            said = (
                f"{found.message}: the topics name category {guess!r}, which no category has "
                f"({where(guess)}), so write `id: {guess}` here, above its title"
            )
        else:
            others = ", ".join(f"{i!r} ({where(i)})" for i in ids)
            said = (
                f"{found.message}: the topics name categories {others}, which no category "
                f"has: write each one's id above its title (the file is checked as if this "
                f"were `id: {guess}`)"
            )
        checker.problems[checker.problems.index(found)] = replace(found, message=said)
    given: str = data["categories"][int(error.key.split("[")[1].split("]")[0])]["id"]
    return given


_LINK = "https://example.org"


def _texts(items: Any) -> list[Any]:
    return [item for item in items or [] if item is not None]


def _by_part(parts: Any) -> dict[str, Any]:
    return {heading: _texts(items) for heading, items in (parts or {}).items() if items}


def _source(raw: dict[str, Any], index: int, written: Any) -> None:
    """A source as written with its link made https://, so that the parts naming it by its
    link still find it; else a stand-in."""
    sources = raw.get("sources")
    if not isinstance(sources, list) or index >= len(sources):
        return
    source = sources[index] if isinstance(sources[index], dict) else {}
    link = written.get("url") if isinstance(written, dict) else written  # (or a bare link)
    if not isinstance(link, str):
        link = None
    elif "://" in link:
        link = "https://" + link.split("://", 1)[1].strip().replace(" ", "")
    sources[index] = {
        "title": source.get("title") or "-",
        "url": source.get("url") or link or _LINK,
    }


Put = Callable[[dict[str, Any], "re.Match[str]", Any, dt.date], Any]
# a wrong value that nothing else of its topic depends on (the error's key under its topic ->
# what to put in its place, from the topic and the value as written): the topic is still built
# for the checks of its other keys to run in the same run; the error keeps the file from
# loading, so a stand-in is never answered with
_STAND_INS: list[tuple[re.Pattern[str], Put]] = [
    (re.compile(r"checked"), lambda raw, _, __, today: raw.update(checked=today)),
    (
        re.compile(r"sources"),
        lambda raw, _, __, ___: raw.update(sources=[{"title": "-", "url": _LINK}]),
    ),
    (
        re.compile(r"sources\[(\d+)\]\S*"),
        lambda raw, at, written, _: _source(raw, int(at[1]), written),
    ),
    (
        re.compile(r"(examples|keywords|related)(\[\d+\])?"),
        lambda raw, at, _, __: raw.update({at[1]: _texts(raw.get(at[1]))}),
    ),
    (
        re.compile(r"(part_examples|part_sources)\b.*", re.S),
        lambda raw, at, _, __: raw.update({at[1]: _by_part(raw.get(at[1]))}),
    ),
    (re.compile(r"valid_until\S*"), lambda *_: None),  # (its good dates are kept)
    # no answer, title or category (or not text): the answer's own checks are left out for
    # it (assemble.py: an empty answer), the title is «-», the category none
    (re.compile(r"answer"), lambda raw, _, __, ___: raw.update(answer="")),
    (re.compile(r"title"), lambda raw, _, __, ___: raw.update(title="-")),
    (re.compile(r"category"), lambda raw, _, __, ___: raw.update(category="")),
]
_WHOLE = ("answer", "title", "category")  # (stood in for only where not text: else refused)


def stand_in(checker: Checker, topics: dict[str, Any], today: dt.date) -> set[str]:
    """The topics whose every error leaves them whole enough to build, with stand-ins put in."""
    twice = {p.key for p in checker.doc.problems}
    written = (checker.doc.data or {}).get("topics") or {}
    built: set[str] = set()
    for tid, raw in topics.items():
        mine = [e.key for e in checker.errors if names(e.key, tid)]
        if not mine or not isinstance(raw, dict):
            continue
        if all(_put(raw, tid, key, checker, twice, written.get(tid), today) for key in mine):
            built.add(tid)
    return built


def _put(
    raw: dict[str, Any],
    tid: str,
    key: str,
    checker: Checker,
    twice: set[str],
    written: Any,
    today: dt.date,
) -> bool:
    """A stand-in where the error at `key` is, if one fits."""
    if key in twice or key in checker.unknown:
        return True  # (an unknown key: left out, or read as the key it is most like)
    at = f"topics.{tid}"
    if not key.startswith(at + "."):
        return False  # (the topic itself: not a mapping)
    as_written = key[len(at) + 1 :]
    for misspelt, meant in checker.unknown.items():  # an error inside a misspelt key's value
        if meant is not None and key.startswith((misspelt + ".", misspelt + "[")):
            key = meant + key[len(misspelt) :]
    for pattern, put in _STAND_INS:
        found = pattern.fullmatch(key[len(at) + 1 :])
        if found and found[0] in _WHOLE and raw.get(found[0]) is not None:
            return False  # (text with another error: YAML's, in the answer's lines)
        if found:
            put(raw, found, _item(written, as_written.rpartition(".")[0] or as_written), today)
            return True
    return False


def _item(raw: Any, head: str) -> Any:
    """«sources[0]» in a topic as written."""
    for name, index in re.findall(r"(\w+)(?:\[(\d+)\])?", head):
        raw = raw.get(name) if isinstance(raw, dict) else None
        if index and isinstance(raw, list) and int(index) < len(raw):
            raw = raw[int(index)]
    return raw


def names(key: str, topic_id: str) -> bool:
    at = f"topics.{topic_id}"
    return key == at or key.startswith((at + ".", at + "["))
