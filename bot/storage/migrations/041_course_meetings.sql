-- A course's meetings as the people on its lists were last told them (or as they were when
-- the bot first ran with the course): the bot, started with a config whose meetings differ,
-- tells those people of every meeting moved, dropped or added, once, and keeps the new ones
-- here (bot/features/courses/moved.py); `infopoint check` names the changes beforehand.
-- meetings: JSON [[start, end], ...] in UTC text, in order.
CREATE TABLE course_meetings (
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    meetings TEXT NOT NULL,
    kept_at TEXT NOT NULL,
    PRIMARY KEY (office, service)
);
