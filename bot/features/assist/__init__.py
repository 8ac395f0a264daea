"""Help requests that staff handle: translating a document, transport to a meeting, going
with someone to a doctor or an office, childcare during a course. Each is a service of kind
`help` in the office's catalogue (config `services:`) with a short form (`fields:`).

flow.py       the flow (the table ASSIST): open a service, consent/name/phone, summary, send
form.py       the form's answers: typed, tapped, shared or skipped, checked per field type
parse.py      reading dates, times, numbers, languages and texts (pure functions)
choice.py     a choice typed: an option's label or words, a text with one's words, «Other»
typed_question.py  a question typed at a question: offered an answer, or the page's («is it
              free?»); not an option named nor the form's own words («треба присяжний переклад»)
questions.py  what each step shows
privacy.py    /mydata (/forget and retention: the callback feature's, same table)
days.py       the requests staff took that have a day, in the staff's /today and /week

A sent request is a callback request with a service and its answers: staff take it, close it,
mark the person not reachable and write with them exactly as with a callback
(bot.features.callback).
"""

from __future__ import annotations

from bot.core import roughly, spoken
from bot.core.flows import Feature, PrivacySection
from bot.features.assist import days, privacy
from bot.features.assist.flow import ASSIST
from bot.features.assist.parse import Invalid, parse_number  # a number typed (courses: people)

FEATURE = Feature(
    "assist",
    flows=(ASSIST,),
    privacy=PrivacySection("help_requests", privacy.show, privacy.forget),
    agenda=days.agenda,
    # a time said in words («w południe») or roughly («десь о 10»): when_words.yaml
    prepare=(spoken.prepare, roughly.prepare),
)

__all__ = ["FEATURE", "Invalid", "parse_number"]
