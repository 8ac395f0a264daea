"""A course's message a person could not get (a reminder, an offer of a freed place, a message
to everyone signed up): what staff are told it was about. The message names the person's
sign-up (`enrolments.REF_PERSON`, `courses.REF_NOTE_PERSON`: ref id, the enrolment); the notice
names the course, its next meeting (the one a reminder was for) or, after the last, the last,
and the person by the name they signed up with, in the office's staff language."""

from __future__ import annotations

import datetime as dt

from bot.core import markup
from bot.core.services import Services
from bot.storage import Tx
from bot.storage import courses as courses_store
from bot.storage import enrolments as store
from bot.storage import outbox as outbox_store

KINDS = frozenset({store.REF_PERSON, courses_store.REF_NOTE_PERSON})


async def enrolment_of(tx: Tx, item: outbox_store.Item) -> store.Enrolment | None:
    if item.ref_kind in KINDS and item.ref_id is not None:
        return await store.get(tx, item.ref_id)
    return None


def about(services: Services, enrolment: store.Enrolment, lang: str) -> str:
    """«Dotyczy zapisu na „Język polski A1” (spotkanie: wtorek, 1 grudnia 2026, 17:00), osoba:
    Olena. »; a course no longer in the config: by its id."""
    t, settings = services.t, services.settings
    office = settings.offices.get(enrolment.office)
    service = office.catalogue.services.get(enrolment.service) if office is not None else None
    name = markup.literal(enrolment.name or "—")
    if service is None or not service.meetings:
        return t(lang, "undeliverable_about_course_gone", course=enrolment.service, name=name)
    now = services.clock().astimezone(settings.timezone)
    starts = [dt.datetime.combine(m.day, m.start, settings.timezone) for m in service.meetings]
    meeting = next((s for s in starts if s > now), starts[-1])
    return t(
        lang,
        "undeliverable_about_course",
        course=markup.literal(service.title.get(lang)),
        meeting=t.datetime(lang, meeting),
        name=name,
    )
