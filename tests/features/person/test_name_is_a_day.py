"""A day or a time typed at the name step («6 stycznia», «завтра после обеда») is no name, nor
a question (tester 38, F10): the form says it will ask when later, and asks the name again."""

from __future__ import annotations

import pytest

from tests.support.callbacks import at_the_name_step
from tests.support.dialogue import Dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "said"),
    [
        ("pl", "6 stycznia", "To wygląda na dzień albo godzinę, a nie imię."),
        ("ru", "завтра после обеда", "Похоже, это день или время, а не имя."),
        ("uk", "в понеділок о 10", "Схоже, це день або час, а не ім'я."),
        ("en", "tomorrow morning", "That looks like a day or a time, not a name."),
    ],
)
async def test_a_day_at_the_name_asks_the_name_again(dialogue: Dialogue, lang, typed, said):
    await at_the_name_step(dialogue, lang)
    await dialogue.send(typed)
    assert said in dialogue.text
    assert not any(b.payload.startswith("person:answer") for b in dialogue.buttons)
    await dialogue.send("Olena")
    assert "📱" in dialogue.text  # the phone asked next: the name taken
