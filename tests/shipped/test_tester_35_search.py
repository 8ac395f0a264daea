"""Tester 35's search misses (docs/search.md, «Tester 35's search misses»): working while one
waits for the decision in uk, ru and pl; a follow-up after the lost residence card's part («how
many days do I have?», «и куда идти?»: the same part, which now names the voivodeship office);
«а де її оформити?» after NFZ; «gdzie jest urząd miasta», «where is the city hall»; surzhyk
about unpaid wages; a student's wife not offered an escort to an office; «do I need a work
permit»; an interpreter at a hospital; text typed after 👎; «ile to trwa» after 800+. Through
the real search on the shipped content, and through the real core for what a person sees."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

WORK_WAITING = ("legal_stay", "Working while you wait for the decision")
LOST_CARD = ("legal_stay", "Lost, stolen or damaged residence card?")
UNPAID = ("employment", "Help")
WITHOUT_PERMIT = ("employment", "Who may work without a permit")
DID_YOU_MEAN = ("Ви мали на увазі", "Вы имели в виду", "Did you mean", "Czy chodziło")
NO_ANSWER = ("немає відповіді", "нет ответа", "no answer", "nie mam odpowiedzi")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("можно ли работать пока жду решение по карте побыту", "ru", WORK_WAITING),
        ("можно ли работать пока жду децизию", "ru", WORK_WAITING),
        ("чи можна працювати поки чекаю рішення по карті побиту", "uk", WORK_WAITING),
        ("czy mogę pracować czekając na decyzję w sprawie karty pobytu", "pl", WORK_WAITING),
        ("can I work while waiting for the decision on my karta pobytu", "en", WORK_WAITING),
        ("шо робить якшо роботодавець не плотить", "uk", UNPAID),
        ("do I need a work permit", "en", WITHOUT_PERMIT),
        ("czy potrzebuję zezwolenia na pracę", "pl", WITHOUT_PERMIT),
    ],
)
def test_the_question_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang"),
    [("gdzie jest urząd miasta", "pl"), ("where is the city hall", "en"), ("де міська рада", "uk")],
)
def test_where_the_city_hall_is_gets_the_hours_and_addresses(searcher, question, lang):
    # (meldunek's «Częste problemy» in Polish, a «did you mean» in English)
    result = searcher.search(question, lang)
    assert result.confident and result.best and result.best.id == "contact_hours", result


@pytest.mark.parametrize(
    ("question", "lang"),
    [("потрібен перекладач в лікарню", "uk"), ("нужен переводчик в больницу", "ru")],
)
def test_an_interpreter_at_a_hospital_is_the_doctor_not_sworn_translators(searcher, question, lang):
    # (the doctor's pitfalls: many doctors speak only Polish; no sworn translator of documents)
    assert at_once(searcher, question, lang) == ("healthcare", "Pitfalls and common mistakes")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        ("I lost my residence card", "en", LOST_CARD),
        ("я потерял карту побыту", "ru", LOST_CARD),
        ("czy mogę pracować w trakcie oczekiwania na decyzję wojewody", "pl", WORK_WAITING),
        ("gdzie jest urząd miasta, żeby się zameldować", "pl", ("meldunek", None)),
    ],
)
def test_near_questions_keep_their_answer(searcher, question, lang, expected):
    assert at_once(searcher, question, lang)[0] == expected[0]


@pytest.fixture
async def app(tmp_path):  # type: ignore[no-untyped-def]
    from bot.app import build

    today = dt.datetime.now(dt.UTC).date()  # (the shipped content was checked up to today)
    clock = Clock(dt.datetime.combine(today, dt.time(9, 0), dt.UTC))
    built = await build(ROOT / "config.yaml", storage_path=tmp_path / "db.sqlite3", clock=clock)
    yield built
    await built.close()


async def person(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    dialogue = Dialogue(app.core, user_id=f"t35-{lang}", language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    return dialogue


LOST = {
    "ru": ("я потерял карту побыту", "Потеряли, украли или повредили карту побыту?"),
    "uk": ("я загубив карту побиту", "Загубили, вкрали або пошкодили карту побиту?"),
    "en": ("I lost my residence card", "Lost, stolen or damaged residence card?"),
}
SAME = {
    "ru": "Это всё, что об этом сказано",
    "uk": "Це все, що про це сказано",
    "en": "This is all the answer on",
}


@pytest.mark.parametrize(
    ("lang", "follow_up"),
    [
        ("ru", "а сколько дней у меня есть?"),
        ("ru", "и куда идти?"),
        ("uk", "скільки в мене днів?"),
        ("en", "how many days do I have?"),
    ],
)
async def test_a_follow_up_after_the_lost_card_stays_at_its_part(app, lang, follow_up):
    """Not a «did you mean» without legal stay, nor «Refused? Appeal within 14 days», nor the
    temporary permit's MOS: the lost card's part again, with its 3 and 14 days, the office that
    issues cards here, and the way to a person."""
    dialogue = await person(app, lang)
    question, heading = LOST[lang]
    await dialogue.send(question)
    assert heading in dialogue.text.split("\n")[2], dialogue.text[:300]
    await dialogue.send(follow_up)
    text = dialogue.text
    assert text.startswith(SAME[lang]), text[:300]
    assert heading in text and "14" in text and "Kielc" in text, text[:600]
    assert not any(d in text for d in DID_YOU_MEAN), text[:300]
    labels = " ".join(b.label for b in dialogue.buttons)
    assert "📖" in labels and "📞" in labels, labels


NFZ = {"uk": "NFZ", "ru": "NFZ"}


@pytest.mark.parametrize(
    ("lang", "turns"),
    [
        (
            "uk",
            [
                "чи потрібна страховка NFZ",
                "а для дитини?",
                "а скільки коштує?",
                "а де її оформити?",
            ],
        ),
        ("ru", ["нужна ли страховка NFZ", "а где её оформить?"]),
    ],
)
async def test_where_to_arrange_it_after_nfz_stays_with_nfz(app, lang, turns):
    dialogue = await person(app, lang)
    for turn in turns:
        await dialogue.send(turn)
    text = dialogue.text
    assert not any(n in text for n in NO_ANSWER), text[:300]
    assert "NFZ" in text.split("\n\n")[0] + text.split("\n\n")[1], text[:300]


async def test_text_after_thumbs_down_asks_about_the_answer_just_shown(app):
    """«не зрозуміло куди йти» after 👎 under meldunek: meldunek's steps (the office), not «no
    answer»."""
    dialogue = await person(app, "uk")
    await dialogue.send("як зробити мельдунек")
    await dialogue.press("👎")
    await dialogue.send("не зрозуміло куди йти")
    text = dialogue.text
    assert not any(n in text for n in NO_ANSWER), text[:300]
    assert text.startswith("Мельдунек"), text[:300]
    assert "Radomska 45" in text, text[:600]


async def test_how_long_after_800_plus_says_that_is_all_it_says(app):
    dialogue = await person(app, "pl")
    await dialogue.send("ona ma dziecko, czy dostanie 800+?")
    first = dialogue.text
    await dialogue.send("ile to trwa")
    text = dialogue.text
    assert text != first
    assert text.startswith("To wszystko, co mówi o tym odpowiedź"), text[:300]
    assert "📞" in " ".join(b.label for b in dialogue.buttons)


async def test_a_students_wife_is_not_offered_an_escort_to_an_office(app):
    dialogue = await person(app, "en")
    replies = await dialogue.send("I am a student, can my wife come to Poland with me")
    said = "\n".join(r.text for r in replies)
    assert "Going to an office together" not in said, said[:600]
    # (a «did you mean», family reunification its first candidate)
    assert dialogue.buttons[0].label.startswith("Family reunification"), dialogue.buttons


async def test_a_second_work_question_opens_a_part_not_the_whole_topic(app):
    """«do I need a work permit» after «can I work while studying?»: work's «Who may work
    without a permit», not its whole answer (some 6,000 characters on a phone)."""
    dialogue = await person(app, "en")
    await dialogue.send("can I work while studying?")
    await dialogue.send("do I need a work permit")
    text = dialogue.text
    assert text.split("\n")[2].startswith("Who may work without a permit"), text[:300]
    assert "Passport taken away" not in text
    assert "📖" in " ".join(b.label for b in dialogue.buttons)
