-- A course's seats set by staff at run time (`/seats 1 20` in the office's staff chat: a bigger
-- room), over the config's `seats:`. They hold while the config still says what it said when
-- they were set (`config_seats`): a config changed to another value wins, and the row goes.
-- The seats the triggers check stay in `course_seats` (migration 011), written from this.
CREATE TABLE course_seats_set (
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    seats INTEGER NOT NULL CHECK (seats >= 0),
    config_seats INTEGER NOT NULL,
    set_by TEXT,
    set_at TEXT NOT NULL,
    PRIMARY KEY (office, service)
);
