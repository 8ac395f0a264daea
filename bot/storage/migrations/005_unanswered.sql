-- Questions the bot could not answer, and answers people voted "not helpful": for staff to
-- improve the content (/unanswered in the staff chat). The text only: no user id, chat or name.
CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    text TEXT NOT NULL,
    language TEXT NOT NULL,              -- the language the question was written in (detected)
    kind TEXT NOT NULL CHECK (kind IN ('no_match', 'voted_no')),
    topic TEXT,                          -- the topic voted "not helpful" (voted_no only)
    created_at TEXT NOT NULL
);
CREATE INDEX unanswered_by_time ON unanswered (created_at);
