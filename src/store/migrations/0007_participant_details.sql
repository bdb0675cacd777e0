-- 0007_participant_details.sql: an intervention's participant period (when
-- people can be enrolled, often shorter than the intervention's own) and
-- its goals; anonymous participants, counted per intervention, period and
-- sex; and the förbund's settings, such as the small-cell threshold.

ALTER TABLE intervention ADD COLUMN participant_start TEXT;
ALTER TABLE intervention ADD COLUMN participant_end TEXT;
ALTER TABLE intervention ADD COLUMN goals TEXT NOT NULL DEFAULT '';

CREATE TABLE anonymous_count (
	id INTEGER PRIMARY KEY,
	intervention_id INTEGER NOT NULL REFERENCES intervention (id),
	period_start TEXT NOT NULL,
	period_end TEXT NOT NULL,
	women INTEGER NOT NULL CHECK (women >= 0),
	men INTEGER NOT NULL CHECK (men >= 0),
	note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE setting (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
