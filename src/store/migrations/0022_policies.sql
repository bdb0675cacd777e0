-- 0022_policies.sql: the förbund's governing documents (styrdokument):
-- förbundsordning, arbetsordning, delegeringsordning, attestordning and
-- the others, each with the day the board adopted it and the day by which
-- it must be revised again (NULL: none set). Each revision is a row of its
-- own, so the history stays: the document's present adoption is its
-- latest revision (or the first adoption when it has none), and the
-- present revise-by date is that revision's.
CREATE TABLE policy (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE CHECK (name <> ''),
	kind TEXT NOT NULL,
	adopted TEXT NOT NULL,
	revise_by TEXT,
	note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE policy_revision (
	id INTEGER PRIMARY KEY,
	policy_id INTEGER NOT NULL REFERENCES policy (id) ON DELETE CASCADE,
	date TEXT NOT NULL,
	revise_by TEXT,
	note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX policy_revision_policy ON policy_revision (policy_id, date);
