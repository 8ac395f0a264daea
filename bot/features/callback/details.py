"""How a help request reads: its service's title and its form's answers, in any language.

Help requests (bot.features.assist asks their forms) are callback requests with a `service` and
`details`; the staff card, /requests, /mydata and the person's own summary show them through
these functions. Values are stored in a neutral form (bot.storage.requests.Detail) and shown in
the reader's language; every value a person typed is escaped (markup.literal).
"""

from __future__ import annotations

import datetime as dt

from bot.content.i18n import LANGUAGE_NAMES
from bot.core import gone, languages, markup, when
from bot.core.phone import display_phone
from bot.core.services import Services
from bot.features.callback.replies import topic_title
from bot.settings.catalogue import FormField, Service
from bot.storage.requests import Detail, Request

PHONE_NOTE = "phone_note"  # a callback request's detail: what was written with the phone number
CALL_DAY = "call_day"  # a callback request's detail: the day asked for the call (YYYY-MM-DD)
# a request's detail: the same person's requests open here when it was made (numbers, «T1,P3»)
SAME_PERSON = "same_person"
# and the other way round: the same person's requests made while this one was open («T2»)
SAME_PERSON_LATER = "same_person_later"
# a request's detail: a note the person added to it while open (duplicate.py), one for each
ADDED_NOTE = "added_note"
# a request's detail: a text the person wrote to staff about it while open (kept.py), one each
WROTE = "wrote"
LINKS = (SAME_PERSON, SAME_PERSON_LATER)  # not answers: lines of their own on the staff card
# a request's detail: why it is urgent (urgent.reason: a kind of danger, never the words), said
# on its staff card's first line
URGENT_WHY = "urgent_why"
# the reasons it can name (urgent.reason; locales: staff_urgent_why_<reason>)
URGENT_REASONS = (
    *("suicide", "missing", "fire", "gas", "violence", "exploitation", "threat", "crime"),
    *("medical", "topic", "danger"),
)


# an urgent request's details (callback/urgent_form.py): "write" when the person asked to be
# written to, not called; the message that made it urgent, as they typed it (shortened)
REACH_BY = "reach"
URGENT_SAID = "urgent_said"


def urgent_lines(services: Services, lang: str, request: Request) -> list[str]:
    """An urgent request's card lines under its header: «✍️ DO NOT CALL …» and the message that
    made it urgent, quoted (escaped); none where the request has neither."""
    lines = []
    if any(d.id == REACH_BY and d.value == "write" for d in request.details):
        lines.append(services.t(lang, "staff_field_reach_write"))
    said = next((d.value for d in request.details if d.id == URGENT_SAID), None)
    if said:
        lines.append(services.t(lang, "staff_field_said", value=markup.literal(said)))
    return lines


def urgent_why(request: Request) -> str | None:
    """Why the request is urgent (`URGENT_WHY`: a kind of danger), if it says."""
    return next((d.value for d in request.details if d.id == URGENT_WHY), None)


def why_urgent(services: Services, lang: str, why: str | None) -> str | None:
    """Why a request (or a note to it) is urgent, in the staff's words («osoba pisała o
    przemocy»); None for a reason it cannot name."""
    return services.t(lang, f"staff_urgent_why_{why}") if why in URGENT_REASONS else None


def urgent_line(services: Services, lang: str, why: str | None) -> str:
    """«🚨 **PILNE** — osoba pisała o przemocy»: the first line of an urgent card or note."""
    said = why_urgent(services, lang, why)
    urgent = services.t(lang, "staff_urgent")
    return urgent if said is None else f"{urgent} — {said}"


def phone_note(request: Request) -> str | None:
    """What the person wrote with their phone number («after 5pm»), a note for staff."""
    return next((d.value for d in request.details if d.id == PHONE_NOTE), None)


def call_day(request: Request) -> str | None:
    """The day the person asked to be called on («w sobotę» at «when to call?»), if any."""
    return next((d.value for d in request.details if d.id == CALL_DAY), None)


def added_notes(request: Request) -> list[str]:
    """The notes the person added to the open request («📝 Add a note to #1»), in order."""
    return [d.value for d in request.details if d.id == ADDED_NOTE]


def written_texts(request: Request) -> list[str]:
    """What the person wrote to staff about the request (kept.py), in order."""
    return [d.value for d in request.details if d.id == WROTE]


