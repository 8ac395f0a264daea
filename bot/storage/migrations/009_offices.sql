-- The office (information point) a record belongs to: its staff see and act on it, its hours
-- and places apply. Rows from before the network keep NULL here until the bot starts: then the
-- default office adopts them (bot.storage.offices.adopt).
ALTER TABLE callback_requests ADD COLUMN office TEXT;
ALTER TABLE bookings ADD COLUMN office TEXT;
ALTER TABLE unanswered ADD COLUMN office TEXT;
CREATE INDEX callback_requests_by_office ON callback_requests (office, status);
CREATE INDEX bookings_by_office ON bookings (office, day);
