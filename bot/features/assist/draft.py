"""What a help request's form has gathered so far, and the service it is for."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.core.dispatch import Turn
from bot.core.session import Person
from bot.settings.catalogue import HELP, FormField, Service

FLOW = "assist"


@dataclass
class Answer:
    id: str = ""  # the field's id
    value: str = ""  # as stored (bot.storage.requests.Detail)


@dataclass
class AssistDraft:
    token: str = ""  # the confirmation token: a second tap of "Send" finds the request made
    service: str = ""  # the catalogue's service id
    at: int = 0  # the field being asked (its index in the service's form)
    answers: list[Answer] = field(default_factory=list)  # skipped optional fields: absent
    fixing: bool = False  # correcting one answer: back to the summary after it
    urgent: bool = False  # danger words were typed in the form
    person: Person | None = None  # name and phone given in this request
    phone_note: str | None = None  # written with the phone number («call after 14»): for staff
    other_at: int | None = None  # the field whose «Other» was pressed: free text answers it
    typed_other: str | None = None  # free text typed at a choice, to confirm as its «Other»
    ahead: list[str] = field(default_factory=list)  # answered by the question (prefill.py)
    wrong_ahead: str | None = None  # why the question's answer to a field was not taken: said
    wrong_at: int | None = None  # again above that field's question when it is asked
    hour: str | None = None  # a time typed at the date question («o trzech»): taken with the day
    key: str | None = None  # the service's `key`: another office's help of it takes the form on
    carried: bool = False  # taken on so (carry.py): said once, with the next question
    # the questions (the old form's, in the person's language) whose answers the new office's
    # form has no question for, so were not carried (carry.py): said once with `carried`
    dropped: list[str] = field(default_factory=list)


def draft(turn: Turn) -> AssistDraft:
    return turn.draft(AssistDraft, FLOW)


def help_service(turn: Turn, service_id: str | None) -> Service | None:
    """A help service the person's office offers (None: no such, or another kind)."""
    service = turn.office.catalogue.services.get(service_id or "")
    return service if service is not None and service.kind == HELP else None


def current_service(turn: Turn) -> Service | None:
    """The draft's service, as the person's office offers it now (it may have changed office:
    its help of the same `key` takes the form on, carry.py)."""
    current = draft(turn)
    found = help_service(turn, current.service)
    if found is None and current.key:
        from bot.features.assist.carry import carried  # (carry.py reads this module's draft)

        found = carried(turn, current)
    return found


def answer_of(turn: Turn, field_id: str) -> str | None:
    return next((a.value for a in draft(turn).answers if a.id == field_id), None)


def set_answer(turn: Turn, field_id: str, value: str | None) -> None:
    """Record (or, with None, drop) the answer to one field."""
    current = draft(turn)
    current.answers = [a for a in current.answers if a.id != field_id]
    if value is not None:
        current.answers.append(Answer(field_id, value))


def missing(turn: Turn, service: Service) -> int | None:
    """The first required field asked without an answer, if any."""
    for index, form_field in enumerate(service.fields):
        asked = form_field.required and applies(turn, form_field)
        if asked and answer_of(turn, form_field.id) is None:
            return index
    return None


def applies(turn: Turn, form_field: FormField) -> bool:
    """Whether the field is part of the form as answered: one with `only_if` only after that
    option of its choice («Wiek dziecka» after «Dziecko», not after «Osoba dorosła»)."""
    if form_field.only_if is None:
        return True
    choice, options = form_field.only_if
    return answer_of(turn, choice) in options


def passed_over(turn: Turn, form_field: FormField) -> bool:
    """Not asked: the contact number (prefilled), or a field the answers so far leave out."""
    current = draft(turn)
    known = form_field.id in current.ahead
    ahead = known and answer_of(turn, form_field.id) is not None
    return ahead or prefilled(form_field) or not applies(turn, form_field)


def opened_by(turn: Turn, service: Service, index: int) -> int | None:
    """A field the answer at `index` now brings into the form, not yet answered (the choice was
    changed from the summary): to ask before the summary."""
    changed = service.fields[index].id if 0 <= index < len(service.fields) else None
    for at, form_field in enumerate(service.fields):
        if form_field.only_if is None or form_field.only_if[0] != changed:
            continue
        if applies(turn, form_field) and answer_of(turn, form_field.id) is None:
            return at
    return None


def prefilled(form_field: FormField) -> bool:
    """A `phone` field is the person's contact number: filled from the person sub-flow (name and
    phone), not asked again; "Change" asks it."""
    return form_field.type == "phone"


def follow_phone(turn: Turn, service: Service) -> None:
    """The `phone` fields hold the person's number as it is now (corrected in the middle of the
    form: person/corrected.py), before the summary shows them and the request is sent."""
    given = draft(turn).person
    for form_field in service.fields:
        if prefilled(form_field) and given is not None and given.phone:
            set_answer(turn, form_field.id, given.phone)
