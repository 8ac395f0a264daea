-- The language a visit or an appointment is to be held in, asked in the booking (tester 16,
-- item 10: a Pole booking for a Ukrainian neighbour): shown to staff beside the language the
-- person writes in (`language`). NULL: booked before it was asked.
ALTER TABLE bookings ADD COLUMN visit_language TEXT;
ALTER TABLE appointments ADD COLUMN visit_language TEXT;
ALTER TABLE appointment_requests ADD COLUMN visit_language TEXT;
