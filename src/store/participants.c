/*
 * participants.c: the participant register: the participants (by their
 * pseudonymous code or the keyed hash of their personal identity number),
 * searched a page at a time, their enrolments in the interventions with
 * the exits, the anonymous counts of those not registered one by one, and
 * the purge and the anonymisation that forget who someone was while the
 * statistics stay the same. store_enrolment_each feeds the participant
 * statistics, which read every enrolment of a register that may hold a
 * million. The use cases in app/ check every change and write it to the
 * audit log in the same transaction.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
#include "store/store.h"

#define P_COLS "id, code, coalesce(pnr_hash, ''), sex, birth_year, education"

static void fill_participant(struct stmt *s, void *row)
{
	struct participant *p = row;

	p->id = q_col_int(s, 0);
	q_col_copy(p->code, sizeof(p->code), s, 1);
	q_col_copy(p->pnr_hash, sizeof(p->pnr_hash), s, 2);
	q_col_copy(p->sex, sizeof(p->sex), s, 3);
	p->birth_year = (int)q_col_int(s, 4);
	q_col_copy(p->education, sizeof(p->education), s, 5);
}

static const char sql_p_add[] = "INSERT INTO participant (code, pnr_hash, sex, birth_year, education) "
				"VALUES (:code, :hash, :sex, :born, :education) RETURNING id";

int store_participant_add(struct store *st, struct participant *p, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_add, err);

	q_text(s, "code", p->code);
	q_text(s, "hash", p->pnr_hash[0] ? p->pnr_hash : NULL);
	q_text(s, "sex", p->sex);
	q_int(s, "born", p->birth_year);
	q_text(s, "education", p->education);
	return q_exec_id(s, &p->id, "spara deltagaren", err);
}

static const char sql_p_by_code[] = "SELECT " P_COLS " FROM participant WHERE code = :code";
static const char sql_p_by_hash[] = "SELECT " P_COLS " FROM participant WHERE pnr_hash = :hash";

int store_participant_find(struct store *st, const char *code, const char *pnr_hash, struct participant *out,
			   struct err *err)
{
	struct stmt *s = q_prep(st, code ? sql_p_by_code : sql_p_by_hash, err);

	if (code)
		q_text(s, "code", code);
	else
		q_text(s, "hash", pnr_hash);
	return q_read_one(s, sizeof(*out), fill_participant, out, "läsa deltagaren", err);
}

static const char sql_p_get[] = "SELECT " P_COLS " FROM participant WHERE id = :id";

int store_participant_get(struct store *st, int64_t id, struct participant *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_participant, out, "läsa deltagaren", err);
}

static const char sql_p_list[] = "SELECT " P_COLS " FROM participant ORDER BY code";

int store_participant_list(struct store *st, struct participant **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_participant, &rows, n, "läsa deltagarna", err);
	*out = rows;
	return rc;
}

static const char sql_p_update[] = "UPDATE participant SET code = :code, pnr_hash = :hash, sex = :sex, "
				   "birth_year = :born, education = :education WHERE id = :id";

int store_participant_update(struct store *st, const struct participant *p, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_update, err);

	q_text(s, "code", p->code);
	q_text(s, "hash", p->pnr_hash[0] ? p->pnr_hash : NULL);
	q_text(s, "sex", p->sex);
	q_int(s, "born", p->birth_year);
	q_text(s, "education", p->education);
	q_int(s, "id", p->id);
	return q_exec_one(s, "ändra deltagaren", err);
}

static const char sql_p_delete[] = "DELETE FROM participant WHERE id = :id";

int store_participant_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort deltagaren", err);
}

/* Those whose every enrolment ended before a date: the code becomes
 * anonym-ID and the hash is forgotten. A code already made anonymous (in
 * any case of its letters) is left as it is. */
static const char sql_p_purge[] =
	"UPDATE participant SET code = 'anonym-' || id, pnr_hash = NULL "
	"WHERE lower(substr(code, 1, 7)) <> 'anonym-' AND id IN (SELECT participant_id FROM enrolment "
	"GROUP BY participant_id HAVING max(coalesce(exited, '9999-12-31')) < :before)";

int store_participant_purge(struct store *st, struct date before, int64_t *count, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_purge, err);

	q_date(s, "before", before);
	if (q_exec(s, "rensa deltagarna", err) < 0)
		return -1;
	*count = q_changes(s);
	return 0;
}

/* One participant made anonymous at their own request, as the purge does
 * for many: sex, year of birth, education and the enrolments stay, so
 * that every year's statistics stay the same. */
