/*
 * sqlite_key.c: what the database knows of the key that hashes the
 * participants' personal identity numbers: its fingerprint (never the key,
 * which lives in a file beside the database), and the stored hashes a key
 * without a fingerprint can be tested against.
 */
#include <string.h>

#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

int store_key_fingerprint_get(struct store *st, char *out, size_t n, char *how, size_t how_n, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT fingerprint, how FROM key_fingerprint WHERE id = 1", err);
	int rc;

	if (!s)
		return -1;
	rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		sq_copy_col(out, n, s, 0);
		if (how)
			sq_copy_col(how, how_n, s, 1);
		sqlite3_reset(s);
		return 0;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa nyckelns fingeravtryck");
	return STORE_NOT_FOUND;
}

int store_key_fingerprint_put(struct store *st, const char *fingerprint, const char *how, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "INSERT INTO key_fingerprint (id, fingerprint, how, recorded_at) "
				      "VALUES (1, ?1, ?2, ?3) ON CONFLICT (id) DO NOTHING", err);
	char stamp[32];

	if (!s)
		return -1;
	sq_bind_text(s, 1, fingerprint);
	sq_bind_text(s, 2, how);
	sq_bind_text(s, 3, sq_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	if (sq_exec_step(st, s, err, "anteckna nyckelns fingeravtryck") < 0)
		return -1;
	return sqlite3_changes(st->db) == 1 ? 0 : STORE_NOT_FOUND;
}

int store_pnr_hash_sample(struct store *st, struct store_pnr_hash *out, size_t max, size_t *n, int64_t *total,
			  struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "SELECT pnr_hash, birth_year, count(*) OVER () FROM participant "
				      "WHERE pnr_hash IS NOT NULL ORDER BY id LIMIT ?1", err);
	int rc;

	*n = 0;
	*total = 0;
	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, max > 0 ? (sqlite3_int64)max : 1);
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		*total = sqlite3_column_int64(s, 2);
		if (*n < max) {
			sq_copy_col(out[*n].hash, sizeof(out[*n].hash), s, 0);
			out[*n].birth_year = sqlite3_column_int(s, 1);
			(*n)++;
		}
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		return sq_db_error(st, err, "läsa deltagarnas nycklade personnummer");
	return 0;
}
