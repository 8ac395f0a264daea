-- The note a person wrote in brackets after their name («Halyna (sąsiadka, ja tylko pomagam)»)
-- in an appointment request an advisor approves first (`qualification`), split from the name
-- as a booked appointment's is (migration 048): shown on the request's card, on its summary and
-- in /mydata, passed on to the appointment booked from it; personal data, erased with the name
-- and phone (/forget, retention). A confidential service's request keeps none (docs/services.md,
-- «A note in brackets after the name»). NULL: none.
ALTER TABLE appointment_requests ADD COLUMN note TEXT;
