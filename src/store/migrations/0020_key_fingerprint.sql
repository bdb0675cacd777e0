-- 0020_key_fingerprint.sql: the fingerprint of the key that hashes the
-- participants' personal identity numbers (the key itself lives in a file
-- beside the database and never in it).
--
-- With the fingerprint the database knows its own key: a key file that is
-- missing or belongs to another database is refused, instead of a new key
-- being made and the same person becoming two participants. One row at
-- most; `how` says how it was recorded: 'created' (the key was made for
-- this database), 'first use' (a key found before any number was hashed),
-- 'proven' (a stored hash was found again with the key) or 'unproven' (a
-- database from before this check whose hashes could not be tested).
CREATE TABLE key_fingerprint (
	id INTEGER PRIMARY KEY CHECK (id = 1),
	fingerprint TEXT NOT NULL,
	how TEXT NOT NULL CHECK (how IN ('created', 'first use', 'proven', 'unproven')),
	recorded_at TEXT NOT NULL
);
