-- 0005_activities.sql: structural and competence activities (a
-- handläggarforum, an inspiration day) and how many came from each member
-- organisation.

CREATE TABLE activity (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL,
	date TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('structural', 'competence')),
	organiser TEXT NOT NULL DEFAULT ''
);

CREATE TABLE activity_attendance (
	activity_id INTEGER NOT NULL REFERENCES activity (id),
	organisation TEXT NOT NULL,
	attendees INTEGER NOT NULL CHECK (attendees >= 0),
	PRIMARY KEY (activity_id, organisation)
);
