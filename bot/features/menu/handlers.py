"""Start, language, main menu, categories and topic answers, help, cancel, and the fallbacks."""

from __future__ import annotations

from bot.core import choices, languages, markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, again, end, pending, stay, then
from bot.core.messages import Button, Expired, Reply
from bot.core.numbers import record_id
from bot.core.services import Services
from bot.features.menu.replies import (
    book_button,
    category_reply,
    language_choice,
    main_menu,
    nav_row,
    specialists_instead,
    topic_reply,
)
from bot.settings.catalogue import COURSE

LEAVE, GO_ON, ASK = "leave", "on", "ask"  # `start:leave`, `start:on`: /start's question in a
# form; `start:ask` asks it again (while it waits: Session.pending)
AGAIN = "again"  # `language:<code>:again`: a returning person (the terminal), not an answer
HINT = "hint"  # `language:<code>:hint`: a new person's platform language (the terminal's --lang)


async def start(turn: Turn) -> Outcome:
    """/start: the welcome and the languages (the menu once a language was chosen). In a form,
    asked first (a confused person sends /start again; what they typed is not thrown away
    unasked): «Leave the form and start again» (`start:leave`) or «Go on with the form»."""
    if turn.asking:
        rows = [
            [Button(turn.t("btn_start_leave"), f"start:{LEAVE}", means=choices.SEND)],
            [Button(turn.t("btn_form_go_on"), f"start:{GO_ON}", means=choices.NO)],
        ]
        return pending(stay(Reply(turn.t("start_in_form"), rows)), f"start:{ASK}")
    return _welcome(turn)


async def on_start(turn: Turn) -> Outcome:
    """The answer to /start's question in a form (a form closed meanwhile: the welcome)."""
    if turn.args[:1] == (ASK,):
        if not turn.asking:
            raise Expired("start:ask")
        return await start(turn)
    if turn.args[:1] == (GO_ON,) and turn.asking:
        turn.pending = None  # answered: the form's own question next
        return again(Reply(turn.t("form_goes_on")))
    return _welcome(turn)


async def form_open(turn: Turn) -> Outcome:
    """A command typed in a form that would leave it (/mybookings, /book, /services): asked
    first, as /start is, so that what was typed is not thrown away unasked: «Leave the form:
    /mybookings» (`form:leave:<command>`: then the command, as if sent now) or «Go on»."""
    command = turn.args[0] if turn.args else ""
    if not turn.asking or command not in turn.registry.commands:
        raise Expired("form")
    rows = [
        [
            Button(
                turn.t("btn_form_leave_for", command=f"/{command}"),
                f"form:{LEAVE}:{command}",
                means=choices.SEND,
            )
        ],
        [Button(turn.t("btn_form_go_on"), f"form:{GO_ON}", means=choices.NO)],
    ]
    text = turn.t("command_in_form", command=f"/{command}")
    return pending(stay(Reply(text, rows)), f"form:{ASK}:{command}")


async def on_form_open(turn: Turn) -> Outcome:
    """The answer to form_open's question (asked again while it waits: `form:ask:<command>`)."""
    action, command = (turn.args + ("", ""))[:2]
    if action == ASK:
        turn.args = (command,)
        return await form_open(turn)
    if action == GO_ON and turn.asking:
        turn.pending = None  # answered: the form's own question next
        return again(Reply(turn.t("form_goes_on")))
    if action == LEAVE and command in turn.registry.commands:
        turn.session.leave()
        return Outcome(replay=Replay(command=command))
    raise Expired("form")


def _welcome(turn: Turn, menu: bool = False) -> Outcome:
    """The welcome; what the person types next is for the bot, not for staff. With `menu`, the
    menu under it even though no language was chosen (the platform's is taken as it is)."""
    turn.memory.to_bot(turn.now)
    welcome = turn.t("welcome", org=markup.literal(turn.office.org_name(turn.lang)))
    if turn.session.flow is not None:
        welcome = f"{turn.t('start_form_closed')}\n\n{welcome}"
    if menu or turn.session.language_chosen:  # the menu (its 🌐 button changes the language)
        return end(main_menu(turn, f"{welcome}\n\n{turn.t('main_menu')}"))
    return end(language_choice(turn, f"{welcome}\n\n{turn.t('choose_language')}"))


