-- A visit at the duty hours, as a callback request (015, 017): who last wrote to the person by
-- replying to the visit's card (a staff member's name, as the staff chat gives it; when: the
-- visit's thread_at, 020), so the card says so and a colleague does not write again; and when
-- the person last wrote back, so /requests lists the visit until staff answer.
ALTER TABLE bookings ADD COLUMN staff_wrote_by TEXT;
ALTER TABLE bookings ADD COLUMN last_person_at TEXT;
