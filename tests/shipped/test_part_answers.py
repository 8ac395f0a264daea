"""What a person sees when a question asks about one part of a shipped topic: that part first,
with the sources the content names for it (`part_sources`), and every source of the topic under
the whole answer one tap away. «PESEL for my child» opens the part about a child (a baby born in
Poland, a child from Ukraine) in every language, not the newborn's alone."""

from __future__ import annotations

import pytest

from bot.core.dispatch import Core
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

BIRTH = "epuap.gov.pl/wps/portal/strefa-klienta/katalog-spraw/narodziny"
UKR_HOLDERS = "wazna-informacja-dla-obywateli-ukrainy-posiadajacych-numer-pesel-ze-statusem-ukr"
OTHER_FOREIGNERS = "obywatel.gov.pl/dokumenty-i-dane-osobowe/uzyskaj-numer-pesel-dla-cudzoziemcow"
PESEL_REGISTER = "sprawdz-swoje-dane-w-rejestrze-pesel"
VOLUNTARY = "nfz.gov.pl/dla-pacjenta/ubezpieczenia-w-nfz/jak-sie-ubezpieczyc-dobrowolnie"
EWUS = "ewus-nie-potwierdza-prawa-do-swiadczen"
EUAA = "dip.euaa.europa.eu"
BLUE_CARD = "temporary-residence-permit-high-qualified-workers-eu-blue-card"
CUKR = "CUKR-procedura"
NEW_EMPLOYER = "biznes.gov.pl/pl/portal/00213"  # a new employer needs a new work permit
WITHOUT_A_PERMIT = "biznes.gov.pl/pl/portal/004330"  # when a foreigner's work is legal
UNEMPLOYMENT = "zasilek-dla-bezrobotnych"
KCIK = "kcik-en"


@pytest.fixture
def core(shipped_core):  # type: ignore[no-untyped-def]
    return shipped_core


def listed(dialogue: Dialogue) -> str:
    """The sources under the latest answer: after «📚», up to the date they were checked."""
    text = "\n".join(r.text for r in dialogue.replies)  # (markup: the links' addresses kept)
    assert "📚" in text, text
    return text.split("📚")[1].split("🗓")[0]


