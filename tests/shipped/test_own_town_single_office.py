"""The shipped single-office config (config.yaml, Starachowice) reads the person's own town as a
network's offices do: «I live in Wrocław, where do I get PESEL» names Wrocław's city hall, not
Starachowice's; «pesel Wroclaw» is answered for Wrocław without keeping it; the office's own
town named forgets it (docs/offices.md, «A town with no information point»)."""

from __future__ import annotations

import re

import pytest

from tests.support.dialogue import Dialogue

STARACHOWICE_HALL = "Urząd Miejski w Starachowicach"


@pytest.fixture
def core(shipped_core):  # type: ignore[no-untyped-def]
    return shipped_core


async def person(core, lang: str, user: str) -> Dialogue:  # type: ignore[no-untyped-def]
    dialogue = Dialogue(core, user_id=user, language_hint=lang)
    await dialogue.payload(f"language:{lang}")
    return dialogue


@pytest.mark.parametrize(
    ("lang", "typed", "city_hall", "noted"),
    [
        (
            "en",
            "I live in Wrocław, where do I get PESEL",
            "the city or gmina office (urząd miasta lub gminy) in Wrocław",
            "Noted your town: Wrocław.",
        ),
        (
            "uk",
            "я живу у Вроцлаві, де зробити песель",
            "urząd miasta lub gminy we Wrocławiu (міська або гмінна управа)",
            "Запам'ятали ваше місто: Вроцлав.",
        ),
        (
            "pl",
            "mieszkam w Gnieźnie, gdzie zrobić pesel",
            "urząd miasta lub gminy w Gnieźnie",
            "Zapamiętaliśmy Twoje miasto: Gniezno.",
        ),
    ],
)
async def test_a_person_living_elsewhere_is_told_their_own_towns_city_hall(
    core, lang, typed, city_hall, noted
):
    someone = await person(core, lang, f"single-{lang}")
    await someone.send(typed)
    assert city_hall in someone.text and STARACHOWICE_HALL not in someone.text
    assert noted in someone.text
    await someone.payload("topic:pesel")  # kept for the next answers
    assert city_hall in someone.text and STARACHOWICE_HALL not in someone.text
    await someone.send("/mydata")
    assert noted.split(": ")[1].rstrip(".") in someone.text


async def test_a_question_naming_a_town_is_answered_for_it_and_not_kept(core):
    someone = await person(core, "en", "single-asked")
    await someone.send("pesel Wroclaw")
    assert "(urząd miasta lub gminy) in Wrocław" in someone.text
    assert STARACHOWICE_HALL not in someone.text and "Noted your town" not in someone.text
    await someone.payload("topic:pesel")
    assert "Starachowice City Hall" in someone.text


async def test_the_offices_own_town_named_forgets_the_town(core):
    someone = await person(core, "uk", "single-home")
    await someone.send("я живу в Кракові")
    assert "Ваше місто: Краків" in someone.text
    assert "ваш пункт — і далі Starachowice." in someone.text  # (its city, not its long name)
    await someone.send("я живу в Стараховицях")
    await someone.payload("topic:pesel")
    assert STARACHOWICE_HALL in someone.text and "Краків" not in someone.text


@pytest.mark.parametrize(
    ("lang", "typed", "county"),
    [
        ("pl", "mieszkam w Gnieźnie", "Gdzie: Starostwo Powiatowe w Gnieźnie, wydział komunikacji"),
        ("pl", "mieszkam w Swarzędzu", "w starostwie (Starostwo Powiatowe w Poznaniu)"),
        (
            "pl",
            "mieszkam we Wrocławiu",
            "Gdzie: urząd miasta we Wrocławiu, pełniący w mieście na prawach powiatu rolę "
            "starostwa, wydział komunikacji",
        ),
        ("uk", "я живу в Гнєзно", "Де: Starostwo Powiatowe w Gnieźnie (повітове староство)"),
        (
            "ru",
            "я живу в Кракове",
            "Где: urząd miasta w Krakowie (городская управа: в городе на правах повята она "
            "выполняет роль староства)",
        ),
        (
            "en",
            "I live in Łomianki",
            "at the county office (Starostwo Powiatowe w Ożarowie Mazowieckim), take a course",
        ),
        ("en", "I live in Wrocław", "the city office (urząd miasta) in Wrocław, which does"),
    ],
)
async def test_the_county_office_is_the_persons_powiat_s_or_their_city_hall(
    core, lang, typed, county
):
    """A driving licence, a car: the starostwo of the person's powiat, in its seat (Swarzędz:
    Poznań's, Łomianki: Ożarów Mazowiecki's), or in a city with county rights its city hall;
    not Starachowice's."""
    someone = await person(core, lang, f"county-{lang}-{len(typed)}")
    await someone.send(typed)
    await someone.payload("topic:driving_licence")
    assert county in someone.text
    assert "Starachowic" not in someone.text.split("📚")[0]


