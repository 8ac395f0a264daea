-- Visits booked at the intercultural assistant's duty hours (see docs/booking.md).
-- starts_at/ends_at are UTC text (bot.storage.utc_text); `day` is the local (Europe/Warsaw)
-- date of the visit, so that a whole duty can be found and cancelled by (place, day).
CREATE TABLE bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    language TEXT NOT NULL,
    place TEXT NOT NULL,
    day TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    topic TEXT NOT NULL,
    name TEXT,   -- NULL once forgotten (retention or /forget)
    phone TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('user', 'staff')),
    reminded_day_at TEXT,   -- the day-before reminder was queued (or skipped as too late)
    reminded_hour_at TEXT   -- the hour-before reminder was queued (or skipped)
);
CREATE INDEX bookings_by_slot ON bookings (place, starts_at) WHERE status = 'active';
CREATE INDEX bookings_by_user ON bookings (channel, user_id, starts_at);
CREATE INDEX bookings_by_day ON bookings (day, place);
-- One person holds a given slot at most once.
CREATE UNIQUE INDEX bookings_one_per_person_and_slot
    ON bookings (channel, user_id, place, starts_at) WHERE status = 'active';

-- The capacity of each slot that was ever booked, written (from config) before each booking.
CREATE TABLE booking_slots (
    place TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (place, starts_at)
);

-- Duties staff cancelled (illness): no booking can be made there any more.
CREATE TABLE duty_closures (
    place TEXT NOT NULL,
    day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (place, day)
);

-- The database itself keeps every slot within its capacity: SQLite runs one writer at a time,
-- and this check runs inside the writing statement, so simultaneous confirmations from any
-- number of connections can never overfill a slot (a check in Python before the insert could).
CREATE TRIGGER bookings_capacity_on_insert
BEFORE INSERT ON bookings
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'booking: slot is full')
    WHERE (SELECT COUNT(*) FROM bookings
           WHERE place = NEW.place AND starts_at = NEW.starts_at AND status = 'active')
          >= COALESCE((SELECT capacity FROM booking_slots
                       WHERE place = NEW.place AND starts_at = NEW.starts_at), 0);
    SELECT RAISE(ABORT, 'booking: duty cancelled')
    WHERE EXISTS (SELECT 1 FROM duty_closures WHERE place = NEW.place AND day = NEW.day);
END;

-- A booking moved or made active again counts against its (new) slot too.
CREATE TRIGGER bookings_capacity_on_update
BEFORE UPDATE OF status, place, starts_at ON bookings
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'booking: slot is full')
    WHERE (SELECT COUNT(*) FROM bookings
           WHERE place = NEW.place AND starts_at = NEW.starts_at AND status = 'active'
             AND id != NEW.id)
          >= COALESCE((SELECT capacity FROM booking_slots
                       WHERE place = NEW.place AND starts_at = NEW.starts_at), 0);
END;
