"""The example network (examples/network.yaml) with the shipped content: what a person asking in
their own words is offered of an office's services under the answer."""

from __future__ import annotations

import pytest

from tests.support.dialogue import Dialogue
from tests.support.services import OFFERS

pytestmark = pytest.mark.slow  # the shipped content's index


async def offered(network, office: str, lang: str, question: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The services offered under the answer to `question` asked at `office` (courses: the
    office's courses that fit it, put before the answer)."""
    person = Dialogue(network.core, user_id=f"{office}{lang}{len(question)}", language_hint=lang)
    await person.send(f"/start {office}")
    await person.send(question)
    return [b.label for b in person.buttons if b.payload.startswith(OFFERS)]


@pytest.mark.parametrize(
    ("lang", "question", "service"),
    [
        # «translator» is none of the free translation's names, but «translate a document» is
        ("en", "I need a translator for a document", "Document translation"),
        ("uk", "потрібно перекласти документи", "Переклад документа"),
        ("ru", "nuzhen prisyazhnyi perevodchik", "Перевод документа"),
        # no topic answers this one: the service is offered all the same
        ("ru", "нужно отвезти на встречу", "Транспорт на встречу"),
        ("pl", "czy możecie mnie zawieźć do urzędu", "Dowóz na spotkanie"),
    ],
)
async def test_the_county_offices_service_a_question_asks_for_is_offered(
    network, lang, question, service
):
    assert service in await offered(network, "starachowice_county", lang, question)


@pytest.mark.parametrize(
    ("office", "lang", "question", "service"),
    [
        ("opole", "ru", "kursy polskogo v krakove", "Польский язык A1"),
        ("opole", "en", "complete beginner, how do i start learning polish", "Polish A1"),
    ],
)
async def test_a_courses_name_in_other_forms_of_its_words_offers_it(
    network, office, lang, question, service
):
    assert service in await offered(network, office, lang, question)


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        # Opole's children's course has the keyword «дитина», and its career advice «робота»:
        # a question about a child's benefit or a job is not about them
        ("uk", "виплати на дитину перестали приходити, куди звертатись"),
        ("uk", "шукаю роботу на складі, де дивитись вакансії"),
        ("en", "can i get a polish pension after working here 10 years"),
    ],
)
async def test_a_word_of_a_name_in_another_form_alone_offers_nothing(network, lang, question):
    assert await offered(network, "opole", lang, question) == []


@pytest.mark.parametrize(
    ("lang", "question", "course"),
    [
        ("ru", "Как записать ребёнка на курс польского?", "Польский для детей"),
        ("uk", "як записати дитину на курс польської", "Польська для дітей"),
        ("en", "polish course for my kid", "Polish for children"),
        ("pl", "kurs polskiego dla dziecka", "Polski dla dzieci"),
    ],
)
async def test_a_question_about_a_childs_polish_course_is_offered_the_childrens_course(
    network, lang, question, course
):
    # not the adults' Polish A1 and A2, which «курс польского» names too
    assert await offered(network, "opole", lang, question) == [course]


@pytest.mark.parametrize(
    ("lang", "question", "service"),
    [
        ("uk", "kursy polskoi movy dlya ditey", "Польська для дітей"),
        ("uk", "курси польської мови для дітей", "Польська для дітей"),
        ("ru", "kursy polskogo dlya rebenka", "Польский для детей"),
        # the seventeenth tester: «polsku movu» names the adults' «польська мова»; the
        # children's course is named by its title's «польська» in another form
        ("uk", "zapysaty dytynu na polsku movu", "Польська для дітей"),
        ("uk", "записати дитину на польську мову", "Польська для дітей"),
    ],
)
async def test_a_childrens_course_asked_for_in_latin_letters_is_offered_not_the_adults(
    network, lang, question, service
):
    """The eleventh tester: «dlya ditey» is a child too (children.py), so the children's
    course first and the adults' A1 and A2 left out."""
    found = await offered(network, "opole", lang, question)
    assert found and found[0] == service
    assert not any("A1" in s or "A2" in s for s in found)


COUNTY, CITY, OPOLE = "starachowice_county", "starachowice", "opole"