async def choose_language(turn: Turn) -> Outcome:
    key = "choose_language_in_flow" if turn.session.flow else "choose_language"
    return pending(stay(language_choice(turn, turn.t(key))), "language")


async def on_language(turn: Turn) -> Outcome:
    """`language` asks; `language:<code>` sets it. In a form, its current question is shown
    again in the new language (or, if the step has none, the form ends, visibly); a question
    asked on top of where the person is (a «save “…”?», not the languages: answered now) too.
    `language:<code>:again`: a returning person (the terminal): the languages, if they were
    asked, are asked again too. `language:<code>:hint`: a new person's platform language (the
    terminal's --lang, as Telegram's app language): the welcome with the menu in it, the
    language not chosen, so a sentence written in another is answered in that one
    (questions.follow_language)."""
    if not turn.args:
        return await choose_language(turn)
    code = turn.args[0]
    if code not in turn.settings.languages:
        raise Expired(code)
    if turn.args[1:2] == (HINT,) and not turn.session.language_chosen:
        turn.session.language = code
        return _welcome(turn, menu=True)
    returning = turn.args[1:2] == (AGAIN,)
    if not returning or code != turn.session.language:  # the one they had is not chosen by it
        turn.session.language_chosen = True
    turn.session.language = code
    if turn.pending == "language" and not returning:
        turn.pending = None  # the languages' question is answered
    if turn.session.flow is None:
        if turn.pending is not None:  # e.g. «cancel this visit?»: asked again
            return again(Reply(turn.t("language_set_pending")))
        return stay(main_menu(turn, turn.t("language_set")))
    if not turn.asking:
        return end(main_menu(turn, turn.t("language_set_form_closed")))
    return again(Reply(turn.t("language_set_in_flow")))


async def language_typed(turn: Turn) -> Outcome | None:
    """A gate: in a form, a message that asks for a language («English please», «sorry, I don't
    understand, English please», «по-русски пожалуйста»: languages.requested) is that language
    chosen (`language:<code>`, as /language in a form): the form's question asked again in it,
    nothing given lost. Not where a language is the answer (its buttons shown: a form's
    language field, the language of a call: the step presses one)."""
    incoming, session = turn.incoming, turn.session
    if session.flow is None or incoming.payload or incoming.command or not incoming.text:
        return None
    if any((b.means or "").startswith(choices.LANGUAGE) for b in session.shown):
        return None
    code = languages.requested(incoming.text)
    if code is None or code not in turn.settings.languages:
        return None
    return Outcome(replay=Replay(payload=f"language:{code}"))


async def gate(turn: Turn) -> Outcome | None:
    """The menu's gates: a language asked for in a form, /start's question waiting."""
    return await language_typed(turn) or await asked_waits(turn)


async def asked_waits(turn: Turn) -> Outcome | None:
    """A gate: while /start's «leave the form?» (or a command's) waits, text that names neither
    of its buttons nor says yes or no asks it again, with its two buttons (tester 41, F10: it
    said «type “Leave the form, start again” or “Go on with the form”» above the form's day
    picker). A button's label, a yes or a no typed goes on to press it."""
    waits, incoming = turn.pending or "", turn.incoming
    if not waits.startswith((f"start:{ASK}", f"form:{ASK}:")) or turn.session.flow is None:
        return None
    text = incoming.text
    if incoming.payload or incoming.command or not text:
        return None
    today = turn.local(turn.now).date()
    if choices.yes_or_no(text) is not None or choices.find(text, turn.session.shown, today):
        return None
    return then(Replay(payload=waits), Reply(turn.t("form_question_again")))


