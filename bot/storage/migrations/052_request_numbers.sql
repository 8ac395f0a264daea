-- Callback requests (T) and help requests (P) share one table, and shared its ids as their
-- numbers: the first help request could be P2. Each kind is numbered on its own now, from 1
-- (bot/storage/requests.py `create`: the kind's highest number and one). The requests made
-- before keep the numbers people and staff have already read (their ids), and each kind goes
-- on after its own highest. No personal data: a number stays when /forget erases the rest.
ALTER TABLE callback_requests ADD COLUMN number INTEGER;
UPDATE callback_requests SET number = id;
CREATE UNIQUE INDEX callback_requests_kind_number
    ON callback_requests ((service IS NULL), number);
