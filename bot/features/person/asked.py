"""A question typed where the name goes («what is pesel?», «песель»): kept in the draft, and
the person asked whether to have it answered (leaving the form, nothing is sent) or take it as
their name. The offer waits as the name step's question (Session.pending): a language change,
/help or a returning person gets it again, with its buttons, not «What is your name?».

«I don't understand English», «не розумію польською» typed there (languages.not_understood) is
no name either: said so, and the languages offered (as /language in a form); the one chosen,
or named while they are offered («українською»), asks the name again in it. A sentence asking
for a language («visit in ukrainian please», «wizyta po ukraińsku»: languages.asked_in_sentence)
is that language chosen, as «English please» is, the name asked again in it."""

from __future__ import annotations

from bot.core import choices, languages
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, Replay, leave_and_ask, pending, stay
from bot.core.messages import Button, Expired, Reply
from bot.features.menu import language_choice
from bot.features.person.about import answered
from bot.features.person.consent import FLOW, person_draft
from bot.features.person.typed import mark_left

AGAIN = "person:question"  # asks the offer again while it waits


def question_offer(turn: Turn, question: str) -> Outcome:
    """The offer to answer `question`, typed where the name goes (a question about what the
    form is for that its page answers: the answer, and the name asked again: about.py)."""
    told = answered(turn, question)
    if told is not None:
        return told
    person_draft(turn).question = question
    rows = [
        [Button(turn.t("btn_answer_question"), "person:answer", means=choices.YES)],
        [Button(turn.t("btn_it_is_my_name"), "person:is_name", means=choices.NO)],
    ]
    return pending(stay(Reply(turn.t("name_looks_like_question"), rows)), AGAIN)


def offered(turn: Turn) -> bool:
    """Whether the name step now asks that offer: its buttons are taken typed then («так»,
    «да», «tak», «yes»: answer it; «ні», «no»: it is my name), not read as a name."""
    return turn.pending == AGAIN


async def offer_again(turn: Turn) -> Outcome:
    """person:question: the offer once more, while the person is at the name with it."""
    question = person_draft(turn).question
    if turn.session.flow != FLOW or turn.session.step != "name" or not question:
        raise Expired(AGAIN)
    return question_offer(turn, question)


async def answer_question(turn: Turn) -> Outcome:
    """Leave the form (nothing is sent) and answer what was typed, as outside a form."""
    question = person_draft(turn).question
    if not question:
        raise Expired("person:answer")
    mark_left(turn)  # «📞 Continue my callback request» under the answer
    return leave_and_ask(question, Reply(turn.t("form_left_for_question")))


def language_offer(turn: Turn, text: str) -> Outcome | None:
    """The languages offered for «I don't understand English» typed as a name; a language named
    while they are offered («українською», «po polsku») chosen; None for anything else."""
    if turn.pending == "language":
        code = languages.named(text, turn.settings.languages)
        if code in turn.settings.languages:
            return Outcome(replay=Replay(payload=f"language:{code}"))
    asked = languages.asked_in_sentence(text, turn.settings.languages)  # «visit in ukrainian
    if asked is not None:  # please» (tester 21, item 11): that language, the name asked again in it
        return Outcome(replay=Replay(payload=f"language:{asked}"))
    if languages.not_understood(text) is None:
        return None
    return pending(stay(language_choice(turn, turn.t("name_not_understood"))), "language")
