"""«I have no phone», «в мене немає польського номера», «nie mam telefonu» typed at the phone
step (tester 20, item 6): not «that is not a valid number» again and again, but what the person
can do: a foreign number is fine (typed with its country code); without any number the form
cannot be sent, and the questions are still answered here, the office is open at its hours
(/hours), and ✖ Cancel (or /cancel) leaves the form. «я не знаю свій номер», «I don't know my
number» (tester 35, item 24): the 📱 button sends it without typing, where to find it on the
phone, why staff need one, and the office's hours for a visit without a call."""

from __future__ import annotations

import re

from bot.core.choices import CANCEL
from bot.core.dispatch import Turn
from bot.core.messages import Button, Reply
from bot.core.words import fold

# a word that says there is none, then (up to three words later: «no Polish mobile number»)
# a word for a phone or its number; the text folded (bot.core.words.fold: «don't» -> «dont»)
_NONE = (
    r"немає|нема|не маю|нет|не имею|без|no|not got|dont have|do not have|doesnt have|havent|"
    r"have not|without|nie mam|brak|nemaye|nemaie|nema|net"
)
PHONE_WORDS = r"телефон\w*|номер\w*|мобільн\w*|мобильн\w*|phone\w*|number\w*|mobile\w*|"
PHONE_WORDS += r"cell\w*|telefon\w*|numer\w*|komork\w*|sim\w*|telephon\w*|nomer\w*"
_SAYS = re.compile(rf"(?<!\w)(?:{_NONE})(?:\s+\w+){{0,3}}?\s+(?:{PHONE_WORDS})(?!\w)")
# a word that says the person does not know it, then (up to three words later) its number
_NOT_KNOWN = (
    r"не знаю|не пам\w*|не помню|не знаем|dont know|do not know|dont remember|"
    r"do not remember|forgot|forget|nie wiem|nie znam|nie pamietam|zapomnialam|zapomnialem|"
    r"ne znaju|ne znayu|ne pamiatayu"
)
_UNKNOWN = re.compile(rf"(?<!\w)(?:{_NOT_KNOWN})(?:\s+\w+){{0,3}}?\s+(?:{PHONE_WORDS})(?!\w)")


def says_none(text: str) -> bool:
    """Whether `text`, with no digits in it, says the person has no phone (or no Polish one)."""
    if any(ch.isdigit() for ch in text):
        return False
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    return _SAYS.search(folded) is not None


def says_unknown(text: str) -> bool:
    """Whether `text`, with no digits in it, says the person does not know their number."""
    if any(ch.isdigit() for ch in text):
        return False
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    return _UNKNOWN.search(folded) is not None


def reply(turn: Turn) -> Reply:
    """A foreign number is fine; what else the person can do; ✖ Cancel under it."""
    cancel = Button(turn.t("btn_cb_cancel"), "person:cancel", means=CANCEL)
    return Reply(turn.t("phone_none"), [[cancel]])
