"""README's open search gaps of the eighteenth session, fixed in the nineteenth round
(docs/search.md): the end of the UKR status, a lost UKR status in Polish, a boss or «хазяїн» at work
who took the passport, working with PESEL UKR, «nie mam gdzie dziś spać». Through the real search on
the shipped content, and in the chat."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.app import build
from bot.features import urgent
from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

MONDAY = dt.datetime(2026, 12, 7, 9, 0, tzinfo=dt.UTC)
PROTECTION_END = ("legal_stay", "Ukrainians with PESEL UKR")  # «when temporary protection ends»
UKR_STATUS = ("pesel", "Ukrainians: PESEL with UKR status")  # ends with «Status removed …?»
PASSPORT = ("employment", "Passport taken away")
PERMIT = ("employment", "Who may work without a permit")
HOMELESS = ("housing", "Nowhere to live or sleep (homelessness)")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # (PESEL was first, «did you mean»: «ukr status» is its name)
        ("ukr status ending", "en", PROTECTION_END),
        ("what happens when my ukr status ends", "en", PROTECTION_END),
        ("status ukr się kończy", "pl", PROTECTION_END),
        ("kończy mi się status ukr, co dalej", "pl", PROTECTION_END),
        ("статус укр закінчується", "uk", PROTECTION_END),
        ("що буде коли закінчиться статус укр", "uk", PROTECTION_END),
        ("статус укр заканчивается что делать", "ru", PROTECTION_END),
        # (the whole PESEL answer: a keyword word for word that no part used)
        ("stracilem status ukr", "pl", UKR_STATUS),
        ("straciłam status ukr", "pl", UKR_STATUS),
        ("втратив статус укр", "uk", UKR_STATUS),
        ("i lost my ukr status", "en", UKR_STATUS),
        # («did you mean», work first; since the twenty-second session «хазяїн» alone is read as a
        # landlord too, reported to the police: test_twenty_second_session.py; at work, work's)
        ("хазяїн на роботі забрав паспорт", "uk", PASSPORT),
        ("хозяин на работе забрал паспорт", "ru", PASSPORT),
        # (PESEL at once, at its UKR part)
        ("чи можна працювати з песель укр", "uk", PERMIT),
        ("можно ли работать с песель укр", "ru", PERMIT),
        ("czy mogę pracować z peselem ukr", "pl", PERMIT),
        ("can i work with pesel ukr", "en", PERMIT),
        # («did you mean»: «dziś» between «gdzie» and «spać» hid the saying)
        ("nie mam gdzie dziś spać z dzieckiem", "pl", HOMELESS),
        ("nie mamy gdzie dzisiaj nocować z dziećmi", "pl", HOMELESS),
        ("нема де сьогодні спати з дитиною", "uk", HOMELESS),
        ("негде сегодня спать с ребенком", "ru", HOMELESS),
    ],
)
def test_the_question_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # the sayings keep what the other words ask
        ("статус укр", "uk", UKR_STATUS),
        ("pesel ukr", "pl", UKR_STATUS),
        ("втратила статус укр, що робити", "uk", UKR_STATUS),
        ("nie mogę spać w nocy", "pl", ("psychological_help", None)),
    ],
)
def test_near_questions_keep_their_answer(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    "question",
    [
        "я з Білорусі, працюю по візі, як отримати песель",
        "ja z kolumbii pracuje w polsce, jak dostac pesel",
    ],
)
def test_a_worker_asking_for_a_pesel_is_still_pesel(searcher, question):
    # (work's keywords «працювати з песель укр» took these to work: a saying instead)
    result = searcher.search(question)
    assert result.best and result.best.id == "pesel", result


def test_a_penalty_is_no_threat():
    # «i grozi» where its clause ends is one; «co mi grozi» asks what the penalty is
    assert urgent.detect("szef zabrał mi paszport i grozi, nie mam karty pobytu")
    assert not urgent.detect("co mi grozi za przekroczenie wizy?")
    assert not urgent.detect("przekroczyłem wizę i co mi grozi")


async def test_a_boss_who_took_the_passport_and_threatens_is_112_and_work(tmp_path):
    # (legal stay was answered at once, the whole answer: «nie mam karty pobytu» names it)
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        dialogue = Dialogue(app.core, language_hint="pl")
        replies = await dialogue.send("szef zabrał mi paszport i grozi, nie mam karty pobytu")
        assert "112" in replies[0].text
        offer = replies[-1]
        assert offer.buttons[0][0].label == "Praca: zezwolenia i umowy", offer.buttons
        answer = await dialogue.press("Praca: zezwolenia i umowy")
    finally:
        await app.close()
    assert "**Zabrany paszport**" in answer[0].text.split("\n\n")[1], answer[0].text[:300]


async def test_a_boss_who_took_the_passport_gets_that_part(tmp_path):
    app = await build(
        ROOT / "config.yaml", storage_path=tmp_path / "shipped.sqlite3", clock=Clock(MONDAY)
    )
    try:
        replies = await Dialogue(app.core, language_hint="uk").send(
            "хазяїн на роботі забрав паспорт"
        )
    finally:
        await app.close()
    text = replies[-1].text
    assert text.split("\n\n")[1].startswith("**Забрали паспорт**"), text[:300]


@pytest.mark.parametrize(
    ("lang", "question", "night"),
    [
        ("pl", "nie mam gdzie dziś spać z dzieckiem", "policję"),
        ("uk", "нема де сьогодні спати з дитиною", "поліції"),
    ],
)
async def test_in_the_network_tonight_starts_with_the_night(network, lang, question, night):
    # (as tester 29's «nie mam gdzie spać z dzieckiem»: the night's way first, the police, 112)
    person = Dialogue(network.core, user_id=f"tonight{lang}", language_hint=lang)
    await person.send("/start opole")
    await person.send(question)
    bullets = [line for line in person.text.splitlines() if line.startswith("•")]
    assert night in bullets[0] and "112" in bullets[0]
