"""The sources listed under an answer: under one part of it, those the content names for that
part (`part_sources`: the fixture's PESEL names them for the Ukrainians' part and for other
foreigners); under the whole answer, and under a part the content names none for, all of them."""

from __future__ import annotations

ALL_FOUR = (
    "Get a PESEL number (foreigners)",
    "changes in the legal stay of Ukrainian citizens",
    "information for holders of PESEL with UKR status",
    "check your data in the PESEL register",
)


def sources(text: str) -> str:
    """What is listed under «Official sources» (up to the date they were checked)."""
    assert "Official sources:" in text, text
    return text.split("Official sources:")[1].split("Information checked on")[0]


async def test_a_part_answer_lists_its_own_sources_and_the_whole_answer_all_of_them(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("how do ukrainians get pesel ukr, what to bring")
    text = dialogue.text
    assert text.startswith("PESEL number (incl. PESEL UKR)\n\nUkrainians: PESEL with UKR status")
    listed = sources(text)
    assert "information for holders of PESEL with UKR status" in listed
    assert "changes in the legal stay of Ukrainian citizens" in listed
    assert "Get a PESEL number (foreigners)" not in listed  # the other foreigners' page
    await dialogue.press("The whole answer")
    assert "What it is" in dialogue.text
    assert all(title in sources(dialogue.text) for title in ALL_FOUR)


async def test_a_did_you_mean_candidate_opens_at_its_part_with_that_parts_source(dialogue):
    await dialogue.payload("language:en")
    await dialogue.send("pesel for citizens of other countries who work")
    await dialogue.press("PESEL number")
    text = dialogue.text
    assert text.startswith("PESEL number (incl. PESEL UKR)\n\nOther foreigners")
    listed = sources(text)  # named by its link in the English file
    assert "Get a PESEL number (foreigners)" in listed
    assert "UdSC" not in listed and "check your data" not in listed


async def test_every_language_shows_the_same_sources_under_a_part(dialogue):
    await dialogue.payload("language:uk")
    await dialogue.payload("topic:pesel:2")  # «Інші іноземці», its source named by number
    text = dialogue.text
    assert "Інші іноземці" in text and "Що це" not in text
    listed = text.split("📚")[1]
    assert "uzyskaj-numer-pesel-dla-cudzoziemcow" in listed
    assert "udsc" not in listed.lower() and "sprawdz-swoje-dane" not in listed


async def test_a_part_the_content_names_no_sources_for_lists_all_of_them(dialogue):
    await dialogue.payload("language:en")
    await dialogue.payload("topic:pesel:3")  # «Pitfalls»: no sources of its own
    text = dialogue.text
    assert "Pitfalls" in text and "What it is" not in text
    assert all(title in sources(text) for title in ALL_FOUR)
