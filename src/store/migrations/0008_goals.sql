-- 0008_goals.sql: the goals of each plan year, the result goals under them
-- with their follow-up and indicator, the assessments per period, and the
-- board's composition per year (for the annual report).

CREATE TABLE goal (
	id INTEGER PRIMARY KEY,
	year INTEGER NOT NULL,
	number INTEGER NOT NULL CHECK (number > 0),
	title TEXT NOT NULL,
	area TEXT NOT NULL CHECK (area IN ('individual', 'structural', 'competence', 'financial')),
	description TEXT NOT NULL DEFAULT '',
	UNIQUE (year, number)
);

CREATE TABLE result_goal (
	id INTEGER PRIMARY KEY,
	goal_id INTEGER NOT NULL REFERENCES goal (id),
	number INTEGER NOT NULL CHECK (number > 0),
	text TEXT NOT NULL,
	follow_up TEXT NOT NULL DEFAULT '',
	indicator TEXT NOT NULL DEFAULT 'none',
	intervention_id INTEGER REFERENCES intervention (id),
	target BIGINT,
	at_most INTEGER NOT NULL DEFAULT 0,
	unit TEXT NOT NULL DEFAULT '',
	UNIQUE (goal_id, number)
);

CREATE TABLE assessment (
	id INTEGER PRIMARY KEY,
	goal_id INTEGER NOT NULL REFERENCES goal (id),
	result_goal_id INTEGER REFERENCES result_goal (id),
	year INTEGER NOT NULL,
	period TEXT NOT NULL CHECK (period IN ('interim', 'annual')),
	status TEXT NOT NULL,
	value BIGINT,
	comment TEXT NOT NULL DEFAULT '',
	updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX assessment_one ON assessment (goal_id, coalesce(result_goal_id, 0), year, period);

CREATE TABLE board_member (
	id INTEGER PRIMARY KEY,
	year INTEGER NOT NULL,
	name TEXT NOT NULL,
	role TEXT NOT NULL CHECK (role IN ('chair', 'vice_chair', 'member', 'deputy')),
	appointed_by TEXT NOT NULL DEFAULT '',
	UNIQUE (year, name)
);
