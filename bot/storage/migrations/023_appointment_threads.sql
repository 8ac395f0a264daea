-- Writing both ways (bot.core.threads, docs/services.md) about a booked appointment with a
-- specialist, as about a visit at the duty hours (020, 022): when staff last wrote to the person
-- by replying to the appointment's note in the staff chat (their texts go to the staff chat for
-- 24 hours after it), who did, when the person stopped it and when they last wrote back.
-- Times and a staff member's name only: what was written is in the outbox.
ALTER TABLE appointments ADD COLUMN thread_at TEXT;
ALTER TABLE appointments ADD COLUMN thread_closed_at TEXT;
ALTER TABLE appointments ADD COLUMN staff_wrote_by TEXT;
ALTER TABLE appointments ADD COLUMN last_person_at TEXT;
