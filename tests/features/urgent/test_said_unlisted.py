"""Danger said in words the tables do not list one by one (danger43, written before reading
them): Ukrainian and Russian typed in Latin letters, harm promised, a theft just now, words
between a phrase's words; and the figures of speech, films and long-past events that share
danger's words and must bring no lines («this queue is going to kill me lol»)."""

from __future__ import annotations

from tests.features.urgent.test_screen import no_crisis_lines
from tests.support.dialogue import Dialogue

SAID = [
    ("uk", "mene pohrabuvaly na vulyci", "urgent_crime"),
    ("ru", "menya iznasilovali vchera", "urgent_help"),
    ("uk", "vin mene dushyv vchora", "urgent_help"),
    ("uk", "колишній пише що приїде і покалічить мене", "urgent_help"),
    ("en", "my landlord said he'll break my legs", "urgent_help"),
    ("pl", "szef powiedział, że mnie pobije", "urgent_help"),
    ("ru", "у меня украли сумку в автобусе только что", "urgent_crime"),
    ("en", "someone just stole my wallet on the tram", "urgent_crime"),
    ("pl", "ukradli mi portfel w autobusie przed chwilą", "urgent_crime"),
    ("uk", "хтось вломився в мою квартиру", "urgent_crime"),
    ("en", "kitchen on fire cant put it out", "urgent_fire"),
    ("ru", "нас не выпускают с территории", "urgent_exploitation"),
    ("ru", "сегодня ночью прыгну с балкона", "urgent_suicide"),
    ("pl", "zostałam zgwałcona", "urgent_help"),
    ("ru", "напилась таблеток", "urgent_suicide"),
    ("uk", "порізав вену", "urgent_suicide"),
    ("ru", "нас держат в общежитии и не отпускают", "urgent_exploitation"),
]

NOT_DANGER = [
    ("uk", "ця черга в ужонді мене просто вб'є 😅"),
    ("ru", "эта очередь меня убьет 😂"),
    ("en", "this queue is going to kill me lol"),
    ("pl", "pali mi się termin na złożenie wniosku, co robić?"),
    ("uk", "горить термін подачі документів, до якого числа можна подати?"),
    ("uk", "ми дивились фільм про пожежу в хмарочосі"),
    ("ru", "год назад меня ограбили, все уже решилось, сейчас нужна справка о несудимости"),
    ("pl", "dwa lata temu mnie okradli, sprawa zamknięta, teraz potrzebuję zaświadczenia"),
    ("ru", "у меня украли паспорт, что делать"),  # (a theft, not just now: a document's question)
    ("en", "my wife doesnt work, can she be insured through me"),  # (English, not «б'є»)
    ("uk", "прийняла всі ліки, як лікар сказав, коли наступний прийом?"),
    ("uk", "pislia smerti mamy nichoho ne khochu i ne mozhu zibratys"),  # («zi*» is no «жи*»)
]


async def test_danger_said_in_words_not_listed_gets_its_kinds_lines(app):
    """Each said by a new person: the help lines of its kind, in the message's language."""
    for at, (lang, text, lines) in enumerate(SAID):
        person = Dialogue(app.core, user_id=str(4300 + at), language_hint=lang)
        await person.send(text)
        assert person.replies[0].text.startswith("🚨"), (text, person.text)
        shown = [reply.text for reply in person.replies]
        assert app.services.t(lang, lines) in shown, (text, person.text)


async def test_a_figure_of_speech_a_film_or_the_long_past_gets_no_lines(app):
    for at, (lang, text) in enumerate(NOT_DANGER):
        person = Dialogue(app.core, user_id=str(4400 + at), language_hint=lang)
        await person.send(text)
        no_crisis_lines(person)


async def test_a_laugh_beside_a_person_who_kills_is_no_joke(app):
    """«😅» makes a queue's killing a joke, not a husband's."""
    person = Dialogue(app.core, user_id="4500", language_hint="uk")
    await person.send("чоловік сказав що мене вб'є 😅")
    assert person.replies[0].text.startswith("🚨"), person.text
