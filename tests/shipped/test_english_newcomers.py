"""English as students, workers and spouses from outside Europe type it (docs/search.md, «English
from outside Europe»; heldout41): where one works or lives told in passing («I work on a visa,
…») is a circumstance, as «працюю», «mieszkam» are; the country one comes from says who asks;
the help one asks for is a word of the question (docs/search.md, «English answered at once less
often»; heldout47). Through the real search on the shipped content."""

from __future__ import annotations

import pytest

from tests.shipped.conftest import at_once

pytestmark = pytest.mark.slow  # the whole shipped content


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # «work» was work's: PESEL and family reunification were «did you mean» with work beside
        ("i work on a visa, how do i get a pesel", "pesel"),
        (
            "My wife is in India and I work in Poland on a work permit card. Can she join me?",
            "family_reunification",
        ),
        (
            "Hello, I'm Ukrainian, I live in Lublin with my 2 children and I work. How can I "
            "apply for 800+ for them? Thank you",
            "benefits",
        ),
    ],
)
def test_where_one_works_or_lives_told_in_passing_is_not_the_question(searcher, question, topic):
    assert at_once(searcher, question, "en")[0] == topic


@pytest.mark.parametrize(
    "question",
    ["can i work on student visa", "Can I work in Poland on a student visa?"],
)
def test_asking_whether_one_may_work_is_still_work(searcher, question):
    assert at_once(searcher, question, "en")[0] == "employment"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # typed without vowels, as on a phone: nothing was found at all
        ("dctr at night", ("healthcare", "Evenings, nights, weekends")),
        ("dcmnts for meldunek", ("meldunek", "Bring")),
        # «company» is one's employer: own business was first, or close behind
        ("my work permit is for one company, can i switch jobs", ("employment", None)),
        ("company not paying salary 2 month", ("employment", None)),
        # fillers: «thing» was a word the topics did not know
        ("how do i pick a gp and sign the deklaracja thing", ("healthcare", None)),
        # everyday words for the content's («mandatory»: «compulsory», «toddler»: a child)
        ("is school mandatory for my 16 yo daughter in poland", ("children_school", None)),
    ],
)
def test_phone_english_finds_its_topic_at_once(searcher, question, expected):
    topic, part = at_once(searcher, question, "en")
    assert (topic, part if expected[1] else None) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # «help» was an English stop word, so the help one asks for («extra help», «free help»)
        # counted for nothing, where «допомога», «pomoc» do: «did you mean» of the same topic
        (
            "my 8yo speaks zero polish, will the school give him extra help?",
            ("children_school", "Support for children who don't speak Polish"),
        ),
        (
            "apart from the state free legal aid are there NGOs that help migrants with paperwork?",
            ("legal_help", "Other free help"),
        ),
    ],
)
def test_the_help_one_asks_for_is_a_word_of_the_question(searcher, question, expected):
    assert at_once(searcher, question, "en") == expected


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # … and asking for help is still only polite, as «допоможіть», «pomóżcie» are
        ("can you help me, where do i register my address", "meldunek"),
        ("please help us, our son needs a school", "children_school"),
        ("i need a person to help me", "appointment"),
    ],
)
def test_asking_for_help_is_still_only_polite(searcher, question, topic):
    result = searcher.search(question, "en")  # (a person to talk to: an action, not a topic)
    assert result.confident and result.best and result.best.id == topic, result


def test_healthcare_in_english_is_the_doctors_topic(searcher):
    # «healthcare» was a word of health insurance's keywords only («entitlement to healthcare
    # services»), «physiotherapy» of no topic; «медична допомога», «opieka zdrowotna» name the
    # doctors' topic in the other languages
    result = searcher.search("how does healthcare work here, i'm new and have no idea", "en")
    assert result.best and result.best.id == "healthcare", result  # (health insurance was)
    assert at_once(searcher, "physiotherapy after knee surgery on nfz", "en")[0] == "healthcare"


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # «owner» was a word of meldunek's keywords only («owner signature»): a flat's owner
        # coming in put meldunek close behind, «did you mean»
        ("the owner comes into my flat when i'm not home", "en", ("housing", None)),
        # «health coverage» was no topic's: work was close behind
        ("lost my job, do i still have health coverage", "en", ("health_insurance", None)),
        # «learn» and «course» were the Polish courses' («learn polish», «polish course»)
        ("courses to learn a new job", "en", ("vocational_courses", "Where to get them")),
        # … and the Polish questions of the same pairs keep their topic and part
        (
            "właściciel mieszkania nie chce mnie zameldować",
            "pl",
            ("meldunek", "Pitfalls and common mistakes"),
        ),
        ("właściciel nie chce oddać kaucji", "pl", ("housing", "Deposit (kaucja)")),
        (
            "jak sprawdzić czy jestem ubezpieczony",
            "pl",
            ("health_insurance", "eWUŚ: how the clinic checks you"),
        ),
        ("jak zapisać się do lekarza rodzinnego", "pl", ("healthcare", "Family doctor (POZ)")),
        ("kurs spawacza z urzędu pracy", "pl", ("vocational_courses", None)),
    ],
)
def test_the_topic_pairs_english_confused_answer_at_once(searcher, question, lang, expected):
    """docs/search.md, «The topic pairs English confuses, in people's words» (heldout57)."""
    topic, part = at_once(searcher, question, lang)
    assert (topic, part if expected[1] else None) == expected


@pytest.mark.parametrize("question", ["newborn address registration", "meldunek for a newborn"])
def test_a_newborns_meldunek_is_meldunek_s_part_for_a_child_at_once(searcher, question):
    # The USC does a newborn's meldunek only when a parent is a Polish citizen (the act on
    # population records, art. 29 and 40): meldunek's «For a child» says so and what foreign
    # parents do (until the twenty-ninth session a «did you mean» with PESEL beside it)
    assert at_once(searcher, question, "en") == ("meldunek", "For a child")