def same_person_line(services: Services, lang: str, request: Request) -> str | None:
    """«👥 Ta sama osoba: T1, T3 — uzgodnijcie, kto dzwoni»: the same person's requests open
    when this one came, then those they sent while this one was open, on one line:
    bot.features.callback.linked, for its staff card."""
    numbers = same_person_ids(request) + same_person_ids(request, SAME_PERSON_LATER)
    if not numbers:
        return None
    return services.t(lang, "staff_same_person", ids=", ".join(dict.fromkeys(numbers)))


def same_person_ids(request: Request, link: str = SAME_PERSON) -> list[str]:
    """The numbers of the same person's requests open when this one came (`link`
    SAME_PERSON_LATER: sent while this one was open), with their kind's letter as staff read
    them («T1», «P3», an appointment request's «W2»; bot.features.callback.numbered); none: []."""
    ids = next((d.value for d in request.details if d.id == link), "")
    return [n for n in ids.split(",") if n[:1] in "TPW" and n[1:].isdigit()]


def record_name(services: Services, lang: str, request: Request) -> str:
    """The request named with its kind and number, as staff read it: «Prośba o telefon nr 3»,
    «Prośba o pomoc nr 4» (appointment requests are numbered apart: «Prośba o wizytę nr 3»)."""
    key = "staff_record_help" if request.service is not None else "staff_record_callback"
    return services.t(lang, key, id=request.number)


def written_line(services: Services, lang: str, request: Request) -> str | None:
    """«✉️ Wrote to the person: Anna Nowak, 5 Dec, 12:11»: staff wrote to the person about the
    request (bot.features.callback.written), so a colleague does not contact them again."""
    return wrote_line(services, lang, request.last_staff_reply_by, request.last_staff_reply_at)


def waiting(request: Request) -> bool:
    """The person's last message to staff about the request has no staff answer after it."""
    person, staff = request.last_person_at, request.last_staff_reply_at
    return person is not None and (staff is None or person > staff)


def waiting_line(services: Services, lang: str, request: Request) -> str | None:
    """«💬 The person wrote (7 Dec, 04:29) — waiting for an answer» on an open request's card
    (when: /requests; the card is edited as it starts and ends, not at every message). Plain
    words, no «a reply to the first card» (tester 35, item 17)."""
    if not request.is_open or not waiting(request) or request.last_person_at is None:
        return None
    local = request.last_person_at.astimezone(services.settings.timezone)
    when = services.t.short_datetime(lang, local)
    return services.t(lang, "staff_field_person_waiting", when=when)


def wrote_line(
    services: Services, lang: str, who: str | None, at: dt.datetime | None
) -> str | None:
    """The line of any record's card saying which staff member wrote to the person, and when
    (None: nobody has): a callback or help request's, an appointment request's."""
    if at is None:
        return None
    name = markup.literal(who or services.t(lang, "staff_someone"))
    local = at.astimezone(services.settings.timezone)
    return services.t(
        lang, "staff_status_wrote", who=name, when=services.t.short_datetime(lang, local)
    )


MATTER_LISTED = 40  # characters of a typed matter a staff list shows
TITLE_LISTED = 60  # characters of a topic's or a service's title a staff list shows


def typed_matter(request: Request) -> str | None:
    """The matter in the person's words, when it is all the request says of its subject: a
    callback request of no topic and no category («Something else», or typed at the categories);
    None otherwise (a topic, a category, a help request, or the data forgotten)."""
    if request.service is not None or request.topic != "other" or request.category is not None:
        return None
    return None if request.forgotten else request.description or None


def listed_subject(services: Services, lang: str, request: Request) -> str:
    """Plain text: what a request is about in a staff list (/requests), short enough for a line
    read on a phone: its subject, or the matter as the person typed it, quoted, its first words
    («„Mam problem z pracodawcą…”»: MATTER_LISTED characters), cut at a word."""
    matter = typed_matter(request)
    if matter is None:
        return markup.shortened(subject_title(services, lang, request), TITLE_LISTED)
    matter = markup.shortened(" ".join(matter.split()), MATTER_LISTED)  # one line, too
    return services.t(lang, "staff_topic_typed", matter=matter)