async def on_menu(turn: Turn) -> Outcome:
    turn.memory.to_bot(turn.now)
    return end(main_menu(turn, replace=True))


async def topics(turn: Turn) -> Outcome:
    turn.memory.to_bot(turn.now)
    return end(main_menu(turn, turn.t("choose_category")))


async def on_category(turn: Turn) -> Outcome:
    if not turn.args:
        raise Expired("category")
    return stay(category_reply(turn, turn.args[0]))


async def on_topic(turn: Turn) -> Outcome:
    """`topic:<id>`: a topic's answer; `topic:<id>:<part>` (sent by earlier versions for a
    «did you mean» candidate): that part, the whole answer a tap away."""
    if not turn.args:
        raise Expired("topic")
    return stay(topic_at(turn, turn.args[0], _part(turn)))


def topic_at(turn: Turn, topic_id: str, part: int | None) -> Reply:
    """A topic's answer, or its `part` first with the whole answer a tap away (the whole answer
    when the topic has no such part: the content may have changed since the button was sent)."""
    topic = turn.kb.topic(turn.lang, topic_id)
    if part is None or topic is None or len(topic.parts) < 2 or part >= len(topic.parts):
        reply, part = topic_reply(turn, topic_id), None
    else:
        whole = [[Button(turn.t("btn_whole_answer"), f"topic:{topic_id}")]]
        reply = topic_reply(turn, topic_id, whole, part=part)
    turn.memory.answered(topic_id, turn.now, part)
    return reply


def _part(turn: Turn) -> int | None:
    return record_id(turn.args[1]) if len(turn.args) >= 2 else None


async def help_(turn: Turn) -> Outcome:
    book = (
        turn.t("help_book_specialists") if specialists_instead(turn) else turn.t_duty("help_book")
    )
    text = turn.t("help", book=book)
    if not book_button(turn):  # (no duty hours to come: /book would only say so)
        text = "\n".join(line for line in text.split("\n") if "/book " not in line)
    services = turn.office.catalogue.services
    if services:
        text += "\n" + turn.t("help_services")
    if any(s.kind == COURSE for s in services.values()):
        text += "\n" + turn.t("help_courses")
    if turn.settings.network:
        text += "\n" + turn.t("help_office")
    return _in_form(turn, text) or stay(main_menu(turn, text))


def _in_form(turn: Turn, text: str) -> Outcome | None:
    """In a form: `text`, then the form's question again (it goes on), not the menu, under
    which the form would wait unseen."""
    if not turn.asking:
        return None
    return again(Reply(f"{text}\n\n{turn.t('form_goes_on')}"))


async def cancel(turn: Turn) -> Outcome:
    was_in_flow = turn.session.flow is not None
    return end(main_menu(turn, turn.t("cancelled" if was_in_flow else "nothing_to_cancel")))


async def ask(turn: Turn) -> Outcome:
    """❓ Ask a question: what they type next is for the bot, even while writing with staff."""
    turn.memory.to_bot(turn.now)
    return end(Reply(turn.t("ask_prompt"), [nav_row(turn, None)]))


async def expired(turn: Turn) -> Outcome:
    return stay(main_menu(turn, turn.t("button_expired")))


async def unsupported(turn: Turn) -> Outcome:
    return stay(main_menu(turn, turn.t("unsupported_message")))


async def unknown_command(turn: Turn) -> Outcome:
    text = turn.t("unknown_command_in_form" if turn.asking else "unknown_command")
    return _in_form(turn, text) or stay(main_menu(turn, text))


async def staff_only(turn: Turn) -> Outcome:
    return _in_form(turn, turn.t("staff_only")) or stay(main_menu(turn, turn.t("staff_only")))


def error(services: Services, lang: str) -> list[Reply]:
    return [Reply(services.t(lang, "error"), [[Button(services.t(lang, "btn_main_menu"), "menu")]])]
