"""Danger told by what a person sees rather than by its name, as danger48 found it missed: a
child not back and out of contact for hours, someone at the door at night, «he'll find me»,
blue lips, a carbon-monoxide alarm. Each gets its kind's lines first, in the language it is
written in. And what only sounds so gets none: a heart attack «nearly» had over a bill, a
threat of dismissal, a theft of last year whose case is closed."""

from __future__ import annotations

from tests.features.urgent.test_screen import nothing_unanswered
from tests.support.dialogue import Dialogue

SEEN = [
    # a missing person: gone and not found, out of contact for hours, nobody knows where
    ("uk", "вже 5 годин нема зв'язку з донькою, вона мала бути вдома", "urgent_missing"),
    ("ru", "бабушка ушла утром из дома и ее нигде нет", "urgent_missing"),
    ("en", "nobody knows where she is since yesterday", "urgent_missing"),
    ("pl", "od rana nie mamy kontaktu z synem", "urgent_missing"),
    # a crime now: someone at the door or the window, followed
    ("uk", "хтось смикає ручку дверей, ми самі вдома", "urgent_crime"),
    ("ru", "какой-то мужик идет за мной от метро", "urgent_crime"),
    ("en", "a stranger is trying to force our door", "urgent_crime"),
    ("pl", "ktoś próbuje wyważyć drzwi do mieszkania", "urgent_crime"),
    # a threat, by messenger or to the face
    ("uk", "мені пишуть що знають де я живу", "urgent_help"),
    ("ru", "он написал что найдет меня и мне конец", "urgent_help"),
    ("en", "the guy i owe money says he'll find me", "urgent_help"),
    ("pl", "sąsiad pisze że mnie dorwie", "urgent_help"),
    # carbon monoxide, gas heard
    ("uk", "пищить датчик чадного газу", "urgent_gas"),
    ("ru", "после колонки у всех болит голова", "urgent_gas"),
    ("en", "the carbon monoxide alarm went off", "urgent_gas"),
    ("pl", "po włączeniu piecyka wszystkich boli głowa", "urgent_gas"),
]

MEDICAL = [
    ("uk", "у сина посиніли губи, він погано дихає"),
    ("ru", "у деда перекосило лицо и он не может говорить"),
    ("en", "my wife collapsed and is not waking up"),
    ("pl", "bardzo boli mnie w klatce i drętwieje lewa ręka"),
    # (safety5: a word written optional in medical.yaml, «(is)?», had been required)
    ("en", "her throat swelling after a wasp sting"),
]

ONLY_SOUNDS_SO = [
    "побачила рахунок за газ і мало не отримала інфаркт",
    "муж после инфаркта, как оформить больничный по уходу",
    "employer threatens to fire me if i take sick leave",
    "szef grozi zwolnieniem, jeśli nie przyjdę w sobotę",
    "в минулому році мене обікрали, справа закрита, чи дадуть довідку",
    "my son can't talk yet, he is two, is there speech therapy",
]


async def test_danger_told_by_what_is_seen_gets_its_kinds_lines_in_its_language(app):
    """Each written by a new person: the lines of its kind come first, in the message's
    language, with the urgent call under them; nothing is left for /unanswered."""
    for at, (lang, text, key) in enumerate(SEEN):
        person = Dialogue(app.core, user_id=str(4800 + at), language_hint=lang)
        await person.send(text)
        first = person.replies[0]
        assert first.text == app.services.t(lang, key), (text, person.text)
        assert first.buttons[0][0].payload == "callback", text
    assert await nothing_unanswered(app)


async def test_a_medical_emergency_told_by_what_is_seen_gets_112_and_999_first(app):
    for at, (lang, text) in enumerate(MEDICAL):
        person = Dialogue(app.core, user_id=str(4850 + at), language_hint=lang)
        await person.send(text)
        assert person.replies[0].text == app.services.t(lang, "urgent_medical"), text
        assert not any(r.text.startswith("🚨") for r in person.replies), person.text


async def test_what_only_sounds_like_danger_gets_no_lines(app):
    for at, text in enumerate(ONLY_SOUNDS_SO):
        person = Dialogue(app.core, user_id=str(4870 + at))
        await person.send(text)
        for reply in person.replies:
            assert not reply.text.startswith(("🚨", "🚑")), (text, person.text)
