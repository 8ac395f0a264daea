"""A service that serves in some languages only (`languages: [uk]`: the fixture's document
translation) says so on its page, and is not offered for a question naming another language
or its country («a Belarusian diploma», tester 34), or a city of that country («диплом з
Мінська»): a line under the answer says which languages it is for. A question naming none, or
Ukrainian (or Kyiv), is offered it as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.services import write_services_config

NOT_OFFERED = {
    "en": (
        "translate my Belarusian diploma",
        "«Document translation» is only for these languages: Ukrainian. We don't offer it for"
        " Belarusian.",
    ),
    "uk": (
        "перекласти білоруський диплом",
        "Послуга «Переклад документа» — лише для таких мов: українська. Для мови «білоруська»",
    ),
    "ru": (
        "перевод диплома из Беларуси",
        "Услуга «Перевод документа» — только для таких языков: украинский.",
    ),
    "pl": (
        "tłumaczenie dyplomu z Białorusi",
        "Usługa «Tłumaczenie dokumentu» obejmuje tylko te języki: ukraiński.",
    ),
}


@pytest.fixture
async def app(tmp_path: Path, clock):  # type: ignore[no-untyped-def]
    """As `infopoint run` builds it (the search in the background: Babel's locale data trimmed
    as it is read, its territories gone)."""
    application = await build(write_services_config(tmp_path), clock=clock, search="background")
    yield application
    await application.close()


def _offered(person: Dialogue) -> bool:
    return any(b.payload == "service:translation" for b in person.buttons)


@pytest.mark.parametrize("lang", list(NOT_OFFERED))
async def test_a_document_in_another_language_is_not_offered_the_translation(app, dialogue, lang):
    await dialogue.payload(f"language:{lang}")
    question, line = NOT_OFFERED[lang]
    await dialogue.send(question)
    assert line in dialogue.text, [r.text for r in dialogue.replies]
    assert not _offered(dialogue)


CITY = {
    "uk": ("перекласти диплом з Мінська", "Для мови «білоруська, російська»"),
    "ru": ("перевод диплома из Тбилиси", "Для языка «грузинский»"),
    "en": ("translate my diploma from Minsk", "We don't offer it for Belarusian, Russian."),
    "pl": ("tłumaczenie dyplomu z Mińska", "obejmuje tylko te języki: ukraiński."),
}


@pytest.mark.parametrize("lang", list(CITY))
async def test_a_document_from_a_city_of_another_country_is_not_offered_it(app, dialogue, lang):
    await dialogue.payload(f"language:{lang}")
    question, line = CITY[lang]
    await dialogue.send(question)
    assert line in dialogue.text, [r.text for r in dialogue.replies]
    assert not _offered(dialogue)


@pytest.mark.parametrize(
    "question",
    [
        "translate my diploma",
        "translate my Ukrainian birth certificate",
        "translate my diploma from Kyiv",
        "translate my personal documents",  # (not «perski»: Persian)
    ],
)
async def test_a_document_in_ukrainian_or_none_named_is_offered_it(app, dialogue, question):
    await dialogue.payload("language:en")
    await dialogue.send(question)
    assert _offered(dialogue), [r.text for r in dialogue.replies]
    assert "only for these languages" not in dialogue.text


async def test_the_service_page_says_its_languages(app, dialogue):
    await dialogue.payload("language:en")
    await dialogue.payload("service:translation")
    assert "🌐 Only in: Ukrainian" in dialogue.text, dialogue.text