static const char sql_p_anonymise[] = "UPDATE participant SET code = 'anonym-' || id, pnr_hash = NULL WHERE id = :id";

int store_participant_anonymise(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_p_anonymise, err);

	q_int(s, "id", id);
	return q_exec_one(s, "avidentifiera deltagaren", err);
}

/* The participant list searched: by a part of the code and by the
 * enrolments (an intervention, a year, ongoing or ended, and for a
 * registrar only the enrolments of their own interventions), sorted, a
 * page at a time with the count of every hit; only a page is read.
 *
 * :code a LIKE pattern of a part of the code (see code_pattern; NULL:
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
	rc = q_read_rows(s, sizeof(**out), fill_participant, &rows, n, "söka bland deltagarna", err);
	*out = rows;
done:
	free(pattern);
	return rc;
}

#define E_COLS                                                                                               \
	"id, participant_id, intervention_id, enrolled, support_before, time_in_support, exited, "            \
	"coalesce(exit_reason, ''), coalesce(support_after, '')"

static void fill_enrolment(struct stmt *s, void *row)
{
	struct enrolment *e = row;

	e->id = q_col_int(s, 0);
	e->participant_id = q_col_int(s, 1);
	e->intervention_id = q_col_int(s, 2);
	e->enrolled = q_col_date(s, 3);
	q_col_copy(e->support_before, sizeof(e->support_before), s, 4);
	q_col_copy(e->time_in_support, sizeof(e->time_in_support), s, 5);
	e->exited = q_col_date(s, 6);
	q_col_copy(e->exit_reason, sizeof(e->exit_reason), s, 7);
	q_col_copy(e->support_after, sizeof(e->support_after), s, 8);
}

static const char sql_e_add[] =
	"INSERT INTO enrolment (participant_id, intervention_id, enrolled, support_before, time_in_support) "
	"VALUES (:participant, :insats, :enrolled, :before, :time) RETURNING id";

int store_enrolment_add(struct store *st, struct enrolment *e, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_add, err);

	q_int(s, "participant", e->participant_id);
	q_int(s, "insats", e->intervention_id);
	q_date(s, "enrolled", e->enrolled);
	q_text(s, "before", e->support_before);
	q_text(s, "time", e->time_in_support);
	return q_exec_id(s, &e->id, "spara inskrivningen", err);
}

static const char sql_e_exit[] =
	"UPDATE enrolment SET exited = :exited, exit_reason = :reason, support_after = :after WHERE id = :id";

int store_enrolment_exit(struct store *st, const struct enrolment *e, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_exit, err);

	q_int(s, "id", e->id);
	q_date(s, "exited", e->exited);
	q_text(s, "reason", e->exit_reason[0] ? e->exit_reason : NULL);
	q_text(s, "after", e->support_after[0] ? e->support_after : NULL);
	return q_exec(s, "spara avslutet", err);
}

static const char sql_e_get[] = "SELECT " E_COLS " FROM enrolment WHERE id = :id";

int store_enrolment_get(struct store *st, int64_t id, struct enrolment *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_enrolment, out, "läsa inskrivningen", err);
}

static const char sql_e_update[] =
	"UPDATE enrolment SET intervention_id = :insats, enrolled = :enrolled, support_before = :before, "
	"time_in_support = :time, exited = :exited, exit_reason = :reason, support_after = :after WHERE id = :id";

int store_enrolment_update(struct store *st, const struct enrolment *e, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_update, err);
	int set = date_is_set(e->exited);

	q_int(s, "insats", e->intervention_id);
	q_date(s, "enrolled", e->enrolled);
	q_text(s, "before", e->support_before);
	q_text(s, "time", e->time_in_support);
	q_date(s, "exited", e->exited);
	q_text(s, "reason", set ? e->exit_reason : NULL);
	q_text(s, "after", set ? e->support_after : NULL);
	q_int(s, "id", e->id);
	return q_exec_one(s, "ändra inskrivningen", err);
}

static const char sql_e_delete[] = "DELETE FROM enrolment WHERE id = :id";

int store_enrolment_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort inskrivningen", err);
}

/* Reads the enrolments s (bound) selects, its columns E_COLS. */
static int enrolment_rows(struct stmt *s, struct enrolment **out, size_t *n, struct err *err)
{
	void *rows = NULL;
	int rc = q_read_rows(s, sizeof(**out), fill_enrolment, &rows, n, "läsa inskrivningarna", err);

	*out = rows;
	return rc;
}

static const char sql_e_list[] = "SELECT " E_COLS " FROM enrolment WHERE participant_id = :participant "
				 "ORDER BY enrolled, id";
