"""A fire with the way out full of smoke (tester 38, F1): the lines say to call 112 or 998 at
once, never «get out first, then call», and tell a person who cannot leave to stay in, shut the
door, seal it with wet towels and show themselves at a window (the fire service's advice)."""

from __future__ import annotations

from tests.support.dialogue import Dialogue

TRAPPED = [
    ("uk", "пожежа в під'їзді, весь коридор у диму, ми не можемо вийти з квартири, з нами діти"),
    ("pl", "w bloku się pali, korytarz pełen dymu, nie mogę wyjść z mieszkania"),
    ("ru", "пожар в подъезде, всё в дыму, не можем выйти из квартиры"),
    ("en", "there is a fire in our building, we cant get out"),
]
# what each language's lines open with (the call) and what they say to someone who cannot leave
CALL_FIRST = {"uk": "Телефонуйте 112", "pl": "Dzwoń pod 112", "ru": "Звоните 112", "en": "Call 112"}
STAY_IN = {
    "uk": "мокрими рушниками",
    "pl": "mokrymi ręcznikami",
    "ru": "мокрыми полотенцами",
    "en": "wet towels",
}


async def test_someone_trapped_by_smoke_is_told_to_call_now_and_how_to_stay_safe_inside(app):
    for at, (lang, text) in enumerate(TRAPPED):
        person = Dialogue(app.core, user_id=str(4700 + at), language_hint=lang)
        await person.send(text)
        fire = next((r.text for r in person.replies if STAY_IN[lang] in r.text), None)
        assert fire is not None, (text, person.text)
        first_line = fire.split("\n", 1)[0]
        assert CALL_FIRST[lang] in first_line, first_line
        assert fire.index("112") < fire.index(STAY_IN[lang])
