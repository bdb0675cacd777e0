-- 0014_allocations.sql: how the förbund divides an account that several
-- interventions share (and that no SIE object tells apart): a share of
-- what is booked on it (of every year, or of one), or an amount of a year.
-- Exactly one of share (hundredths of a percent) and amount (öre) is set;
-- year 0 means every year, and an amount always names its year.

CREATE TABLE allocation (
	id INTEGER PRIMARY KEY,
	intervention_id INTEGER NOT NULL REFERENCES intervention (id),
	accounts TEXT NOT NULL,
	year INTEGER NOT NULL DEFAULT 0,
	share BIGINT NOT NULL DEFAULT 0 CHECK (share >= 0 AND share <= 10000),
	amount BIGINT NOT NULL DEFAULT 0,
	note TEXT NOT NULL DEFAULT '',
	CHECK ((share > 0 AND amount = 0) OR (share = 0 AND year > 0))
);
