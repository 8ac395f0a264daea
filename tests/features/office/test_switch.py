"""Another office's name typed alone by someone who has an office («North», «Північ», its city
«Northtown»): the offer to switch to it or stay, in the person's language, which stays as it
was; not a question for the search. A single office: nothing changes."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.callbacks import request_callback
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_config(tmp_path), clock=clock)
    yield app
    await app.close()


async def _at_south(app, lang: str) -> Dialogue:  # type: ignore[no-untyped-def]
    person = Dialogue(app.core, user_id="2101", language_hint=lang)
    await person.send("/start south")
    return person


async def test_another_offices_name_offers_the_switch_and_switching_works(network):
    olena = await _at_south(network, "uk")
    await olena.send("North")
    assert olena.text == (
        "📍 Північ — це інший інформаційний пункт, а ваш зараз — Південь. Перейти до пункту "
        "Північ? Тоді його відповіді, години роботи, дзвінки та візити стануть вашими."
    )
    assert [b.label for b in olena.buttons] == ["📍 Перейти: Північ", "✖ Залишитися: Південь"]
    await olena.press("Перейти")
    assert "Ваш інформаційний пункт: Північ." in olena.text
    await olena.send("/mydata")
    assert "Інформаційний пункт: Північ" in olena.text


@pytest.mark.parametrize(
    ("lang", "typed", "offer"),
    [
        ("ru", "Північ", "📍 Север — это другой информационный пункт, а ваш сейчас — Юг."),
        ("ru", "northtown", "📍 Север — это другой информационный пункт"),  # its city
        ("pl", "Eastbury!", "📍 Wschód to inny punkt informacyjny, a Twój to teraz Południe."),
        ("en", "Восток", "📍 East is another information point; yours now is South."),
    ],
)
async def test_any_name_of_the_office_or_its_city_in_any_language_is_offered(
    network, lang, typed, offer
):
    person = await _at_south(network, lang)
    await person.send(typed)
    assert person.text.startswith(offer)


async def test_the_conversation_language_stays_whatever_the_names_language(network):
    john = await _at_south(network, "en")
    await john.send("Север")  # Russian letters: not a sign that John writes Russian
    assert "Would you like to switch to North?" in john.text
    await john.send("/mydata")
    assert "Information point: South" in john.text and "Language: English" in john.text


async def test_staying_keeps_the_office(network):
    olena = await _at_south(network, "uk")
    await olena.send("Схід")
    await olena.press("Залишитися")
    assert "Ваш інформаційний пункт не змінився: Південь." in olena.text
    await olena.send("/mydata")
    assert "Інформаційний пункт: Південь" in olena.text


async def test_the_persons_own_office_named_is_said_to_be_theirs(network):
    olena = await _at_south(network, "en")
    await olena.send("Southville")
    assert "South is already your information point." in olena.text


async def test_a_sentence_naming_an_office_is_still_a_question_with_the_switch_under_it(network):
    olena = await _at_south(network, "en")
    await olena.send("how do I get a pesel in North")
    assert "another information point" not in olena.text
    assert "PESEL" in olena.replies[0].text  # answered first
    last = olena.replies[-1]
    assert "You wrote about North, but your information point is South" in last.text
    (switch,) = [b for row in last.buttons for b in row]
    assert switch.payload.startswith("office:north:")
    await olena.send("how do I get a pesel in South")  # her own: nothing to offer
    assert "You wrote about" not in olena.text
    await olena.payload(switch.payload)  # the earlier question's switch: that question not again
    assert "North" in olena.replies[0].text and "PESEL" not in olena.text


async def test_the_switch_under_a_question_answers_it_again_at_the_office_chosen(network):
    olena = await _at_south(network, "en")
    await olena.send("how do I get a pesel in North")
    await olena.press("North")
    assert "North" in olena.replies[0].text  # the office chosen, said first
    assert "PESEL" in olena.text  # then the question, answered there
    assert "You wrote about" not in olena.text


async def test_in_a_form_the_name_is_the_forms_answer(network):
    olena = await _at_south(network, "en")
    await olena.send("/callback")
    await olena.payload("person:agree")
    await olena.send("Olena")
    await olena.send("601 234 567")
    await olena.send("Northtown")  # at «What is it about?»: the matter, in her words
    assert "another information point" not in olena.text
    assert "In which language should we call you?" in olena.text


async def test_a_single_office_deployment_takes_the_words_as_a_question(dialogue):
    await dialogue.send("/start")
    await dialogue.send("North")
    assert "information point" not in dialogue.text.split("\n")[0]
    assert not any(b.payload.startswith("office:") for b in dialogue.buttons)


OFFICE_TYPED = {  # tester 36, F16: «Opole» at /office went to the open request's staff card
    "en": ("Northtown", "📍 North is another information point", "was not passed on"),
    "uk": ("Північ", "📍 Північ — це інший інформаційний пункт", "працівникам це не передано"),
    "ru": ("Север", "📍 Север — это другой информационный пункт", "сотрудникам это не передано"),
    "pl": ("Północ", "📍 Północ to inny punkt informacyjny", "nie przekazano tego pracownikom"),
}


@pytest.mark.parametrize("lang", OFFICE_TYPED)
async def test_a_town_typed_at_the_office_list_is_offered_even_with_a_request_open(network, lang):
    typed, offer, not_passed = OFFICE_TYPED[lang]
    person = await _at_south(network, lang)
    await request_callback(person, language=lang)
    await person.send("/office")
    await person.send(typed)
    assert person.text.startswith(offer), person.text
    assert not_passed in person.text  # said, with the way to write to staff after all
    assert any(b.payload.startswith("callback:write:") for b in person.buttons)
    assert "T1" not in person.text  # not «Added to your request #T1»
    await person.payload("office:north")  # and the switch goes through
    assert offer.split()[1] in person.text and "T1" not in person.text  # (its name)
    await person.send("/mydata")
    assert f": {offer.split()[1]}" in person.text  # North is hers now
