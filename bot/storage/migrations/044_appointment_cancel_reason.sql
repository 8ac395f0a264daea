-- Why staff cancelled a booked appointment, as the person was told (a ready reason's code:
-- bot/features/appointments/cancel_why.py): given once, no personal data. NULL: none given
-- (the person cancelled, the specialist will not be there, or staff gave none yet).
ALTER TABLE appointments ADD COLUMN cancel_reason TEXT;
