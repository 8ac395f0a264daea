-- The note a person wrote in brackets after their name («Halyna (sąsiadka, ja tylko pomagam)»),
-- split from the name as a callback request's and a visit's are (person.take_aside): a course
-- sign-up's and a booked appointment's own note for staff, shown on its staff messages and in
-- /mydata; personal data, erased with the name and phone (/forget, retention). NULL: none.
ALTER TABLE enrolments ADD COLUMN note TEXT;
ALTER TABLE appointments ADD COLUMN note TEXT;