static const char sql_e_list_all[] = "SELECT " E_COLS " FROM enrolment ORDER BY id";

int store_enrolment_list(struct store *st, int64_t participant_id, struct enrolment **out, size_t *n,
			 struct err *err)
{
	struct stmt *s = q_prep(st, participant_id ? sql_e_list : sql_e_list_all, err);

	if (participant_id)
		q_int(s, "participant", participant_id);
	return enrolment_rows(s, out, n, err);
}

static const char sql_e_misordered[] = "SELECT " E_COLS " FROM enrolment WHERE exited < enrolled ORDER BY id";

int store_enrolment_list_misordered(struct store *st, struct enrolment **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_e_misordered, err);

	*out = NULL;
	*n = 0;
	return s ? enrolment_rows(s, out, n, err) : -1;
}

/* A date column "YYYY-MM-DD" without the parsing machinery: this runs
 * once per enrolment of the statistics. */
static struct date fast_date(struct stmt *s, int col)
{
	const char *t = q_col_text(s, col);
	struct date d = { 0, 0, 0 };

	if (t && q_col_bytes(s, col) >= 10) {
		d.y = (t[0] - '0') * 1000 + (t[1] - '0') * 100 + (t[2] - '0') * 10 + (t[3] - '0');
		d.m = (t[5] - '0') * 10 + (t[6] - '0');
		d.d = (t[8] - '0') * 10 + (t[9] - '0');
	}
	return d;
}

/* What the statistics need of a participant, kept compactly by id: a
 * join per enrolment costs more than reading the register once. */
struct facts {
	unsigned char sex;        /* 0 none, 1 kvinna, 2 man */
	unsigned char education;  /* index in the vocabulary + 1 */
	short birth_year;
};

static const char sql_p_maxid[] = "SELECT coalesce(max(id), 0) FROM participant";
static const char sql_p_facts[] = "SELECT id, sex, birth_year, education FROM participant";

/* Every participant's facts by id into *out (max_id + 1 of them). */
static int read_facts(struct store *st, struct facts **out, int64_t *max_id, struct err *err)
{
	const char *const *edu = vocab_words(VOCAB_EDUCATION);
	struct stmt *s = q_prep(st, sql_p_maxid, err);
	struct facts *facts;
	int rc;

	*out = NULL;
	*max_id = 0;
	if (!s || q_exec_id(s, max_id, "läsa inskrivningarna", err) < 0)
		return -1;
	facts = xcalloc((size_t)*max_id + 1, sizeof(*facts));
	s = q_prep(st, sql_p_facts, err);
	if (!s) {
		free(facts);
		return -1;
	}
	while ((rc = q_step(s, "läsa inskrivningarna", err)) > 0) {
		int64_t id = q_col_int(s, 0);
		const char *sex = q_col_text(s, 1), *ed;
		int k;

		if (id < 0 || id > *max_id)
			continue;
		facts[id].sex = sex && !strcmp(sex, "kvinna") ? 1 : 2;
		facts[id].birth_year = (short)q_col_int(s, 2);
		ed = q_col_text(s, 3);
		for (k = 0; edu[k] && ed; k++)
			if (!strcmp(edu[k], ed))
				facts[id].education = (unsigned char)(k + 1);
	}
	if (rc < 0) {
		free(facts);
		return -1;
	}
	*out = facts;
	return 0;
}

static const char sql_e_span[] =
	"SELECT participant_id, enrolled, support_before, time_in_support, exited, coalesce(exit_reason, ''), "
	"coalesce(support_after, ''), intervention_id FROM enrolment "
	"WHERE enrolled <= :last AND (exited IS NULL OR exited >= :first) "
	"AND (CAST(:insats AS bigint) = 0 OR intervention_id = :insats)";

