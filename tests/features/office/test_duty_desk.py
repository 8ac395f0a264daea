"""Each office's duty desk named as it is (`duty_title`): /help, /contact, the booking and its
calendar file say "Integration assistants" where that office has them, and the texts' own
"intercultural assistant" only where an office names none."""

from __future__ import annotations

from bot.app import build
from tests.support.bookings import TUE_1330, book_and_confirm
from tests.support.dialogue import Dialogue
from tests.support.network import write_network_config

TITLE = {"en": "Integration assistants", "uk": "Асистенти з інтеграції"}


async def test_the_persons_office_names_its_own_duty_desk_everywhere(tmp_path, clock):
    path = write_network_config(tmp_path, offices__north__duty_title=TITLE)
    app = await build(path, clock=clock, search="off")
    try:
        olena = Dialogue(app.core, user_id="2001", language_hint="en")
        await olena.send("/start north")
        await olena.press("English")
        await olena.send("/help")
        assert "• /book — book a visit (Integration assistants)" in olena.text
        assert "intercultural" not in olena.text.lower()
        await olena.send("/contact")
        assert "Integration assistants — duty hours" in olena.text
        await olena.send("/book")
        assert "Book a visit: Integration assistants" in olena.text
        assert "intercultural" not in olena.text.lower()
        await book_and_confirm(olena, TUE_1330)
        ics = next(r.attachment for r in olena.replies if r.attachment is not None)
        assert "SUMMARY:Integration assistants: PESEL" in ics.content.decode()

        petro = Dialogue(app.core, user_id="2002", language_hint="uk")
        await petro.send("/start north")
        await petro.press("Українська")
        await petro.send("/help")  # in his language
        assert "записатися на візит (Асистенти з інтеграції)" in petro.text

        anna = Dialogue(app.core, user_id="2003", language_hint="en")
        await anna.send("/start east")  # East names no duty desk: the texts' own
        await anna.press("English")
        await anna.send("/help")
        assert "book a visit with the intercultural assistant" in anna.text
    finally:
        await app.close()


def test_the_telegram_command_menu_describes_book_without_naming_a_desk():
    """One command menu per bot, whatever office a person has."""
    from bot.content.i18n import Translator

    t = Translator()
    for lang in ("uk", "ru", "en", "pl"):
        text = t(lang, "cmd_book").lower()
        assert not any(word in text for word in ("assist", "асист", "ассист", "asyst")), text
