"""Tester 37's search and answer misses (docs/search.md, «Tester 37's search misses»): a lost
wallet, a loan taken on one's PESEL, the residence card's fee, work or a new employer while one
waits, an interpreter at a doctor's in Latin letters, a job without Polish, an eviction, a
Profil Zaufany; a Ukrainian who uses Russian words stays answered in Ukrainian. Through the real
search on the shipped content; and through the real core: free legal aid and a visit for
someone whose town has no office (F5), a service found by its title (F23), a Polish neighbour
asking for someone else (F17)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ROOT, Clock
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

CARD_LOST = ("legal_stay", "Lost, stolen or damaged residence card?")
DOCUMENTS_LOST = ("lost_passport", "Documents stolen or lost: report it to the police")
BLOCK_PESEL = ("pesel", "Blocking your PESEL (zastrzeżenie)")
FEE = ("legal_stay", "How to get a temporary residence permit")
WAITING = ("legal_stay", "Working while you wait for the decision")
DOCTORS = ("healthcare", "Pitfalls and common mistakes")
JOB_SEEKER = ("employment", "Out of work: labour office (PUP) and unemployment benefit")
RIGHTS = ("housing", "Your rights (ordinary lease)")
HOMELESS = ("housing", "Nowhere to live or sleep (homelessness)")
TRUSTED = ("bank_account", "Trusted Profile (Profil Zaufany)")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # F10: the bank's «Pitfalls» before (its «bank card»)
        ("i lost my wallet with residence card and bank card", "en", CARD_LOST),
        ("потерял кошелек с картой побыту и банковской картой", "ru", CARD_LOST),
        ("i lost my wallet with all my documents", "en", DOCUMENTS_LOST),
        ("someone used my pesel for loan", "en", BLOCK_PESEL),
        ("хтось взяв кредит на мій песель", "uk", BLOCK_PESEL),
        # F11: the whole topic, or another topic's part
        ("how much cost karta pobytu", "en", FEE),
        ("mozhno li rabotat poka zhdu kartu pobytu", "ru", WAITING),
        ("a mozhno smenit rabotodatelya poka zhdu kartu?", "ru", WAITING),
        ("can i change employer while waiting for my residence card", "en", WAITING),
        ("nuzhen perevodchik k vrachu", "ru", DOCTORS),
        ("potriben perekladach do likarja", "uk", DOCTORS),
        ("шукаю роботу без знання польської", "uk", JOB_SEEKER),
        ("apartment owner wants to kick me out tomorrow", "en", RIGHTS),
        # F13: the whole 6,000-character housing topic before
        ("нам нема де жити, хазяйка виганяє з квартири до кінця місяця", "uk", HOMELESS),
        ("нам негде жить, хозяйка выгоняет из квартиры до конца месяца", "ru", HOMELESS),
        # F15: the bank's «Steps» before (its one sentence: «through your bank»)
        ("kak poluchit profil zaufany", "ru", TRUSTED),
        ("how do i get profil zaufany", "en", TRUSTED),
        ("як зробити профіль довіри", "uk", TRUSTED),
        ("jak założyć profil zaufany", "pl", TRUSTED),
    ],
)
def test_tester_37s_miss_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


def test_the_trusted_profile_part_says_how_without_a_polish_bank(searcher):
    """The part itself (F15: only «you can usually confirm it through your bank» before): the
    bank, and without one pz.gov.pl and a confirmation point, in every language."""
    for lang in ("uk", "ru", "en", "pl"):
        topic = searcher.parts.kb.topic(lang, "bank_account")
        text = topic.parts[6].text
        assert "pz.gov.pl" in text and "potwierdzaj" in text and "PESEL" in text, text


def test_the_typed_request_to_see_the_assistant_in_latin_letters_books_a_visit(searcher):
    """«hochu zapisatsya na priem k assistentu» was a «did you mean» without «Book a visit»."""
    result = searcher.search("hochu zapisatsya na priem k assistentu", "ru")
    assert result.confident and result.booking, result


@pytest.mark.parametrize(
    "question",
    ["а школа? куда записать дитину в школу", "сколько ждать песель для дітей"],
)
def test_a_ukrainian_who_uses_russian_words_stays_answered_in_ukrainian(searcher, question):
    """A Ukrainian word or letter («дитину», «дітей») keeps a Ukrainian conversation Ukrainian
    (tester 37, F7); from a Russian speaker the same words stay Russian."""
    assert searcher.search(question, "uk").lang == "uk"
    assert searcher.search("куда записать ребенка в школу", "uk").lang == "ru"


async def test_a_person_from_another_town_gets_their_own_legal_aid_and_the_visits_town(tmp_path):
    """Someone the bot knows is in Opole (no office there) gets free legal aid for Opole with the
    national finder, not Starachowice county's points, and a visit offered with the office's town
    named (F5); the information meeting found by its title (F23); a Polish neighbour asking for
    someone else offered the accompaniment first (F17). One app for all."""
    from bot.app import build

    today = dt.datetime.now(dt.UTC).date()  # (the shipped content was checked up to today)
    clock = Clock(dt.datetime.combine(today, dt.time(9, 0), dt.UTC))
    app = await build(ROOT / "config.yaml", storage_path=tmp_path / "db.sqlite3", clock=clock)
    try:
        dialogue = Dialogue(app.core, user_id="t37-opole", language_hint="uk")
        await dialogue.payload("language:uk")
        await dialogue.send("добрий день я в ополе з двома дітьми, як зробити песель для дітей")
        await dialogue.send("я живу в Ополе, де безкоштовний юрист?")
        assert "np.ms.gov.pl" in dialogue.text
        assert "w Opolu" in dialogue.text, dialogue.text[:1500]
        assert "powiatu starachowickiego" not in dialogue.text, dialogue.text[:1500]
        await dialogue.send("хочу записатися на прийом")
        assert "у місті Starachowice, а не у вашому (Ополе)" in dialogue.text, dialogue.text
        await dialogue.press("Записатися на візит")
        assert "а не у вашому (Ополе)" in dialogue.text, dialogue.text

        dialogue = Dialogue(app.core, user_id="t37-meeting", language_hint="uk")
        await dialogue.payload("language:uk")
        await dialogue.send("хочу на інформаційну зустріч з дітьми")
        assert dialogue.buttons[0].payload == "course:open:info_meeting", dialogue.text

        dialogue = Dialogue(app.core, user_id="t37-neighbour", language_hint="pl")
        await dialogue.payload("language:pl")
        await dialogue.send(
            "dzien dobry, pomagam sasiadce z Ukrainy, ona nie mowi po polsku, "
            "czy ktos moze z nia pojsc do lekarza?"
        )
        assert dialogue.buttons[0].payload == "service:accompany_office", dialogue.text
    finally:
        await app.close()
