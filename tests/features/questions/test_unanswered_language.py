"""/unanswered names the language each question is written in: the search's guess, else the
person's own language, but never a language of another alphabet (a Cyrillic question from
someone whose language is Polish is not «polski»)."""

from __future__ import annotations

import pytest

from tests.support.callbacks import StaffMember
from tests.support.dialogue import Dialogue


async def unanswered_line(app, question: str) -> str:  # type: ignore[no-untyped-def]
    anna = StaffMember(app.core)
    await anna.command("/unanswered")
    lines = anna.text.splitlines()
    at = next(i for i, line in enumerate(lines) if question in line)
    return lines[at - 1]  # «• 23 listopada 2026, 09:00 · ukraiński · brak odpowiedzi»


@pytest.mark.parametrize(
    ("own", "question", "language"),
    [
        ("pl", "погода завтра", "ukraiński"),  # uk or ru alike: never Polish
        ("en", "хто виграв футбол вчора", "ukraiński"),
        ("pl", "кто выиграл футбол вчера", "rosyjski"),
        ("ru", "погода завтра", "rosyjski"),  # the person's own language, where it fits
        ("pl", "kto wygrał mecz wczoraj", "polski"),
        ("ru", "who won the football match yesterday", "angielski"),
    ],
)
async def test_each_question_is_labelled_with_the_language_it_is_written_in(
    app, own, question, language
):
    person = Dialogue(app.core, language_hint=own)
    await person.send(question)
    assert f"· {language} ·" in await unanswered_line(app, question)


@pytest.mark.parametrize(
    ("question", "language"),
    [("who won the football match yesterday", "en"), ("gdzie mogę kupić tani telewizor", "pl")],
)
async def test_i_have_no_answer_comes_in_the_language_of_the_question_not_the_last_one(
    app, question, language
):
    person = Dialogue(app.core, language_hint="uk")
    await person.send("где получить песель для ребенка")  # answered in Russian: followed
    assert app.services.t("ru", "q_followed") in person.text
    await person.send(question)
    assert app.services.t(language, "q_no_match") in person.text
    assert app.services.t("ru", "q_no_match") not in person.text
