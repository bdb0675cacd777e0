-- 0024_year_verifications.sql: PostgreSQL's form of the SQLite migration
-- of the same name (src/store/migrations): whether a year has
-- verifications, kept with the year.
ALTER TABLE fiscal_year ADD COLUMN has_verifications bigint NOT NULL DEFAULT 0;
UPDATE fiscal_year SET has_verifications = 1
	WHERE EXISTS (SELECT 1 FROM verification v WHERE v.year_id = fiscal_year.id);
