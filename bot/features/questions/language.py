"""The language of an answer: the one the person writes in, followed when they have not chosen
one (`follow_language`), said once above the answer (`followed_reply`), and the button back to
the other (`switch_row`); a message in a language the bot does not offer gets a line in the
deployment's default language naming those it does (`other_language`)."""

from __future__ import annotations

import re

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import choices
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, again
from bot.core.messages import Button, Reply
from bot.features import urgent
from bot.search import Result, lang
from bot.search.lang import CYRILLIC

# letters of scripts no offered language is written in: Armenian, Hebrew, Arabic (Persian,
# Urdu), Devanagari, Thai, Georgian, kana, CJK, Hangul
_OTHER_SCRIPT = re.compile(
    "[\u0530-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
    "\u10a0-\u10ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_TURKISH = re.compile("[ıİğĞ]")  # Turkish (and Azerbaijani) letters none of uk, ru, en, pl has


def unoffered(text: str) -> bool:
    """A message written in a language the bot does not offer (tester 38, F12): half its
    letters or more in another script («როგორ მივიღო PESEL?», «كيف أحصل على PESEL»), or
    Turkish letters («Merhaba, PESEL nasıl alabilirim?»)."""
    letters = sum(1 for c in text if c.isalpha())
    other = len(_OTHER_SCRIPT.findall(text))
    return letters > 0 and (2 * other >= letters or _TURKISH.search(text) is not None)


async def in_form(turn: Turn) -> Outcome | None:
    """A gate: in a form, a sentence in a language the bot does not offer («გამარჯობა,
    მჭირდება დახმარება» where the name goes, «Merhaba, oturma izni için yardım lazım» where the
    phone goes: tester 39, F2) is no answer to the question: said so in the person's language,
    and the question asked again. A short text in Latin letters may be a name («Ayşe Yılmaz»);
    danger is the form's own to answer; where a language is the answer, its buttons decide."""
    text, session = turn.incoming.text, turn.session
    if session.flow is None or turn.incoming.payload or turn.incoming.command or not text:
        return None
    if not unoffered(text) or (not _OTHER_SCRIPT.search(text) and len(text.split()) <= 3):
        return None
    if any((b.means or "").startswith(choices.LANGUAGE) for b in session.shown):
        return None
    if urgent.caught(text) is not None:
        return None
    names = ", ".join(LANGUAGE_NAMES[c] for c in turn.settings.languages)
    return again(Reply(turn.t("form_other_language", languages=names)))


def other_language(turn: Turn, menu_row: list[Button]) -> Reply:
    """In the deployment's default language (the person's own is not one we know): which
    languages the bot understands, each a button that switches to it."""
    code = turn.settings.default_language
    names = ", ".join(LANGUAGE_NAMES[c] for c in turn.settings.languages)
    text = turn.services.t(code, "q_other_language", languages=names)
    buttons = [Button(LANGUAGE_NAMES[c], f"language:{c}") for c in turn.settings.languages]
    return Reply(text, [buttons[i : i + 2] for i in range(0, len(buttons), 2)] + [menu_row])


def followed_reply(turn: Turn, before: str | None, reply: Reply) -> Reply:
    """The answer that followed the language the person writes in (`follow_language`, from
    `before`): said once, briefly, above it (the way back is the button under it)."""
    if before is not None:
        reply.text = f"{turn.t('q_followed')}\n\n{reply.text}"
    return reply


def follow_language(turn: Turn, result: Result) -> str | None:
    """A person who has not chosen a language is answered in the one they wrote in, when the
    search is sure of it (a Ukrainian whose phone is set to English): their language from now
    on, still a guess (/mydata says so). Into Polish only for a sentence in it («Jak mogę
    dostać kartę pobytu?»): newcomers write the Polish names of things («karta pobytu», «pesel
    dla dziecka»: the answer offers Polish); from someone taken for a Ukrainian or Russian
    speaker, only a sentence clearly Polish (`clearly_polish`: «ile płacić zus», «jak zrobić
    meldunek», «potrzebuje pesel dla dziecka»), as an English one is followed. Returns the
    language they had. (A network's gate follows a newcomer's first words the same way:
    bot.features.office.)"""
    code = result.lang
    if turn.session.language_chosen or not result.lang_sure or code == turn.lang:
        return None
    if result.mixed and code in CYRILLIC and turn.lang in CYRILLIC and turn.memory.asked:
        return None  # surzhyk from someone answered before: the language so far (tester 39)
    if code == "pl" and (
        not result.sentence or (turn.lang in CYRILLIC and not clearly_polish(result))
    ):
        return None  # («karta pobytu», «pesel dla dziecka», «як зробити meldunek»: offered)
    if code not in turn.settings.languages:
        return None
    before, turn.session.language = turn.lang, code
    return before


def clearly_polish(result: Result) -> bool:
    """A Polish sentence (the search's `sentence`: a verb, or function words) written with
    Polish letters (ł, ć, ą, ę, ś, ź, ż, ń, ó: «ile płacić zus», «jak zrobić meldunek») or,
    without them, as only Polish spells it (`spelled`: a verb and «rz», «sz» or «cz»:
    «potrzebuje pesel dla dziecka»), and no Cyrillic word: not the Polish name of a thing among
    a Ukrainian's or a Russian's words («як зробити meldunek», «pesel dla dziecka»)."""
    question = result.query
    polish = result.spelled or lang.in_own_letters(question, "pl")
    return polish and not lang.in_own_letters(question, "uk")


def switch_row(turn: Turn, code: str | None) -> list[list[Button]]:
    """The button to have answers in `code`: the language the question was written in, or,
    when the answer followed it (`follow_language`), the one the person had."""
    if code is None or code == turn.lang or code not in turn.settings.languages:
        return []
    return [[Button(turn.services.t(code, "q_switch_to"), f"answer:lang:{code}")]]
