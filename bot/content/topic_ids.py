"""Every language has the same topic ids: an id missing from a file is named there, and an id
found in one file alone, close to one every other file has, is named as misspelt in that file
(not as a new topic the other languages should add)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from bot.settings import yamldoc
from bot.settings.schema import closest
from bot.settings.yamldoc import Problem

if TYPE_CHECKING:
    from bot.content.model import Language

Misspelt = dict[str, dict[str, str]]  # language -> {the id its file has: the id the others use}


def misspelt(ids: Mapping[str, set[str]]) -> Misspelt:
    """The ids of one language's file alone that look like a misspelling of an id every other
    language has and this one lacks (at least two others agreeing: with two languages in all,
    nothing says which file is wrong)."""
    found: Misspelt = {}
    for code, own in ids.items():
        others = [theirs for other, theirs in ids.items() if other != code]
        if len(others) < 2:
            continue
        alone = sorted(own.difference(*others))
        lacking = sorted(set.intersection(*others) - own)
        for wrong in alone:
            right = closest(wrong, lacking)
            if right is not None:
                found.setdefault(code, {})[wrong] = right
                lacking.remove(right)
    return found


def differences(ids: Mapping[str, set[str]], docs: Mapping[str, yamldoc.Document]) -> list[Problem]:
    """A topic missing from a language's file, or its id misspelt there: at that file."""
    problems: list[Problem] = []
    spelt = misspelt(ids)
    everything = set().union(*ids.values()) if ids else set()
    explained = {wrong for wrongs in spelt.values() for wrong in wrongs}
    for code, own in ids.items():
        doc = docs[code]
        renamed = spelt.get(code, {})
        for wrong, right in renamed.items():
            others = ", ".join(c for c, i in ids.items() if right in i)
            problems.append(
                Problem(
                    doc.file,
                    doc.line(("topics", wrong)),
                    f"topics.{wrong}",
                    f"topic id {wrong!r} looks misspelt: no other language has it, and "
                    f"{others} have {right!r} instead — rename it here to {right!r}",
                )
            )
        twice = [p for p in doc.problems if p.key.count(".") == 1 and p.key.startswith("topics.")]
        for missing in sorted(everything - own - explained - set(renamed.values())):
            having = [c for c, i in ids.items() if missing in i]
            model = docs[having[0]]
            at = model.line(("topics", missing))
            where = f"{Path(model.file).name}{f' line {at}' if at else ''}"
            # (a topic copied, its id left: «`pesel` appears twice» is that topic, maybe)
            copied = "".join(
                f"; or is `{p.key[7:]}:` on line {p.line}, written twice, meant to be it?"
                for p in twice[:1]
            )
            problems.append(
                Problem(
                    doc.file,
                    doc.line(("topics",)),
                    f"topics.{missing}",
                    f"topic {missing!r} is missing here (present in: {', '.join(having)}): "
                    "every language's file has the same topics, so add it here, translated "
                    f"from {where}{copied}",
                )
            )
    return problems


def categories(
    loaded: Mapping[str, Language], docs: Mapping[str, yamldoc.Document]
) -> list[Problem]:
    """A topic's category that differs from the one most languages give it, at the file that
    differs (not the first language's: its typo would blame every other file). One that names
    no category is said where it is, with the known ones (bot.content.assemble)."""
    problems: list[Problem] = []
    known = {code: {c.id for c in lang.categories} for code, lang in loaded.items()}
    for topic_id in sorted(set().union(*(lang.topics for lang in loaded.values()))):
        said = {
            c: la.topics[topic_id].category for c, la in loaded.items() if topic_id in la.topics
        }
        valid = [category for code, category in said.items() if category in known[code]]
        if not valid:
            continue
        usual = max(valid, key=valid.count)  # (a tie: the first language's)
        others = ", ".join(code for code, category in said.items() if category == usual)
        for code, category in said.items():
            if category != usual and category in known[code]:
                doc = docs[code]
                problems.append(
                    Problem(
                        doc.file,
                        doc.line(("topics", topic_id, "category")),
                        f"topics.{topic_id}.category",
                        f"category {category!r} differs from the other languages ({usual!r} in "
                        f"{others})",
                    )
                )
    return problems
