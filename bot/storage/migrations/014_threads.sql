-- Writing both ways (bot.core.threads, docs/callbacks.md) about an appointment request and
-- after a course's message to everyone signed up, as about a callback request: when staff last
-- wrote to the person (their texts go to the staff chat for 24 hours after it; an appointment
-- request's while it is open, too) and when the person stopped it. Times only: no text.
-- Staff may also close an appointment request themselves ('closed'): the table is rebuilt for
-- its status's new value, keeping every id and the ids it has given out (a staff card's message
-- still names its request's number, so a number is never given twice).
CREATE TABLE appointment_requests_new (
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
        CHECK (status IN ('pending', 'offered', 'booked', 'declined', 'withdrawn', 'closed')),
    chosen TEXT NOT NULL DEFAULT '[]',   -- times staff are ticking: JSON [[specialist, key]]
    offered TEXT NOT NULL DEFAULT '[]',  -- times offered to the person, the same shape
    offer_any INTEGER NOT NULL DEFAULT 0, -- offered: any free time of the service's specialists
    staff_name TEXT,             -- who approved, declined or closed
    reason_code TEXT,            -- a declined request: a reason staff chose ...
    reason_text TEXT,            -- ... or wrote
    appointment_id INTEGER,
    created_at TEXT NOT NULL,
    decided_at TEXT,
    closed_at TEXT,              -- declined, withdrawn, closed, or the booked appointment's end
    forgotten INTEGER NOT NULL DEFAULT 0,
    last_staff_at TEXT,          -- staff last wrote to the person (a reply, an offer, a decision)
    thread_closed_at TEXT        -- the person stopped writing to staff (until staff write again)
);
INSERT INTO appointment_requests_new (id, office, service, token, channel, user_id, chat_id,
    language, name, phone, description, urgent, sensitive, status, chosen, offered, offer_any,
    staff_name, reason_code, reason_text, appointment_id, created_at, decided_at, closed_at,
    forgotten)
SELECT id, office, service, token, channel, user_id, chat_id, language, name, phone,
    description, urgent, sensitive, status, chosen, offered, offer_any, staff_name, reason_code,
    reason_text, appointment_id, created_at, decided_at, closed_at, forgotten
FROM appointment_requests;
DELETE FROM sqlite_sequence WHERE name = 'appointment_requests_new';
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'appointment_requests_new', seq FROM sqlite_sequence WHERE name = 'appointment_requests';
DROP TABLE appointment_requests;
ALTER TABLE appointment_requests_new RENAME TO appointment_requests;
CREATE INDEX appointment_requests_by_user ON appointment_requests (channel, user_id, status);
CREATE INDEX appointment_requests_by_office ON appointment_requests (office, status);

-- a course's sign-up: staff last wrote (a message to everyone signed up, or a reply)
ALTER TABLE enrolments ADD COLUMN thread_at TEXT;
ALTER TABLE enrolments ADD COLUMN thread_closed_at TEXT;
