"""A question typed at a visit's days while a callback request is open (tester 42, F5): «stop
filling in and answer it?», yes, filed the question under the callback's card («✉️ Added to
your request #T1»), about another matter, and the visit was lost. Now the bot answers it, says
staff did not get it, and «↩️ Back to the form» takes the person back to the days. A question
about the day itself («а можна в п'ятницю?») is the form's since the thirtieth session: the
specialist's days, the days kept, and nothing to staff either."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT
from tests.support.callbacks import request_callback

ASKED = {
    "uk": ("а як отримати PESEL для дитини?", "Повернутися до форми", "Оберіть день"),
    "ru": ("а как получить PESEL для ребенка?", "Вернуться к форме", "Выберите день"),
    "en": ("how do I get a PESEL for my child?", "Back to the form", "Choose a day"),
    "pl": ("jak dostać PESEL dla dziecka?", "Wróć do formularza", "Wybierz dzień"),
}
ABOUT_THE_DAY = {
    "uk": "а можна в п'ятницю? я в четвер працюю",
    "ru": "а можно в пятницу? я в четверг работаю",
    "en": "can it be on a Friday? I work on Thursdays",
    "pl": "czy można w piątek? w czwartek pracuję",
}


async def test_a_question_left_a_visit_for_is_the_bots_and_the_visit_waits(
    dialogue, delivery, platform
):
    for lang, (question, back, days) in ASKED.items():
        dialogue.user_id, dialogue.language_hint = f"person-{lang}", lang
        await request_callback(dialogue, language=lang)
        await dialogue.payload("appt:open:career")
        await dialogue.send(question)
        await dialogue.payload("typed:answer")
        assert "✉️" not in dialogue.text, lang  # not «✉️ Added to your request #T…»
        await delivery.run()
        assert not any("pisze:" in s.text for s in platform.to(STAFF_CHAT)), lang
        await dialogue.press(back)
        assert days in dialogue.text, lang
        assert any(b.payload.startswith("appt:day:career:") for b in dialogue.buttons), lang


async def test_a_question_about_the_day_is_the_forms_and_nothing_goes_to_staff(
    dialogue, delivery, platform
):
    for lang, question in ABOUT_THE_DAY.items():
        dialogue.user_id, dialogue.language_hint = f"person-{lang}", lang
        await request_callback(dialogue, language=lang)
        await dialogue.payload("appt:open:career")
        await dialogue.send(question)
        assert "🗓" in dialogue.text and "/callback" in dialogue.text, lang  # the days it has
        assert "✉️" not in dialogue.text, lang
        assert any(b.payload.startswith("appt:day:career:") for b in dialogue.buttons), lang
        await delivery.run()
        assert not any("pisze:" in s.text for s in platform.to(STAFF_CHAT)), lang
