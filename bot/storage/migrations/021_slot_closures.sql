-- One visit's time that staff closed by cancelling the visit there (docs/booking.md, "Every
-- cancellation"): nobody can see people then, so the time is offered to no one and booked by
-- no one until staff reopen it. `booking_id` is the cancelled visit (its reopen button).
CREATE TABLE slot_closures (
    place TEXT NOT NULL,
    starts_at TEXT NOT NULL,
    booking_id INTEGER,
    created_at TEXT NOT NULL,
    PRIMARY KEY (place, starts_at)
);

CREATE TRIGGER bookings_closed_slot_on_insert
BEFORE INSERT ON bookings
WHEN NEW.status = 'active'
BEGIN
    SELECT RAISE(ABORT, 'booking: time closed')
    WHERE EXISTS (SELECT 1 FROM slot_closures
                  WHERE place = NEW.place AND starts_at = NEW.starts_at);
END;
