/*
 * participant_search.c: the participant list searched in the store: by a
 * part of the code and by the enrolments (an intervention, a year,
 * ongoing or ended, and for a registrar only the enrolments of their own
 * interventions), sorted, a page at a time with the count of every hit.
 * The register may hold a million participants; only a page is read.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
#include "store/store.h"

/* :code a LIKE pattern of a part of the code (see code_pattern; NULL:
 * any), :only the interventions whose enrolments count (",2,5,"; NULL:
 * all), :insats an intervention (0: any), :state the state of the
 * enrolment (0 any, 1 ongoing, 2 ended), :year a year (0: any) with :last
 * its last and :first its first day. With no condition on the enrolments
 * every participant is a hit, also one without any. Both sides of the
 * code's LIKE are lowered, so that it is the same search whether the
 * engine's LIKE tells the case of letters or not. */
#define ENROLMENT_COUNTS "(CAST(:only AS text) IS NULL OR :only LIKE '%,' || e.intervention_id || ',%')"
#define P_WHERE                                                                                              \
	"WHERE (CAST(:code AS text) IS NULL OR lower(p.code) LIKE lower(:code) ESCAPE '!') "                 \
	"AND ((CAST(:only AS text) IS NULL AND CAST(:insats AS bigint) = 0 AND :state = 0 AND :year = 0) "      \
	"OR EXISTS (SELECT 1 FROM enrolment e WHERE e.participant_id = p.id AND " ENROLMENT_COUNTS " "          \
	"AND (CAST(:insats AS bigint) = 0 OR e.intervention_id = :insats) "                                  \
	"AND (:state = 0 OR (:state = 1 AND e.exited IS NULL) OR (:state = 2 AND e.exited IS NOT NULL)) "      \
	"AND (:year = 0 OR (e.enrolled <= :last AND (e.exited IS NULL OR e.exited >= :first))))) "
#define P_SELECT "SELECT p.id, p.code, coalesce(p.pnr_hash, ''), p.sex, p.birth_year, p.education FROM participant p "
#define P_PAGE " LIMIT :limit OFFSET :offset"

static const char sql_count[] = "SELECT count(*) FROM participant p " P_WHERE;
static const char sql_by_code[] = P_SELECT P_WHERE "ORDER BY p.code" P_PAGE;
static const char sql_by_code_desc[] = P_SELECT P_WHERE "ORDER BY p.code DESC" P_PAGE;
static const char sql_by_born[] = P_SELECT P_WHERE "ORDER BY p.birth_year, p.code" P_PAGE;
/* Those without a counted enrolment last, as SQLite puts NULL in a
 * descending order (PostgreSQL would put it first). */
static const char sql_by_latest[] =
	P_SELECT P_WHERE "ORDER BY (SELECT max(e.enrolled) FROM enrolment e WHERE e.participant_id = p.id AND "
	ENROLMENT_COUNTS ") DESC NULLS LAST, p.code" P_PAGE;

/* "%part%" with the LIKE pattern's own characters escaped by '!'; NULL
 * for no part. */
static char *code_pattern(const char *code)
{
	char *pat, *o;

	if (!code || !*code)
		return NULL;
	pat = xmalloc(2 * strlen(code) + 3);
	o = pat;
	*o++ = '%';
	for (; *code; code++) {
		if (*code == '%' || *code == '_' || *code == '!')
			*o++ = '!';
		*o++ = *code;
	}
	*o++ = '%';
	*o = '\0';
	return pat;
}

static void bind_filter(struct stmt *s, const struct participant_filter *f, const char *pattern)
{
	int y = f->year > 0 && f->year < 10000 ? f->year : 1;

	q_text(s, "code", pattern);
	q_text(s, "only", f->only);
	q_int(s, "insats", f->intervention_id);
	q_int(s, "state", f->state);
	q_int(s, "year", f->year);
	q_date(s, "last", (struct date){ y, 12, 31 });
	q_date(s, "first", (struct date){ y, 1, 1 });
}

static void fill(struct stmt *s, void *row)
{
	struct participant *p = row;

	p->id = q_col_int(s, 0);
	q_col_copy(p->code, sizeof(p->code), s, 1);
	q_col_copy(p->pnr_hash, sizeof(p->pnr_hash), s, 2);
	q_col_copy(p->sex, sizeof(p->sex), s, 3);
	p->birth_year = (int)q_col_int(s, 4);
	q_col_copy(p->education, sizeof(p->education), s, 5);
}

int store_participant_search(struct store *st, const struct participant_filter *f, size_t limit, size_t offset,
			     struct participant **out, size_t *n, int64_t *total, struct err *err)
{
	const char *text = f->sort == PSORT_CODE_DESC ? sql_by_code_desc
			   : f->sort == PSORT_BORN ? sql_by_born
			   : f->sort == PSORT_LATEST ? sql_by_latest : sql_by_code;
	char *pattern = code_pattern(f->code);
	struct stmt *s = q_prep(st, sql_count, err);
	void *rows = NULL;
	int rc = -1;

	*out = NULL;
	*n = 0;
	*total = 0;
	if (!s)
		goto done;
	bind_filter(s, f, pattern);
	if (q_exec_id(s, total, "räkna deltagarna", err) < 0)
		goto done;
	if (!(s = q_prep(st, text, err)))
		goto done;
	bind_filter(s, f, pattern);
	q_int(s, "limit", (int64_t)limit);
	q_int(s, "offset", (int64_t)offset);
	rc = q_read_rows(s, sizeof(**out), fill, &rows, n, "söka bland deltagarna", err);
	*out = rows;
done:
	free(pattern);
	return rc;
}
