"""UI strings: the same keys and {placeholders} in every language, and every string renders."""

from __future__ import annotations

import pytest
from babel import Locale

from bot.content.i18n import load_strings, placeholders
from bot.core import markup
from bot.settings.model import LANGUAGES

STRINGS = load_strings()
REFERENCE = "en"


def _templates(value: object) -> list[str]:
    return list(value.values()) if isinstance(value, dict) else [value]  # type: ignore[list-item]


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != REFERENCE])
def test_every_language_has_the_same_keys_as_english(lang):
    assert sorted(set(STRINGS[REFERENCE]) - set(STRINGS[lang])) == []
    assert sorted(set(STRINGS[lang]) - set(STRINGS[REFERENCE])) == []


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != REFERENCE])
def test_every_string_has_the_placeholders_of_the_english_one(lang):
    wrong = []
    for key, value in STRINGS[REFERENCE].items():
        expected = set().union(*(placeholders(t) for t in _templates(value)))
        found = set().union(*(placeholders(t) for t in _templates(STRINGS[lang].get(key, ""))))
        if found != expected:
            wrong.append((key, sorted(expected), sorted(found)))
    assert wrong == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_string_renders_as_valid_markup(lang):
    problems = {}
    for key, value in STRINGS[lang].items():
        if isinstance(value, dict):  # plural: every form the language uses, and "other"
            forms = set(Locale.parse(lang).plural_form.tags) | {"other"}
            missing = forms - set(value)
            if missing:
                problems[key] = f"missing plural forms {sorted(missing)}"
                continue
        for template in _templates(value):
            text = template.format(**{name: "X" for name in placeholders(template)})
            if markup.problems(text):
                problems[key] = markup.problems(text)
    assert problems == {}
