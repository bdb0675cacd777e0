/*
 * sqlite_lists.c: the participant list searched in the store: by a part
 * of the code and by the enrolments (an intervention, a year, ongoing or
 * ended, and for a registrar only the enrolments of their own
 * interventions), sorted, a page at a time with the count of every hit.
 * The register may hold a million participants; only a page is read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/sqlite_int.h"
#include "store/store.h"

/* ?1 a part of the code, ?2 the interventions whose enrolments count
 * (",2,5,"; NULL: all), ?3 an intervention (0: any), ?4 the state of the
 * enrolment (0 any, 1 ongoing, 2 ended), ?5 a year (0: any) with ?6 its
 * last and ?7 its first day. With no condition on the enrolments every
 * participant is a hit, also one without any. */
#define ENROLMENT_COUNTS \
	"(?2 IS NULL OR instr(?2, ',' || e.intervention_id || ',') > 0)"
#define P_WHERE \
	"WHERE (?1 IS NULL OR instr(lower(p.code), lower(?1)) > 0) " \
	"AND ((?2 IS NULL AND ?3 = 0 AND ?4 = 0 AND ?5 = 0) OR EXISTS (SELECT 1 FROM enrolment e " \
	"WHERE e.participant_id = p.id AND " ENROLMENT_COUNTS " AND (?3 = 0 OR e.intervention_id = ?3) " \
	"AND (?4 = 0 OR (?4 = 1 AND e.exited IS NULL) OR (?4 = 2 AND e.exited IS NOT NULL)) " \
	"AND (?5 = 0 OR (e.enrolled <= ?6 AND (e.exited IS NULL OR e.exited >= ?7))))) "
#define P_SELECT "SELECT p.id, p.code, coalesce(p.pnr_hash, ''), p.sex, p.birth_year, p.education FROM participant p "
#define P_PAGE " LIMIT ?8 OFFSET ?9"

static const char sql_count[] = "SELECT count(*) FROM participant p " P_WHERE;
static const char sql_by_code[] = P_SELECT P_WHERE "ORDER BY p.code" P_PAGE;
static const char sql_by_code_desc[] = P_SELECT P_WHERE "ORDER BY p.code DESC" P_PAGE;
static const char sql_by_born[] = P_SELECT P_WHERE "ORDER BY p.birth_year, p.code" P_PAGE;
static const char sql_by_latest[] =
	P_SELECT P_WHERE "ORDER BY (SELECT max(e.enrolled) FROM enrolment e WHERE e.participant_id = p.id AND "
	ENROLMENT_COUNTS ") DESC, p.code" P_PAGE;

static void bind_filter(sqlite3_stmt *s, const struct participant_filter *f, char last[11], char first[11])
{
	sq_bind_text(s, 1, f->code && *f->code ? f->code : NULL);
	sq_bind_text(s, 2, f->only);
	sqlite3_bind_int64(s, 3, f->intervention_id);
	sqlite3_bind_int(s, 4, f->state);
	sqlite3_bind_int(s, 5, f->year);
	snprintf(last, 11, "%04d-12-31", f->year > 0 && f->year < 10000 ? f->year : 1);
	snprintf(first, 11, "%04d-01-01", f->year > 0 && f->year < 10000 ? f->year : 1);
	sq_bind_text(s, 6, last);
	sq_bind_text(s, 7, first);
}

static void fill(sqlite3_stmt *s, void *row)
{
	struct participant *p = row;

	p->id = sqlite3_column_int64(s, 0);
	sq_copy_col(p->code, sizeof(p->code), s, 1);
	sq_copy_col(p->pnr_hash, sizeof(p->pnr_hash), s, 2);
	sq_copy_col(p->sex, sizeof(p->sex), s, 3);
	p->birth_year = sqlite3_column_int(s, 4);
	sq_copy_col(p->education, sizeof(p->education), s, 5);
}

int store_participant_search(struct store *st, const struct participant_filter *f, size_t limit, size_t offset,
			     struct participant **out, size_t *n, int64_t *total, struct err *err)
{
	const char *text = f->sort == PSORT_CODE_DESC ? sql_by_code_desc
			   : f->sort == PSORT_BORN ? sql_by_born
			   : f->sort == PSORT_LATEST ? sql_by_latest : sql_by_code;
	char last[11], first[11];
	sqlite3_stmt *s = sq_stmt(st, sql_count, err);
	int rc;

	*out = NULL;
	*n = 0;
	if (!s)
		return -1;
	bind_filter(s, f, last, first);
	rc = sqlite3_step(s);
	*total = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW)
		return sq_db_error(st, err, "räkna deltagarna");
	if (!(s = sq_stmt(st, text, err)))
		return -1;
	bind_filter(s, f, last, first);
	sqlite3_bind_int64(s, 8, (sqlite3_int64)limit);
	sqlite3_bind_int64(s, 9, (sqlite3_int64)offset);
	return sq_read_rows(st, s, sizeof(**out), fill, (void **)out, n, "söka bland deltagarna", err);
}