int store_enrolment_each(struct store *st, int first, int last, int64_t intervention_id, store_enrolment_fn fn,
			 void *ctx, struct err *err)
{
	const char *const *edu = vocab_words(VOCAB_EDUCATION);
	struct facts *facts;
	struct participant p;
	struct enrolment e;
	struct stmt *s;
	int64_t max_id;
	int rc;

	if (read_facts(st, &facts, &max_id, err) < 0)
		return -1;
	s = q_prep(st, sql_e_span, err);
	if (!s) {
		free(facts);
		return -1;
	}
	q_date(s, "last", (struct date){ last, 12, 31 });
	q_date(s, "first", (struct date){ first, 1, 1 });
	q_int(s, "insats", intervention_id);
	memset(&p, 0, sizeof(p));
	memset(&e, 0, sizeof(e));
	while ((rc = q_step(s, "läsa inskrivningarna", err)) > 0) {
		int64_t id = q_col_int(s, 0);
		const struct facts *f;

		if (id < 0 || id > max_id || !facts[id].sex)
			continue;
		f = &facts[id];
		p.id = e.participant_id = id;
		memcpy(p.sex, f->sex == 1 ? "kvinna" : "man", f->sex == 1 ? 7 : 4);
		p.birth_year = f->birth_year;
		if (f->education)
			memcpy(p.education, edu[f->education - 1], strlen(edu[f->education - 1]) + 1);
		else
			p.education[0] = '\0';
		e.enrolled = fast_date(s, 1);
		q_col_copy(e.support_before, sizeof(e.support_before), s, 2);
		q_col_copy(e.time_in_support, sizeof(e.time_in_support), s, 3);
		e.exited = fast_date(s, 4);
		q_col_copy(e.exit_reason, sizeof(e.exit_reason), s, 5);
		q_col_copy(e.support_after, sizeof(e.support_after), s, 6);
		e.intervention_id = q_col_int(s, 7);
		fn(ctx, &p, &e);
	}
	free(facts);
	return rc;
}

static void fill_anonymous(struct stmt *s, void *row)
{
	struct anonymous_count *a = row;

	a->id = q_col_int(s, 0);
	a->intervention_id = q_col_int(s, 1);
	a->from = q_col_date(s, 2);
	a->to = q_col_date(s, 3);
	a->women = q_col_int(s, 4);
	a->men = q_col_int(s, 5);
	q_col_copy(a->note, sizeof(a->note), s, 6);
}

static const char sql_anon_add[] =
	"INSERT INTO anonymous_count (intervention_id, period_start, period_end, women, men, note) "
	"VALUES (:insats, :from, :to, :women, :men, :note) RETURNING id";

int store_anonymous_add(struct store *st, struct anonymous_count *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_anon_add, err);

	q_int(s, "insats", a->intervention_id);
	q_date(s, "from", a->from);
	q_date(s, "to", a->to);
	q_int(s, "women", a->women);
	q_int(s, "men", a->men);
	q_text(s, "note", a->note);
	return q_exec_id(s, &a->id, "spara de anonyma deltagarna", err);
}

static const char sql_anon_list[] =
	"SELECT id, intervention_id, period_start, period_end, women, men, note FROM anonymous_count "
	"WHERE (:year = 0 OR period_start BETWEEN :first AND :last) "
	"AND (CAST(:insats AS bigint) = 0 OR intervention_id = :insats) ORDER BY period_start, id";

int store_anonymous_list(struct store *st, int year, int64_t intervention_id, struct anonymous_count **out,
			 size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_anon_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	q_date(s, "first", (struct date){ year, 1, 1 });
	q_date(s, "last", (struct date){ year, 12, 31 });
	q_int(s, "insats", intervention_id);
	rc = q_read_rows(s, sizeof(**out), fill_anonymous, &rows, n, "läsa de anonyma deltagarna", err);
	*out = rows;
	return rc;
}

static const char sql_anon_get[] = "SELECT id, intervention_id, period_start, period_end, women, men, note "
				   "FROM anonymous_count WHERE id = :id";

int store_anonymous_get(struct store *st, int64_t id, struct anonymous_count *out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_anon_get, err);

	q_int(s, "id", id);
	return q_read_one(s, sizeof(*out), fill_anonymous, out, "läsa de anonyma deltagarna", err);
}

static const char sql_anon_update[] =
	"UPDATE anonymous_count SET intervention_id = :insats, period_start = :from, period_end = :to, "
	"women = :women, men = :men, note = :note WHERE id = :id";

int store_anonymous_update(struct store *st, const struct anonymous_count *a, struct err *err)
{
	struct stmt *s = q_prep(st, sql_anon_update, err);

	q_int(s, "id", a->id);
	q_int(s, "insats", a->intervention_id);
	q_date(s, "from", a->from);
	q_date(s, "to", a->to);
	q_int(s, "women", a->women);
	q_int(s, "men", a->men);
	q_text(s, "note", a->note);
	return q_exec_one(s, "ändra de anonyma deltagarna", err);
}

static const char sql_anon_delete[] = "DELETE FROM anonymous_count WHERE id = :id";

int store_anonymous_delete(struct store *st, int64_t id, struct err *err)
{
	struct stmt *s = q_prep(st, sql_anon_delete, err);

	q_int(s, "id", id);
	return q_exec_one(s, "ta bort de anonyma deltagarna", err);
}
