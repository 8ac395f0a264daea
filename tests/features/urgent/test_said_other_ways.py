"""Tester 36's danger said in other ways, as a person meets it: no point in anything
(«i dont see any point anymore» got the opening hours), self-harm done («I cut myself», «я
порізала руки»), locked in where one works («my boss locks us in the hostel…» got «no answer»);
and the lines in the language the danger is written in, not the session's («хочу умереть» in a
chat in English got the English lines; after «я режу себе руки» switched the chat to Russian,
«i dont want to live» got the Russian ones). A cut while cooking asking for a doctor is not
danger."""

from __future__ import annotations

from tests.features.urgent.test_screen import (
    crisis_lines_first,
    no_crisis_lines,
    nothing_unanswered,
)
from tests.support.dialogue import Dialogue

GUESSES = ("q_no_match", "q_did_you_mean")

SAID = [
    ("en", "i dont see any point anymore"),
    ("en", "there is no point anymore"),
    ("en", "I cut myself"),
    ("en", "I've been cutting myself"),
    ("en", "I hurt myself on purpose"),
    ("uk", "я порізала руки"),
    ("uk", "я вже не бачу ніякого сенсу"),
    ("uk", "донька ріже себе"),
    ("ru", "я порезала руки"),
    ("ru", "ничего не имеет смысла"),
    ("pl", "pocięłam się"),
    ("pl", "nic już nie ma sensu"),
]


async def test_no_point_and_self_harm_get_the_crisis_lines_in_their_language(app):
    """Each said by a new person whose phone is set to another language: the crisis lines come
    first, in the language of the message; no hours, no guesses, nothing for /unanswered."""
    for at, (lang, text) in enumerate(SAID):
        other = "uk" if lang != "uk" else "en"
        person = Dialogue(app.core, user_id=str(3000 + at), language_hint=other)
        await person.send(text)
        crisis_lines_first(person)
        assert person.replies[0].text == app.services.t(lang, "urgent_suicide"), text
        button = person.replies[0].buttons[0][0]
        assert button.label == app.services.t(lang, "btn_urgent_callback"), text
        assert "🕒" not in person.text, (text, person.text)  # (not the opening hours)
        for key in GUESSES:
            assert app.services.t(lang, key) not in person.text, (text, person.text)
    assert await nothing_unanswered(app)


async def test_a_cut_while_cooking_asking_for_a_doctor_gets_no_crisis_lines(app):
    for at, text in enumerate(
        [
            "I cut my finger while cooking, where can I see a doctor?",
            "I cut myself with a knife in the kitchen, which hospital?",
            "порізала палець, коли готувала, де лікар?",
            "порезал руку стеклом на работе, где травмпункт",
            "skaleczyłam się nożem, gdzie jest lekarz",
        ]
    ):
        person = Dialogue(app.core, user_id=str(3100 + at))
        await person.send(text)
        no_crisis_lines(person)


async def test_locked_in_at_work_gets_112_and_the_trafficking_line_in_its_language(app):
    """(The fixture's content has no «Reporting a crime»: the lines alone, with the way to an
    urgent call; the shipped content's part under them: tests/shipped/test_crime_report.py.)"""
    said = [
        ("en", "my boss locks us in the hostel and takes our passports"),
        ("uk", "працодавець закрив нас і забрав паспорти"),
        ("ru", "работодатель закрыл нас в общежитии и забрал паспорта"),
        ("pl", "szef zamyka nas w hotelu robotniczym i zabrał paszporty"),
    ]
    for at, (lang, text) in enumerate(said):
        person = Dialogue(app.core, user_id=str(3200 + at), language_hint="en")
        await person.send(text)
        first = person.replies[0]
        assert first.text.startswith("🚨") and "112" in first.text, person.text
        assert "+48 22 628 01 20" in first.text, person.text  # KCIK
        assert first.text == app.services.t(lang, "urgent_exploitation"), person.text
        assert first.buttons[0][0].payload == "callback"
        for key in GUESSES:
            assert app.services.t(lang, key) not in person.text, (text, person.text)
    assert await nothing_unanswered(app)


