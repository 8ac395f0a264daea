"""README's known search gaps, the twentieth session's (docs/search.md, «The twenty-first
session's search misses»): renting without a written lease, a passport stolen with a bag, «I was
fired», an animal word with a typo, a dog in a dormitory, working without a residence card «is
it legal?», a landlord who keeps a passport, NFZ's «а для дітей?». Through the real search on
the shipped content, and through the core as a person writes."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once
from tests.shipped.test_follow_up import app, opens, person

pytestmark = pytest.mark.slow  # the whole shipped content

__all__ = ["app"]  # (the fixture, shared with test_follow_up)

RENTING = ("housing", "Renting a flat")
POLICE = ("lost_passport", "Documents stolen or lost: report it to the police")
OUT_OF_WORK = ("employment", "Out of work: labour office (PUP) and unemployment benefit")
DISMISSAL = ("employment", "Dismissal (wypowiedzenie): notice and appeal")
LEGAL_WORK = ("employment", "Who may work without a permit")
REPORT = ("crime_report", "Reporting a crime to the police (zawiadomienie)")
TAKEN_AT_WORK = ("employment", "Passport taken away")
NEWBORN = ("benefits", "800+ (świadczenie wychowawcze)")
A_CARD_WITH_A_BAG = ("legal_stay", "Lost, stolen or damaged residence card?")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # («did you mean»: housing, then meldunek's landlord who will not sign)
        ("снимаю квартиру без договора, хозяин не хочет подписывать", "ru", RENTING),
        ("знімаю квартиру без договору, хазяїн не хоче підписувати", "uk", RENTING),
        # (the whole answer; Polish: the residence card's part, whose examples had the bags)
        ("у меня украли сумку с паспортом", "ru", POLICE),
        ("у мене вкрали сумку з паспортом", "uk", POLICE),
        ("ukradli mi torebkę z paszportem", "pl", POLICE),
        ("my bag with my passport was stolen", "en", POLICE),
        # («Dismissal»; «Out of work» now also names the 21 days to appeal)
        ("меня уволили", "ru", OUT_OF_WORK),
        ("мене звільнили", "uk", OUT_OF_WORK),
        ("I was fired", "en", OUT_OF_WORK),
        ("zwolnili mnie", "pl", OUT_OF_WORK),
        ("i got fired yesterday, what now", "en", OUT_OF_WORK),
        # («did you mean», work first: «legalne» is legal stay's)
        ("pracuję bez karty pobytu, czy to legalne?", "pl", LEGAL_WORK),
        ("czy to legalne pracować bez karty pobytu", "pl", LEGAL_WORK),
        # (housing or «did you mean»: «landlord» is all over renting)
        ("landlord took my passport", "en", REPORT),
        ("хозяин квартиры забрал паспорт и не отдает", "ru", REPORT),
        ("власник квартири забрав мій паспорт", "uk", REPORT),
        ("właściciel mieszkania zabrał mi paszport", "pl", REPORT),
        # (already answered at once at the start of the session: 800+'s part names a newborn)
        ("800+ на новорожденного как оформить", "ru", NEWBORN),
        ("800+ na noworodka jak złożyć wniosek", "pl", NEWBORN),
    ],
)
def test_the_gap_is_answered_at_once_at_its_part(
    searcher: search.Searcher, question, lang, expected
):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # an unfair dismissal is still the appeal's part; a boss who keeps a passport is work's
        ("уволили без предупреждения, можно судиться?", "ru", DISMISSAL),
        ("how many days to appeal against dismissal", "en", DISMISSAL),
        ("меня выгнали с работы", "ru", DISMISSAL),
        ("хазяїн на роботі забрав паспорт", "uk", TAKEN_AT_WORK),
        ("my employer took my passport", "en", TAKEN_AT_WORK),
        # a residence card stolen with a bag stays legal stay's part
        ("вкрали сумку разом з картою побиту. куди йти першим ділом?", "uk", A_CARD_WITH_A_BAG),
    ],
)
def test_near_questions_keep_their_answer(searcher: search.Searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        # an animal's word with a typo (family reunification's «привезти з України» took them)
        ("як перевезти собку через кордон", "uk"),
        ("можно привезти сабаку из украины", "ru"),
        ("можно ли взять собку в общежитие", "ru"),
        ("czy moge przewiezc piesa z ukrainy", "pl"),
        # a dog in a dormitory: no part of the content says anything about pets there
        ("чи можна взяти собаку в гуртожиток", "uk"),
        ("can i keep a dog in the dormitory", "en"),
    ],
)
def test_an_animal_no_topic_is_about_gets_no_answer(searcher: search.Searcher, question, lang):
    result = searcher.search(question, lang)
    assert result.off_topic and not result.matches, result


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        # a dictionary word a letter or two from an animal's is not one
        ("сломал руку на катке, ехать в SOR или скорую вызывать", "ru", "healthcare"),
        (
            "сосед постоянно бьет жену, слышу крики через стену, куда сообщить",
            "ru",
            "domestic_violence",
        ),
        (
            "я на 3 курсі в київському універі, можна перевестися в польський?",
            "uk",
            "higher_education",
        ),
    ],
)
def test_a_word_near_an_animals_is_still_a_question(
    searcher: search.Searcher, question, lang, topic
):
    assert at_once(searcher, question, lang)[0] == topic


NFZ = {
    "uk": ("Медичне страхування (NFZ)", "медичне страхування", "а для дітей?"),
    "ru": ("Медстраховка (NFZ)", "медстраховка nfz", "а для детей?"),
    "en": ("Health insurance (NFZ)", "nfz", "and for kids?"),
    "pl": ("Ubezpieczenie zdrowotne (NFZ)", "ubezpieczenie zdrowotne nfz", "a dla dzieci?"),
}
UKRAINIANS = {
    "uk": "Українці з PESEL UKR",
    "ru": "Украинцы с PESEL UKR",
    "en": "Ukrainians with PESEL UKR",
    "pl": "Obywatele Ukrainy z PESEL UKR",
}


@pytest.mark.parametrize("lang", ["uk", "ru", "en", "pl"])
async def test_and_for_children_after_nfz_opens_childrens_free_care(app, lang):
    # («How you become insured» was opened: it names children once, as family members)
    title, first, follow_up = NFZ[lang]
    dialogue = await person(app, lang)
    await dialogue.send(first)
    assert dialogue.text.startswith(title), dialogue.text[:300]
    await dialogue.send(follow_up)
    opens(dialogue, title, UKRAINIANS[lang])


@pytest.mark.parametrize(
    ("lang", "question", "said"),
    [
        ("ru", "меня уволили", "21 дня"),
        ("uk", "мене звільнили", "21 дня"),
        ("en", "I was fired", "21 days"),
        ("pl", "zwolnili mnie", "21 dni"),
    ],
)
async def test_fired_opens_what_to_do_now_with_the_days_to_appeal(app, lang, question, said):
    dialogue = await person(app, lang)
    await dialogue.send(question)
    part = dialogue.text.split("\n\n")[1]
    assert "PUP" in part and said in part, part
