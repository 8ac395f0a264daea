"""The matter typed at a category's topics instead of choosing one (tester report 15): the
request is «Something else» in that category, and staff read where the person came from with
what they typed."""

from __future__ import annotations

import pytest

from bot.core import markup
from tests.support.callbacks import STAFF_CHAT, StaffMember, at_the_name_step

MATTER = "My **residence card** application <b> was refused"


async def at_the_topic(dialogue) -> None:  # type: ignore[no-untyped-def]
    await at_the_name_step(dialogue)
    await dialogue.send("Olena")
    await dialogue.send("601 234 567")
    assert "What is it about?" in dialogue.text


async def test_the_category_chosen_before_the_matter_typed_reaches_the_staff_card(
    dialogue, delivery, platform
):
    await at_the_topic(dialogue)
    await dialogue.press("Documents")
    await dialogue.send(MATTER)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    assert "📄 Documents and legal stay · something else" in dialogue.text  # the summary
    await dialogue.press("Change something")
    await dialogue.press("Topic")
    await dialogue.send("« Back")  # the topics seen again, nothing changed
    assert "📄 Documents and legal stay · something else" in dialogue.text
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Temat: 📄 Dokumenty i legalny pobyt · coś innego" in card.text
    assert f"Opis: {MATTER}" in card.text  # as typed, never as formatting
    rendered = markup.to_html(card.reply.text)
    assert "<b>residence" not in rendered and "application &lt;b&gt; was" in rendered

    await dialogue.send("/mybookings")
    assert "📄 Documents and legal stay · something else" in dialogue.text


async def test_a_category_left_with_back_is_not_kept_for_the_matter_typed_after(
    dialogue, delivery, platform
):
    await at_the_topic(dialogue)
    await dialogue.press("Health")
    await dialogue.press("Back")
    await dialogue.send(MATTER)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Zdrowie" not in card.text  # not the category left
    # the residence card: filed under the category of the topic the search finds (tester 24)
    assert "Temat: 📄 Dokumenty i legalny pobyt · coś innego" in card.text
    assert f"Opis: {MATTER}" in card.text


async def test_a_matter_typed_at_the_categories_reaches_staff_in_the_persons_words(
    app, dialogue, delivery, platform
):
    """Typed at the categories (none chosen): not «Coś innego» on the card and in /requests,
    but the matter itself, labelled as the person's words (once, not again as a description);
    a long one's first words in the list."""
    matter = "Mój pracodawca nie płaci mi od trzech miesięcy i nie chce dać umowy na piśmie"
    await at_the_topic(dialogue)
    await dialogue.send(matter)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"📌 Sprawa (słowami osoby): {matter}" in card.text
    assert "Coś innego" not in card.text and "Opis:" not in card.text
    anna = StaffMember(app.core)
    await anna.command("/requests")
    listed = "„Mój pracodawca nie płaci mi od trzech…”"
    assert f"Prośba o telefon nr T1 · angielski · {listed} · czeka" in anna.text
    assert "Coś innego" not in anna.text


async def test_a_matter_typed_as_a_question_at_a_categorys_topics_is_the_matter(
    dialogue, delivery, platform
):
    """«My residence card was refused, what do I do?» at Documents' topics (tester report 17,
    item 11) was offered an answer, and «back to the form» lost it: it is the matter told."""
    await at_the_topic(dialogue)
    await dialogue.press("Documents")
    await dialogue.send("My residence card was refused, what do I do?")
    assert "Leave the form" not in dialogue.text
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert "Opis: My residence card was refused, what do I do?" in card.text


@pytest.mark.parametrize("stay", ["press", "typed"])
async def test_a_question_at_the_categories_kept_in_the_form_is_the_matter(
    dialogue, delivery, platform, stay
):
    """At the categories (no category chosen) a question is offered an answer; «No, back to
    the form» (or a no typed) keeps it as the matter, as typed in a category it would be."""
    question = "My residence card was refused, what do I do?"
    await at_the_topic(dialogue)
    await dialogue.send(question)
    assert "looks like a question" in dialogue.text
    if stay == "press":
        await dialogue.press("Back to the form")
    else:
        await dialogue.send("no")
    assert "What is it about?" not in dialogue.text  # not the topics again: the matter kept
    assert "In which language should we call you?" in dialogue.text
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    assert question in dialogue.text and "Something else" in dialogue.text  # the summary
    await dialogue.press("Send the request")
    await delivery.run()
    [card] = platform.to(STAFF_CHAT)
    assert f"Sprawa (słowami osoby): {question}" in card.text  # the matter, as the person typed it
    assert "Coś innego" not in card.text


async def test_the_offer_at_the_categories_asked_again_keeps_the_matter(dialogue):
    """After a language change the offer comes again, and its «back to the form» still keeps
    the question as the matter."""
    await at_the_topic(dialogue)
    await dialogue.send("Where do I get a PESEL for my child?")
    await dialogue.payload("language:pl")
    assert "To wygląda na pytanie" in dialogue.text
    await dialogue.press("Nie, wróć do formularza")
    assert "W jakim języku mamy do Ciebie zadzwonić?" in dialogue.text
    assert "Czego dotyczy" not in dialogue.text


async def test_a_long_request_reads_as_one_short_line_in_requests(app, dialogue, delivery):
    """/requests on a phone: a line per request, its number first, then the essentials; the
    person's long matter and a staff member's long name cut at a word with «…», still escaped."""
    matter = "Mój **pracodawca** [nie] płaci mi od trzech miesięcy i nie chce dać umowy " * 3
    await at_the_topic(dialogue)
    await dialogue.send(matter)
    await dialogue.press("English")
    await dialogue.press("As soon as possible")
    await dialogue.press("Send the request")
    await delivery.run()
    long_name = StaffMember(
        app.core, name="Anna Maria Nowak-Kowalska z Fundacji Pomocy Sąsiedzkiej"
    )
    await long_name.payload("request:take:1")
    anna = StaffMember(app.core)
    await anna.command("/requests")
    [line] = [x for x in anna.replies[0].text.split("\n") if "nr T1" in x]  # the markup
    assert line.startswith("📞 Prośba o telefon nr T1 · angielski · ")
    assert "„Mój \\*\\*pracodawca\\*\\* \\[nie\\] płaci mi od…”" in line  # escaped
    assert line.endswith("🙋 Przyjęta: Anna Maria…")
    assert "umowy" not in line and "Fundacji" not in line
    assert len(line) <= 140, line
    assert markup.problems(anna.replies[0].text) == []
