"""The answer in the first reply (issue 15): the topic at once with the alternatives under it,
the part that answers the question first, a word written exactly over a guessed one, a topic
named in the question among the candidates, and the callback offered once."""

from __future__ import annotations


async def choose(dialogue, lang: str) -> None:
    await dialogue.payload(f"language:{lang}")


def payloads(dialogue) -> list[str]:
    return [b.payload for b in dialogue.buttons]


async def test_wat_is_pesel_answers_pesel_at_once(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("wat is pesel")
    assert dialogue.text.startswith("PESEL number")  # not "Own business", not "did you mean"
    assert "Did you mean" not in dialogue.text


async def test_a_question_about_voluntary_nfz_insurance_starts_with_that_part_and_offers_the_whole_answer(  # noqa: E501
    dialogue,
):
    await choose(dialogue, "en")
    await dialogue.send("how much is voluntary NFZ insurance")
    text = dialogue.text
    assert text.startswith("Health insurance (NFZ)\n\nHow you become insured")
    assert "voluntary insurance" in text
    assert "What it is" not in text  # the other parts wait behind a button
    assert "Pitfalls" not in text
    assert "Official sources" in text  # the sources stay with the part
    await dialogue.press("The whole answer")
    assert "What it is" in dialogue.text
    assert "Pitfalls" in dialogue.text


async def test_a_question_that_only_names_the_topic_gets_the_whole_answer(dialogue):
    await choose(dialogue, "uk")
    for question in ("песель", "що таке песель"):
        await dialogue.send(question)
        assert "Що це" in dialogue.text and "Інші іноземці" in dialogue.text
        assert "topic:pesel" not in payloads(dialogue)  # no "whole answer" button: it is whole


async def test_pesel_for_my_kid_finds_pesel(dialogue):
    await choose(dialogue, "en")
    for question in ("pesel for my kid", "my kid needs pesel"):
        await dialogue.send(question)
        topics = [p for p in payloads(dialogue) if "pesel" in p.split(":")[1:]]
        assert topics, question
        first = next(p for p in payloads(dialogue) if ":" in p and p != "answer:lang:en")
        assert "pesel" in first.split(":")[1:] or dialogue.text.startswith("PESEL number"), question


async def test_a_candidate_of_did_you_mean_opens_at_the_part_the_question_asks_about(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("pesel for citizens of other countries who work")
    assert "Did you mean" in dialogue.text
    await dialogue.press("PESEL number")
    text = dialogue.text
    assert text.startswith("PESEL number (incl. PESEL UKR)\n\nOther foreigners")
    assert "What it is" not in text and "Official sources" in text
    await dialogue.press("The whole answer")
    assert "What it is" in dialogue.text and "Other foreigners" in dialogue.text


async def test_a_candidate_of_an_earlier_question_opens_the_whole_answer(dialogue):
    """The part is found when the candidate is tapped, for the question it was offered for:
    after another question, its button opens the topic at its start, not at a part chosen
    for the later question."""
    await choose(dialogue, "en")
    await dialogue.send("pesel for citizens of other countries who work")
    pesel = next(p for p in payloads(dialogue) if p.startswith("answer:topic:pesel:"))
    await dialogue.send("how do I open a bank account")
    await dialogue.payload(pesel)
    assert "What it is" in dialogue.text and "Other foreigners" in dialogue.text
    await dialogue.payload("answer:topic:no_such_topic:000000")
    assert "What it is" not in dialogue.text


async def test_back_under_a_candidates_answer_shows_the_other_candidates_again(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("pesel for citizens of other countries who work")
    offered = [p for p in payloads(dialogue) if p.startswith("answer:topic:")]
    assert len(offered) >= 2 and "Did you mean" in dialogue.text
    await dialogue.payload(offered[0])
    await dialogue.press("« Back")
    assert "Did you mean" in dialogue.text
    assert [p for p in payloads(dialogue) if p.startswith("answer:topic:")] == offered
    tag = offered[0].rsplit(":", 1)[1]
    await dialogue.send("how do I open a bank account")  # another question since
    await dialogue.payload(f"answer:again:{tag}")  # an old «« Back»: the main menu
    assert "Did you mean" not in dialogue.text and "Main menu" in dialogue.text


async def test_a_topic_button_for_a_part_the_topic_no_longer_has_opens_the_whole_answer(dialogue):
    await choose(dialogue, "en")
    for payload in ("topic:pesel:9", "topic:pesel:x"):
        await dialogue.payload(payload)
        assert "What it is" in dialogue.text and "Other foreigners" in dialogue.text


async def test_can_i_talk_to_a_human_offers_the_callback_once(dialogue):
    await choose(dialogue, "en")
    await dialogue.send("can I talk to a human")
    assert payloads(dialogue).count("callback") == 1
    assert "booking" in payloads(dialogue)
    await choose(dialogue, "pl")
    await dialogue.send("zadzwońcie do mnie w sprawie meldunku")  # meldunek or a callback?
    assert "Czy chodzi o" in dialogue.text
    assert payloads(dialogue).count("callback") == 1


async def test_an_answer_given_at_once_offers_the_close_alternatives_and_a_person(dialogue):
    await choose(dialogue, "ru")
    await dialogue.send("где получать pesel для иностранца")  # PESEL, a bank account close
    assert dialogue.text.startswith("Номер PESEL")
    assert "Спрашивали не об этом?" in dialogue.text
    others = [p for p in payloads(dialogue) if p.startswith("feedback:other:")]
    assert others == ["feedback:other:bank_account"]
    assert "callback" in payloads(dialogue)
    assert not any(p.startswith("feedback:yes") for p in payloads(dialogue))


async def test_a_clear_match_gets_no_not_what_you_asked(dialogue):
    await choose(dialogue, "ru")
    await dialogue.send("kak poluchit pesel")
    assert dialogue.text.startswith("Номер PESEL")
    assert "Спрашивали не об этом?" not in dialogue.text
    assert not any(p.startswith("feedback:other:") for p in payloads(dialogue))
    assert any(p.startswith("feedback:yes:pesel") for p in payloads(dialogue))  # «Was it helpful?»
    await choose(dialogue, "uk")
    await dialogue.send("як отримати песель для дитини")
    assert "Не про це питали?" not in dialogue.text
    assert "topic:pesel" in payloads(dialogue)  # the child's part first, the whole answer a tap


async def test_tapping_an_alternative_shows_it_and_tells_staff_the_answer_missed(app, dialogue):
    await choose(dialogue, "ru")
    await dialogue.send("где получать pesel для иностранца")
    other = next(p for p in payloads(dialogue) if p.startswith("feedback:other:"))
    topic = other.rsplit(":", 1)[1]
    await dialogue.payload(other)
    title = app.services.kb.topic("ru", topic).title
    assert dialogue.text.startswith(title)
    await dialogue.payload(other)  # a second tap counts nothing more
    async with app.services.db.transaction() as tx:
        rows = await tx.fetchall("SELECT kind, topic, text FROM unanswered")
    assert [tuple(r) for r in rows] == [("voted_no", "pesel", "где получать pesel для иностранца")]


async def test_the_language_button_offered_under_an_answer_expires_for_an_unknown_language(
    dialogue,
):
    await dialogue.payload("answer:lang:xx")
    assert "no longer active" in dialogue.text


async def test_the_language_button_without_an_earlier_question_only_switches(dialogue):
    await dialogue.payload("answer:lang:pl")
    assert dialogue.button("Dokumenty")
