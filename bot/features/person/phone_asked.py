"""A question about the number typed at the phone step («what is this number for?», «do I have
to give my number?», «навіщо вам мій номер?», «зачем вам мой телефон?», «czy muszę podać
numer?»): a short answer (what the number is for, that the form needs one, a foreign one is
fine, /cancel leaves) and the phone asked again, not the offer to leave the form. A question
about the office's own number («what is your phone number?», «який у вас телефон?») names no
purpose, no need and no «my»: it is still offered an answer outside the form (typed.py);
«I have no phone» and «чи можна без телефону?» are no_phone.py's (asked, the phone is asked
again under its answer). «не понимаю», «не розумію», «I don't understand», «nie rozumiem» alone
(`confused`): what is asked, briefly (a number staff call back on, an example), and a button to
leave the form (number.py)."""

from __future__ import annotations

import re

from bot.core.words import fold
from bot.features.person.no_phone import PHONE_WORDS
from bot.features.person.question import asks

# the number's purpose, a need to give it, «my» or «this» number (the text folded: words.fold)
_ABOUT_IT = re.compile(
    r"(?<!\w)(?:"
    r"what\w* for|why|what do you need|do i (?:have|need) to|must i|have to|required|"
    r"mandatory|obligatory|necessary|my|this|"
    r"навіщо|нащо|для чого|чому|навіщо вам|обовязково|треба|потрібно|мушу|мій|мого|моі|цей|"
    r"зачем|для чего|почему|обязательно|нужно|надо|должен|должна|мои|моего|мою|этот|"
    r"po co|dlaczego|czemu|do czego|musze|trzeba|obowiazkow\w*|wymagan\w*|konieczn\w*|"
    r"potrzebn\w*|moj|mojego|ten"
    r")(?!\w)"
)
_PHONE = re.compile(rf"(?<!\w)(?:{PHONE_WORDS})(?!\w)")


def is_question(text: str) -> bool:
    """Whether `text` is asked («чи можна без телефону?»), not said («I have no phone»)."""
    return "?" in text or asks(text)


def asks_about_it(text: str) -> bool:
    """Whether `text` (no digits in it) is a question about the person's number: a phone word
    and its purpose, a need to give it, or «my»/«this» number."""
    if not text or any(ch.isdigit() for ch in text) or not is_question(text):
        return False
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    return _PHONE.search(folded) is not None and _ABOUT_IT.search(folded) is not None


# «не понимаю», «ничего не понял», «не розумію», «I don't understand», «nie rozumiem (tego)»:
# the whole message (folded, its punctuation aside), with a «what» or «here» after it at most
_CONFUSED = re.compile(
    r"(?:я |i )?(?:нічого |ничего |nic |totally |зовсім |совсем |wcale )?"
    r"(?:не|nie|dont|do not|didnt|did not|cant|can not) "
    r"(?:розумію|зрозумів|зрозуміла|понимаю|понял|поняла|understand|get it|get|rozumiem|"
    r"zrozumialem|zrozumialam)"
    r"(?: (?:що|що тут|що треба|что|что тут|что надо|what|what to do here|co|co tu|o co chodzi|"
    r"тут|here|tego|this|вас|you|nothing))?"
)


def confused(text: str) -> bool:
    """Whether `text` says only that the person does not understand what is asked."""
    if not text or any(ch.isdigit() for ch in text):
        return False
    folded = " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split())
    return _CONFUSED.fullmatch(folded) is not None
