-- Callback requests: a person asked to be called back (see docs/callbacks.md).
-- The personal columns (user_id, chat_id, name, phone, description) become NULL when the data
-- is forgotten (/forget, or retention_days after closing); the rest stays as anonymous counts.
CREATE TABLE callback_requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft TEXT NOT NULL UNIQUE,          -- the confirmation token: a second tap finds this row
    channel TEXT NOT NULL,
    user_id TEXT,
    chat_id TEXT,
    language TEXT NOT NULL,              -- the user's language in the bot
    call_language TEXT NOT NULL,         -- the language they want to be called in
    topic TEXT NOT NULL,                 -- a topic id, or 'other'
    description TEXT,
    name TEXT,
    phone TEXT,
    time_window TEXT NOT NULL CHECK (time_window IN ('asap', 'am', 'pm')),
    urgent INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open'
        CHECK (status IN ('open', 'taken', 'done', 'unreachable', 'withdrawn')),
    staff_name TEXT,                     -- who took it: shown in the staff chat, never logged
    closed_by TEXT,                      -- who closed it (Done / Couldn't reach)
    created_at TEXT NOT NULL,
    taken_at TEXT,
    closed_at TEXT,
    last_staff_reply_at TEXT,            -- opens the written thread (see thread_open_until)
    thread_closed_at TEXT,               -- the user ended the thread early
    rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    forgotten_at TEXT
);
CREATE INDEX callback_requests_open ON callback_requests (status, created_at);
CREATE INDEX callback_requests_by_user ON callback_requests (channel, user_id);
CREATE INDEX callback_requests_closed ON callback_requests (closed_at) WHERE forgotten_at IS NULL;
