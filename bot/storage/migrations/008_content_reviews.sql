-- Reminders to staff to check a topic again on its `valid_until` date (bot/features/review):
-- one row per topic and date, written in the transaction that queues the reminder, so a
-- restart neither repeats nor loses one. Nothing about any person.
CREATE TABLE content_reviews (
    topic TEXT NOT NULL,
    valid_until TEXT NOT NULL,           -- YYYY-MM-DD, as in content/faq_*.yaml
    reminded_at TEXT NOT NULL,
    PRIMARY KEY (topic, valid_until)
);
