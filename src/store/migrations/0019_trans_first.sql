-- 0019_trans_first.sql: a verification's transactions found by where they
-- start instead of through the index trans_ver (0015).
--
-- The import writes each verification's transactions right after it, and
-- nothing else writes transactions; rows get the next id. So the
-- transactions of verification v are the rows of trans from v.trans_first
-- (the id its first transaction has or would have had) up to the next
-- verification's trans_first, and reading them is a seek by id. The index
-- trans_ver cost every import about a fifth of its time (a seek and an
-- insert per transaction: three million for a large year) and a quarter
-- of the database's size.
--
-- The verifications already read get theirs from their transactions, by
-- the index, before it goes; one without transactions gets the next one's
-- (or, the last, the id after the last transaction's).
ALTER TABLE verification ADD COLUMN trans_first INTEGER;
UPDATE verification SET trans_first = (SELECT min(t.id) FROM trans t WHERE t.ver_id = verification.id);
UPDATE verification SET trans_first = coalesce(
	(SELECT n.trans_first FROM verification n WHERE n.id > verification.id AND n.trans_first IS NOT NULL
	 ORDER BY n.id LIMIT 1),
	(SELECT coalesce(max(id), 0) + 1 FROM trans))
WHERE trans_first IS NULL;
DROP INDEX trans_ver;
