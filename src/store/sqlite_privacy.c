/*
 * sqlite_privacy.c: one participant made anonymous at their own request:
 * the code becomes anonym-ID and the keyed hash of the personal identity
 * number is forgotten, as the purge of those who left does for many
 * (sqlite.c). Sex, year of birth, education and the enrolments stay, so
 * that every year's statistics stay the same.
 */
#include "base/err.h"
#include "store/sqlite_int.h"
#include "store/store.h"

int store_participant_anonymise(struct store *st, int64_t id, struct err *err)
{
	sqlite3_stmt *s = sq_stmt(st, "UPDATE participant SET code = 'anonym-' || id, pnr_hash = NULL WHERE id = ?1",
				  err);

	if (!s)
		return -1;
	sqlite3_bind_int64(s, 1, id);
	return sq_exec_one(st, s, "avidentifiera deltagaren", err);
}
