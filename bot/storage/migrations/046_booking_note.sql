-- What the person typed at the booking's summary for staff (bot/features/booking/typed.py,
-- «lost my card and was fired»): the visit's own note, beside the topic and what a «Something
-- else» visit is about (`description`), shown on its own line of the staff card, in /mybookings
-- and /mydata; personal data, erased with the name and phone (/forget, retention). NULL: none
-- (and visits booked before this migration, whose note, if any, is in `description`).
ALTER TABLE bookings ADD COLUMN note TEXT;
