-- A visit booked about "Something else" (topic 'other') carries what it is about in the
-- person's own words, so that the assistant can prepare. Personal: it becomes NULL with the
-- name and phone when the visit's data is forgotten (retention), and goes with the row on /forget.
ALTER TABLE bookings ADD COLUMN description TEXT;
