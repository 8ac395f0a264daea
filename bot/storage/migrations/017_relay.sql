-- Writing both ways (docs/callbacks.md): when the person last wrote to staff about a callback,
-- help or appointment request (staff's /requests shows it), and a course's message to everyone
-- signed up apart from a staff reply: after the message only the person's first answer (or a
-- reply to the message itself) goes to staff, after a staff reply everything for a day.
ALTER TABLE callback_requests ADD COLUMN last_person_at TEXT;
ALTER TABLE appointment_requests ADD COLUMN last_person_at TEXT;
ALTER TABLE enrolments ADD COLUMN note_at TEXT;
