-- A third kind of unanswered question: messages the search took for off-topic (weather,
-- shopping, ...; bot/search/off_topic.yaml), listed apart so that staff can spot a real
-- question taken for one. SQLite cannot change a CHECK constraint: the table is rebuilt.
CREATE TABLE unanswered_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,              -- the language the question was written in (detected)
    kind TEXT NOT NULL CHECK (kind IN ('no_match', 'off_topic', 'voted_no')),
    topic TEXT,                          -- the topic voted "not helpful" (voted_no only)
    created_at TEXT NOT NULL
);
INSERT INTO unanswered_new (id, text, language, kind, topic, created_at)
    SELECT id, text, language, kind, topic, created_at FROM unanswered;
DROP TABLE unanswered;
ALTER TABLE unanswered_new RENAME TO unanswered;
CREATE INDEX unanswered_by_time ON unanswered (created_at);
