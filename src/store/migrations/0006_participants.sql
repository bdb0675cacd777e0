-- 0006_participants.sql: the participant register. A participant is known
-- by the förbund's own code; a personal identity number is never stored,
-- only its keyed hash (HMAC-SHA-256, with a key kept outside the database)
-- so that one person in two interventions is one participant. Every change
-- to participant data is written to audit_log, which the application can
-- add to but never change.

CREATE TABLE participant (
	id INTEGER PRIMARY KEY,
	code TEXT NOT NULL UNIQUE,
	pnr_hash TEXT UNIQUE,
	sex TEXT NOT NULL CHECK (sex IN ('kvinna', 'man')),
	birth_year INTEGER NOT NULL,
	education TEXT NOT NULL CHECK (education IN ('förgymnasial', 'gymnasial', 'eftergymnasial', 'okänd'))
);

CREATE TABLE enrolment (
	id INTEGER PRIMARY KEY,
	participant_id INTEGER NOT NULL REFERENCES participant (id),
	intervention_id INTEGER NOT NULL REFERENCES intervention (id),
	enrolled TEXT NOT NULL,
	support_before TEXT NOT NULL,
	time_in_support TEXT NOT NULL,
	exited TEXT,
	exit_reason TEXT,
	support_after TEXT
);

CREATE TABLE audit_log (
	id INTEGER PRIMARY KEY,
	at TEXT NOT NULL,
	actor TEXT NOT NULL,
	action TEXT NOT NULL,
	participant_code TEXT NOT NULL,
	detail TEXT NOT NULL DEFAULT ''
);

-- The log is append-only. (SQLite's trigger syntax; the PostgreSQL backend
-- has the same rule as its own trigger.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log kan inte ändras');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
	SELECT RAISE(ABORT, 'audit_log kan inte ändras');
END;