async def test_the_testers_run_each_message_in_its_own_language(app, dialogue):
    """«я режу себе руки» and three English messages, in a chat set to English: the Russian
    lines, then the English ones (they were all Russian)."""
    await dialogue.send("я режу себе руки")
    assert dialogue.replies[0].text == app.services.t("ru", "urgent_suicide"), dialogue.text
    for text in ("life has no meaning", "nobody would miss me", "i dont want to live"):
        await dialogue.send(text)
        assert dialogue.replies[0].text == app.services.t("en", "urgent_suicide"), dialogue.text


async def test_the_chat_goes_on_in_the_language_of_the_danger_unless_one_was_chosen(app):
    guessed = Dialogue(app.core, user_id="3301")  # (a phone set to English)
    await guessed.send("хочу умереть")
    assert guessed.replies[0].text == app.services.t("ru", "urgent_suicide")
    await guessed.send("SOS")  # a cry of no language: in the person's, Russian now
    assert guessed.replies[0].text == app.services.t("ru", "urgent_cry")
    chosen = Dialogue(app.core, user_id="3302")
    await chosen.payload("language:en")
    await chosen.send("хочу умереть")  # the lines in Russian, the chat still in English
    assert chosen.replies[0].text == app.services.t("ru", "urgent_suicide")
    await chosen.send("SOS")
    assert chosen.replies[0].text == app.services.t("en", "urgent_cry")
    polish = Dialogue(app.core, user_id="3303", language_hint="ru")
    await polish.send("nie chcę już żyć")
    assert polish.replies[0].text == app.services.t("pl", "urgent_suicide")
    await polish.send("SOS")  # (written with Polish letters: the chat goes on in Polish)
    assert polish.replies[0].text == app.services.t("pl", "urgent_cry")
    no_letters = Dialogue(app.core, user_id="3305", language_hint="uk")
    await no_letters.send("nie chce zyc")  # Polish lines; the chat stays Ukrainian
    assert no_letters.replies[0].text == app.services.t("pl", "urgent_suicide")
    await no_letters.send("SOS")
    assert no_letters.replies[0].text == app.services.t("uk", "urgent_cry")
    ambulance = Dialogue(app.core, user_id="3306")  # a medical emergency's lines likewise
    await ambulance.send("викличте швидку, чоловік не дихає")
    assert ambulance.replies[0].text == app.services.t("uk", "urgent_medical")
    unclear = Dialogue(app.core, user_id="3304", language_hint="uk")
    await unclear.send("селфхарм")  # (Ukrainian and Russian alike: the person's)
    assert unclear.replies[0].text == app.services.t("uk", "urgent_suicide")


async def test_an_answer_under_lines_that_followed_the_language_offers_the_way_back(app):
    # (as a question's answer does; «mij cholovik pje i bje mene», screened since danger41,
    # lost «Reply in English»)
    for at, text in enumerate(["mij cholovik pje i bje mene", "чоловік мене б'є, що робити"]):
        person = Dialogue(app.core, user_id=f"340{at}")  # (a phone set to English)
        await person.send(text)
        assert person.replies[0].text == app.services.t("uk", "urgent_help"), person.text
        answer = person.replies[1]
        assert answer.text.startswith(app.services.t("uk", "q_followed")), person.text
        assert app.services.kb.topic("uk", "domestic_violence").title in answer.text
        assert "answer:lang:en" in [b.payload for row in answer.buttons for b in row]


async def test_in_a_form_the_lines_come_in_the_language_of_the_danger_the_form_in_its_own(
    app, dialogue
):
    await dialogue.send("/callback")
    await dialogue.press("I agree")
    await dialogue.send("не хочу жити")  # at the name
    assert dialogue.replies[0].text == app.services.t("uk", "urgent_suicide"), dialogue.text
    assert app.services.t("en", "urgent_form_goes_on") in dialogue.replies[1].text
