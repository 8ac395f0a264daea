-- Courses and events (config `services:` of kind course): enrolments with a waiting list,
-- enrolment closed by staff, attendance per meeting, reminders sent, staff messages to everyone
-- enrolled. See docs/services.md, "Courses and events". Times are UTC text.
--
-- An enrolment's status: 'enrolled' (holds a seat), 'offered' (a freed seat is held for them
-- until offered_until), 'waiting' (in line: the order is by id), and, once over, 'left' (the
-- person), 'removed' (staff), 'declined' (said no to an offered seat), 'lapsed' (did not confirm
-- an offered seat in time). /forget deletes the person's rows; retention blanks name and phone.
CREATE TABLE enrolments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    language TEXT NOT NULL,
    name TEXT,   -- NULL once forgotten (retention)
    phone TEXT,
    status TEXT NOT NULL CHECK (status IN
        ('enrolled', 'offered', 'waiting', 'left', 'removed', 'declined', 'lapsed')),
    token TEXT,             -- the confirmation button's token: a second tap finds this row
    created_at TEXT NOT NULL,
    enrolled_at TEXT,       -- when the seat became theirs (enrolled, or an offer taken)
    offered_at TEXT,
    offered_until TEXT,     -- an offered seat goes to the next person after this
    ended_at TEXT,
    course_ends_at TEXT NOT NULL  -- the end of the course's last meeting when they enrolled
);
CREATE INDEX enrolments_by_course ON enrolments (office, service, status, id);
CREATE INDEX enrolments_by_user ON enrolments (channel, user_id);
CREATE INDEX enrolments_offers ON enrolments (offered_until) WHERE status = 'offered';
-- One person is on a course's lists once.
CREATE UNIQUE INDEX enrolments_one_per_person
    ON enrolments (office, service, channel, user_id)
    WHERE status IN ('enrolled', 'offered', 'waiting') AND user_id != '';

-- The seats of each course that was ever enrolled in, written (from config) before each change.
CREATE TABLE course_seats (
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    seats INTEGER NOT NULL CHECK (seats >= 0),
    PRIMARY KEY (office, service)
);

-- Courses whose enrolment staff closed early (it closes at the first meeting anyway).
CREATE TABLE course_closures (
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    closed_at TEXT NOT NULL,
    closed_by TEXT,
    PRIMARY KEY (office, service)
);

-- Who was present at which meeting (the meeting's local date).
CREATE TABLE course_attendance (
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    meeting TEXT NOT NULL,
    marked_at TEXT NOT NULL,
    PRIMARY KEY (enrolment_id, meeting)
);

-- The reminder before a meeting, queued (or skipped as too late) once per enrolment.
CREATE TABLE course_reminders (
    enrolment_id INTEGER NOT NULL REFERENCES enrolments (id) ON DELETE CASCADE,
    meeting TEXT NOT NULL,
    done_at TEXT NOT NULL,
    PRIMARY KEY (enrolment_id, meeting)
);

-- "Message everyone enrolled": the staff chat's prompt (staff reply to it with the text); one
-- message per prompt. No text is kept here.
CREATE TABLE course_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    created_at TEXT NOT NULL,
    sent_at TEXT,
    recipients INTEGER
);

-- The database keeps every course within its seats: enrolled and offered rows hold a seat, and
-- SQLite runs this check inside the writing statement, one writer at a time, so simultaneous
-- confirmations from any number of connections cannot overfill a course. A seat is not taken
-- past people already waiting for one: they are offered it first.
CREATE TRIGGER enrolments_seats_on_insert
BEFORE INSERT ON enrolments
BEGIN
    SELECT RAISE(ABORT, 'course: enrolment closed')
    WHERE EXISTS (SELECT 1 FROM course_closures
                  WHERE office = NEW.office AND service = NEW.service);
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE NEW.status IN ('enrolled', 'offered')
      AND ((SELECT COUNT(*) FROM enrolments
            WHERE office = NEW.office AND service = NEW.service
              AND status IN ('enrolled', 'offered'))
           >= COALESCE((SELECT seats FROM course_seats
                        WHERE office = NEW.office AND service = NEW.service), 0)
           OR EXISTS (SELECT 1 FROM enrolments
                      WHERE office = NEW.office AND service = NEW.service
                        AND status = 'waiting'));
END;

-- Someone waiting who is offered a seat (or any row made to hold one again) counts too.
CREATE TRIGGER enrolments_seats_on_update
BEFORE UPDATE OF status ON enrolments
WHEN NEW.status IN ('enrolled', 'offered') AND OLD.status NOT IN ('enrolled', 'offered')
BEGIN
    SELECT RAISE(ABORT, 'course: no seat left')
    WHERE (SELECT COUNT(*) FROM enrolments
           WHERE office = NEW.office AND service = NEW.service
             AND status IN ('enrolled', 'offered') AND id != NEW.id)
          >= COALESCE((SELECT seats FROM course_seats
                       WHERE office = NEW.office AND service = NEW.service), 0);
END;
