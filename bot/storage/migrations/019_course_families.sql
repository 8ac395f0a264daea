-- A family (or a group) on a course's waiting list, and staff admitting someone anyway
-- (docs/services.md, "The waiting list"):
--
-- `part_of`: this row is part of another sign-up of the same person: the people of a sign-up
--   split when there were fewer free seats than people (some signed up now, the rest waiting:
--   the rest's row names the first), or the first people of a waiting sign-up offered the
--   seats that freed up (the offer names the row still waiting). A person has one sign-up per
--   course; its parts are not newcomers: the sign-up was checked when it was made.
-- `together`: the sign-up waits for seats for all its people at once (the parent chose it, or
--   let an offer of seats for some of them go): it is never offered seats for part of them,
--   and people behind it who fit in fewer seats are offered them first.
-- `admitted_by`: a staff member admitted them anyway, past the course's seats.
ALTER TABLE enrolments ADD COLUMN part_of INTEGER;
ALTER TABLE enrolments ADD COLUMN together INTEGER NOT NULL DEFAULT 0 CHECK (together IN (0, 1));
ALTER TABLE enrolments ADD COLUMN admitted_by TEXT;

DROP INDEX enrolments_one_per_person;
CREATE UNIQUE INDEX enrolments_one_per_person
    ON enrolments (office, service, channel, user_id)
    WHERE status IN ('enrolled', 'offered', 'waiting') AND user_id != '' AND part_of IS NULL;

-- A message to everyone on a course's lists: those signed up (as before), those waiting (and
-- offered a seat), or all of them.
ALTER TABLE course_notes ADD COLUMN audience TEXT NOT NULL DEFAULT 'enrolled'
    CHECK (audience IN ('enrolled', 'waiting', 'all'));

DROP TRIGGER enrolments_seats_on_insert;
DROP TRIGGER enrolments_seats_on_update;

-- Seats as before (migration 016: people, not rows), but a newcomer is kept out of a free seat
-- only by someone waiting who would be offered it: a sign-up that fits in the free seats, or
-- one that may be split (not `together`). A family waiting together for more seats than are
-- free does not keep a single person behind it out of a seat. A part of a sign-up is checked
-- for seats only (the waiting list moves up after staff closed sign-up too), and a row
-- admitted by staff is not checked at all.
CREATE TRIGGER enrolments_seats_on_insert
BEFORE INSERT ON enrolments
BEGIN
    SELECT RAISE(ABORT, 'course: enrolment closed')
    WHERE NEW.part_of IS NULL
      AND EXISTS (SELECT 1 FROM course_closures
                  WHERE office = NEW.office AND service = NEW.service);
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE NEW.status IN ('enrolled', 'offered') AND NEW.admitted_by IS NULL
      AND ((SELECT COALESCE(SUM(people), 0) FROM enrolments
            WHERE office = NEW.office AND service = NEW.service
              AND status IN ('enrolled', 'offered')) + NEW.people
           > COALESCE((SELECT seats FROM course_seats
                       WHERE office = NEW.office AND service = NEW.service), 0)
           OR (NEW.part_of IS NULL AND EXISTS (
                SELECT 1 FROM enrolments w
                WHERE w.office = NEW.office AND w.service = NEW.service AND w.status = 'waiting'
                  AND (w.together = 0
                       OR w.people <= COALESCE((SELECT seats FROM course_seats
                                                WHERE office = NEW.office
                                                  AND service = NEW.service), 0)
                                      - (SELECT COALESCE(SUM(people), 0) FROM enrolments
                                         WHERE office = NEW.office AND service = NEW.service
                                           AND status IN ('enrolled', 'offered'))))));
END;

CREATE TRIGGER enrolments_seats_on_update
BEFORE UPDATE OF status ON enrolments
WHEN NEW.status IN ('enrolled', 'offered') AND OLD.status NOT IN ('enrolled', 'offered')
     AND NEW.admitted_by IS NULL
BEGIN
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE (SELECT COALESCE(SUM(people), 0) FROM enrolments
           WHERE office = NEW.office AND service = NEW.service
             AND status IN ('enrolled', 'offered') AND id != NEW.id) + NEW.people
          > COALESCE((SELECT seats FROM course_seats
                      WHERE office = NEW.office AND service = NEW.service), 0);
END;
