-- Why staff cancelled a visit at the duty hours, as the person was told (a ready reason's code:
-- bot/features/booking/cancel_why.py; a whole duty's, chosen as it is cancelled): given once,
-- no personal data. NULL: none given (the person cancelled, or staff gave none yet; staff's
-- own words, a reply to the cancel's confirmation, are not kept here).
ALTER TABLE bookings ADD COLUMN cancel_reason TEXT;
