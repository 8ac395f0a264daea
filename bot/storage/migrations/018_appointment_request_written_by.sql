-- Who last wrote to the person about an appointment request (a staff member's name, as the
-- staff chat gives it) and when: the request's card says so, as a callback or help request's
-- does (015), and a colleague does not contact the person again. Apart from last_staff_at,
-- which an advisor's offer or decision sets too.
ALTER TABLE appointment_requests ADD COLUMN staff_wrote_by TEXT;
ALTER TABLE appointment_requests ADD COLUMN staff_wrote_at TEXT;
