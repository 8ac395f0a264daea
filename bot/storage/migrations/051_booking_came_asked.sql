-- When a visit's card in the staff chat was opened for marking whether the person came (its
-- cancel button replaced by «✅ Obecność» / «❌ Nieobecność» once its time started: a job,
-- bot/features/booking/came_card.py), so that it is done once, after a restart too. No
-- personal data: /forget deletes the booking with it.
ALTER TABLE bookings ADD COLUMN came_asked_at TEXT;
