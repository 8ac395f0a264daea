-- A visit or an appointment the person moved to another time (booking/move.py,
-- appointments/move.py) is cancelled and a new one made: the new one's id, so that a staff
-- reply to the old card reaches the person about the new time, not «your visit is cancelled».
ALTER TABLE bookings ADD COLUMN moved_to INTEGER;
ALTER TABLE appointments ADD COLUMN moved_to INTEGER;
