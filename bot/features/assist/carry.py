"""A help form begun at one office, the person changing office in the middle of it: the new
office's help of the same `key` (the same help under its own id and title: Sopot's
«Accompaniment», Opole's «Going to the doctor together») takes the form on. The answers its form
asks the same way (a field of the same id and type) are kept, the rest asked; a choice made
that the new help has no option for (Sopot's «to an office» at Opole's doctor-only help) keeps
the form from being taken on (closed, the help offered, as with several). The person is told
which help it is now (`as_carried`), and in one line which answers were not carried, the new
form having no question for them (`as_not_carried`: «This form does not ask «Where to?», …»).
An office with several helps of that key: the form is closed as before, and they are offered
(`instead`)."""

from __future__ import annotations

from bot.core import markup
from bot.core.dispatch import Turn
from bot.core.flows import Outcome, prefixed, stay
from bot.core.messages import Button, Reply
from bot.features.assist import form
from bot.features.assist.draft import Answer, AssistDraft, current_service, draft, passed_over
from bot.features.assist.questions import question, summary
from bot.settings.catalogue import HELP, Service
from bot.settings.catalogue_model import FormField


def same_help(turn: Turn, key: str | None) -> list[Service]:
    """The person's office's helps of that key."""
    if not key:
        return []
    return [s for s in turn.office.catalogue.of_kind(HELP) if s.key == key]


def carried(turn: Turn, current: AssistDraft) -> Service | None:
    """The draft taken on by the office's one help of the draft's key (None: none, or
    several): the draft now its, its answers that fit kept, at the first question not
    answered."""
    found = same_help(turn, current.key)
    if len(found) != 1:
        return None
    new, old = found[0], _old(turn, current)
    fields = {f.id: f for f in (old.fields if old is not None else ())}
    kept = []
    for answer in current.answers:
        field = next((f for f in new.fields if f.id == answer.id), None)
        before = fields.get(answer.id)
        if field is None or before is None or field.type != before.type:
            continue
        if field.type == "choice" and answer.value not in {key for key, _ in field.options}:
            continue
        kept.append(Answer(answer.id, answer.value))
    if any(_chose_else(new, fields.get(a.id), a) for a in current.answers):
        return None  # (Sopot's «to an office» is not Opole's «to the doctor»: offered instead)
    asks = {f.id for f in new.fields}  # («Where to?» not asked here: said, not dropped unsaid)
    gone = [fields[a.id] for a in current.answers if a.id in fields and a.id not in asks]
    current.dropped = [f.label.get(turn.lang) for f in gone]
    current.service, current.answers, current.carried = new.id, kept, True
    current.other_at = current.typed_other = None
    current.fixing = False
    answered = {a.id for a in kept}
    current.at = next(
        (
            at
            for at, f in enumerate(new.fields)
            if f.id not in answered and not passed_over(turn, f)
        ),
        len(new.fields),  # (every question answered: the summary)
    )
    return new


async def ask_again(turn: Turn) -> Outcome:
    """The question the form is at, once more (form.ask_again); the form just taken on by the
    new office's help of its key: which help it is now, said first."""
    service, current = current_service(turn), draft(turn)
    if service is None or not current.carried:
        return await form.ask_again(turn)
    said = _said(turn, service, current)
    if current.at >= len(service.fields):  # (every question answered: the summary)
        return prefixed(form.to_summary(turn, service), said)
    return stay(said, *question(turn, service, current.at))


async def summary_again(turn: Turn) -> Outcome:
    """The summary once more (after a language or office change); the form just taken on there
    by the new office's help: which help it is now said, then each question its form asks that
    was not answered (a time that is a text there, a question of its own), then the summary."""
    service, current = current_service(turn), draft(turn)
    if service is None:
        return form.not_offered(turn)
    if not current.carried:
        return stay(summary(turn, service))
    said = _said(turn, service, current)
    current.fixing = True  # (each answer: the next one missing, then the summary)
    return form.to_summary(turn, service, said)


def _said(turn: Turn, service: Service, current: AssistDraft) -> Reply:
    """«📋 Here this help is called …», and in one line the answers not carried, once."""
    current.carried = False
    text = turn.t("as_carried", service=markup.literal(service.title.get(turn.lang)))
    if current.dropped:  # (an answer the new form has no question for: which, in one line)
        each = [
            turn.t("as_not_carried_question", question=markup.literal(q)) for q in current.dropped
        ]
        text = f"{text}\n{turn.t('as_not_carried', questions=', '.join(each))}"
        current.dropped = []
    return Reply(text)


def instead(turn: Turn) -> list[list[Button]]:
    """The buttons of the office's helps of the key of the form being closed («Going to the
    doctor together», «Going to an office together»), each starting its form."""
    found = same_help(turn, draft(turn).key)
    return [[Button(s.title.get(turn.lang), f"assist:open:{s.id}")] for s in found]


def _chose_else(new: Service, before: FormField | None, answer: Answer) -> bool:
    """A choice the person made (where to go with them) that the new help cannot keep: the
    new help may be another matter, so the form is not taken on."""
    if before is None or before.type != "choice":
        return False
    field = next((f for f in new.fields if f.id == answer.id), None)
    return field is None or answer.value not in {key for key, _ in field.options}


def _old(turn: Turn, current: AssistDraft) -> Service | None:
    """The help the draft was begun as, at whichever office has it (its fields' types)."""
    for office in turn.settings.offices.values():
        service = office.catalogue.services.get(current.service)
        if service is not None and service.kind == HELP and service.key == current.key:
            return service
    return None
