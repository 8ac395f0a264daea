-- Delivery that loses nothing and forgets what it must (docs/reliability.md).
-- outbox.priority: 0 first (a person waiting for an answer, urgent requests), 1 staff records and
--   notifications, 2 chat relayed between a person and staff; within a priority, oldest first.
-- outbox.claimed_until: a sender is delivering the item (the channel adapter right after the turn,
--   or the worker); nobody else takes it before then. Released at start-up.
-- outbox.subject: "<channel>:<user id>" of the person the message is about, so that /forget finds
--   every copy of their data; outbox.message_id: the platform's id once delivered (to edit it).
ALTER TABLE outbox ADD COLUMN priority INTEGER NOT NULL DEFAULT 1;
ALTER TABLE outbox ADD COLUMN claimed_until TEXT;
ALTER TABLE outbox ADD COLUMN subject TEXT;
ALTER TABLE outbox ADD COLUMN message_id TEXT;
DROP INDEX outbox_pending;
CREATE INDEX outbox_pending ON outbox (priority, id) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX outbox_by_subject ON outbox (subject) WHERE subject IS NOT NULL;

-- Updates whose turn has committed: a redelivered update (after a crash, a webhook retry) is
-- recognised by its id and not handled twice. Ids only; kept a few days.
CREATE TABLE handled_updates (
    key TEXT PRIMARY KEY,   -- "<channel>:<update id>"
    handled_at TEXT NOT NULL
);
CREATE INDEX handled_updates_by_time ON handled_updates (handled_at);

-- Unanswered questions: whose they are (for /forget); phones, e-mails and long numbers are
-- masked before they are stored, and rows are deleted after the retention period.
ALTER TABLE unanswered ADD COLUMN subject TEXT;
CREATE INDEX unanswered_by_subject ON unanswered (subject) WHERE subject IS NOT NULL;