def service_of(services: Services, office: str | None, service_id: str | None) -> Service | None:
    """The catalogue's service of a request (None: a callback request, or no longer offered)."""
    if service_id is None:
        return None
    return services.settings.office(office).catalogue.services.get(service_id)


def service_title(services: Services, lang: str, office: str | None, service_id: str) -> str:
    """Plain text (not markup): the service's title, or, once it left the catalogue, that it
    did (never its id)."""
    service = service_of(services, office, service_id)
    return service.title.get(lang) if service else gone.service_label(services, lang)


def subject_title(services: Services, lang: str, request: Request) -> str:
    """What a request is about, in plain text: its service (help), else its topic (callback)."""
    if request.service is not None:
        return service_title(services, lang, request.office, request.service)
    return topic_title(services, lang, request.topic, request.office, request.category)


def value_text(
    services: Services, lang: str, kind: str, value: str, field: FormField | None
) -> str:
    """Markup: one answer as a reader in `lang` should see it."""
    try:
        if kind == "date":
            return services.t.date(lang, dt.date.fromisoformat(value), "full")
        if kind == "phone":
            return display_phone(value)
    except ValueError:
        pass
    if kind == "time" and (said := when.read_window(value)) is not None:  # «rano (08:00–12:00)»
        part, start, end = said
        hours = f"{services.t.time(lang, start)}–{services.t.time(lang, end)}"
        return f"{services.t(lang, f'part_of_day_{part}')} ({hours})"
    if (
        kind == "language"
        and len(codes := value.split()) > 1
        and all(map(languages.is_code, codes))
    ):
        return markup.literal(", ".join(services.t.language_name(lang, c) for c in codes))
    if kind == "language":  # a code («ka»: «gruziński»); one kept as typed, if it names one
        code = value if value in LANGUAGE_NAMES or languages.is_code(value) else None
        code = code or languages.named(value)
        if code is not None:
            return markup.literal(services.t.language_name(lang, code))
    if kind == "choice" and field is not None:
        options = dict(field.options)
        label = options.get(value)
        if label is not None:
            return markup.literal(label.get(lang))
        if "other" in options:  # the person's own words for «Other»: «Other: …»
            return f"{markup.literal(options['other'].get(lang))}: {markup.literal(value)}"
    return markup.literal(value)


def detail_lines(
    services: Services,
    lang: str,
    service: Service | None,
    details: tuple[Detail, ...],
    *,
    staff: bool = False,
    spoken: tuple[str, str] | None = None,
) -> list[str]:
    """Markup lines "▫️ <label> — <value>" in the form's order, for staff by the fields'
    `staff_label` where they have one; a field that left the catalogue is said to be one no
    longer in the form (never its id)."""
    fields = {f.id: f for f in service.fields} if service else {}
    lines = []
    for detail in details:
        if detail.id in (*LINKS, ADDED_NOTE, URGENT_WHY, WROTE):  # not answers: their own lines
            continue
        field = fields.get(detail.id)
        label = services.t(lang, "gone_field")
        if field is not None:
            label = (field.staff_label if staff and field.staff_label else field.label).get(lang)
        value = value_text(services, lang, detail.type, detail.value, field)
        if spoken is not None and detail.id == spoken[0]:  # the card's language line, too
            value = f"{value} {spoken[1]}"
        lines.append(f"▫️ {markup.literal(label)} — {value}")
    return lines


def spoken_answer(request: Request) -> str | None:
    """A help request's first `language` answer that is the language of the talk (its id): the
    card names that language once, on the answer's line (tester 31, item 12)."""
    return next(
        (
            d.id
            for d in request.details
            if d.type == "language" and d.value == request.call_language
        ),
        None,
    )


def request_details(services: Services, lang: str, request: Request) -> list[str]:
    """A help request's answers for its card; a `phone` answer that is the request's own phone
    is left out (the card's phone line says it), and so is the note written with the phone
    number (a line of its own, as on a callback request's card)."""
    details = tuple(
        d
        for d in request.details
        if (d.type != "phone" or d.value != request.phone) and d.id != PHONE_NOTE
    )
    service = service_of(services, request.office, request.service)
    same = spoken_answer(request)
    spoken = (same, services.t(lang, "staff_field_also_spoken")) if same else None
    return detail_lines(services, lang, service, details, staff=True, spoken=spoken)
