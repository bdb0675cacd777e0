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

-- The year's counted transactions per account split into debits (the
-- positive amounts) and credits (the negative): a provision's new and paid
-- out amounts for the note on pensions. amount = debit + credit. Kept at
-- import; the books already read get theirs from their transactions.
ALTER TABLE turnover ADD COLUMN debit BIGINT NOT NULL DEFAULT 0;
ALTER TABLE turnover ADD COLUMN credit BIGINT NOT NULL DEFAULT 0;
CREATE TEMP TABLE flows AS
	SELECT year_id, account, sum(CASE WHEN amount > 0 THEN amount ELSE 0 END) AS debit,
	       sum(CASE WHEN amount < 0 THEN amount ELSE 0 END) AS credit
	FROM trans WHERE kind <> 2 GROUP BY year_id, account;
CREATE INDEX temp.flows_key ON flows (year_id, account);
UPDATE turnover SET
	debit = coalesce((SELECT f.debit FROM flows f WHERE f.year_id = turnover.year_id AND f.account = turnover.account), 0),
	credit = coalesce((SELECT f.credit FROM flows f WHERE f.year_id = turnover.year_id AND f.account = turnover.account), 0);
DROP TABLE temp.flows;

-- An activity may be a series of meetings (a course of six sessions): its
-- attendance counts each person at each meeting, and persons says how many
-- different people came (NULL: not known).
ALTER TABLE activity ADD COLUMN meetings INTEGER NOT NULL DEFAULT 1 CHECK (meetings >= 1);
ALTER TABLE activity ADD COLUMN persons INTEGER CHECK (persons >= 0);

-- When the board adopted a year's plan or interim report (the annual
-- report's adoption is the year's close): the date the document says it
-- was decided ("Beslutad av förbundsstyrelsen 2023-03-03").
CREATE TABLE adoption (
	document TEXT NOT NULL CHECK (document IN ('plan', 'interim')),
	year INTEGER NOT NULL,
	date TEXT NOT NULL,
	PRIMARY KEY (document, year)
);

-- A file that goes with a year's document: the auditors' report as the
-- auditors signed it (a PDF), appended after the annual report's
-- signatures.
CREATE TABLE attachment (
	year INTEGER NOT NULL,
	kind TEXT NOT NULL CHECK (kind IN ('auditors_report')),
	name TEXT NOT NULL,
	data BLOB NOT NULL,
	added_at TEXT NOT NULL,
	PRIMARY KEY (year, kind)
);
