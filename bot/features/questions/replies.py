"""The replies to a typed message that are no topic's answer: small talk (a greeting, thanks,
«ок»), a typed command (the button that does it) and the way to a person (a callback or a
visit). Split from answers.py, which asks for them."""

from __future__ import annotations

from bot.content.i18n import LANGUAGE_NAMES
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.session import AskedQuestion
from bot.features.menu import book_button, language_choice, main_menu, nav_row, t_book
from bot.features.questions.language import follow_language, switch_row
from bot.search import Result, lang

ACTION_PAYLOADS = {
    "contact_hours": "hours",
    "appointment": "callback",
    "forget": "privacy:ask",
    "my_bookings": "booking:mine",
    "language": "language",
}
ACTION_LABELS = {
    "contact_hours": "btn_hours",
    "appointment": "btn_callback",
    "forget": "btn_privacy_forget",
    "my_bookings": "btn_my_bookings",
    "language": "btn_language",
}


def smalltalk(turn: Turn, question: str, result: Result) -> Reply:
    """A greeting, thanks, «ок», «вы здесь?»: a short friendly reply and the menu. A greeting,
    thanks or «вы здесь?» written in a language's own letters («здравствуйте», «добрий день»,
    «спасибо», «dzień dobry»: `lang.in_own_letters`) is followed as a question is
    (`follow_language`: the person's guessed language; Polish offered, not followed), with the
    way back; one followed into Russian without a letter only Russian has («привет»,
    «здравствуйте»: words Ukrainians write too) also offers Ukrainian. A Latin greeting
    («privet», «hola») says too little of a language: as before. «да», «так», «ok» neither."""
    offers: list[str] = []
    code = result.lang
    if (
        result.smalltalk not in ("ack", "confused")
        and code is not None
        and result.lang_sure
        and lang.in_own_letters(question, code)
    ):
        followed = follow_language(turn, result)
        offers.append(followed or code)
        if followed and code == "ru" and lang.one_cyrillic(question) is None:
            offers.append("uk")
    reply = main_menu(turn, t_book(turn, f"q_{result.smalltalk}"))
    rows = [row for offer in offers for row in switch_row(turn, offer)]
    if rows:  # (the button answers this message again, in its language)
        turn.memory.asked = AskedQuestion(question, code or turn.lang)
    reply.buttons = rows + reply.buttons
    return reply


def command(turn: Turn, action: str, language: str | None) -> Reply:
    """A typed command («delete my data», «cancel my visit», «english please», «book an
    appointment»): the button that does it, not an answer to a question."""
    if action == "language":
        if language is None or language not in turn.settings.languages:
            return language_choice(turn, turn.t("choose_language"))
        if language == turn.lang:  # «po polsku proszę» in Polish: it is, and stays so
            turn.session.language_chosen = True
            return main_menu(turn, turn.t("language_set"))
        # (said in the language asked for: that is the one the person reads)
        offer = turn.services.t(language, "q_language")
        button = Button(LANGUAGE_NAMES[language], f"language:{language}")
        return Reply(offer, [[button], nav_row(turn, None)])
    if action == "appointment":
        return appointment(turn)
    key = {"forget": "q_forget", "my_bookings": "q_my_bookings"}.get(action)
    if key is None:
        raise ValueError(f"not a command: {action}")
    button = Button(turn.t(ACTION_LABELS[action]), ACTION_PAYLOADS[action])
    return Reply(turn.t(key), [[button], nav_row(turn, None)])


def appointment(turn: Turn, language: str | None = None) -> Reply:
    """The way to a person: a callback or a visit; with `language`, that the call can be in it
    (the person said they do not understand another: the callback form's language button)."""
    book = book_button(turn)  # (no duty hours to come: the call back alone)
    text = t_book(turn, "q_appointment")
    if language is not None:
        text += "\n\n" + turn.t("q_call_in_language", language=LANGUAGE_NAMES[language])
    return Reply(text, [[Button(turn.t("btn_callback"), "callback"), *book], nav_row(turn, None)])
