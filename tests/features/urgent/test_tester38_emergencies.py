"""Clear emergencies tester 38 found without any lines (F2), said as people say them: smoke on
the stairs and stuck in the flat, smoke smelt at a socket, a fall from scaffolding and not moving,
a baby's fever with fits, a neighbour with a knife at the door. Each brings its kind's lines in
the message's language; «the car won't move from its spot» brings none."""

from __future__ import annotations

from tests.features.urgent.test_screen import no_crisis_lines
from tests.support.dialogue import Dialogue

SAID = [
    ("en", "fire in building, smoke in staircase, we are stuck in flat on 5 floor", "urgent_fire"),
    ("uk", "в мене в квартирі пахне димом з розетки шо робити", "urgent_fire"),
    ("pl", "gniazdko iskrzy i czuć spaleniznę", "urgent_fire"),
    (
        "pl",
        "kolega spadł z rusztowania na budowie i nie rusza się, szef mówi żeby nie dzwonić",
        "urgent_medical",
    ),
    ("en", "baby 8 months fever 40 and shaking, no doctor on weekend", "urgent_medical"),
    ("ru", "у ребенка температура 40 и судороги", "urgent_medical"),
    ("uk", "сусіда з ножем стоїть під дверима і кричить", "urgent_help"),
    ("en", "somebody with a knife outside my door", "urgent_help"),
]


async def test_emergencies_told_by_what_is_seen_get_their_lines(app):
    for at, (lang, text, lines) in enumerate(SAID):
        person = Dialogue(app.core, user_id=str(4800 + at), language_hint=lang)
        await person.send(text)
        shown = [reply.text for reply in person.replies]
        assert app.services.t(lang, lines) in shown, (text, person.text)


async def test_a_car_that_will_not_move_brings_no_lines(app):
    person = Dialogue(app.core, user_id="4899", language_hint="pl")
    await person.send("samochód spadł z ceny i nie rusza się z miejsca, czy warto kupić")
    no_crisis_lines(person)
