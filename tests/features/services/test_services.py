"""/services, the menu's Services button, a service's page, and the services offered under the
answer to a typed question (the fixture catalogue: tests/fixture/services.yaml)."""

from __future__ import annotations

import random

import pytest
from rapidfuzz import fuzz

from bot.app import build
from bot.features.services import forms, listing
from tests.conftest import write_config
from tests.support.dialogue import Dialogue
from tests.support.services import OFFERS, catalogue, offer_of, write_services_config


@pytest.fixture
def config_path(tmp_path):  # type: ignore[no-untyped-def]
    return write_services_config(tmp_path)


async def test_services_are_listed_by_kind_each_with_its_first_sentence(dialogue):
    dialogue.language_hint = "uk"
    await dialogue.send("/services")
    text = dialogue.text
    kinds = ["Прийом у фахівця", "Курси та заходи", "Допомога, яку ми надаємо"]
    assert [text.index(k) for k in kinds] == sorted(text.index(k) for k in kinds)
    # the description's first sentence only; the rest is on the service's page
    assert (
        "• Юридична консультація — Безкоштовна консультація юриста щодо легалізації, роботи, житла."
        in text
    )
    assert "консультант підбере юриста" not in text
    assert "• Переклад документа — Допоможемо з перекладом документа для установи." in text
    labels = [b.label for b in dialogue.buttons]
    assert labels[:3] == ["Юридична консультація", "Психолог", "Кар'єрна консультація"]


async def test_a_services_page_says_it_all_and_opens_its_kinds_flow(dialogue):
    await dialogue.send("/services")
    await dialogue.press("Document translation")
    assert "We help translate a document for an office." in dialogue.text
    await dialogue.press("Ask for this help")
    assert "your data" in dialogue.text  # the help request's form starts with the consent
    await dialogue.send("/services")
    await dialogue.press("Polish A1")
    assert "A1, adults" in dialogue.text
    assert dialogue.button("Dates and sign-up").payload == "course:open:polish_a1"
    await dialogue.send("/services")
    await dialogue.press("Career advice")
    assert dialogue.button("Book an appointment").payload == "appt:open:career"


@pytest.mark.parametrize(
    ("lang", "question", "offered"),
    [
        ("en", "I need a lawyer", "Legal advice"),
        ("uk", "запис до психолога", "Психолог"),
        ("pl", "kurs polskiego dla dziecka", "Język polski A1"),
        ("ru", "нужен перевод свидетельства о рождении", "Перевод документа"),
    ],
)
async def test_a_typed_question_that_names_a_service_gets_it_offered_under_the_answer(
    dialogue, lang, question, offered
):
    dialogue.language_hint = lang
    await dialogue.send(question)
    offer = offer_of(dialogue)
    assert [b.label for row in offer.buttons for b in row] == [offered]
    service = offer.buttons[0][0].payload
    await dialogue.payload(service)
    assert offered in dialogue.text  # its page


@pytest.mark.parametrize(
    ("lang", "question", "offered"),
    [
        ("ru", "kursy polskogo v krakove", "Польский язык A1"),  # «курс польского», in Latin
        ("ru", "perevod dokumenta nuzhen", "Перевод документа"),
        ("uk", "pereklad dokumentiv", "Переклад документа"),
        ("ru", "nuzhen yurist", "Юридическая консультация"),  # «юрист», a word of one name
        ("uk", "potriben psyholog", "Психолог"),
    ],
)
async def test_a_service_named_in_other_forms_of_its_words_is_offered(
    dialogue, lang, question, offered
):
    dialogue.language_hint = lang
    await dialogue.send(question)
    assert [b.label for row in offer_of(dialogue).buttons for b in row] == [offered]


