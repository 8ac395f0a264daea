"""Tester 40, F5: a person who comes back to a callback request left at a category's topics was
shown the categories from the top, and a «4» pressed by habit opened Housing; what they typed
there (a residence card, violence) was filed under Housing. Now the category's topics are shown
again, and a matter typed at one category's topics that the search finds only in others is
filed where it reads."""

from __future__ import annotations

from tests.features.callback.test_matter_in_category import at_the_topic
from tests.support.callbacks import STAFF_CHAT


async def test_coming_back_at_a_categorys_topics_shows_them_again(dialogue):
    await at_the_topic(dialogue)
    await dialogue.press("Documents")
    assert "Documents and legal stay — choose the topic" in dialogue.text
    await dialogue.payload("language:en:again")  # the terminal chat started again
    assert "Documents and legal stay — choose the topic" in dialogue.text
    assert "What is it about?" not in dialogue.text
    await dialogue.payload("language:uk")  # another language: the same topics, in it
    assert "Документи та легальний побут — оберіть тему" in dialogue.text
    first = dialogue.buttons[0]  # a topic of Documents, not a category
    assert first.payload.startswith("callback:topic:"), first
    await dialogue.payload(first.payload)
    assert "Що працівникові варто знати перед дзвінком?" in dialogue.text


async def test_a_matter_that_reads_as_another_categorys_is_filed_there(
    dialogue, delivery, platform
):
    matter = "I have waited 14 months for my residence card, and no decision from the voivode"
    await at_the_topic(dialogue)
    await dialogue.press("Housing")
    await dialogue.send(matter)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    assert "📄 Documents and legal stay · something else" in dialogue.text  # the summary
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Temat: 📄 Dokumenty i legalny pobyt · coś innego" in card.text
    assert "Mieszkanie" not in card.text and f"Opis: {matter}" in card.text


async def test_a_matter_typed_at_its_own_categorys_topics_stays_there(dialogue, delivery, platform):
    matter = "My landlord wants me out by Friday, is that legal?"
    await at_the_topic(dialogue)
    await dialogue.press("Housing")
    await dialogue.send(matter)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Temat: 🏠 Mieszkanie i transport · coś innego" in card.text
