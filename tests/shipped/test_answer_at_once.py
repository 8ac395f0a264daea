"""The search gaps of issue 15 («Answer at once») listed after the ninth session, as a person
meets them: the reply `infopoint ask` prints on the shipped content (docs/search.md: «Issue 15's
gaps»). Each was «did you mean» or another topic's answer."""

from __future__ import annotations

import pytest

from tests.shipped.test_known_gaps import english_heading, reply

pytestmark = pytest.mark.slow  # the whole shipped content

PERMIT = "Who may work without a permit"


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # «в Польше», «w Polsce», «in Poland» count for the topics as a nationality does, and
        # no topic's keyword names the country: the small income-tax and regulated-professions
        # topics whose examples say «в Польше» no longer come close
        ("могу ли я работать в польше", "ru"),
        ("можно ли мне работать в Польше", "ru"),
        ("чи можу я працювати в польщі", "uk"),
        ("чи можна мені працювати в польщі", "uk"),
        ("czy mogę pracować w polsce", "pl"),
    ],
)
def test_can_i_work_in_poland_is_answered_at_once_at_the_permit_part(question, lang):
    said = reply(question, lang)
    assert said["confident"] and said["matches"][0]["id"] == "employment", said
    assert english_heading("employment", said.get("part"), lang) == PERMIT