async def test_the_course_a_question_names_most_closely_is_offered_first(tmp_path, clock):
    data = catalogue()
    services = data["services"]
    services["polish_kids"] = dict(
        services["polish_a1"],
        title={"uk": "Польська для дітей", "ru": "Польский для детей", "en": "Polish for children",
               "pl": "Polski dla dzieci"},
        keywords={"uk": ["курс польської для дитини"], "ru": ["курс польского для ребёнка"],
                  "en": ["polish for children"], "pl": ["kurs polskiego dla dziecka"]},
    )  # fmt: skip
    app = await build(write_config(tmp_path, **data), clock=clock, search="off")
    try:
        for lang, question, first in [
            ("pl", "kurs polskiego dla dziecka", "Polski dla dzieci"),
            ("uk", "курс польської для дитини", "Польська для дітей"),
            ("pl", "kurs polskiego od podstaw", "Język polski A1"),
        ]:
            olena = Dialogue(app.core, user_id=f"{lang}{len(question)}", language_hint=lang)
            await olena.send(question)
            offered = [b.label for row in offer_of(olena).buttons for b in row]
            assert offered[0] == first, (question, offered)
    finally:
        await app.close()


def _with_a_childrens_course() -> dict:  # type: ignore[type-arg]
    """The fixture catalogue with a children's Polish course beside the adults' Polish A1, its
    names as examples/network.yaml has them."""
    data = catalogue()
    services = data["services"]
    services["polish_kids"] = dict(
        services["polish_a1"],
        title={"uk": "Польська для дітей", "ru": "Польский для детей", "en": "Polish for children",
               "pl": "Polski dla dzieci"},
        keywords={
            "uk": ["польська для дітей", "курс польської для дитини", "дитина"],
            "ru": ["польский для детей", "курс польского для ребёнка", "ребёнок"],
            "en": ["polish for kids", "polish for children", "course for my child", "child"],
            "pl": ["polski dla dzieci", "kurs polskiego dla dziecka", "dziecko"],
        },
        level={"uk": "діти 7–12", "ru": "дети 7–12", "en": "children 7–12", "pl": "dzieci 7–12"},
        **{"for": "children", "min_age": 7, "max_age": 12},
    )  # fmt: skip
    return data


@pytest.mark.parametrize(
    ("lang", "question", "offered"),
    [
        ("ru", "Как записать ребёнка на курс польского?", ["Польский для детей"]),
        ("uk", "як записати дитину на курс польської", ["Польська для дітей"]),
        ("en", "polish course for my kid", ["Polish for children"]),
        ("pl", "kurs polskiego dla dziecka", ["Polski dla dzieci"]),
        ("ru", "курсы польского для моей дочки", ["Польский для детей"]),
        ("en", "is there a polish course for my son and daughter?", ["Polish for children"]),
        # about no child: the adults' course, as before
        ("ru", "как записаться на курс польского", ["Польский язык A1"]),
        ("pl", "kurs polskiego dla dorosłych", ["Język polski A1"]),
        # about a child, but no course named: no course offered
        ("uk", "як зробити песель для дитини", []),
    ],
)
async def test_a_question_about_a_child_and_a_course_is_offered_the_childrens_course(
    tmp_path, clock, lang, question, offered
):
    app = await build(
        write_config(tmp_path, **_with_a_childrens_course()), clock=clock, search="off"
    )
    try:
        parent = Dialogue(app.core, language_hint=lang)
        await parent.send(question)
        services = [b.label for b in parent.buttons if b.payload.startswith(OFFERS)]
        assert services == offered
        if offered:  # first, with the button that opens its page and sign-up
            kids = offered[0] in ("Польский для детей", "Польська для дітей")
            kids = kids or offered[0] in ("Polish for children", "Polski dla dzieci")
            course = "polish_kids" if kids else "polish_a1"
            assert parent.button(offered[0]).payload == f"course:open:{course}"
            assert parent.replies[0].buttons[0][0].payload == f"course:open:{course}"
    finally:
        await app.close()


async def test_a_question_naming_no_service_gets_no_offer(dialogue):
    await dialogue.send("how do I get a PESEL number")
    assert not any(b.payload.startswith("service:") for b in dialogue.buttons)


