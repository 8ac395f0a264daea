"""A person's own town with no office of the network («mieszkam we Wrocławiu», «я живу в
Гнезно», «pesel Wroclaw») is kept: the answers name the city hall (urząd miasta lub gminy), the
social help and the education office of that town, and the labour office, voivodeship office
and NFZ branch for it, with no address, where they named the office's; the office's own places
(its free legal aid) stay. Ukrainian and Russian texts name
the town in their language where it has a name there (Вроцлав, Краков), else in a phrase where
Polish says it in its locative («w Gnieźnie»; the gate: «В городе Гнезно»). /mydata shows
it, /forget erases it, naming an office's own town alone forgets it. A town standing alone in
a short question («pesel Wroclaw», «Kraków meldunek», «Вроцлав песель») is read as theirs too;
a town whose name is an ordinary word («marki pesel», «лапы болят») is not. (The fixture's
offices answer with Starachowice's places.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.app import build
from bot.content import towns
from bot.features.office.cities import named_town
from bot.search import text as texts
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config

OFFICE_CITY_HALL = "Urząd Miejski w Starachowicach"  # the fixture's {city_office}
OFFICE_SOCIAL = "Centrum Usług Społecznych w Starachowicach"  # its {social_services}
# … and in English (its label); the office's free legal aid ({legal_aid}), in each language
OFFICE_IN_ENGLISH = "Starachowice City Hall"
LEGAL_AID = {"pl": "powiatu starachowickiego", "en": "Starachowice county free legal aid"}
NORTH = {"uk": "Північ", "ru": "Север", "en": "North", "pl": "Północ"}
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


async def with_office(app, hint: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id=user, language_hint=hint)
    await person.send("/start")
    await person.press(NORTH[hint])
    return person


@pytest.mark.parametrize(
    ("hint", "typed", "gate", "city_hall", "social"),
    [
        (
            "pl",
            "mieszkam we Wrocławiu",
            "We Wrocławiu nie mamy punktu informacyjnego.",
            "urząd miasta lub gminy we Wrocławiu",
            "ośrodek pomocy społecznej we Wrocławiu",
        ),
        (
            "uk",
            "я живу у Вроцлаві",
            "У місті Вроцлав у нас немає інформаційного пункту.",
            "urząd miasta lub gminy we Wrocławiu (міська або гмінна управа)",
            "ośrodek pomocy społecznej we Wrocławiu (центр соціальної допомоги)",
        ),
        (
            "ru",
            "я живу в Гнезно",
            "В городе Гнезно (Gniezno) у нас нет информационного пункта.",
            "urząd miasta lub gminy w Gnieźnie (городская или гминная управа)",
            "ośrodek pomocy społecznej w Gnieźnie (центр социальной помощи)",
        ),
        (
            "en",
            "I live in Rzeszów",
            "In Rzeszów we have no information point.",
            "the city or gmina office (urząd miasta lub gminy) in Rzeszów",
            "the social assistance centre (ośrodek pomocy społecznej, MOPS/GOPS) in Rzeszów",
        ),
    ],
)
async def test_the_answers_name_the_city_hall_of_the_town_named_at_the_gate(
    network, hint, typed, gate, city_hall, social
):
    person = Dialogue(network.core, user_id=f"2601{hint}", language_hint=hint)
    await person.send(typed)
    assert gate in person.text
    assert "/mydata" in person.text  # where to see it, and /forget to erase it
    await person.press(NORTH[hint])  # (the nearest, South, answers PESEL its own way)
    assert len(person.replies) == 1  # the office chosen: the town alone is not asked again
    await person.payload("topic:pesel")
    assert city_hall in person.text
    assert OFFICE_CITY_HALL not in person.text and OFFICE_IN_ENGLISH not in person.text
    await person.payload("topic:housing")  # its city hall, social help and legal aid points
    assert city_hall in person.text and social in person.text
    assert OFFICE_CITY_HALL not in person.text and OFFICE_SOCIAL not in person.text
    # free legal aid is the county's where one lives, not the office's (tester 37, F5)
    assert LEGAL_AID.get(hint, LEGAL_AID["pl"]) not in person.text
    assert "np.ms.gov.pl" in person.text


async def test_the_town_is_in_mydata_and_gone_after_forget(network):
    olena = Dialogue(network.core, user_id="2602", language_hint="uk")
    await olena.send("я живу в Кракові")
    await olena.send("/mydata")
    assert "Ваше місто: Краків" in olena.text  # (before an office is chosen too)
    await olena.payload("office:north")
    await olena.send("/mydata")
    assert "Інформаційний пункт: Північ" in olena.text and "Ваше місто: Краків" in olena.text
    await olena.send("/forget")
    await olena.payload("privacy:forget")
    olena = await with_office(network, "uk", "2602")
    await olena.send("/mydata")
    assert "Ваше місто" not in olena.text
    await olena.payload("topic:pesel")
    assert OFFICE_CITY_HALL in olena.text and "Краків" not in olena.text


THEIRS = {  # the same question, saying the person lives there
    "pesel Wroclaw": "mieszkam we Wrocławiu, pesel",
    "Kraków meldunek": "mieszkam w Krakowie, meldunek",
    "Вроцлав песель": "я живу у Вроцлаві, песель",
    "песель Краков": "я живу в Кракове, песель",
    "pesel wroclaw": "I live in Wroclaw, pesel",
}


@pytest.mark.parametrize(
    ("hint", "typed", "city_hall", "noted"),
    [
        (
            "pl",
            "pesel Wroclaw",
            "urząd miasta lub gminy we Wrocławiu",
            "Zapamiętaliśmy Twoje miasto: Wrocław.",
        ),
        (
            "pl",
            "Kraków meldunek",
            "urząd miasta lub gminy w Krakowie",
            "Zapamiętaliśmy Twoje miasto: Kraków.",
        ),
        (
            "uk",
            "Вроцлав песель",
            "urząd miasta lub gminy we Wrocławiu (міська або гмінна управа)",
            "Запам'ятали ваше місто: Вроцлав.",
        ),
        (
            "ru",
            "песель Краков",
            "urząd miasta lub gminy w Krakowie (городская",
            "ваш город: Краков.",
        ),
        (
            "en",
            "pesel wroclaw",
            "the city or gmina office (urząd miasta lub gminy) in Wrocław",
            "Noted your town: Wrocław.",
        ),
    ],
)
async def test_a_town_standing_alone_in_a_question_is_answered_for_not_kept(
    network, hint, typed, city_hall, noted
):
    """A question naming a town («Kraków meldunek») is answered for that town, but the town is
    not taken for where the person lives (it may be someone else's, or one being considered);
    said with «I live» it is kept, the line under the answer says so once."""
    person = await with_office(network, hint, f"2603{hint}{len(typed)}")
    await person.send(typed)
    assert city_hall in person.text and OFFICE_CITY_HALL not in person.text
    assert noted not in person.text
    await person.send("/mydata")
    assert not re.search(r"Twoje miasto|Ваш город|Ваше місто|Your town", person.text)
    await person.payload("topic:pesel")  # the next answers: the office's places
    assert city_hall not in person.text
    await person.send(THEIRS[typed])
    assert noted in person.text  # under the answer, once
    await person.send(typed)
    assert city_hall in person.text and noted not in person.text
    await person.payload("topic:pesel")  # kept for the next answers
    assert city_hall in person.text


@pytest.mark.parametrize(
    ("hint", "typed", "town"),
    [
        ("uk", "мій брат живе у Варшаві, як йому зробити песель", "Варшава"),
        ("ru", "моя сестра живёт в Кракове, где ей сделать песель", "Краков"),
        ("en", "my friend lives in Wroclaw, where does he get a pesel", "Wrocław"),
        ("pl", "meldunek w Krakowie", "Kraków"),
    ],
)
async def test_a_town_someone_else_lives_in_is_not_kept_as_theirs(network, hint, typed, town):
    person = await with_office(network, hint, f"2607{hint}{len(typed)}")
    await person.send(typed)
    assert not re.search(r"Zapamiętaliśmy|Запам'ятали|ваш город|Noted your town", person.text)
    await person.send("/mydata")
    assert not re.search(r"Twoje miasto|Ваш город|Ваше місто|Your town", person.text)
    assert town not in person.text
    await person.payload("topic:pesel")
    assert (OFFICE_IN_ENGLISH if hint == "en" else OFFICE_CITY_HALL) in person.text
    assert town not in person.text


async def test_a_question_naming_a_town_at_the_gate_keeps_no_town(network):
    person = Dialogue(network.core, user_id="2608", language_hint="pl")
    await person.send("meldunek w Krakowie")
    assert "Zapamiętaliśmy" not in person.text and "Kraków" not in person.text
    await person.send("/mydata")
    assert "Twoje miasto" not in person.text


async def test_a_town_alone_from_someone_with_an_office_is_kept_and_said(network):
    piotr = await with_office(network, "pl", "2604")
    await piotr.send("mieszkam w Gnieźnie")
    assert piotr.text.startswith("📍 Twoje miasto: Gniezno. Nie mamy tam punktu informacyjnego")
    assert "Twoim punktem pozostaje Północ" in piotr.text
    await piotr.payload("topic:pesel")
    assert "urząd miasta lub gminy w Gnieźnie" in piotr.text


async def test_an_offices_own_town_named_alone_forgets_the_town(network):
    ivan = await with_office(network, "ru", "2605")
    await ivan.send("я живу в Кракове")
    await ivan.send("Север")  # their office's own name: its places are theirs again
    await ivan.payload("topic:pesel")
    assert OFFICE_CITY_HALL in ivan.text and "Краков" not in ivan.text


@pytest.mark.parametrize(
    ("hint", "typed"),
    [
        ("pl", "marki pesel"),  # Marki, a town, and brands
        ("pl", "wola pesel"),  # Wola, a part of Warsaw, and will
        ("pl", "pisz pesel"),  # Pisz, and «write!»
        ("ru", "лапы болят"),  # Łapy, and paws
        ("uk", "зорі песель"),  # Żory, and stars
        ("en", "elk pesel"),  # Ełk
        ("en", "train to warsaw ticket price"),  # where one goes, not where one lives
        ("uk", "коли поїзд до Варшави"),
    ],
)
async def test_an_ordinary_word_that_is_a_towns_name_names_no_town(network, hint, typed):
    person = await with_office(network, hint, f"2606{hint}{len(typed)}")
    await person.send(typed)
    await person.send("/mydata")
    assert not re.search(r"Twoje miasto|Ваш город|Ваше місто|Your town", person.text)
    await person.payload("topic:pesel")
    assert (OFFICE_IN_ENGLISH if hint == "en" else OFFICE_CITY_HALL) in person.text


def test_no_word_of_the_content_or_the_texts_stands_for_a_town():
    """Every lower-case word of the answers and the bot's texts in the four languages (the
    words people use about these matters), with another word after it, names no town: a town
    whose name is also such a word is in towns.yaml's `common` list."""
    files = [*ROOT.glob("content/faq_*.yaml"), *ROOT.glob("bot/content/locales/*/*.yaml")]
    assert len(files) > 4
    words = set()
    for file in files:
        text = re.sub(r"\S*(https?://|www\.|\.pl\b|\.com\b|\.org\b)\S*", " ", file.read_text())
        words |= {w for w in re.findall(r"\w+", text) if w[0].islower() and not w.isdigit()}
    assert len(words) > 10_000
    named = {w: town.name for w in words if (town := named_town(f"{w} pesel")) is not None}
    assert {w for w, town in named.items() if not _its_name(w, town)} == set()
    assert named  # («coach to krakow where buy»: the content's own examples name towns too)
    assert named_town("Marki pesel") is None and named_town("w Markach") is not None


