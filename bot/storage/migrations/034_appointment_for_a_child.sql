-- A request «for my child» (migration 027) booked: the appointment says so too, on its staff
-- note, in /appointments, /today and /week, and to the parent (appointments/views.py).
ALTER TABLE appointments ADD COLUMN for_child INTEGER NOT NULL DEFAULT 0;
