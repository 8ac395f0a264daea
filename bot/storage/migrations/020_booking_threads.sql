-- Writing both ways (bot.core.threads, docs/booking.md) about a visit at the duty hours, as
-- about a callback request: when staff last wrote to the person by replying to the visit's card
-- (their texts go to the staff chat for 24 hours after it) and when the person stopped it.
-- Times only: what was written is in the outbox.
ALTER TABLE bookings ADD COLUMN thread_at TEXT;
ALTER TABLE bookings ADD COLUMN thread_closed_at TEXT;
