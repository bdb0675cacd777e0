-- 0017_documents.sql: what the annual report needs beyond the books and
-- the participants: each intervention's status in a year and its results
-- and lessons (Markdown), the key figures of years before the books (taken
-- from the earlier annual reports, for the five-year overview), and the
-- staff the förbund employs and the posts it funds, per year.

-- status '' is "from its dates": planned when it starts after the year,
-- ended when it ends within it or before. The row goes with its
-- intervention.
CREATE TABLE intervention_year (
	intervention_id INTEGER NOT NULL REFERENCES intervention (id) ON DELETE CASCADE,
	year INTEGER NOT NULL,
	status TEXT NOT NULL DEFAULT '' CHECK (status IN ('', 'planned', 'running', 'ended')),
	results TEXT NOT NULL DEFAULT '',
	PRIMARY KEY (intervention_id, year)
);

-- A year's key figures as an earlier annual report published them; NULL
-- where that report has none. Amounts in öre.
CREATE TABLE history (
	year INTEGER PRIMARY KEY,
	revenue BIGINT,
	costs BIGINT,
	result BIGINT,
	equity BIGINT,
	women INTEGER,
	men INTEGER,
	employees INTEGER,
	source TEXT NOT NULL DEFAULT ''
);

-- The förbund's own staff in a year: people employed, the full-time posts
-- they fill and the posts it funds in interventions (hundredths: 150 is
-- 1,5), and the sick leave as hundredths of a per cent of working time
-- (NULL: not known, or no staff of its own).
CREATE TABLE staff (
	year INTEGER PRIMARY KEY,
	employees INTEGER NOT NULL DEFAULT 0,
	own_posts INTEGER NOT NULL DEFAULT 0,
	funded_posts INTEGER NOT NULL DEFAULT 0,
	sick_leave INTEGER,
	note TEXT NOT NULL DEFAULT ''
);
