-- Whether the person came to a visit at the duty hours, as staff marked it once its time had
-- started (bot/features/booking/came.py): 1 came, 0 did not come, NULL not marked. No
-- personal data: /forget deletes the booking with it; retention keeps it as an anonymous count.
ALTER TABLE bookings ADD COLUMN came INTEGER CHECK (came IS NULL OR came IN (0, 1));
