"""Staff messages about one person's record (a question asked about it, the prompt for a
decline's reason, what was done with it) say whose they are (`marks.one`): /forget leaves of
each only its record («🔒 Prośba o wizytę nr W1: …»), even where the message shows the person
by a form /forget could not have found (a psychologist's request shows only a first name),
and so does retention once the period is over, judging a message by what it shows now (README
«Staff side»: such prompts were found by phone or full name, or replaced whole)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from bot.core.messages import Incoming
from tests.features.privacy.test_erasure import staff_ask
from tests.support.appointments import CAREER_THU_0900, book_and_confirm_career, send_request
from tests.support.bookings import STAFF_CHAT, TUE_1330, book_and_confirm
from tests.support.callbacks import RecordingPlatform, Sent
from tests.support.courses import POLISH, enrol, payload_of
from tests.support.dialogue import Dialogue, StaffMember
from tests.support.services import write_services_config

W1_FORGOTTEN = "🔒 Prośba o wizytę nr W1: dane osobowe usunięte na prośbę osoby."
W1_EXPIRED = "🔒 Prośba o wizytę nr W1: dane osobowe usunięte, minął okres ich przechowywania."


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_services_config(tmp_path)  # the specialists too


class InPlace(RecordingPlatform):
    """Telegram as the bot's sender uses it: a reply that replaces the message tapped is an
    edit of that message (bot/channels/telegram/sender.py), not a new one."""

    async def send(self, chat_id: str, reply: Any) -> str:
        if reply.edit_message_id:
            self.edits.append(Sent(chat_id, reply.edit_message_id, reply))
            return str(reply.edit_message_id)
        return await super().send(chat_id, reply)


@pytest.fixture
def platform() -> RecordingPlatform:
    return InPlace()


@dataclass
class Staff:
    """A staff member tapping as `infopoint run` answers: through the outbox, delivered; a tap
    on a message (`on`) may replace it in place, as in Telegram."""

    app: Any
    delivery: Any
    platform: Any

    async def tap(self, payload: str, on: str | None = None) -> str:
        """The id of the message that shows the answer (the one tapped, if replaced in it)."""
        anna = StaffMember(self.app.core)
        asked = Incoming("telegram", anna.user_id, anna.chat_id, "pl", sender_name=anna.name)
        sent = len(self.platform.to(STAFF_CHAT))
        queued = await self.app.core.handle_queued(replace(asked, payload=payload, message_id=on))
        await self.delivery.worker.send_now("telegram", STAFF_CHAT, queued)
        await self.delivery.run()
        new = self.platform.to(STAFF_CHAT)[sent:]
        return new[-1].message_id if new else str(on)

    def now(self, message_id: str) -> Any:
        """The message as staff see it now: its last edit, else as it was sent."""
        edits = [e for e in self.platform.edits if e.message_id == message_id]
        sent = [s for s in self.platform.sent if s.message_id == message_id]
        return (edits or sent)[-1]


async def _forget(dialogue: Dialogue, delivery: Any) -> None:
    await dialogue.send("/forget")
    await dialogue.payload("privacy:forget")
    await delivery.run()


async def test_a_psychologist_requests_prompts_keep_only_their_record_after_forget(
    app, delivery, platform
):
    """The picker of times, the decline's «Why?» and «Close the request?» name a
    psychologist's request by its first name only, which /forget could not find («Raj» is not
    her full name): each is left naming the request, with no button."""
    raj = Dialogue(app.core, user_id="r1")
    await send_request(raj, "psychologist", name="Raj Kumar", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    shown = [
        await staff.tap("apptq:approve:1"),
        await staff.tap("apptq:decline:1"),
        await staff.tap("apptq:end:1"),
    ]
    for message_id in shown:
        assert "Raj" in staff.now(message_id).text

    await _forget(raj, delivery)
    for message_id in shown:
        now = staff.now(message_id)
        assert now.text == W1_FORGOTTEN and not now.reply.buttons, now.text


@pytest.mark.parametrize(
    ("taps", "said"),
    [
        (["apptq:decline:1", "apptq:reason:1:no_time:pending"], "odrzucona"),
        (["apptq:end:1", "apptq:end_now:1"], "zamknięta"),
    ],
)
async def test_what_was_done_with_a_request_keeps_only_its_record_after_forget(
    app, delivery, platform, taps, said
):
    """«Declined; Raj has been told», «Closed; Raj has been told» (in place of the question)."""
    raj = Dialogue(app.core, user_id="r1")
    await send_request(raj, "psychologist", name="Raj Kumar", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    asked = await staff.tap(taps[0])
    done = await staff.tap(taps[1], on=asked)
    assert said in staff.now(done).text and "Raj" in staff.now(done).text

    await _forget(raj, delivery)
    assert staff.now(done).text == W1_FORGOTTEN


async def test_times_offered_keep_only_their_record_after_forget(app, delivery, platform):
    raj = Dialogue(app.core, user_id="r1")
    await send_request(raj, "psychologist", name="Raj Kumar", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    picker = await staff.tap("apptq:approve:1")
    offered = await staff.tap("apptq:any:1", on=picker)
    assert "Raj" in staff.now(offered).text

    await _forget(raj, delivery)
    assert staff.now(offered).text == W1_FORGOTTEN


async def test_a_cancelled_visit_and_appointment_keep_only_their_record_after_forget(
    app, delivery, platform
):
    """«Visit D1 cancelled by Anna; Raj has been told», and the same of an appointment; the
    «Cancel this visit?» before it loses the visit's lines, saying which visit it was."""
    raj = Dialogue(app.core, user_id="r1")
    await book_and_confirm(raj, TUE_1330, name="Raj", phone="+48 601 999 111")
    await book_and_confirm_career(raj, CAREER_THU_0900, name="Raj", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    question = await staff.tap("visit:cancel:1")
    visit = await staff.tap("visit:cancel_now:1")
    appointment = await staff.tap("apptv:cancel_now:1")
    assert "Raj" in staff.now(visit).text and "Raj" in staff.now(appointment).text

    await _forget(raj, delivery)
    assert staff.now(visit).text == "🔒 Wizyta nr D1: dane osobowe usunięte na prośbę osoby."
    assert staff.now(appointment).text == (
        "🔒 Wizyta u specjalisty nr S1: dane osobowe usunięte na prośbę osoby."
    )
    now = staff.now(question).text
    assert "Wizyta nr D1: dane osobowe usunięte" in now and "Raj" not in now


async def test_a_course_removal_question_and_note_lose_only_the_persons_lines(
    app, delivery, platform
):
    """«Take Raj off the list for Polish A1?» keeps only which sign-up it was; the course's
    card shown under «Raj was taken off the list» loses that line, not the other people's."""
    raj = Dialogue(app.core, user_id="r1", language_hint="en")
    ola = Dialogue(app.core, user_id="o1", language_hint="en")
    await enrol(raj, POLISH, name="Raj", phone="601 999 111")
    await enrol(ola, POLISH, name="Ola Nowak", phone="601 999 222")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    course = await staff.tap(f"courses:show:{POLISH}")
    remove = payload_of(staff.now(course).reply, "Raj")
    question = await staff.tap(remove)
    assert "Raj" in staff.now(question).text
    card = await staff.tap(remove.replace(":remove:", ":remove_now:"))  # (from another copy)
    assert "Raj" in staff.now(card).text and "Ola Nowak" in staff.now(card).text

    await _forget(raj, delivery)
    asked = staff.now(question).text
    assert asked.startswith("🔒 Zapis na") and "Raj" not in asked
    now = staff.now(card).text
    assert "Raj" not in now and "Ola Nowak" in now and "🔒" in now


async def test_retention_leaves_the_decline_prompt_naming_its_request(
    app, clock, delivery, platform
):
    """Once the period is over, the decline's «Why?» (a kind of message retention left as it
    was before) says which request it was about, nobody's data."""
    raj = Dialogue(app.core, user_id="r1")
    await send_request(raj, "psychologist", name="Raj Kumar", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    why = await staff.tap("apptq:decline:1")

    clock.advance(days=40)
    for job in app.jobs:  # what `infopoint run` runs every hour
        await job.run(app.services)
    await delivery.run()
    assert staff.now(why).text == W1_EXPIRED


async def test_retention_leaves_a_message_replaced_in_place_by_one_showing_nobody(
    app, clock, delivery, platform
):
    """«Close the request?» answered «Keep it open» in place shows nobody now: retention leaves
    it as it is (it wrote «data removed» over it before); a note about the person is edited."""
    raj = Dialogue(app.core, user_id="r1")
    await book_and_confirm(raj, TUE_1330, name="Raj", phone="+48 601 999 111")
    await send_request(raj, "psychologist", name="Raj Kumar", phone="601 999 111")
    await delivery.run()
    staff = Staff(app, delivery, platform)
    asked = await staff.tap("apptq:end:1")
    kept = await staff.tap("apptq:keep", on=asked)
    cancel = await staff.tap("visit:cancel:1")
    cancelled = await staff.tap("visit:cancel_now:1", on=cancel)
    assert kept == asked and "Raj" not in staff.now(kept).text
    assert cancelled == cancel and "Raj" in staff.now(cancelled).text
    edits = len(platform.edits)

    clock.advance(days=40)
    for job in app.jobs:
        await job.run(app.services)
    await delivery.run()
    assert not [e for e in platform.edits[edits:] if e.message_id == kept]
    assert staff.now(cancelled).text.startswith("🔒 Wizyta nr D1")  # showed Raj: edited


async def test_a_place_offered_by_seats_and_admit_anyway_lose_only_the_persons_lines(
    app, delivery, platform
):
    """/seats says whom a new place was offered to above the course's card, and «Admit Raj
    anyway?» asks about her alone: after /forget neither names her, the others stay."""
    for user, name in [("o1", "Ola Nowak"), ("p1", "Piotr Lis"), ("r1", "Raj")]:
        await enrol(Dialogue(app.core, user_id=user, language_hint="en"), name=name)
    await delivery.run()
    staff = Staff(app, delivery, platform)
    admit = await staff.tap("courses:admit:3")
    assert "Raj" in staff.now(admit).text
    await staff_ask(app, delivery, "seats 1 3", "800")
    seats = platform.to(STAFF_CHAT)[-1]
    assert "zaproponowano: Raj" in seats.text and "Ola Nowak" in seats.text

    await _forget(Dialogue(app.core, user_id="r1"), delivery)
    assert staff.now(admit).text.startswith("🔒 Zapis na")
    now = staff.now(seats.message_id).text
    assert "Raj" not in now and "Ola Nowak" in now and "Piotr Lis" in now


async def test_no_staff_message_about_one_person_shows_them_after_forget(app, delivery, platform):
    """Every kind of staff message about one person's record, asked for and answered, then
    /forget: none of them shows her one-word name or her phone any more."""
    name, phone = "Zofiaxyz", "601 987 654"
    for user, other in [("o1", "Ola Nowak"), ("p1", "Piotr Lis")]:
        await enrol(Dialogue(app.core, user_id=user, language_hint="en"), name=other)
    zofia = Dialogue(app.core, user_id="z1")
    await enrol(zofia, name=name, phone=phone)  # waiting: sign-up 3
    await send_request(zofia, "psychologist", name=name, phone=phone)  # W1: a first name
    await send_request(zofia, name=name, phone=phone)  # W2
    await book_and_confirm_career(zofia, CAREER_THU_0900, name=name, phone=phone)  # S1
    await book_and_confirm(zofia, TUE_1330, name=name, phone=phone)  # D1
    await delivery.run()
    staff = Staff(app, delivery, platform)
    for payload in (
        "apptq:approve:1",
        "apptq:decline:1",
        "apptq:end:1",
        "apptq:approve:2",
        "apptq:any:2",
        "apptv:cancel:1",
        "apptv:cancel_now:1",
        "visit:cancel:1",
        "visit:cancel_now:1",
        "courses:admit:3",
        "courses:remove:3",
    ):
        await staff.tap(payload)
    await staff_ask(app, delivery, "seats 1 3", "800")  # a place offered to her
    await staff.tap("apptq:reason:1:no_time:pending")
    await staff.tap("apptq:end_now:2")

    def showing() -> list[str]:
        messages = {s.message_id for s in platform.to(STAFF_CHAT)}
        texts = [staff.now(m).text for m in messages]
        return [t for t in texts if name in t or phone in t or "601987654" in t]

    assert len(showing()) >= 14
    await _forget(zofia, delivery)
    assert showing() == []
