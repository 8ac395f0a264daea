"""Tester 32's search misses (docs/search.md, «Tester report 32's search misses»): a passport
lost with the residence card, a woman's «zgubiłam paszport», a job lost or wages unpaid,
registering as unemployed, a landlord who will not sign, the Ukrainian consulate, the tax
office, a child's residence card. Through the real search on the shipped content, and in the
chat of examples/network.yaml."""

from __future__ import annotations

import pytest

from bot import search
from tests.shipped.conftest import at_once
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

CARD = ("lost_passport", "Residence card and PESEL")
WHOLE_LOST = ("lost_passport", None)  # the whole answer: the police first
CONSULATE = ("lost_passport", "A new passport: your consulate")
OUT_OF_WORK = ("employment", "Out of work: labour office (PUP) and unemployment benefit")
UNPAID = ("employment", "Help")
TAX_OFFICE = ("income_tax", "Your tax office: help and pitfalls")


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        # (a lawyer's service and «did you mean»: legal stay's lost card beside the passport)
        ("потеряла паспорт и карту побыту помогите", "ru", CARD),
        ("загубила паспорт і карту побиту", "uk", CARD),
        ("zgubiłem paszport i kartę pobytu", "pl", CARD),
        ("zgubiłam paszport i kartę pobytu, co robić?", "pl", CARD),
        ("lost my passport and my residence card", "en", CARD),
        # (a woman writing: «did you mean», while «zgubiłem» was answered)
        ("zgubiłam paszport co robić", "pl", WHOLE_LOST),
        ("zgubilam paszport co robic", "pl", WHOLE_LOST),
        # (work's whole answer, «who may work without a permit» first)
        ("i lost my job what now", "en", OUT_OF_WORK),
        ("втратив роботу що робити", "uk", OUT_OF_WORK),
        ("straciłem pracę co teraz", "pl", OUT_OF_WORK),
        ("zwolnili mnie z pracy, mam kartę pobytu", "pl", OUT_OF_WORK),
        # («did you mean»: work, vocational courses, Polish courses)
        ("где зарегистрироваться безработным", "ru", OUT_OF_WORK),
        ("де стати на облік як безробітний", "uk", OUT_OF_WORK),
        ("gdzie zarejestrować się jako bezrobotny", "pl", OUT_OF_WORK),
        ("where do i register as unemployed", "en", OUT_OF_WORK),
        # (work's whole answer, its unemployment part, 800+ first or «did you mean»)
        ("не платят зарплату", "ru", UNPAID),
        ("не заплатили за роботу що робити", "uk", UNPAID),
        ("nie dostałem wypłaty za 2 miesiące", "pl", UNPAID),
        ("pracodawca nie płaci mi pensji", "pl", UNPAID),
        # («did you mean»: family reunification, psychological help)
        ("где консульство украины", "ru", CONSULATE),
        ("gdzie jest konsulat ukrainy", "pl", CONSULATE),
        # (the whole PIT answer, the office at its end)
        ("gdzie jest urząd skarbowy", "pl", TAX_OFFICE),
        ("где налоговая", "ru", TAX_OFFICE),
        ("where is the tax office", "en", TAX_OFFICE),
        # («did you mean»: housing, meldunek)
        (
            "хозяин не дает договор аренды, как сделать мельдунек",
            "ru",
            ("meldunek", "Pitfalls and common mistakes"),
        ),
    ],
)
def test_the_question_is_answered_at_once_at_its_part(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("question", "lang"),
    [("как получить карту побыту для ребенка", "ru"), ("karta pobytu dla dziecka jak", "pl")],
)
def test_a_childs_residence_card_is_family_reunification_at_once(searcher, question, lang):
    assert at_once(searcher, question, lang)[0] == "family_reunification"


def test_the_registration_certificate_is_not_what_to_bring(searcher):
    # (tester 32: «what to bring» first; the whole answer now, its cost with the certificate)
    assert at_once(searcher, "gde vzyat zaswiadczenie o zameldowaniu", "ru") in {
        ("meldunek", None),
        ("meldunek", "Cost"),
    }


def test_another_countrys_consulate_is_still_not_answered_outright(searcher: search.Searcher):
    result = searcher.search("как продлить российский паспорт через консульство в польше", "ru")
    assert not result.confident


@pytest.mark.parametrize(
    ("question", "lang", "expected"),
    [
        (
            "меня уволили без предупреждения",
            "ru",
            ("employment", "Dismissal (wypowiedzenie): notice and appeal"),
        ),
        ("zgubiłem paszport co robić", "pl", WHOLE_LOST),
        ("my boss does not pay my salary", "en", UNPAID),
    ],
)
def test_near_questions_keep_their_answer(searcher, question, lang, expected):
    assert at_once(searcher, question, lang) == expected


@pytest.mark.parametrize(
    ("office", "lang", "question", "said"),
    [
        (
            "opole",
            "ru",
            "потеряла паспорт и карту побыту помогите",
            "В течение 3 дней сообщите воеводе",
        ),
        ("opole", "uk", "втратив роботу що робити", "15 робочих днів"),
        ("opole", "pl", "pracodawca nie płaci mi pensji", "Państwowa Inspekcja Pracy (PIP)"),
        ("sopot", "ru", "где налоговая в сопоте", "Urząd Skarbowy w Sopocie"),
    ],
)
async def test_in_the_network_the_first_reply_is_the_part(network, office, lang, question, said):
    person = Dialogue(network.core, user_id=f"t32{office}{lang}", language_hint=lang)
    await person.send(f"/start {office}")
    replies = await person.send(question)
    first = replies[0].text
    assert said in first.split("📚")[0], first[:400]
