-- 0011_users.sql: the people who log in to the web pages, the
-- interventions a registrar answers for, their sessions and the failed
-- logins that slow the next attempt down. Passwords are kept only as
-- Argon2id hashes (libsodium's crypto_pwhash_str), session tokens only as
-- a hash: a copy of the database lets no one log in. Times are seconds
-- since 1970, as the application compares them.

CREATE TABLE app_user (
	id INTEGER PRIMARY KEY,
	name TEXT NOT NULL UNIQUE,
	role TEXT NOT NULL CHECK (role IN ('admin', 'registrar', 'board', 'auditor')),
	password_hash TEXT NOT NULL,
	disabled INTEGER NOT NULL DEFAULT 0,
	created_at TEXT NOT NULL
);

CREATE TABLE user_intervention (
	user_id INTEGER NOT NULL REFERENCES app_user (id),
	intervention_id INTEGER NOT NULL REFERENCES intervention (id),
	PRIMARY KEY (user_id, intervention_id)
);

CREATE TABLE session (
	token_hash TEXT PRIMARY KEY,
	user_id INTEGER NOT NULL REFERENCES app_user (id),
	created BIGINT NOT NULL,
	last_seen BIGINT NOT NULL,
	csrf TEXT NOT NULL,
	address TEXT NOT NULL
);
CREATE INDEX session_user ON session (user_id);

CREATE TABLE login_failure (
	id INTEGER PRIMARY KEY,
	user_name TEXT NOT NULL,
	address TEXT NOT NULL,
	at BIGINT NOT NULL
);
CREATE INDEX login_failure_user ON login_failure (user_name, at);
CREATE INDEX login_failure_address ON login_failure (address, at);
