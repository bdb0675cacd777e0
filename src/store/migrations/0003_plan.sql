-- 0003_plan.sql: the year cycle's events (board meetings, development
-- group meetings, the members' consultation, deadlines) and the texts the
-- users write per plan year, as Markdown.

CREATE TABLE event (
	id INTEGER PRIMARY KEY,
	date TEXT NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('board', 'development', 'consultation', 'deadline', 'other')),
	title TEXT NOT NULL,
	note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE plan_text (
	year INTEGER NOT NULL,
	section TEXT NOT NULL,
	markdown TEXT NOT NULL,
	updated_at TEXT NOT NULL,
	PRIMARY KEY (year, section)
);
