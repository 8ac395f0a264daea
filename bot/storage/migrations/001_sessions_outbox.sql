-- Per-user conversation state: chosen language, flow, step and draft data.
CREATE TABLE sessions (
    channel TEXT NOT NULL,
    user_id TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    language TEXT,
    language_chosen INTEGER NOT NULL DEFAULT 0,
    flow TEXT,
    step TEXT,
    data TEXT NOT NULL DEFAULT '{}',
    updated_at TEXT NOT NULL,
    PRIMARY KEY (channel, user_id)
);

-- Messages to deliver later (to staff or to users), written in the same transaction as the
-- action that caused them, delivered by the outbox worker with retries.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('send', 'edit')),
    reply TEXT NOT NULL,
    ref_kind TEXT,
    ref_id INTEGER,
    created_at TEXT NOT NULL,
    next_attempt_at TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    delivered_at TEXT,
    failed_at TEXT
);
CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE delivered_at IS NULL AND failed_at IS NULL;

-- Which platform message shows which record (a staff message shows a request, say), so that
-- edits and replies find their way.
CREATE TABLE message_refs (
    channel TEXT NOT NULL,
    chat_id TEXT NOT NULL,
    message_id TEXT NOT NULL,
    ref_kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (channel, chat_id, message_id)
);
CREATE INDEX message_refs_by_ref ON message_refs (ref_kind, ref_id);
