"""Danger said in word forms and orders the tables do not list one by one (forms.py, reading.py,
words.py; the misses of danger47): a jump or hanging said of someone else («сосед сказал что
повесится»), the verb last («с собой покончить»), Ukrainian «в» for «у» («біль в грудях»), a sum
between a debt's words («винна 2000 злотих за переїзд»); and the look-alikes of the phrases added
with them (a boyfriend who «dumped» her, «pushed me to apply», «put it out of my mind»)."""

from __future__ import annotations

import pytest

from bot.features import urgent
from tests.support.dialogue import Dialogue

# (what was typed, the kind whose lines it brings: urgent.kinds, or "medical")
SAID = [
    # a verb said of oneself, said of someone else (suicide.yaml `persons`)
    ("брат написав, що стрибне з мосту", "suicide"),
    ("сосед сказал, что повесится", "suicide"),
    ("siostra pisze, że skoczy z mostu", "suicide"),
    ("мій друг каже, що кинеться з даху", "suicide"),
    # the verb last («~»)
    ("думаю з собою покінчити", "suicide"),
    ("хочется с собой покончить", "suicide"),
    ("chyba ze sobą skończę", "suicide"),
    ("вітчим знову руку на дитину підняв", "violence"),
    # «в» read as «у», «із» as «з»
    ("у тата сильний біль в грудях", "medical"),
    ("зроблю щось із собою", "suicide"),
    # a sum between a debt's words
    ("кажуть, що я винна 2000 злотих за переїзд", "exploitation"),
    # pushed, dragged by the hair, a hand raised, flames, bleeding that does not stop
    ("she dragged me by my hair across the room", "violence"),
    ("він мене штовхнув, я впала", "violence"),
    ("отец поднимает на меня руку", "violence"),
    ("our balcony caught fire", "fire"),
    ("на кухні горить, полум'я на стелі", "fire"),
    ("кровь не останавливается уже час", "medical"),
    ("krew nie przestaje lecieć z nosa dziecka", "medical"),
]

LOOK_ALIKES = [
    "мій хлопець мене кинув, як жити далі в Польщі",  # (dumped)
    "chłopak mnie rzucił, co z meldunkiem",
    "my boss kicked me out of the group chat",
    "my friend pushed me to apply for a visa",
    "I can't put it out of my mind, is the decision final?",
    "how do I pay off my debt to the tax office",
    "I'm trying to get into the shop before it closes",
    "всякое лезет мне в голову про визу",
    "хочу повесить полку в съёмной квартире",
    "він стрибне з парашутом на день народження",
    "винна 200 злотих за телефон, що робити",
]


@pytest.mark.parametrize(("text", "kind"), SAID)
def test_danger_said_in_other_forms_and_orders_brings_its_lines(text, kind):
    if kind == "medical":
        assert urgent.caught(text) == ("medical", urgent.ANY), text
    else:
        assert kind in urgent.kinds.kinds(text), (text, urgent.kinds.kinds(text))


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_look_alikes_of_the_new_phrases_bring_no_lines(text):
    assert urgent.caught(text) is None, text


async def test_a_jump_said_of_a_friend_gets_the_crisis_lines_in_the_chat(app):
    person = Dialogue(app.core, user_id="4701", language_hint="ru")
    await person.send("подруга пишет, что прыгнет с моста, я не знаю что делать")
    assert person.replies[0].text == app.services.t("ru", "urgent_suicide"), person.text
    assert "116 123" in person.text and "112" in person.text
