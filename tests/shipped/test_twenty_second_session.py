"""README's known search gaps of the twenty-first session (docs/search.md, «The twenty-second
session's search misses»): a room rented without a contract, four-letter typos of animal words, a
pet in a dormitory, «хазяїн забрав паспорт», «ya z ukrainy, shcho robyty pershe», a free doctor and
health insurance for a child, a Ukrainian student's permit, a student's residence card fee, a
newborn's documents. Through the real search on the shipped content, and through the core as a
person writes."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once
from tests.shipped.test_follow_up import app, opens, person
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

__all__ = ["app"]  # (the fixture, shared with test_follow_up)

RENTING = ("housing", "Renting a flat")
REPORT = ("crime_report", "Reporting a crime to the police (zawiadomienie)")
TAKEN_AT_WORK = ("employment", "Passport taken away")
FIRST_STEPS = ("first_steps", None)  # (answered whole: a checklist)
STUDIES = ("legal_stay", "For studies (a student's residence permit)")
BECOME_INSURED = ("health_insurance", "How you become insured")
CHILDREN_FREE = ("health_insurance", "Ukrainians with PESEL UKR (since 5 March 2026)")
CHILD_PESEL = ("pesel", "PESEL for a child")
NEWBORN_800 = ("benefits", "800+ (świadczenie wychowawcze)")
A_CARD_WITH_A_BAG = ("legal_stay", "Lost, stolen or damaged residence card?")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # («did you mean», housing then meldunek: the landlord's refusal weighed as meldunek's form)
        ("орендую кімнату без договору, власник не хоче підписувати", "uk", RENTING),
        ("орендую кімнату без договору, власниця відмовляється підписати договір", "uk", RENTING),
        ("wynajmuję pokój bez umowy, właściciel nie chce nic podpisać", "pl", RENTING),
        # (English: «Before you sign»)
        ("renting a room with no contract, the owner refuses to sign anything", "en", RENTING),
        # (work's «Passport taken away»: «хазяїн» alone may be the landlord; a passport kept by
        # anyone is reported to the police)
        ("хазяїн забрав паспорт", "uk", REPORT),
        ("хозяин забрал паспорт", "ru", REPORT),
        ("хазяйка забрала мій паспорт і не віддає", "uk", REPORT),
        ("hazain zabrav pasport", "uk", REPORT),
        # («did you mean»: «я з україни» weighs as much in the off-topic examples)
        ("ya z ukrainy, shcho robyty pershe", "uk", FIRST_STEPS),
        ("я з україни, що робити перше", "uk", FIRST_STEPS),
        # («did you mean», health insurance then doctors)
        ("is the doctor free for kids", "en", CHILDREN_FREE),
        ("are doctors free for children here", "en", CHILDREN_FREE),
        ("бесплатный ли врач для детей", "ru", CHILDREN_FREE),
        # (the Ukrainians' part: a parent's own child is insured with the parent)
        ("health insurance for my kid free?", "en", BECOME_INSURED),
        ("чи безкоштовна медична страховка для дитини", "uk", BECOME_INSURED),
        ("czy ubezpieczenie zdrowotne dla dziecka jest darmowe", "pl", BECOME_INSURED),
        # (work's «Who may work without a permit», or «did you mean»)
        ("я студентка з України, який дозвіл мені потрібен щоб вчитися і працювати", "uk", STUDIES),
        ("я студентка из Украины, какое разрешение нужно чтобы учиться и работать", "ru", STUDIES),
        ("i am a student from ukraine, what permit do i need to study and work", "en", STUDIES),
        # (the whole legal stay answer, or «did you mean» with higher education)
        ("ile kosztuje karta pobytu dla studenta", "pl", STUDIES),
        ("скільки коштує карта побиту для студента", "uk", STUDIES),
        # («did you mean», PESEL then family reunification or benefits)
        ("народилась дитина, що робити з документами", "uk", CHILD_PESEL),
        ("родился ребенок в польше, какие документы оформить", "ru", CHILD_PESEL),
        ("baby born in Poland what documents", "en", CHILD_PESEL),
        ("urodziło się dziecko, jakie dokumenty załatwić", "pl", CHILD_PESEL),
    ],
)
def test_the_gap_is_answered_at_once_at_its_part(
    searcher: search.Searcher, question, lang, expected
):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # a boss is still work's; 800+ for a newborn stays 800+'s
        ("хазяїн на роботі забрав паспорт", "uk", TAKEN_AT_WORK),
        ("я на будові працюю, хазяїн забрав паспорт", "uk", TAKEN_AT_WORK),
        ("hozyain na rabote zabral pasport", "ru", TAKEN_AT_WORK),
        ("роботодавець забрав мій паспорт", "uk", TAKEN_AT_WORK),
        ("800+ на новорожденного как оформить", "ru", NEWBORN_800),
        ("родился ребенок, как подать на 800 плюс", "ru", NEWBORN_800),
        # «что делать первым делом» beside a matter is that matter, not the checklist
        (
            "у жены украли сумку вместе с картой побыту, что делать первым делом",
            "ru",
            A_CARD_WITH_A_BAG,
        ),
        # children's free care when the parent does not work (tester's «якщо я не працюю»)
        ("чи є медична страховка для дітей якщо я не працюю", "uk", CHILDREN_FREE),
    ],
)
def test_near_questions_keep_their_answer(searcher: search.Searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # a letter typed twice, too short for the typo corrector
        ("can i bring my dogg to poland", "en"),
        ("my catt is sick, where is a vet", "en"),
        ("czy mogę wziąć psaa do akademika", "pl"),
        ("можно ли перевезти котэ через границу", "ru"),
        # a pet in a dormitory: no part of the content says anything about pets there
        ("чи можна тримати кота в гуртожитку", "uk"),
        ("можно ли держать кошку в общежитии", "ru"),
        ("czy mogę trzymać kota w akademiku", "pl"),
    ],
)
def test_an_animal_no_topic_is_about_gets_no_answer(searcher: search.Searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.off_topic and not result.matches, result


def test_a_dictionary_word_with_a_doubled_letter_is_not_an_animal(searcher: search.Searcher):
    # «тваринна» (an adjective) is «тварина» with a letter twice, and a word the dictionary knows
    result = searcher.search("тваринна їжа для дітей", "uk")
    assert not result.off_topic and result.matches, result


PERSON_ASKS = [
    ("uk", "хазяїн забрав паспорт", "Заява в поліцію про злочин", "Заява в поліцію", "поліції"),
    (
        "uk",
        "народилась дитина, що робити з документами",
        "Номер PESEL (і PESEL UKR)",
        "PESEL для дитини",
        "USC",
    ),
    (
        "en",
        "baby born in Poland what documents",
        "PESEL number (incl. PESEL UKR)",
        "PESEL for a child",
        "USC",
    ),
    (
        "pl",
        "ile kosztuje karta pobytu dla studenta",
        "Pobyt, wizy, karta pobytu",
        "Na studia",
        "340 zł",
    ),
    ("en", "is the doctor free for kids", "Health insurance (NFZ)", "Ukrainians", "children"),
    ("uk", "ya z ukrainy, shcho robyty pershe", "Перші кроки після приїзду", None, "PESEL"),
]


async def test_a_person_gets_the_part_their_question_asks_about(app):
    # (one app for all: each question from a person of its own)
    for at, (lang, question, title, heading, said) in enumerate(PERSON_ASKS):
        dialogue = Dialogue(app[0].core, user_id=f"asks-{at}", language_hint=lang)
        await dialogue.payload(f"language:{lang}")
        await dialogue.send(question)
        opens(dialogue, title, heading)
        assert said in dialogue.text, dialogue.text[:600]


async def test_a_dog_in_a_dormitory_is_told_there_is_no_answer_and_a_way_to_a_person(app):
    dialogue = await person(app, "uk")
    replies = await dialogue.send("чи можна взяти собаку в гуртожиток")
    assert "немає відповіді" in replies[-1].text, replies[-1].text
    labels = [b.label for row in replies[-1].buttons for b in row]
    assert "📞 Замовити дзвінок" in labels and "❓ Поставити запитання" in labels, labels
