-- Who comes on one sign-up (config `for: children`, `max_people`): `people` seats are taken by
-- it (1 unless the course asks how many), and `children` the children signed up by a parent, as
-- JSON [{"name", "age"}] (NULL: the person comes themself). Retention blanks `children` with
-- the name and phone. The seat triggers of migration 011 count people, not rows: a sign-up of
-- three needs three free seats, and waits otherwise (nobody behind it takes a seat first).
ALTER TABLE enrolments ADD COLUMN people INTEGER NOT NULL DEFAULT 1 CHECK (people >= 1);
ALTER TABLE enrolments ADD COLUMN children TEXT;

DROP TRIGGER enrolments_seats_on_insert;
DROP TRIGGER enrolments_seats_on_update;

CREATE TRIGGER enrolments_seats_on_insert
BEFORE INSERT ON enrolments
BEGIN
    SELECT RAISE(ABORT, 'course: enrolment closed')
    WHERE EXISTS (SELECT 1 FROM course_closures
                  WHERE office = NEW.office AND service = NEW.service);
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE NEW.status IN ('enrolled', 'offered')
      AND ((SELECT COALESCE(SUM(people), 0) FROM enrolments
            WHERE office = NEW.office AND service = NEW.service
              AND status IN ('enrolled', 'offered')) + NEW.people
           > COALESCE((SELECT seats FROM course_seats
                       WHERE office = NEW.office AND service = NEW.service), 0)
           OR EXISTS (SELECT 1 FROM enrolments
                      WHERE office = NEW.office AND service = NEW.service
                        AND status = 'waiting'));
END;

CREATE TRIGGER enrolments_seats_on_update
BEFORE UPDATE OF status ON enrolments
WHEN NEW.status IN ('enrolled', 'offered') AND OLD.status NOT IN ('enrolled', 'offered')
BEGIN
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE (SELECT COALESCE(SUM(people), 0) FROM enrolments
           WHERE office = NEW.office AND service = NEW.service
             AND status IN ('enrolled', 'offered') AND id != NEW.id) + NEW.people
          > COALESCE((SELECT seats FROM course_seats
                      WHERE office = NEW.office AND service = NEW.service), 0);
END;
