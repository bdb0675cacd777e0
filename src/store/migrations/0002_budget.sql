-- 0002_budget.sql: budgets per year with versions (1 = decided, higher
-- numbers are revisions; the highest is the current budget) and their lines.

CREATE TABLE budget (
	id INTEGER PRIMARY KEY,
	year INTEGER NOT NULL,
	version INTEGER NOT NULL,
	label TEXT NOT NULL DEFAULT '',
	created_at TEXT NOT NULL,
	UNIQUE (year, version)
);

CREATE TABLE budget_line (
	id INTEGER PRIMARY KEY,
	budget_id INTEGER NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
	position INTEGER NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('grant', 'revenue', 'equity', 'cost')),
	grp TEXT NOT NULL DEFAULT '',
	name TEXT NOT NULL,
	amount BIGINT NOT NULL,
	accounts TEXT NOT NULL DEFAULT '',
	objects TEXT NOT NULL DEFAULT ''
);

-- The interim report's forecast for a cost area (a budget group) or a
-- revenue line, when the director overrides the default with a comment.
CREATE TABLE forecast (
	year INTEGER NOT NULL,
	area TEXT NOT NULL,
	amount BIGINT NOT NULL,
	comment TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (year, area)
);
