"""README's known search and language gaps of the twenty-second session (docs/search.md, «The
twenty-third session's search misses»): a doctor for one's child, a student's PESEL, a residence
card after a dismissal, a neighbour's meldunek who does not speak Polish, a child without PESEL
at school, a doctor who speaks one's language, an interpreter at a hospital, «kota» alone, and
the language of «potrzebuje pesel dla dziecka» and «pesel Opole». Through the real search on the
shipped content, and through the core as a person writes."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once
from tests.shipped.test_follow_up import DID_YOU_MEAN, app, opens, person
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

__all__ = ["app"]  # (the fixture, shared with test_follow_up)

FAMILY_DOCTOR = ("healthcare", "Family doctor (POZ)")
DOCTORS_PITFALLS = ("healthcare", "Pitfalls and common mistakes")
OTHER_FOREIGNERS = ("pesel", "Other foreigners")
CHANGING_EMPLOYER = ("employment", "Changing employer: work permit, residence card")
OUT_OF_WORK = ("employment", "Out of work: labour office (PUP) and unemployment benefit")
SCHOOL_WHO = ("children_school", "Who")
SCHOOL_WHOLE = ("children_school", None)  # (its whole answer, which starts with «Who»)
MELDUNEK = ("meldunek", None)  # (its whole answer, short)


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # («did you mean», the doctor first: «записатися» is the callback's word)
        ("як записатися до лікаря для дитини", "uk", FAMILY_DOCTOR),
        ("как записать ребенка к врачу", "ru", FAMILY_DOCTOR),
        ("how to register my child with a doctor", "en", FAMILY_DOCTOR),
        ("jak zapisać dziecko do lekarza", "pl", FAMILY_DOCTOR),
        # («did you mean», PESEL then higher education)
        ("how do I get a PESEL as a student", "en", OTHER_FOREIGNERS),
        ("як отримати песель студенту", "uk", OTHER_FOREIGNERS),
        ("jak dostać pesel jako student", "pl", OTHER_FOREIGNERS),
        # («did you mean», work then legal stay; or legal stay at once)
        ("меня уволили, что теперь с картой побыту", "ru", CHANGING_EMPLOYER),
        ("мене звільнили, що тепер з картою побиту", "uk", CHANGING_EMPLOYER),
        ("I was fired, what happens to my residence card now", "en", CHANGING_EMPLOYER),
        ("zwolnili mnie, co teraz z kartą pobytu", "pl", CHANGING_EMPLOYER),
        # («did you mean», meldunek then the Polish courses)
        (
            "Dzień dobry, pomagam sąsiadce z Ukrainy, ona nie mówi po polsku. Jak ma się "
            "zameldować?",
            "pl",
            MELDUNEK,
        ),
        ("Jak ma się zameldować? nie mówi po polsku", "pl", MELDUNEK),
        # («did you mean», PESEL then school)
        ("дитина без песель а треба в школу", "uk", SCHOOL_WHOLE),
        ("ребенок без песеля, а надо в школу", "ru", SCHOOL_WHOLE),
        ("my child has no pesel but needs to go to school", "en", SCHOOL_WHO),
        # (the Polish courses first, psychological help, or «did you mean»)
        ("I need a doctor who speaks english", "en", DOCTORS_PITFALLS),
        ("потрібен лікар, який говорить українською", "uk", DOCTORS_PITFALLS),
        ("нужен врач, который говорит по-русски", "ru", DOCTORS_PITFALLS),
        ("szukam lekarza, który mówi po angielsku", "pl", DOCTORS_PITFALLS),
        ("potrzebuję tłumacza do szpitala", "pl", DOCTORS_PITFALLS),
        ("i need an interpreter at the hospital", "en", DOCTORS_PITFALLS),
    ],
)
def test_the_gap_is_answered_at_once_at_its_part(
    searcher: search.Searcher, question, lang, expected
):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # a dismissal with a card mentioned but not asked about: what to do now (tester 32's)
        ("zwolnili mnie z pracy, mam kartę pobytu", "pl", OUT_OF_WORK),
        ("мене звільнили", "uk", OUT_OF_WORK),
        ("I was fired, what now", "en", OUT_OF_WORK),
        # a card tied to the job that ended (heldout36)
        ("потерял работу, а у меня карта побыту по работе, что делать", "ru", CHANGING_EMPLOYER),
    ],
)
def test_near_questions_keep_their_answer(searcher: search.Searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang"), [("kota", "pl"), ("кота", "uk"), ("кот", "ru"), ("cat", "en")]
)
def test_an_animal_alone_gets_no_answer(searcher: search.Searcher, question, lang):
    # (housing names a cat in an example: a flat for a family with one)
    result = searcher.search(question, lang)
    assert result.off_topic and not result.matches, result


def test_a_polish_town_is_polish_and_a_polish_verb_spelled_so_is_clearly_polish(
    searcher: search.Searcher,
):
    town = searcher.search("pesel Opole", "en")  # (Russian before: «ополе»)
    assert (town.lang, town.lang_sure, town.sentence) == ("pl", True, False)
    for question in ("ребенок без песеля, а надо в школу", "как записать ребенка к врачу"):
        assert searcher.search(question, "uk").lang == "ru"  # (not the sayings' words)
    verb = searcher.search("potrzebuje pesel dla dziecka", "uk")
    assert (verb.lang, verb.sentence, verb.spelled) == ("pl", True, True)
    names = searcher.search("pesel dla dziecka", "uk")  # (names of things: no sentence)
    assert not names.spelled


async def test_a_person_is_told_what_the_answer_says_and_written_to_in_their_language(app):
    # a doctor who speaks English: the doctors' «Pitfalls», said to be all it says, a callback
    dialogue = await person(app, "en")
    await dialogue.send("I need a doctor who speaks english")
    said, answer = dialogue.text.split("\n\n", 1)
    assert said.startswith("This is all the answer on «Doctors, clinics, prescriptions» says")
    assert "many doctors speak only Polish" in answer, answer[:600]
    assert "📞 Request a callback" in [b.label for b in dialogue.buttons]
    polish = await person(app, "pl")
    await polish.send("potrzebuję tłumacza do szpitala")
    assert polish.text.startswith("To wszystko, co mówi o tym odpowiedź"), polish.text[:300]
    assert "wielu lekarzy mówi tylko po polsku" in polish.text
    # a cat alone: no answer, the way to a person
    await polish.send("kota")
    assert not any(d in polish.text for d in DID_YOU_MEAN), polish.text[:300]
    assert "📞 Poproś o telefon" in [b.label for b in polish.buttons]
    # a newcomer taken for a Ukrainian writes Polish without its letters: answered in Polish
    newcomer = Dialogue(app[0].core, user_id="spelled", language_hint="uk")
    await newcomer.send("potrzebuje pesel dla dziecka")
    assert newcomer.text.startswith("💬 Piszesz po polsku"), newcomer.text[:300]
    # the Polish names of a thing and a town: the person's language, Polish offered
    names = Dialogue(app[0].core, user_id="town", language_hint="en")
    await names.send("pesel Opole")
    opens(names, "PESEL number (incl. PESEL UKR)")
    assert "🇵🇱 Odpowiadaj po polsku" in [b.label for b in names.buttons]
