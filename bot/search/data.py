"""The search's own data: stopwords, greetings, question words ... (data.yaml) and the
off-topic example messages (off_topic.yaml), both beside this module."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml


def load_data() -> dict[str, Any]:
    source = resources.files("bot.search") / "data.yaml"
    data = _yaml(source.read_text(encoding="utf-8"))
    lists = {f"stopwords {lang}": words for lang, words in data["stopwords"].items()}
    for kind in ("helpers", "relatives", "lone_parent"):
        lists.update({f"{kind} {lang}": words for lang, words in data.get(kind, {}).items()})
    lists["acknowledgements"] = data.get("acknowledgements", [])
    lists["farewells"] = data.get("farewells", [])
    asking = data.get("language_requests", {})
    lists.update({f"language_requests {k}": asking.get(k, []) for k in ("language", "change")})
    lists["language_requests asking"] = asking.get("asking", [])
    lists["language_requests understand"] = asking.get("understand", [])
    for kind in ("better", "speaking", "for_me"):
        lists[f"language_requests {kind}"] = asking.get(kind, [])
    for kind in ("time_words", "place_words"):
        lists.update({f"{kind} {lang}": words for lang, words in data.get(kind, {}).items()})
    for name, words in lists.items():
        odd = [w for w in words if not isinstance(w, str)]
        if odd:  # YAML reads a bare on / no / yes as true / false: quote them
            raise ValueError(f"bot/search/data.yaml: {name}: not a word: {odd}")
    off_topic = resources.files("bot.search") / "off_topic.yaml"
    data["off_topic"] = off_topic_messages(_yaml(off_topic.read_text(encoding="utf-8")))
    return dict(data)


def _yaml(source: str) -> Any:
    """PyYAML's C loader (libyaml) where the wheel has it: a tenth of the pure-Python time."""
    return yaml.load(source, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # noqa: S506


def off_topic_messages(data: Any) -> dict[str, list[str]]:
    """off_topic.yaml: language -> subject -> messages; the messages per language."""
    where = "bot/search/off_topic.yaml"
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected languages, each with subjects and their messages")
    found: dict[str, list[str]] = {}
    for lang, subjects in data.items():
        if not isinstance(subjects, dict):
            raise ValueError(f"{where}: {lang}: expected subjects, each with a list of messages")
        found[lang] = []
        for subject, messages in subjects.items():
            if not isinstance(messages, list) or not all(isinstance(m, str) for m in messages):
                raise ValueError(f"{where}: {lang}: {subject}: expected a list of messages")
            found[lang] += messages
    return found