async def test_the_menu_has_services_only_where_the_office_offers_some(dialogue, tmp_path, clock):
    await dialogue.send("/start")
    await dialogue.press("English")
    assert "services" in [b.payload for b in dialogue.buttons]

    (tmp_path / "bare").mkdir()
    bare = await build(write_config(tmp_path / "bare"), clock=clock, search="off")
    try:
        olena = Dialogue(bare.core)
        await olena.send("/start")
        await olena.press("English")
        assert "services" not in [b.payload for b in olena.buttons]
        await olena.send("/services")
        assert "lists no services here yet" in olena.text
    finally:
        await bare.close()


def _names(service):  # type: ignore[no-untyped-def]
    return [*(w for ws in service.keywords.values() for w in ws), *service.title.values.values()]


def test_a_service_named_with_a_typo_anywhere_in_a_message_is_found_as_by_scoring_every_name(
    app,
):
    """The quick check before scoring a name (enough of its three-letter sequences in the
    question) never drops a service the full partial-ratio scoring of every name would find:
    names with a letter dropped, changed or added, alone, cut short, or inside a sentence."""
    services = list(app.services.settings.office(None).catalogue.services.values())
    rng = random.Random(7)
    texts = []
    for name in [n for service in services for n in _names(service)]:
        for _ in range(4):
            at = rng.randrange(len(name))
            dropped, changed = name[:at] + name[at + 1 :], name[:at] + "x" + name[at + 1 :]
            typo = rng.choice([dropped, changed, name[:at] + "q" + name[at:]])
            texts += [typo, typo[2:], typo[: len(typo) // 2], f"gdzie jest {typo} tutaj?"]
    found_any = 0
    for text in texts:
        question = listing.fold(text)
        every = [
            s
            for s in services
            if any(
                fuzz.partial_ratio(question, key) >= listing.MATCH
                and len(question) >= listing.MIN_KEYWORD  # a shorter message names short ones
                if len(key) >= listing.MIN_KEYWORD
                else key in question.split()
                for key in map(listing.fold, _names(s))
            )
            # (or a Cyrillic name in Latin letters: «Psyholog» is «Психолог» so written)
            or (latin := forms.latin_keys(text)) is not None
            and forms.spelled_latin(s, latin) > 0
        ]
        assert listing.named_in(services, text) == every, text
        found_any += bool(every)
    assert found_any > len(texts) // 2  # (the typos did not make every name unfindable)


@pytest.mark.parametrize("short", ["ок", "ok", "да"])
async def test_a_message_too_short_to_name_a_service_offers_none(dialogue, short):
    dialogue.language_hint = "ru"
    await dialogue.send(short)  # «ок» is inside «документ»: no service named
    offered = [b.payload for r in dialogue.replies for row in r.buttons for b in row]
    assert not any(p.startswith("service:") for p in offered)


@pytest.mark.parametrize(
    ("lang", "question", "offered", "first_line"),
    [
        # (the tenth tester: «Sorry, I have no answer», the service only at the very bottom)
        ("en", "I need help with my CV", "Career advice", "This information point can help"),
        ("uk", "допоможіть написати резюме", "Кар'єрна консультація", "З цим вам може допомогти"),
    ],
)
async def test_a_question_the_content_cannot_answer_gets_the_service_it_names_instead(
    app, dialogue, lang, question, offered, first_line
):
    dialogue.language_hint = lang
    await dialogue.send(question)
    assert len(dialogue.replies) == 1  # no «I have no answer» before it
    assert dialogue.text.startswith(first_line)
    assert "Help with a CV" in dialogue.text or "Допомога з резюме" in dialogue.text
    assert dialogue.buttons[0].label == offered
    await dialogue.press(offered)
    assert dialogue.buttons[0].payload == "appt:open:career"  # its page, to book


async def test_a_services_own_name_typed_opens_its_page(dialogue):
    """«Document translation» typed is the service, not a topic that shares a word with it
    with the service last under it (the fourteenth tester: «opieka nad dzieckiem»)."""
    await dialogue.send("document translation")
    assert "We help translate a document for an office." in dialogue.text
    assert dialogue.button("Ask for this help")