def _its_name(word: str, town: str) -> bool:
    """Whether `word` is the town's own name as typed («krakow», «warsaw»)."""
    its = towns.words()
    own = [town, *its.names.get(town, ()), *its.alone_too.get(town, ())]
    return any(set(texts.keys(word)) & set(texts.keys(name.lower())) for name in own)


def test_every_town_in_another_language_is_a_town_of_the_list():
    """towns.yaml names only towns of cities.yaml, in both languages, and its districts and
    common words too (a misspelt name would silently never be used)."""
    listed = (ROOT / "bot/features/office/cities.yaml").read_text(encoding="utf-8")
    words = towns.words()
    for name in [
        *words.names,
        *words.districts,
        *words.districts.values(),
        *words.common,
        *words.alone_too,
        *words.forms,
        *words.polish_in,
    ]:
        assert f'"{name}":' in listed, name
    assert all(len(its) == len(towns.NATIVE) and all(its) for its in words.names.values())


# The fixture office's places chosen by where one lives ({labour_office}, {voivodeship_office},
# {nfz_branch}): none of them is named to someone living in Kraków, who is told theirs
OFFICE_BY_RESIDENCE = (
    "Powiatowy Urząd Pracy w Starachowicach",
    "Świętokrzyski Urząd Wojewódzki w Kielcach",
    "Świętokrzyski Oddział Wojewódzki NFZ w Kielcach",
)


