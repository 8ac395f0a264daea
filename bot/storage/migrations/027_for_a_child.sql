-- A confidential (sensitive) service's request may say only that it is for the person's child
-- (a parent asking for a psychologist for a teenager): the advisor then books the right
-- specialist. Nothing else about the matter is asked (appointments/qualify.py).
ALTER TABLE appointment_requests ADD COLUMN for_child INTEGER NOT NULL DEFAULT 0;
