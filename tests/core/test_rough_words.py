"""The words of a time typed roughly are when_words.yaml's (bot/core/roughly.py), checked as
they are read at start and by `infopoint check`: a list that lacks one of the bot's languages,
or holds something other than words, is refused, naming the file and the list."""

from __future__ import annotations

from importlib import resources

import pytest

from bot.core import roughly

SHIPPED = (resources.files("bot.core") / "when_words.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "  pl: [gdzieś, gdzies, około",
            "  de: [gdzieś, gdzies, około",
            "bot/core/when_words.yaml, `about`: no pl (each of uk, ru, en, pl)",
        ),
        ("  ru: [если]", "  ru: [если]\n  xx: [wenn]", "`if`: not a language: xx"),
        ("  ru: [можно, получится]", "  ru: [можно, yes]", "`possible`, ru: not a list of words"),
        ("hour_endings:", "hour_ending:", "`hour_endings`: missing"),
    ],
)
def test_a_rough_word_list_written_wrong_is_refused_by_its_name(old, new, said):
    assert old in SHIPPED
    with pytest.raises(ValueError) as refused:
        roughly.patterns(SHIPPED.replace(old, new, 1))
    assert said in str(refused.value)
