-- Appointments with a specialist (docs/services.md, "Appointments with a specialist"): the
-- booked appointments, the capacity of each specialist's slots, and the qualification requests
-- an advisor approves (offering times) or declines. Times are UTC text; `day` is the local
-- (Europe/Warsaw) date of the appointment.
CREATE TABLE appointments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    specialist TEXT NOT NULL,
    request_id INTEGER,          -- the qualification request it was booked from, if any
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,       -- '' once forgotten (retention)
    chat_id TEXT NOT NULL,
    language TEXT NOT NULL,
    place TEXT,                  -- NULL: by phone or online (the specialist's `remote`)
    remote TEXT,
    day TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    ends_at TEXT NOT NULL,
    name TEXT,                   -- NULL once forgotten (retention or /forget)
    phone TEXT,
    sensitive INTEGER NOT NULL DEFAULT 0,  -- the staff chat shows no more than staff need
    token TEXT UNIQUE,           -- the confirm button's token: a second tap finds this row
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled')),
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    cancelled_by TEXT CHECK (cancelled_by IS NULL OR cancelled_by IN ('user', 'staff')),
    reminded_day_at TEXT,
    reminded_hour_at TEXT
);
CREATE INDEX appointments_by_slot ON appointments (specialist, starts_at) WHERE status = 'active';
CREATE INDEX appointments_by_user ON appointments (channel, user_id, starts_at);
CREATE INDEX appointments_by_office ON appointments (office, day);
-- One person holds a given specialist's time at most once.
CREATE UNIQUE INDEX appointments_one_per_person_and_slot
    ON appointments (channel, user_id, specialist, starts_at) WHERE status = 'active';

-- The capacity of each specialist's slot that was ever booked, written (from config) before
-- each booking. A specialist's id is one person across a network, as a place id is one place.
CREATE TABLE appointment_slots (
    specialist TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    capacity INTEGER NOT NULL CHECK (capacity >= 0),
    PRIMARY KEY (specialist, starts_at)
);

-- As for visits (migration 003): the database itself keeps every specialist's slot within its
-- capacity, inside the writing statement, so simultaneous confirmations on any number of
-- connections never overbook.
CREATE TRIGGER appointments_capacity_on_insert
BEFORE INSERT ON appointments
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'appointment: slot is full')
    WHERE (SELECT COUNT(*) FROM appointments
           WHERE specialist = NEW.specialist AND starts_at = NEW.starts_at AND status = 'active')
          >= COALESCE((SELECT capacity FROM appointment_slots
                       WHERE specialist = NEW.specialist AND starts_at = NEW.starts_at), 0);
END;

CREATE TRIGGER appointments_capacity_on_update
BEFORE UPDATE OF status, specialist, starts_at ON appointments
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'appointment: slot is full')
    WHERE (SELECT COUNT(*) FROM appointments
           WHERE specialist = NEW.specialist AND starts_at = NEW.starts_at AND status = 'active'
             AND id != NEW.id)
          >= COALESCE((SELECT capacity FROM appointment_slots
                       WHERE specialist = NEW.specialist AND starts_at = NEW.starts_at), 0);
END;

-- A need described to an advisor before times are offered (a service with `qualification`).
-- For a `sensitive` service nothing but "urgent or not" is asked: `description` stays NULL.
CREATE TABLE appointment_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    token TEXT NOT NULL UNIQUE,  -- the send button's token: a second tap sends nothing more
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,       -- '' once forgotten
    chat_id TEXT NOT NULL,
    language TEXT NOT NULL,
    name TEXT,
    phone TEXT,
    description TEXT,
    urgent INTEGER NOT NULL DEFAULT 0,
    sensitive INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'offered', 'booked', 'declined', 'withdrawn')),
    chosen TEXT NOT NULL DEFAULT '[]',   -- times staff are ticking: JSON [[specialist, key]]
    offered TEXT NOT NULL DEFAULT '[]',  -- times offered to the person, the same shape
    offer_any INTEGER NOT NULL DEFAULT 0, -- offered: any free time of the service's specialists
    staff_name TEXT,             -- who approved or declined
    reason_code TEXT,            -- a declined request: a reason staff chose ...
    reason_text TEXT,            -- ... or wrote
    appointment_id INTEGER,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    closed_at TEXT,              -- declined, withdrawn, or the booked appointment's end
    forgotten INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appointment_requests_by_user ON appointment_requests (channel, user_id, status);
CREATE INDEX appointment_requests_by_office ON appointment_requests (office, status);
