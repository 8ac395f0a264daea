"""A content file whose header (`language:`, `categories:`) was left out around a syntax error
(yamlrecover.py): its topics are still checked in the same run, against the categories of
another language's file (every language has the same ids) and those its own topics name, so
that the file's other problems are not left for the next run. What is said of the categories
left out (their titles, a category without topics) waits until the error is fixed."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from bot.content.model import Layer


def fill(shared: dict[str, Layer], own: dict[str, dict[str, Layer]]) -> None:
    """The categories of each file whose `categories:` was left out, in place."""
    read = [ly.data["categories"] for ly in shared.values() if not _left_out(ly)]
    ids = [c["id"] for c in next(iter(read), None) or () if c and c.get("id")]
    for layer in shared.values():
        if _left_out(layer):
            layer.data["categories"] = _categories(layer, ids, ())
    for layers in own.values():  # (an office's own: the shared categories are there already)
        for layer in layers.values():
            if _left_out(layer):
                layer.data["categories"] = _categories(layer, [], ids)


def _left_out(layer: Layer) -> bool:
    return any(left.path == ("categories",) for left in layer.doc.left_out)


def _categories(layer: Layer, ids: list[str], known: Iterable[str]) -> list[dict[str, Any]]:
    topics = (layer.data.get("topics") or {}).values()
    named = [t.get("category") for t in topics if isinstance(t, dict) and t.get("category")]
    extra = [c for c in dict.fromkeys(named) if c not in ids and c not in set(known)]
    return [{"id": c, "title": c} for c in (*ids, *extra)]
