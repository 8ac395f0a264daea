-- A booked appointment staff cancelled keeping its time open waits for a reason
-- (bot/features/appointments/cancel_why.py): by this moment (UTC text, 30 minutes of the
-- office's opening hours after the cancel) the person is offered other times anyway and staff
-- are reminded (bot/features/appointments/cancel_late.py). NULL: nothing awaited (cancels
-- before this migration, the person's own, a closed time's). No personal data.
ALTER TABLE appointments ADD COLUMN reason_due_at TEXT;
