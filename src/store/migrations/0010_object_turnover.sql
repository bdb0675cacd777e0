-- 0010_object_turnover.sql: the year's sum per account and SIE objects of
-- the verifications dated within the year, made while the SIE file is read,
-- so that the documents that follow interventions up on their objects do
-- not sum millions of transactions again. A year without rows here (books
-- imported before this table) is summed from the transactions.

CREATE TABLE object_turnover (
	year_id INTEGER NOT NULL REFERENCES fiscal_year (id),
	account TEXT NOT NULL,
	objects TEXT NOT NULL,
	amount BIGINT NOT NULL,
	PRIMARY KEY (year_id, account, objects)
);
