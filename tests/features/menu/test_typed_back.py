"""«назад», «back», «wstecz», «вернуться» typed where no «« Back» is shown: the screen before (the
«« Back» the person saw last, pressed), or the main menu; never a search («back» is not «call
back», «назад» not legal aid). Forms keep their own «« Back»; «call me back» and a question with
«back» in it are still questions."""

from __future__ import annotations

import pytest

from bot.app import build
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_with_services


def categories(person: Dialogue) -> list[str]:
    return [b.payload for b in person.buttons if b.payload.startswith("category:")]


@pytest.mark.parametrize(
    ("hint", "typed", "menu"),
    [
        ("uk", "назад", "Головне меню"),
        ("uk", "повернутися", "Головне меню"),
        ("ru", "вернуться", "Главное меню"),
        ("ru", "Назад!", "Главное меню"),
        ("en", "back", "Main menu"),
        ("en", "Go back", "Main menu"),
        ("pl", "wstecz", "Menu główne"),
        ("pl", "wstecz do menu", "Menu główne"),
        ("en", "back to menu", "Main menu"),
        ("uk", "назад в меню", "Головне меню"),
        ("uk", "nazad", "Головне меню"),  # in Latin letters, as phones often write it
        ("ru", "назад, пожалуйста", "Главное меню"),  # a polite word around it: still back
        ("uk", "назад будь ласка", "Головне меню"),
        ("ru", "nazad pls", "Главное меню"),
        ("ru", "nazad pozhalujsta", "Главное меню"),
        ("en", "back pls", "Main menu"),
        ("pl", "wstecz proszę", "Menu główne"),
        ("ru", "верни назад", "Главное меню"),
        ("ru", "vernutsya nazad", "Главное меню"),
        ("ru", "nazad v menu", "Главное меню"),
        ("en", "please, back to the menu", "Main menu"),
    ],
)
async def test_back_typed_at_the_main_menu_or_a_category_gives_the_main_menu(
    dialogue, hint, typed, menu
):
    dialogue.language_hint = hint
    await dialogue.send("/topics")
    await dialogue.payload("category:documents")  # its list: only «🏠 Main menu» under it
    assert not categories(dialogue)
    await dialogue.send(typed)
    assert dialogue.text.startswith(menu)  # as the 🏠 button: no «did you mean», no callback
    assert len(categories(dialogue)) == 6
    typed_reply = dialogue.replies
    await dialogue.send(typed)  # at the main menu: the main menu again
    assert dialogue.replies == typed_reply
    await dialogue.payload("menu")
    assert [(r.text, r.buttons) for r in dialogue.replies] == [
        (r.text, r.buttons) for r in typed_reply
    ]


async def test_back_typed_under_an_answer_opens_its_category_as_its_button_does(dialogue):
    await dialogue.send("/topics")
    await dialogue.payload("category:documents")
    await dialogue.press("PESEL")
    await dialogue.send("back")
    assert dialogue.text.startswith("📄 Documents and legal stay")
    tapped = Dialogue(dialogue.core, user_id="1002")
    await tapped.payload("topic:pesel")
    await tapped.press("Back")
    assert tapped.text == dialogue.text
    assert [b.payload for b in tapped.buttons] == [b.payload for b in dialogue.buttons]
    await dialogue.send("назад")  # the category's list has no «« Back»: the main menu
    assert dialogue.text.startswith("Main menu")
    olena = Dialogue(dialogue.core, user_id="1003", language_hint="uk")
    await olena.send("як отримати песель")  # an answer found by the search has «« Back» too
    await olena.send("Назад")
    assert olena.text.startswith("📄 ")
    assert any(b.payload == "topic:pesel" for b in olena.buttons)


@pytest.mark.parametrize(
    "typed",
    [
        "call me back",
        "перезвоните мне",
        "I came back from Ukraine, do I need a new PESEL?",
        "please call me back",
    ],
)
async def test_back_in_a_sentence_is_still_a_question(dialogue, typed):
    await dialogue.send("/topics")
    await dialogue.send(typed)
    assert not dialogue.text.startswith(("Main menu", "Главное меню"))


@pytest.mark.parametrize("typed", ["назад", "назад, пожалуйста", "back pls", "wstecz proszę"])
async def test_a_forms_own_back_still_goes_one_step_back(dialogue, typed):
    await dialogue.send("/book")
    first = dialogue.text
    await dialogue.press(dialogue.buttons[0].label)
    assert dialogue.text != first
    await dialogue.send(typed)
    assert dialogue.text == first  # the form's previous question, not the main menu


async def test_back_to_the_menu_typed_in_a_form_leaves_it_for_the_main_menu(dialogue):
    dialogue.language_hint = "ru"
    await dialogue.send("/book")
    await dialogue.press(dialogue.buttons[0].label)
    await dialogue.send("nazad v menu")
    assert "Главное меню" in dialogue.text
    await dialogue.send("назад пожалуйста")  # no form now: the main menu, not a search
    assert dialogue.text.startswith("Главное меню")


@pytest.fixture
async def network(tmp_path, clock):  # type: ignore[no-untyped-def]
    app = await build(write_network_with_services(tmp_path), clock=clock)
    yield app
    await app.close()


async def test_back_after_services_and_a_services_page_in_a_network(network):
    person = Dialogue(network.core, user_id="2001", language_hint="en")
    await person.send("/start north")
    await person.send("/services")
    service = next(b for b in person.buttons if b.payload.startswith("service:"))
    await person.press(service.label)
    await person.send("back")  # a service's page: «« Back» is /services
    assert any(b.payload == service.payload for b in person.buttons)
    await person.send("back")  # /services has no «« Back»: the main menu, not «call back»
    assert person.text.startswith("Main menu")
    assert "talk to a person" not in person.text
