"""What a tester playing a Russian-speaking man from Belarus or Kazakhstan met (the ninth
session): the reply `infopoint ask` prints on the shipped content. Much of the content leads
with the Ukrainians' special status; someone who says he is not Ukrainian, or names another
nationality, is not opened at a part for Ukrainians when the topic has one for everyone, and his
nationality says who asks, not what about (docs/search.md: «A man from Belarus»).
"""

from __future__ import annotations

import pytest

from tests.shipped.test_known_gaps import english_heading, plain, reply

pytestmark = pytest.mark.slow  # the whole shipped content

INSURED = "How you become insured"
FOR_UKRAINIANS = {
    "health_insurance": "Ukrainians with PESEL UKR (since 5 March 2026)",
    "pesel": "Ukrainians: PESEL with UKR status",
    "legal_stay": "Ukrainians with PESEL UKR",
}


@pytest.mark.parametrize(
    ("question", "lang", "topic"),
    [
        (
            "ja ne ukrainets, u menya oświadczenie, est li u menya strahovka NFZ",
            "ru",
            "health_insurance",
        ),
        ("ja ne ukrainets, est li u menya strahovka NFZ", "ru", "health_insurance"),
        (
            "я не українець, працюю за oświadczenie, чи є в мене страховка NFZ",
            "uk",
            "health_insurance",
        ),
        (
            "nie jestem Ukraińcem, pracuję na oświadczeniu, czy mam ubezpieczenie NFZ",
            "pl",
            "health_insurance",
        ),
        (
            "I'm not Ukrainian, I work on an oświadczenie, do I have NFZ insurance",
            "en",
            "health_insurance",
        ),
        ("я из Беларуси, есть ли у меня страховка NFZ", "ru", "health_insurance"),
        ("я не гражданин украины, как получить песель", "ru", "pesel"),
        ("я из Беларуси, как получить песель", "ru", "pesel"),
        ("jestem z Gruzji, jak dostać PESEL", "pl", "pesel"),
        ("pesel for a belarusian", "en", "pesel"),
        # a country of the people who write in English from outside Europe (heldout41: «pesel
        # for a nigerian» was a «did you mean» of PESEL alone, «nigerian» unknown)
        ("pesel for a nigerian", "en", "pesel"),
        ("я из Беларуси, как получить карту побыту", "ru", "legal_stay"),
    ],
)
def test_someone_not_ukrainian_is_not_opened_at_the_part_for_ukrainians(question, lang, topic):
    said = reply(question, lang)
    assert said["confident"] and said["matches"][0]["id"] == topic, said
    assert english_heading(topic, said.get("part"), lang) != FOR_UKRAINIANS[topic]


@pytest.mark.parametrize(
    ("question", "lang", "part"),
    [
        ("ja ne ukrainets, u menya oświadczenie, est li u menya strahovka NFZ", "ru", INSURED),
        ("nie jestem Ukraińcem, pracuję na oświadczeniu, czy mam ubezpieczenie NFZ", "pl", INSURED),
        ("я не гражданин украины, как получить песель", "ru", "Other foreigners"),
    ],
)
def test_the_part_for_everyone_the_question_asks_about(question, lang, part):
    said = reply(question, lang)
    topic = said["matches"][0]["id"]
    assert said["confident"] and english_heading(topic, said.get("part"), lang) == part, said


@pytest.mark.parametrize(
    ("question", "lang", "topic", "part"),
    [
        # a Ukrainian still gets the part for Ukrainians
        (
            "я украинец, есть ли у меня страховка NFZ",
            "ru",
            "health_insurance",
            FOR_UKRAINIANS["health_insurance"],
        ),
        ("pesel for a ukrainian", "en", "pesel", FOR_UKRAINIANS["pesel"]),
        (
            "я українка, чи є в мене страховка NFZ з песель укр",
            "uk",
            "health_insurance",
            FOR_UKRAINIANS["health_insurance"],
        ),
    ],
)
def test_a_ukrainian_keeps_the_part_for_ukrainians(question, lang, topic, part):
    said = reply(question, lang)
    assert said["confident"] and said["matches"][0]["id"] == topic, said
    assert english_heading(topic, said.get("part"), lang) == part


def test_karta_polaka_for_a_belarusian_is_answered_at_once():
    # «belorusa» weighed as much as «Karta Polaka»: «did you mean» with legal stay alone
    said = reply("Karta Polaka dlya belorusa", "ru")
    assert said["confident"] and said["matches"][0]["id"] == "legal_stay", said
    assert english_heading("legal_stay", said.get("part"), "ru") == "For the long term"


