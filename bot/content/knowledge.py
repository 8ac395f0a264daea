"""content/faq_<lang>.yaml (and each office's content/offices/<id>/faq_<lang>.yaml) ->
categories and topics, validated with errors naming file and line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from pathlib import Path

from bot.content import expiry, header, part_sources, refusing, topic_ids
from bot.content.agreement import cross_checks
from bot.content.assemble import TITLE_MAX, Missing, build
from bot.content.model import (
    Category,
    KnowledgeBase,
    Language,
    Layer,
    Source,
    Topic,
    Variant,
)
from bot.content.untranslated import problems as left_untranslated
from bot.settings import yamldoc
from bot.settings.counted import counted
from bot.settings.schema import Checker, Field
from bot.settings.yamldoc import InvalidFile, Problem

__all__ = [
    "FILE_SCHEMA",
    "TITLE_MAX",
    "Category",
    "KnowledgeBase",
    "Language",
    "Source",
    "Topic",
    "Variant",
    "load",
    "load_variants",
]


TOPIC_SCHEMA = {
    "category": Field("str"),
    "title": Field("str"),
    "answer": Field("str"),
    "sources": Field(("list", {"title": Field("str"), "url": Field("https")})),
    "checked": Field("date"),
    "examples": Field(("list", "str"), required=False, default=[]),
    "keywords": Field(("list", "str"), required=False, default=[]),
    "related": Field(("list", "str"), required=False, default=[]),
    "valid_until": Field(expiry.parse, required=False, default=()),
    # questions about one part of the answer, under the part's heading (docs/content.md)
    "part_examples": Field(("map", ("list", "str")), required=False, default={}),
    # the sources of one part, under its heading: numbers in `sources` or their links
    "part_sources": Field(("map", ("list", part_sources.reference)), required=False, default={}),
}
FILE_SCHEMA = {
    "language": Field("str"),
    "categories": Field(("list", {"id": Field("str"), "title": Field("str")})),
    "topics": Field(("map", TOPIC_SCHEMA)),
}


OWN_TOPIC_SCHEMA = {
    **TOPIC_SCHEMA,
    # a topic of an office replaces the shared topic of the same id (its answer, sources and
    # checked date), keeping what it leaves out; a new topic needs a category and a title
    "category": Field("str", required=False),
    "title": Field("str", required=False),
    "examples": Field(("list", "str"), required=False),
    "keywords": Field(("list", "str"), required=False),
    "related": Field(("list", "str"), required=False),
    "part_examples": Field(("map", ("list", "str")), required=False),
    # an office's answer names its own sources, so its parts' sources are its own too (the
    # shared topic's are never inherited)
    "part_sources": Field(("map", ("list", part_sources.reference)), required=False, default={}),
}
OWN_FILE_SCHEMA = {
    "language": Field("str"),
    "categories": Field(
        ("list", {"id": Field("str"), "title": Field("str")}), required=False, default=[]
    ),
    "topics": Field(("map", OWN_TOPIC_SCHEMA), required=False, default={}),
}


def load(
    content_dir: Path,
    languages: tuple[str, ...],
    placeholders: Callable[[str], dict[str, str]],
    today: dt.date | None = None,
    prefer: str | None = None,
) -> KnowledgeBase:
    """Load every language file; raise InvalidFile with all errors (warnings are kept on the KB).

    `placeholders(code)`: the values of {name} placeholders in that language's answers;
    `prefer`: the language whose file a warning about all of them names (the staff's)."""
    return load_variants(content_dir, languages, {"": Variant(placeholders)}, today, prefer)[""]


def load_variants(
    content_dir: Path,
    languages: tuple[str, ...],
    variants: Mapping[str, Variant],
    today: dt.date | None = None,
    prefer: str | None = None,
) -> dict[str, KnowledgeBase]:
    """The content as each office answers it: the shared files read once, each office's own
    topics added (or replacing shared ones) and its placeholders filled. Raises InvalidFile
    with every error of every file; warnings are kept on each knowledge base."""
    today = today or dt.date.today()
    problems: list[Problem] = []
    shared: dict[str, Layer] = {}
    for code in languages:
        layer = _read(content_dir / f"faq_{code}.yaml", code, FILE_SCHEMA, problems, today)
        if layer is not None:
            shared[code] = layer
    own: dict[str, dict[str, Layer]] = {}
    for key, variant in variants.items():
        own[key] = _own_layers(variant, languages, problems)
    header.fill(shared, own)  # (a header left out around a syntax error: the topics checked)
    # a file with errors is still built as far as it can be (its other topics), for the
    # checks below to name their problems in the same run
    missing: Missing = {}  # unfillable placeholder -> offices
    result: dict[str, KnowledgeBase] = {}
    left = left_untranslated(shared)  # (a topic left in another language: warnings)
    for key, variant in variants.items():
        found: list[Problem] = []
        loaded: dict[str, Language] = {}
        layered = {
            code: [shared[code]] + ([own[key][code]] if code in own[key] else [])
            for code in languages
            if code in shared  # not read: its problems are named already
        }
        spelt = topic_ids.misspelt(
            {
                code: {t for layer in layers for t in layer.data["topics"]}
                for code, layers in layered.items()
            }
        )
        for code, layers in layered.items():
            language = build(layers, code, variant, today, found, missing, spelt.get(code))
            if language:
                loaded[code] = language
        own_ids = {t for layer in own[key].values() for t in layer.data["topics"]}
        layers = [*shared.values(), *own[key].values()]
        refused = {t for layer in layers for t in layer.refused}
        # a topic written twice: the copy kept is not compared with the other languages
        refused |= {p.key[7:] for ly in layers for p in ly.doc.problems if p.key.count(".") == 1}
        found.extend(cross_checks(loaded, shared, own[key], own_ids, today, prefer, refused))
        found.extend([*left, *left_untranslated(own[key])])
        problems.extend(found)
        result[key] = KnowledgeBase(
            loaded, _unique([p for p in found if p.warning]), frozenset(own_ids)
        )
    problems.extend(_unfilled(missing, variants, languages))
    if any(not p.warning for p in problems):
        raise InvalidFile(_unique(problems))
    return result


def _unfilled(
    missing: Missing, variants: Mapping[str, Variant], languages: tuple[str, ...]
) -> list[Problem]:
    """{placeholders} the answers use without a value. One no office has a value for (a typo in
    the content, or a key missing in a single office's config): at each answer that uses it.
    One that some offices have: once per office lacking it, where its `local:` is written in
    the config, with every key it lacks (an office added without `local:` lacks them all)."""
    values = {
        key: {n for code in languages for n in v.placeholders(code)} for key, v in variants.items()
    }
    known = set().union(*values.values())
    problems: list[Problem] = []
    lacking: dict[str, dict[str, set[tuple[str, str]]]] = {}  # office -> name -> answers
    unknown = _used_in_files(missing, known)
    for (where, name), (known_text, *offices) in missing.items():
        if name in known:
            for office in offices:
                lacking.setdefault(office, {}).setdefault(name, set()).add((where[0], where[2]))
        elif offices == [""] and len(unknown[name]) > 1:  # the content needs it: the config
            if where == unknown[name][0]:  # lacks it (a typo is in one file)
                problems.append(_no_local(name, unknown[name], next(iter(variants.values()))))
        elif offices == [""]:
            problems.append(
                Problem(
                    *where, f"placeholder {{{name}}} is not defined in config.yaml {known_text}"
                )
            )
        else:
            whose = ", ".join(repr(o) for o in offices)
            them = "office" if len(offices) == 1 else "offices"
            message = f"placeholder {{{name}}} has no value in {them} {whose} {known_text}"
            problems.append(Problem(*where, message))
    for office, names in lacking.items():
        variant = variants[office]
        file, line, key = variant.local_at or ("config.yaml", None, "")
        model = next((o for o in variants if o != office and set(names) <= values[o]), None)
        model_at = variants[model].local_at if model is not None else None
        see = "config.yaml's local: explains each key"
        if model_at is not None:
            see = f"office {model!r} has them all: its local: on line {model_at[1]}; {see}"
        topics = {k.split(".")[1] for answers in names.values() for _, k in answers if "." in k}
        problems.append(
            Problem(
                file,
                line,
                key,
                f"office {office!r} has no values for {', '.join(sorted(names))} used in the "
                f"answers: add them under offices.{office}.local ({see}); the answers of "
                f"{len(topics)} topic{'' if len(topics) == 1 else 's'} use them",
            )
        )
    return problems


def _used_in_files(
    missing: Missing, known: set[str]
) -> dict[str, list[tuple[str, int | None, str]]]:
    """Each placeholder no office has a value for: where the answers use it, one place per file."""
    used: dict[str, dict[str, tuple[str, int | None, str]]] = {}
    for where, name in sorted(missing, key=lambda found: (found[0][0], found[0][1] or 0)):
        if name not in known:
            used.setdefault(name, {}).setdefault(where[0], where)
    return {name: list(files.values()) for name, files in used.items()}


def _no_local(name: str, used: list[tuple[str, int | None, str]], variant: Variant) -> Problem:
    """A {placeholder} the answers of several files use and the config has no value for: once,
    at its `local:`, the first answer that uses it as a hint."""
    file, line, key = variant.local_at or ("config.yaml", None, "local")
    first, at, topic = used[0]
    return Problem(
        file,
        line,
        key or "local",
        f"no value for {{{name}}}, which the answers use ({Path(first).name}:{at} [{topic}], "
        f"and in {counted(len(used) - 1, 'other file')}): add `{name}:` under `local:`, its text, "
        "or `name` and a `label` per language (the shipped config.yaml's local: explains each key)",
    )


def _unique(problems: list[Problem]) -> list[Problem]:
    """Each problem once (the shared files are checked once per office), file by file (in the
    order first named) and line by line."""
    seen: dict[tuple[object, ...], Problem] = {}
    files: dict[str, int] = {}
    for p in problems:
        seen.setdefault((p.file, p.line, p.key, p.message, p.warning), p)
        files.setdefault(p.file, len(files))
    return sorted(seen.values(), key=lambda p: (files[p.file], p.line or 0))


def _read(
    path: Path,
    code: str,
    schema: dict[str, Field],
    problems: list[Problem],
    today: dt.date | None = None,
) -> Layer | None:
    try:
        doc = yamldoc.load(path, lenient=True)
    except InvalidFile as not_read:
        found = not_read.problems
        if not path.exists() and schema is FILE_SCHEMA:  # (some languages' files there)
            others = sorted(p.name for p in path.parent.glob("faq_*.yaml"))
            model = "faq_en.yaml" if "faq_en.yaml" in others else (others or ["?"])[0]
            said = (
                f"file not found: `languages:` in the config lists {code}, and each language "
                f"needs its file: translate {model} into {path.name} here, or take {code} out "
                "of `languages:`"
            )
            found = [Problem(str(path), None, "", said)]
        problems.extend(found)
        return None
    checker = Checker(doc)
    data = checker.check(doc.data, schema)
    if data is not None and data["language"] not in (code, None):  # (None: left out, said)
        checker.error(("language",), f"file says language {data['language']!r}, expected {code!r}")
    refused = refusing.refused(checker, data, today or dt.date.today()) if data else None
    problems.extend(checker.problems)  # (after: a category's missing id said with its guess)
    if data is None or refused is None:
        return None
    if refused:
        data["topics"] = {tid: raw for tid, raw in data["topics"].items() if tid not in refused}
    # topics left out around a syntax error: named already, not missing from this language
    around = {str(i) for left in doc.left_out for i in (left.path[-1], *left.ids)}
    return Layer(doc, data, refused | around)


def _own_layers(
    variant: Variant, languages: tuple[str, ...], problems: list[Problem]
) -> dict[str, Layer]:
    """An office's own files: none, or one per language (each with the same topics)."""
    folder = variant.own_dir
    if folder is None or not folder.is_dir():
        return {}
    layers: dict[str, Layer] = {}
    paths = {code: folder / f"faq_{code}.yaml" for code in languages}
    present = [code for code, path in paths.items() if path.exists()]
    for code, path in paths.items():
        if code not in present:
            if present:
                problems.append(
                    Problem(
                        str(path),
                        None,
                        "",
                        f"missing: office {variant.name!r} has its own topics in "
                        f"faq_{present[0]}.yaml, and every language needs them",
                    )
                )
            continue
        layer = _read(path, code, OWN_FILE_SCHEMA, problems)
        if layer is not None:
            layers[code] = layer
    return layers
