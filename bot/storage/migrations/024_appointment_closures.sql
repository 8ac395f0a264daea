-- A specialist's time that staff closed by cancelling the appointment there (docs/services.md,
-- "Staff cancel an appointment"), as a duty visit's (021): the person is told the specialist
-- will not be there, so the time is offered to no one and booked by no one until staff reopen
-- it. `appointment_id` is the cancelled appointment (its reopen button).
CREATE TABLE appointment_closures (
    specialist TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    appointment_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (specialist, starts_at)
);

CREATE TRIGGER appointments_closed_slot_on_insert
BEFORE INSERT ON appointments
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'appointment: time closed')
    WHERE EXISTS (SELECT 1 FROM appointment_closures
                  WHERE specialist = NEW.specialist AND starts_at = NEW.starts_at);
END;

-- The bot, not a staff member, offered a request's times again: staff cancelled its
-- appointment (the card says so, crediting nobody); NULL once staff offer times themselves.
ALTER TABLE appointment_requests ADD COLUMN reoffered_at TEXT;