@pytest.mark.parametrize(
    ("hint", "typed", "asked"),
    [
        (
            "pl",
            "mieszkam w Krakowie",
            {
                "straciłem pracę, gdzie zarejestrować się jako bezrobotny": (
                    "powiatowy urząd pracy właściwy dla Twojego miejsca zamieszkania w Krakowie"
                ),
                "karta pobytu": "Małopolski Urząd Wojewódzki w Krakowie, wydział do spraw",
                "dobrowolne ubezpieczenie zdrowotne NFZ": (
                    "oddział wojewódzki NFZ właściwy dla Twojego miejsca zamieszkania w Krakowie"
                ),
            },
        ),
        (
            "uk",
            "я живу в Кракові",
            {
                "де зареєструватися як безробітний": (
                    "powiatowy urząd pracy właściwy dla miejsca zamieszkania w Krakowie (повітовий "
                    "центр зайнятості)"
                ),
                "карта побиту": "Małopolski Urząd Wojewódzki w Krakowie (воєводське управління",
                "добровільне страхування NFZ": (
                    "oddział wojewódzki NFZ właściwy dla miejsca zamieszkania w Krakowie"
                ),
            },
        ),
        (
            "en",
            "I live in Krakow",
            {
                "where to register as unemployed": (
                    "county labour office (powiatowy urząd pracy) for Kraków"
                ),
                "karta pobytu": "voivodeship office (Małopolski Urząd Wojewódzki w Krakowie)",
                "voluntary NFZ health insurance": (
                    "the regional NFZ branch (oddział wojewódzki NFZ) for Kraków"
                ),
            },
        ),
    ],
)
async def test_the_offices_chosen_by_where_one_lives_are_said_for_the_persons_town(
    network, hint, typed, asked
):
    person = await with_office(network, hint, f"2607{hint}")
    await person.send(typed)
    for question, theirs in asked.items():
        await person.send(question)
        assert theirs in person.text, question
        assert [name for name in OFFICE_BY_RESIDENCE if name in person.text] == [], question
