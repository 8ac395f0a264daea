"""What the seventeenth tester typed in the document-translation form (tester report 17, item
17): a document named in a longer phrase is its button, «I need a sworn translation» is the
person's answer (the form's own words), not a question to leave the form for, and «is it
free?» at «How many pages?» is answered from the service's page, the pages asked again."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import write_config
from tests.support.assist import up_to_the_form
from tests.support.dialogue import Dialogue
from tests.support.services import catalogue

FREE = {
    "uk": "Безкоштовний переклад документа, зокрема присяжний.",
    "ru": "Бесплатный перевод документа, в том числе присяжный.",
    "en": "Free translation of a document, sworn if needed.",
    "pl": "Bezpłatne tłumaczenie dokumentu, także przysięgłe.",
}
SWORN = {
    "uk": ["присяжний перекладач"],
    "ru": ["присяжный переводчик"],
    "en": ["sworn translation"],
    "pl": ["tłumacz przysięgły"],
}
PAGES = {
    "id": "pages",
    "type": "number",
    "required": False,
    "label": {"uk": "Скільки сторінок?", "ru": "Сколько страниц?", "en": "How many pages?",
              "pl": "Ile stron?"},
}  # fmt: skip
QUESTION = {"uk": "Який документ?", "ru": "Какой документ?", "en": "Which document?",
            "pl": "Jaki dokument?"}  # fmt: skip
LOOKS_LIKE_A_QUESTION = {
    "uk": "Схоже, це запитання",
    "ru": "Похоже, это вопрос",
    "en": "looks like a question",
    "pl": "To wygląda na pytanie",
}


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    data = catalogue()
    translation = data["services"]["translation"]
    translation["description"] = FREE
    keywords = translation["keywords"]
    translation["keywords"] = {lang: [*keywords[lang], *SWORN[lang]] for lang in SWORN}
    translation["fields"].insert(1, PAGES)
    return write_config(tmp_path, **data)


@pytest.mark.parametrize(
    ("lang", "typed", "summary_line"),
    [
        ("uk", "свідоцтво про народження дитини", "Який документ? — Свідоцтво про народження"),
        ("ru", "свидетельство о рождении ребёнка", "Какой документ? — Свидетельство о рождении"),
        ("en", "the birth certificate of my son", "Which document? — Birth certificate"),
        ("pl", "akt urodzenia córki", "Jaki dokument? — Akt urodzenia"),
        ("uk", "треба свідоцтва про народження", "Який документ? — Свідоцтво про народження"),
    ],
)
async def test_a_document_named_in_a_longer_phrase_is_its_button(
    dialogue: Dialogue, lang, typed, summary_line
):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(typed)
    assert "2/5" in dialogue.text and PAGES["label"][lang] in dialogue.text  # type: ignore[index]
    await dialogue.payload("assist:skip:1")
    await dialogue.send("1.12")
    await dialogue.payload("assist:pick:3:uk")
    await dialogue.payload("assist:skip:4")
    assert summary_line in dialogue.text


async def test_two_documents_named_are_neither(dialogue: Dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("birth certificate and diploma")
    assert "Which document?" in dialogue.text and "How many pages?" not in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "треба присяжний переклад"),
        ("ru", "нужен присяжный перевод"),
        ("en", "I need a sworn translation"),
        ("pl", "potrzebne tłumaczenie przysięgłe"),
    ],
)
async def test_the_forms_own_words_are_an_answer_not_a_question(dialogue: Dialogue, lang, typed):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "translation")
    await dialogue.send(typed)
    assert LOOKS_LIKE_A_QUESTION[lang] not in dialogue.text
    assert typed in dialogue.text and QUESTION[lang] in dialogue.text  # its «Other», offered
    save = next(b for b in dialogue.buttons if b.payload == "assist:pick:0:typed")
    await dialogue.payload(save.payload)
    assert PAGES["label"][lang] in dialogue.text  # type: ignore[index]


async def test_a_question_at_the_document_is_still_offered_an_answer(dialogue: Dialogue):
    await up_to_the_form(dialogue, "translation")
    await dialogue.send("how do I find a sworn translator?")
    assert "looks like a question" in dialogue.text


@pytest.mark.parametrize(
    ("lang", "typed"),
    [
        ("uk", "це безкоштовно?"),
        ("ru", "это бесплатно?"),
        ("en", "is it free?"),
        ("pl", "czy to darmowe?"),
    ],
)
async def test_is_it_free_at_the_number_of_pages_is_answered_and_asked_again(
    dialogue: Dialogue, lang, typed
):
    dialogue.language_hint = lang
    await up_to_the_form(dialogue, "translation")
    await dialogue.payload("assist:pick:0:1")  # Diploma
    await dialogue.send(typed)
    assert FREE[lang] in dialogue.text
    assert PAGES["label"][lang] in dialogue.text  # type: ignore[index]
    await dialogue.send("3")
    assert "3/5" in dialogue.text  # the pages taken, the form goes on
