-- A fourth kind of unanswered question: a «did you mean» whose candidates the person did not
-- tap (bot/features/questions/answers.py keeps it, a tap on one of them deletes it): the content
-- editor learns of the questions the bot was unsure about too.
CREATE TABLE unanswered_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,              -- the language the question was written in (detected)
    kind TEXT NOT NULL CHECK (kind IN ('no_match', 'off_topic', 'voted_no', 'not_followed')),
    topic TEXT,                          -- the topic voted "not helpful" (voted_no only)
    created_at TEXT NOT NULL,
    subject TEXT,
    office TEXT
);
INSERT INTO unanswered_new (id, text, language, kind, topic, created_at, subject, office)
    SELECT id, text, language, kind, topic, created_at, subject, office FROM unanswered;
DROP TABLE unanswered;
ALTER TABLE unanswered_new RENAME TO unanswered;
CREATE INDEX unanswered_by_time ON unanswered (created_at);
CREATE INDEX unanswered_by_subject ON unanswered (subject) WHERE subject IS NOT NULL;
