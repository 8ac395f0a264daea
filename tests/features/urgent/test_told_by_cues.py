"""Danger told around in ordinary words (bot/features/urgent/cues.py, cues.yaml): no phrase of
the tables says it, but its cues together do: pills, «enough» and a goodbye; drunk, locked in
with the children and hitting the door; a passport kept, a debt and not let out; a man at the
car right now. Each brings its kind's lines first, in the message's language; one cue alone, or
cues beside a question of procedure (a prescription, a carer, «is this legal»), brings none; the
blood of a fall is a medical emergency, not violence. And a wrong cues file is refused with the
place named."""

from __future__ import annotations

import re

import pytest

from bot.features.urgent.cue_rules import CueError, parse
from tests.features.urgent.test_screen import nothing_unanswered
from tests.support.dialogue import Dialogue

# (none of these is said by a phrase of the tables: the cues alone bring the lines)
TOLD = [
    ("uk", "назбирав пігулок достатньо і попрощався з усіма", "urgent_suicide"),
    ("uk", "напився і зачинив мене з дітьми у ванній, гатить ногами у двері", "urgent_help"),
    ("ru", "накопила снотворного достаточно, простите меня", "urgent_suicide"),
    ("ru", "муж напился, закрыл нас с детьми в комнате и ломает дверь", "urgent_help"),
    ("ru", "в машину во дворе лезет какой-то мужик прямо сейчас", "urgent_crime"),
    ("en", "got all my sleeping pills ready, thanks for everything", "urgent_suicide"),
    (
        "en",
        "the manager has our passports and says we owe him 2000 euro, we are not allowed out",
        "urgent_exploitation",
    ),
    (
        "pl",
        "szef trzyma nasze paszporty i mówi że jesteśmy winni 3000 euro, nie wolno nam wychodzić",
        "urgent_exploitation",
    ),
    ("pl", "mam przygotowane tabletki, dziękuję wam za wszystko", "urgent_suicide"),
    ("pl", "jakiś facet wybija szybę w naszym aucie teraz", "urgent_crime"),
]

# cues of a kind, but said of an ordinary matter, or one cue alone
ORDINARY = [
    "як отримати рецепт на снодійне у сімейного лікаря",
    "роботодавець забрав паспорт на копію, це законно?",
    "син вже 3 години не відповідає, мабуть сів телефон, як йому поповнити рахунок",
    "муж выпил и ругается, как подать на развод",
    "my dad has dementia and goes out alone, how do I get a carer",
    "said goodbye to my flatmate, she moved to Berlin, how do I change the lease",
    "do I have enough pills for the trip to Ukraine",
    "tabletki nasenne, czy potrzebna recepta",
    "pracodawca trzyma moje dokumenty do końca umowy, czy może",
    "ktoś właśnie zadzwonił z banku, jak sprawdzić czy to oszustwo",
]


async def test_danger_told_by_its_cues_together_gets_its_kinds_lines_in_its_language(app):
    """Each written by a new person in their own language: the kind's lines come first, with
    the urgent call under them; nothing is left for /unanswered."""
    for at, (lang, text, key) in enumerate(TOLD):
        person = Dialogue(app.core, user_id=str(6100 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0]
        assert first.text.startswith(app.services.t(lang, key)), (text, person.text)
        assert any(b.payload == "callback" for row in first.buttons for b in row), text
    assert await nothing_unanswered(app)


async def test_the_lines_come_in_the_language_the_cues_are_said_in(app):
    """A Polish message on a phone set to English: the Polish lines («2000 euro» is English
    too; the message's other cues are Polish)."""
    person = Dialogue(app.core, user_id="6150", language_hint="en")
    await person.send(TOLD[7][1])
    assert person.replies[0].text.startswith(app.services.t("pl", "urgent_exploitation"))


async def test_cues_beside_an_ordinary_matter_or_one_alone_bring_no_lines(app):
    for at, text in enumerate(ORDINARY):
        person = Dialogue(app.core, user_id=str(6200 + at))
        await person.send(text)
        for reply in person.replies:
            assert not reply.text.startswith(("🚨", "🚑")), (text, person.text)


async def test_the_blood_of_a_fall_gets_the_ambulance_not_the_violence_lines(app):
    person = Dialogue(app.core, user_id="6300", language_hint="pl")
    await person.send("kolega spadł z rusztowania i leje mu się krew z głowy")
    assert person.replies[0].text.startswith(app.services.t("pl", "urgent_medical"))
    assert "800 120 002" not in person.text


GOOD = """
suicide:
  threshold: 4
  groups:
    means: {weight: 2, en: ["pills"]}
    ready: {weight: 2, en: ["enough"]}
"""


@pytest.mark.parametrize(
    ("wrong", "named"),
    [
        (GOOD.replace("suicide:", "flood:"), "cues.yaml: flood: no such kind"),
        (GOOD.replace("threshold: 4", "threshold: 5"), "can never reach its threshold 5"),
        (GOOD.replace("weight: 2, en", "weight: two, en"), "suicide.groups.means.weight"),
        (GOOD.replace('en: ["pills"]', 'de: ["pills"]'), "suicide.groups.means: de"),
        (GOOD.replace('"enough"', '"en*"'), "suicide.groups.ready.en[0]"),
        (GOOD.replace('"enough"', '"(enough"'), "brackets must close"),
    ],
)
def test_a_wrong_cues_file_is_refused_with_the_place_named(wrong: str, named: str) -> None:
    assert parse(GOOD, "cues.yaml")[0].threshold == 4
    with pytest.raises(CueError, match=re.escape(named)):
        parse(wrong, "cues.yaml")
