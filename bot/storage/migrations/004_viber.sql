-- Viber users as Viber reports them (see bot/channels/viber.py). Only the Viber user id is kept:
-- no name, no avatar. `subscribed` decides whether the bot may message the person at all: Viber
-- refuses messages to someone who unsubscribed, so the outbox reports those to staff instead.
CREATE TABLE viber_users (
    user_id TEXT PRIMARY KEY,
    subscribed INTEGER NOT NULL DEFAULT 0,
    api_version INTEGER NOT NULL DEFAULT 1,  -- the client's API level: 3+ can share a phone
    keyboard TEXT,                           -- the buttons of the last keyboard too long for one
    keyboard_page INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    unsubscribed_at TEXT
);

-- Files (a visit's .ics) that Viber fetches by URL: Viber cannot take an upload. The token in
-- the URL is random and unguessable; files are deleted a few days after they were sent.
CREATE TABLE viber_files (
    token TEXT PRIMARY KEY,
    filename TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    content BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX viber_files_by_age ON viber_files (created_at);