def test_a_belarusian_with_a_humanitarian_visa_who_asks_about_work_is_offered_work():
    # work was not among the candidates at all; the Polish question found it
    said = reply("у меня гуманитарная виза, я белорус, могу работать?", "ru")
    assert said["matches"][0]["id"] == "employment", said
    assert "employment" == reply("mogę pracować na wizie humanitarnej?", "pl")["matches"][0]["id"]


def test_an_expired_passport_of_someone_who_cannot_go_to_the_embassy_is_not_work():
    # lost_passport's part on the Polish travel document for a foreigner answers it, not work or
    # a driving licence
    question = "u menya zakonchilsya pasport, ja belarus, v posolstvo idti opasno"
    said = reply(question, "ru")
    assert said["matches"][0]["id"] == "lost_passport", said
    assert english_heading("lost_passport", said.get("part"), "ru") == (
        "No new passport from your country: Polish travel document"
    )
    assert "driving_licence" not in [m["id"] for m in said["matches"]]
    assert "Работа" not in plain(question, "ru")


TEMPORARY = "How to get a temporary residence permit"
REFUSED = "Refused a permit? Appeal within 14 days"


@pytest.mark.parametrize(
    ("question", "lang", "part"),
    [
        # «how to get a residence card»: the part that says how (was the whole answer), never
        # the lost card's part («pobyta», «побыта»: the guessed «побити» of «побыту» names the
        # topic too), nor the part for Ukrainians for someone from Belarus
        ("kak poluchit kartu pobyta", "ru", TEMPORARY),
        ("как получить карту побыта", "ru", TEMPORARY),
        ("как получить карту побыту", "ru", TEMPORARY),
        ("я из Беларуси, как получить карту побыту", "ru", TEMPORARY),
        ("jak dostać kartę pobytu", "pl", TEMPORARY),
        ("how do i get a karta pobytu", "en", TEMPORARY),
        # the card named alone: the whole answer
        ("карта побыту", "ru", None),
        # the fees and MOS are the temporary residence part's
        ("skolko stoit karta pobytu", "ru", TEMPORARY),
        ("скільки коштує карта побиту", "uk", TEMPORARY),
        ("ile kosztuje karta pobytu", "pl", TEMPORARY),
        ("chto takoe MOS", "ru", TEMPORARY),
        ("що таке MOS", "uk", TEMPORARY),
        ("co to jest MOS", "pl", TEMPORARY),
        ("what is MOS", "en", TEMPORARY),
        # a refusal, in every language and in Latin letters
        ("мне отказали в карте побыту", "ru", REFUSED),
        ("otkazali v karte pobytu chto delat", "ru", REFUSED),
        ("мені відмовили в карті побиту", "uk", REFUSED),
        ("vidmovyly v karti pobytu", "uk", REFUSED),
        ("odmówili mi karty pobytu", "pl", REFUSED),
        ("dostałem decyzję odmowną", "pl", REFUSED),
        ("my residence permit was refused", "en", REFUSED),
        ("my residence card application was rejected", "en", REFUSED),
    ],
)
def test_legal_stay_opens_at_the_part_asked_about(question, lang, part):
    said = reply(question, lang)
    assert said["confident"] and said["matches"][0]["id"] == "legal_stay", said
    assert english_heading("legal_stay", said.get("part"), lang) == part


@pytest.mark.parametrize(
    ("question", "lang"),
    [
        ("ja z Kazachstanu, gde vzyat zezwolenie na pracę", "ru"),
        ("где взять zezwolenie na pracę", "ru"),
        ("де взяти дозвіл на роботу, я з Казахстану", "uk"),
        ("jestem z Kazachstanu, gdzie załatwić zezwolenie na pracę", "pl"),
        ("I'm from Kazakhstan, where do I get a work permit", "en"),
    ],
)
def test_a_kazakh_asking_for_a_work_permit_gets_the_permit_part(searcher, question, lang):
    # work first, opening (at once or when tapped) at the part that says who needs a permit
    # from the voivode, not at «Changing employer» (where «zezwolenie na pracę» led)
    result = searcher.search(question, lang)
    assert result.best is not None and result.best.id == "employment"
    part = result.part if result.confident else searcher.part_of(question, "employment")
    # (the whole answer starts with that part)
    assert part is None or searcher.parts.kb.topic("en", "employment").parts[part].heading == (
        "Who may work without a permit"
    )
