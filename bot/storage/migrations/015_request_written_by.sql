-- Who last wrote to the person about a callback or help request (a staff member's name, as the
-- staff chat gives it), beside when (last_staff_reply_at): the request's card and /requests
-- say so, and a colleague does not contact the person again.
ALTER TABLE callback_requests ADD COLUMN last_staff_reply_by TEXT;
