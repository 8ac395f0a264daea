"""«How do I get …» opens at the part that says how to get it, «I have a card …» at the sponsor's
(docs/search.md: «How to get it, and what one has»).

A tester found «як зробити карту побиту», «kak poluchit kartu pobytu», «jak dostać kartę pobytu»
answered with the whole of legal stay (from visa-free short stays) and «how to get a residence
card» opened at «Lost, stolen or damaged residence card?»; «я не працюю, як отримати медичну
страховку» opened at the NFZ part for Ukrainians. A verb of getting a thing now points to the part
whose heading says how to get it. Through the real core, with the shipped content."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import ROOT, Clock
from tests.support.dialogue import Dialogue

pytestmark = pytest.mark.slow  # the whole shipped content

LEGAL_STAY = {
    "uk": "Перебування, візи, карта побиту",
    "ru": "Пребывание, визы, карта побыту",
    "en": "Legal stay, visas, karta pobytu",
    "pl": "Pobyt, wizy, karta pobytu",
}
TEMPORARY = {
    "uk": "Як отримати дозвіл на тимчасове перебування",
    "ru": "Как получить разрешение на временное пребывание",
    "en": "How to get a temporary residence permit",
    "pl": "Jak uzyskać zezwolenie na pobyt czasowy",
}
SHORT_STAYS = {"uk": "Короткі поїздки"}
INSURANCE = {
    "uk": "Медичне страхування (NFZ)",
    "ru": "Медстраховка (NFZ)",
    "en": "Health insurance (NFZ)",
    "pl": "Ubezpieczenie zdrowotne (NFZ)",
}
INSURED = {
    "uk": "Як отримати страховку",
    "ru": "Как получить страховку",
    "en": "How you become insured",
    "pl": "Jak uzyskać ubezpieczenie",
}
DID_YOU_MEAN = ("Ви мали на увазі", "Вы имели в виду", "Did you mean", "Czy chodziło")


@pytest.fixture
async def app(tmp_path):  # type: ignore[no-untyped-def]
    from bot.app import build

    today = dt.datetime.now(dt.UTC).date()  # (the shipped content was checked up to today)
    clock = Clock(dt.datetime.combine(today, dt.time(9, 0), dt.UTC))
    built = await build(ROOT / "config.yaml", storage_path=tmp_path / "db.sqlite3", clock=clock)
    yield built
    await built.close()


async def asked(app, lang: str, question: str) -> str:  # type: ignore[no-untyped-def]
    dialogue = Dialogue(app.core, user_id=f"person-{lang}", language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    await dialogue.send(question)
    text = dialogue.text
    assert not any(d in text for d in DID_YOU_MEAN), text[:300]
    return text


def opens_at(text: str, title: str, heading: str) -> None:
    """The reply is the topic's answer, opened at the part under `heading`."""
    assert text.startswith(f"{title}\n\n"), text[:300]
    assert text.split("\n")[2].startswith(heading), text[:300]


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("uk", "як зробити карту побиту"),
        ("uk", "як отримати карту побиту"),
        ("ru", "kak poluchit kartu pobytu"),
        ("ru", "как оформить карту побыту"),
        ("en", "how to get a residence card"),
        ("en", "how do I obtain a residence card"),
        ("pl", "jak dostać kartę pobytu"),
        ("pl", "jak uzyskać kartę pobytu"),
    ],
)
async def test_how_to_get_a_residence_card_opens_at_the_temporary_permit(app, lang, question):
    """Was the whole answer (visa-free short stays first) or «Lost, stolen or damaged…»."""
    opens_at(await asked(app, lang, question), LEGAL_STAY[lang], TEMPORARY[lang])


@pytest.mark.parametrize(
    ("lang", "question", "heading"),
    [
        # the card named alone, no verb of getting: the whole answer, as before
        ("uk", "карта побиту", SHORT_STAYS["uk"]),
        # a part named besides the verb: that part
        ("en", "how to get permanent residence", "For the long term"),
        ("en", "I lost my residence card, how do I get a new one", "Lost, stolen or damaged"),
        ("uk", "як отримати карту побиту для українця", "Українці з PESEL UKR"),
    ],
)
async def test_what_else_is_asked_about_the_card_keeps_its_part(app, lang, question, heading):
    opens_at(await asked(app, lang, question), LEGAL_STAY[lang], heading)


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("uk", "я не працюю, як отримати медичну страховку"),
        ("ru", "я не работаю, как получить медицинскую страховку"),
        ("en", "I don't work, how can I get health insurance"),
        ("pl", "nie pracuję, jak dostać ubezpieczenie zdrowotne"),
    ],
)
async def test_no_job_how_to_get_insurance_opens_at_how_to_get_insured(app, lang, question):
    """The Ukrainian one opened at the part for Ukrainians with PESEL UKR (its examples say «не
    працюю» too); the voluntary insurance and the labour office are under «Як отримати
    страховку»."""
    opens_at(await asked(app, lang, question), INSURANCE[lang], INSURED[lang])


FAMILY = {
    "uk": "Возз'єднання сім'ї",
    "ru": "Воссоединение семьи",
    "en": "Family reunification",
    "pl": "Łączenie rodzin",
}
SPONSOR = {
    "uk": "Спонсор повинен мати",
    "ru": "У спонсора должно быть",
    "en": "The sponsor must have",
    "pl": "Sponsor musi mieć",
}


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("en", "how can I bring my wife and kids to Poland, I have a residence card for work"),
        ("uk", "маю карту побиту по роботі, як перевезти дружину і дітей"),
        ("ru", "как перевезти жену и детей в польшу, у меня карта побыту по работе"),
        ("pl", "mam kartę pobytu do pracy, jak sprowadzić żonę i dzieci"),
    ],
)
async def test_the_card_one_has_opens_family_reunification_at_the_sponsor(app, lang, question):
    """What the person has («I have a residence card») says which part they ask about, as «у
    меня карта» did: the English one was the whole answer («What it is» scored near)."""
    opens_at(await asked(app, lang, question), FAMILY[lang], SPONSOR[lang])