async def ask(core: Core, lang: str, question: str) -> Dialogue:
    dialogue = Dialogue(core, user_id=f"person-{lang}", language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(question)
    return dialogue


@pytest.mark.parametrize(
    ("lang", "question", "title", "heading"),
    [
        ("en", "pesel for child", "PESEL number (incl. PESEL UKR)", "PESEL for a child"),
        ("en", "PESEL for my child", "PESEL number (incl. PESEL UKR)", "PESEL for a child"),
        ("en", "pesel for my kid", "PESEL number (incl. PESEL UKR)", "PESEL for a child"),
        ("uk", "песель для дитини", "Номер PESEL (і PESEL UKR)", "PESEL для дитини"),
        ("ru", "песель для ребенка", "Номер PESEL (и PESEL UKR)", "PESEL для ребёнка"),
        ("pl", "PESEL dla dziecka", "Numer PESEL (też PESEL UKR)", "PESEL dla dziecka"),
    ],
)
async def test_pesel_for_a_child_opens_the_childs_part_with_its_sources(
    core, lang, question, title, heading
):
    dialogue = await ask(core, lang, question)
    text = dialogue.text
    assert text.startswith(f"{title}\n\n{heading}\n"), text[:200]
    assert "USC" in text  # a baby born in Poland
    assert "12" in text  # a child from Ukraine: from 12 in person
    sources = listed(dialogue)
    assert BIRTH in sources and UKR_HOLDERS in sources
    assert OTHER_FOREIGNERS not in sources and PESEL_REGISTER not in sources
    await dialogue.payload("topic:pesel")  # «📖 The whole answer»
    everything = listed(dialogue)
    assert all(s in everything for s in (BIRTH, UKR_HOLDERS, OTHER_FOREIGNERS, PESEL_REGISTER))


async def test_a_newborns_pesel_still_opens_the_childs_part(core):
    dialogue = await ask(core, "en", "pesel for my newborn")
    assert dialogue.text.startswith("PESEL number (incl. PESEL UKR)\n\nPESEL for a child\n")


@pytest.mark.parametrize(
    ("lang", "question", "heading", "shown", "not_shown"),
    [
        (
            "en",
            "how much is voluntary NFZ insurance",
            "How you become insured",
            VOLUNTARY,
            (EWUS, EUAA),
        ),
        (
            "ru",
            "сколько стоит добровольная страховка нфз",
            "Как получить страховку",
            VOLUNTARY,
            (EWUS,),
        ),
        ("en", "EU blue card", "EU Blue Card (Niebieska Karta UE)", BLUE_CARD, (CUKR,)),
        ("uk", "блакитна карта єс для програміста", "Блакитна карта ЄС", BLUE_CARD, (CUKR,)),
    ],
)
async def test_a_part_of_nfz_or_legal_stay_lists_its_own_sources_and_the_whole_answer_all(
    core, lang, question, heading, shown, not_shown
):
    dialogue = await ask(core, lang, question)
    assert heading in dialogue.text.split("\n")[2], dialogue.text[:200]
    sources = listed(dialogue)
    assert shown in sources and not any(s in sources for s in not_shown)
    whole = dialogue.button("📖").payload
    await dialogue.payload(whole)
    everything = listed(dialogue)
    assert shown in everything and all(s in everything for s in not_shown)


def links(sources: str) -> int:
    return sources.count("https://")


@pytest.mark.parametrize(
    ("lang", "question", "heading"),
    [
        (
            "en",
            "can I change my employer on a work permit",
            "Changing employer: work permit, residence card",
        ),
        ("uk", "чи можна змінити роботодавця з дозволом на роботу", "Зміна роботодавця"),
    ],
)
async def test_a_part_of_employment_lists_its_own_few_sources_not_the_topics_30(
    core, lang, question, heading
):
    """The tester's question opens employment's part on changing employer, and under it the four
    pages it rests on, not the topic's 30 (several screens on a phone)."""
    dialogue = await ask(core, lang, question)
    assert dialogue.text.split("\n")[2] == heading, dialogue.text[:200]
    sources = listed(dialogue)
    assert NEW_EMPLOYER in sources and links(sources) == 4, sources
    assert not any(s in sources for s in (WITHOUT_A_PERMIT, UNEMPLOYMENT, KCIK))
    await dialogue.payload(dialogue.button("📖").payload)
    everything = listed(dialogue)
    # 37 until 2026-12-07, then the 2027 minimum wage and the CUKR act (39) and the three
    # sources of the certificate of earnings (42)
    assert links(everything) == 42
    assert all(s in everything for s in (NEW_EMPLOYER, WITHOUT_A_PERMIT, UNEMPLOYMENT, KCIK))


async def test_who_may_work_without_a_permit_lists_its_ten_sources(core):
    dialogue = Dialogue(core, user_id="person-en", language_hint="en")
    await dialogue.payload("language:en")
    await dialogue.payload("topic:employment:0")  # «Who may work without a permit»
    assert dialogue.text.startswith("Work: permits and contracts"), dialogue.text[:100]
    assert "Who may work without a permit" in dialogue.text and "Dismissal" not in dialogue.text
    sources = listed(dialogue)
    assert WITHOUT_A_PERMIT in sources and links(sources) == 10, sources  # 9 until 2026-12-07
    assert NEW_EMPLOYER not in sources and UNEMPLOYMENT not in sources


@pytest.mark.parametrize(
    ("lang", "question", "crisis_line"),
    [
        ("uk", "у мене депресія, що робити", "116 123"),
        ("ru", "у меня депрессия и панические атаки, что делать", "116 123"),
        ("pl", "mam depresję, co robić", "116 123"),
    ],
)
async def test_someone_in_distress_gets_the_whole_psychological_answer_crisis_lines_first(
    core, lang, question, crisis_line
):
    """Not a later part («Pitfalls»): the 112 and crisis lines the topic starts with."""
    dialogue = await ask(core, lang, question)
    text = dialogue.text
    assert "112" in text and crisis_line in text
    assert text.index("112") < text.index(crisis_line)
