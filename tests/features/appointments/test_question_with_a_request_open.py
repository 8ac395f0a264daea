"""A question typed at a visit's days while a callback request is open (tester 42, F5): «stop
filling in and answer it?», yes, filed the question under the callback's card («✉️ Added to
your request #T1»), about another matter, and the visit was lost. Now the bot answers it, says
staff did not get it, and «↩️ Back to the form» takes the person back to the days."""

from __future__ import annotations

from tests.support.appointments import STAFF_CHAT
from tests.support.callbacks import request_callback

ASKED = {
    "uk": ("а можна в п'ятницю? я в четвер працюю", "Повернутися до форми", "Оберіть день"),
    "ru": ("а можно в пятницу? я в четверг работаю", "Вернуться к форме", "Выберите день"),
    "en": ("can it be on a Friday? I work on Thursdays", "Back to the form", "Choose a day"),
    "pl": ("czy można w piątek? w czwartek pracuję", "Wróć do formularza", "Wybierz dzień"),
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
