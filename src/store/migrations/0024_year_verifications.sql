-- 0024_year_verifications.sql: whether a year has verifications, kept
-- with the year.
--
-- The overview, the check, the interim report and the national follow-up
-- ask of each year they show whether it has verifications. Without an
-- index on verification's year that reads the verifications of every
-- year added before it (about 1.7 ms for a year of 5 000 on a host, many
-- times a report). An index on the year makes an import of 1 000 000
-- verifications take a tenth more processor time (5.4 s instead of
-- 4.8 s), so the year keeps the answer instead: set with its first
-- verification, cleared with its books (store/books.c, store/years.c).
ALTER TABLE fiscal_year ADD COLUMN has_verifications INTEGER NOT NULL DEFAULT 0;
UPDATE fiscal_year SET has_verifications = 1
	WHERE EXISTS (SELECT 1 FROM verification v WHERE v.year_id = fiscal_year.id);
