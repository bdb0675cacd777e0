-- 0013_closed_years.sql: a year is closed when the board has adopted its
-- annual report (fastställd); from then on nothing its documents use can be
-- added, changed or removed until an administrator reopens it. The closing
-- and every reopening are in the audit log with who, when and why.

CREATE TABLE closed_year (
	year INTEGER PRIMARY KEY,
	adopted TEXT NOT NULL          -- the date the board adopted the annual report
);
