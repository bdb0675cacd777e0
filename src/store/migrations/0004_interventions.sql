-- 0004_interventions.sql: the interventions (insatser) the förbund funds and
-- the board's funding decisions. Payments come from the books, on the
-- accounts and SIE objects each intervention names.

CREATE TABLE intervention (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL CHECK (kind IN ('individual', 'structural', 'competence')),
	owner TEXT NOT NULL DEFAULT '',
	partners TEXT NOT NULL DEFAULT '',
	target_group TEXT NOT NULL DEFAULT '',
	age_min INTEGER NOT NULL DEFAULT 0,
	age_max INTEGER NOT NULL DEFAULT 0,
	start_date TEXT,
	end_date TEXT,
	purpose TEXT NOT NULL DEFAULT '',
	accounts TEXT NOT NULL DEFAULT '',
	objects TEXT NOT NULL DEFAULT ''
);

CREATE TABLE decision (
	id INTEGER PRIMARY KEY,
	intervention_id INTEGER NOT NULL REFERENCES intervention (id),
	meeting_date TEXT NOT NULL,
	amount BIGINT NOT NULL,
	year_from INTEGER NOT NULL,
	year_to INTEGER NOT NULL,
	note TEXT NOT NULL DEFAULT ''
);