@pytest.mark.parametrize(
    ("lang", "typed", "near", "serves", "groups"),
    [
        (
            "en",
            "I live in Gniezno",
            "which adult schools and CKU operate near Gniezno",
            "which centre serves Gniezno",
            "about groups starting now in Starachowice",
        ),
        (
            "uk",
            "я живу в Кракові",
            "які школи для дорослих і CKU є біля міста Краків",
            "який центр обслуговує ваше місто (Краків)",
            "про групи, які стартують зараз у місті Starachowice",
        ),
        (
            "pl",
            "mieszkam w Gnieźnie",
            "działają w Twojej okolicy (Gniezno)",
            "które centrum obsługuje Twoje miasto (Gniezno)",
            "o grupy, które startują teraz w okolicy (Starachowice)",
        ),
    ],
)
async def test_the_persons_town_is_asked_about_and_the_offices_courses_stay_its(
    core, lang, typed, near, serves, groups
):
    """Which CIC serves one's town, which adult schools are near it: the person's town; the
    groups the information point itself knows of start in its own city ({city_name})."""
    someone = await person(core, lang, f"courses-{lang}")
    await someone.send(typed)
    await someone.payload("topic:adult_education")
    assert near in someone.text
    await someone.payload("topic:polish_courses")
    assert serves in someone.text and groups in someone.text


@pytest.mark.parametrize(
    ("lang", "typed", "city_hall"),
    [
        (
            "uk",
            "я живу у Вроцлаві",
            "у urząd miasta lub gminy we Wrocławiu (міська або гмінна управа)",
        ),
        (
            "ru",
            "я живу во Вроцлаве",
            "в urząd miasta lub gminy we Wrocławiu (городская или гминная",
        ),
        (
            "en",
            "I live in Wrocław",
            "at the city or gmina office (urząd miasta lub gminy) in Wrocław",
        ),
        ("pl", "mieszkam we Wrocławiu", "(urząd miasta lub gminy we Wrocławiu;"),
    ],
)
async def test_the_own_towns_city_hall_reads_whole_in_each_language(core, lang, typed, city_hall):
    """Ukrainian and Russian say the place's Polish name whole, then explain it, as an office's
    own places are said: «у urząd miasta lub gminy we Wrocławiu (міська або гмінна управа)»,
    not «у urząd miasta lub gminy у місті Вроцлав»."""
    someone = await person(core, lang, f"whole-{lang}")
    await someone.send(typed)
    await someone.payload("topic:pesel")
    assert city_hall in someone.text
    polish = r"(?:miasta|gminy|społecznej|pracy|NFZ|wojewódzki|skarbowy)"
    mixed = rf"{polish} (?:у|в|для) (?:місті|міста|городе|города)"
    assert re.search(mixed, someone.text) is None