@pytest.mark.parametrize(
    ("office", "lang", "question", "service"),
    [
        # tester 18, item 13: the county's childcare asked for in a person's own words
        (COUNTY, "en", "hi i need someone to watch my kids while i go to the office", "Childcare"),
        (
            COUNTY,
            "en",
            "is there anyone who can take care of my son while i am at the lawyer",
            "Childcare",
        ),
        (COUNTY, "uk", "хтось може посидіти з моїми дітьми поки я в ужонді?", "Догляд за дитиною"),
        (COUNTY, "uk", "потрібно щоб хтось доглянув дитину завтра", "Догляд за дитиною"),
        (
            COUNTY,
            "ru",
            "кто-нибудь может посидеть с детьми пока я в ужонде",
            "Присмотр за ребёнком",
        ),
        (COUNTY, "ru", "мне не с кем оставить детей завтра", "Присмотр за ребёнком"),
        (COUNTY, "pl", "czy ktoś może zająć się moimi dziećmi jutro?", "Opieka nad dzieckiem"),
        (COUNTY, "pl", "nie mam z kim zostawić syna", "Opieka nad dzieckiem"),
        # the county's other services, and the city's and Opole's, in other words than their names
        (
            COUNTY,
            "en",
            "can you translate my birth certificate into polish",
            "Document translation",
        ),
        (
            COUNTY,
            "uk",
            "треба перекласти свідоцтво про народження на польську",
            "Переклад документа",
        ),
        (COUNTY, "ru", "нужно перевести свидетельство о браке на польский", "Перевод документа"),
        (COUNTY, "pl", "potrzebuję przetłumaczyć akt urodzenia", "Tłumaczenie dokumentu"),
        (COUNTY, "en", "i have no car, how do i get to the starostwo", "Transport to a meeting"),
        (COUNTY, "ru", "у меня нет машины, как добраться до староства", "Транспорт на встречу"),
        (COUNTY, "en", "i feel very bad and need to talk to someone", "Psychologist"),
        (COUNTY, "ru", "мне очень тяжело, нужно с кем-то поговорить", "Психолог"),
        (COUNTY, "pl", "czuję się źle psychicznie, potrzebuję porozmawiać z kimś", "Psycholog"),
        (
            COUNTY,
            "uk",
            "роботодавець не платить, хто може допомогти юридично",
            "Юридична консультація",
        ),
        (COUNTY, "ru", "где получить бесплатную юридическую помощь", "Юридическая консультация"),
        (COUNTY, "pl", "chcę się uczyć polskiego, są jakieś zajęcia?", "Kurs języka polskiego"),
        (OPOLE, "en", "are there polish classes for my daughter, she is 9", "Polish for children"),
        (OPOLE, "uk", "доньці треба підтягнути польську для школи", "Польська для дітей"),
        (OPOLE, "ru", "сыну нужно учить польский для школы", "Польский для детей"),
        (OPOLE, "pl", "syn musi nauczyć się polskiego do szkoły", "Polski dla dzieci"),
        (CITY, "uk", "хтось може сходити зі мною в ZUS", "Супровід до установи"),
        (CITY, "ru", "кто-то может сходить со мной в налоговую", "Сопровождение в учреждение"),
        (CITY, "pl", "czy ktoś może iść ze mną do ZUS", "Towarzyszenie w urzędzie"),
        (CITY, "uk", "прийшов лист з ужонду, не розумію що там", "Допомога з документом"),
        (CITY, "ru", "пришло письмо из ужонда, не понимаю что там", "Помощь с документом"),
    ],
)
async def test_a_service_asked_for_in_the_persons_own_words_is_the_first_offered(
    network, office, lang, question, service
):
    found = await offered(network, office, lang, question)
    assert found and found[0] == service


async def test_a_service_named_by_a_question_the_search_is_unsure_of_comes_before_its_guesses(
    network,
):
    """Tester 18, item 13: «can someone look after my children tomorrow?» had three unrelated
    guesses (emergency numbers, work permits) and Childcare last, under them."""
    person = Dialogue(network.core, user_id="unsure", language_hint="en")
    await person.send("/start starachowice_county")
    await person.send("can someone look after my children tomorrow?")
    first = person.replies[0]
    assert [b.label for row in first.buttons for b in row][0] == "Childcare"
    assert "While you are at an appointment" in first.text  # what it is, with its name