@pytest.mark.parametrize(
    ("lang", "typed", "note", "voivode"),
    [
        (
            "uk",
            "я живу в Кракові",
            "Дозвіл на роботу видає воєвода за місцезнаходженням роботодавця",
            "це Małopolski Urząd Wojewódzki w Krakowie",
        ),
        (
            "ru",
            "я живу в Кракове",
            "Разрешение на работу выдаёт воевода по месту нахождения работодателя",
            "это Małopolski Urząd Wojewódzki w Krakowie",
        ),
        (
            "en",
            "I live in Kraków",
            "The work permit is issued by the voivode where the employer has its seat",
            "that is the foreigners' department of the voivodeship office (Małopolski Urząd "
            "Wojewódzki w Krakowie)",
        ),
        (
            "pl",
            "mieszkam w Krakowie",
            "Zezwolenie na pracę wydaje wojewoda właściwy dla siedziby pracodawcy",
            "wydaje je: Małopolski Urząd Wojewódzki w Krakowie, wydział do spraw cudzoziemców",
        ),
    ],
)
async def test_a_work_permits_voivode_is_said_to_be_the_employers(core, lang, typed, note, voivode):
    """The voivodeship office filled from the person's town is not always the one that issues a
    work permit: the answer says the employer's seat decides, and names theirs only for that."""
    someone = await person(core, lang, f"permit-{lang}")
    await someone.send(typed)
    await someone.payload("topic:employment")
    assert note in someone.text and voivode in someone.text
    assert "Świętokrzyski" not in someone.text


@pytest.mark.parametrize(
    ("lang", "typed", "asked", "said"),
    [
        (
            "uk",
            "я живу в Кракові",
            "прийшов лист з установи, що робити",
            "не у вашому місті (Краків)",
        ),
        (
            "ru",
            "я живу в Кракове",
            "пришло письмо из учреждения, что делать",
            "не в вашем городе (Краков)",
        ),
        (
            "en",
            "I live in Kraków",
            "I got a letter from an office, what do I do",
            "not in your town (Kraków)",
        ),
        (
            "pl",
            "mieszkam w Krakowie",
            "dostałem pismo z urzędu, co robić",
            "nie jest w Twoim mieście (Kraków)",
        ),
    ],
)
async def test_a_service_offered_says_the_point_is_not_in_the_persons_town(
    core, lang, typed, asked, said
):
    """Tester 26, item 9: the office's help offered to someone living 135 km away says so."""
    someone = await person(core, lang, f"far-{lang}")
    await someone.send(typed)
    await someone.send(asked)
    assert said in someone.text
    assert any(b.payload.startswith("service:") for b in someone.buttons)


@pytest.mark.parametrize(
    ("lang", "typed", "contact", "offices"),
    [
        (
            "en",
            "I live in Kraków",
            "in Starachowice, not in your town (Kraków): the hours and places below are there",
            "the offices below are the ones in Starachowice",
        ),
        (
            "uk",
            "я живу в Кракові",
            "у місті Starachowice, а не у вашому (Краків): години й місця нижче — там",
            "установи нижче — у місті Starachowice",
        ),
        (
            "ru",
            "я живу в Кракове",
            "в городе Starachowice, а не в вашем (Краков): часы и места ниже — там",
            "учреждения ниже — в городе Starachowice",
        ),
        (
            "pl",
            "mieszkam w Krakowie",
            "w mieście Starachowice, a nie w Twoim (Kraków): godziny i miejsca poniżej są tam",
            "urzędy poniżej to urzędy w mieście Starachowice",
        ),
    ],
)
async def test_contact_and_a_help_forms_offices_name_the_points_town(
    core, lang, typed, contact, offices
):
    """README «Known gaps», Staff side and forms: /contact and a help form's offices («City
    hall», «ZUS») named no town to someone from another town, who took them for their own."""
    someone = await person(core, lang, f"contact-{lang}")
    await someone.send(typed)
    await someone.send("/contact")
    assert contact in someone.text and "27-200 Starachowice" in someone.text
    await someone.payload("assist:open:accompany_office")
    await someone.payload("person:agree")
    await someone.send("Olena")
    await someone.send("601 234 567")
    assert offices in someone.text  # above «Which office?» and its buttons
    assert any(b.payload.startswith("assist:pick:") for b in someone.buttons)
    here = await person(core, lang, f"contact-here-{lang}")  # the town unknown: nothing said
    await here.send("/contact")
    assert "📍" not in here.text.split("\n")[0]
