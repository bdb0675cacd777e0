/*
 * survey.c: the answers of the year's surveys (enkäter), summed per
 * question, intervention and sex as six counts on the survey's scale. A
 * question is kept per year, group and code; an import replaces what an
 * earlier one stored for the same year, group and intervention, and the
 * questions left without answers go with it.
 */
#include <string.h>

#include "base/err.h"
#include "store/engine.h"
#include "store/store.h"

static const char sql_clear[] =
	"DELETE FROM survey_answer WHERE coalesce(intervention_id, 0) = :insats AND question_id IN "
	"(SELECT id FROM survey_question WHERE year = :year AND grp = :grp)";
static const char sql_prune[] = "DELETE FROM survey_question WHERE year = :year AND grp = :grp AND NOT EXISTS "
				"(SELECT 1 FROM survey_answer a WHERE a.question_id = survey_question.id)";

int store_survey_clear(struct store *st, int year, enum survey_group group, int64_t intervention_id,
		       int64_t *removed, struct err *err)
{
	struct stmt *s = q_prep(st, sql_clear, err);

	if (!s)
		return -1;
	q_int(s, "year", year);
	q_text(s, "grp", survey_group_key(group));
	q_int(s, "insats", intervention_id);
	if (q_exec(s, "ta bort tidigare enkätsvar", err) < 0)
		return -1;
	if (removed)
		*removed = q_changes(s);
	s = q_prep(st, sql_prune, err);
	if (!s)
		return -1;
	q_int(s, "year", year);
	q_text(s, "grp", survey_group_key(group));
	return q_exec(s, "ta bort frågor utan svar", err);
}

static const char sql_question_put[] =
	"INSERT INTO survey_question (year, grp, code, text) VALUES (:year, :grp, :code, :text) "
	"ON CONFLICT (year, grp, code) DO UPDATE SET text = excluded.text RETURNING id";
/* An answer already stored for the question, intervention and sex (the
 * unique index survey_answer_key) is not added: STORE_DUPLICATE. */
static const char sql_answer_add[] =
	"INSERT INTO survey_answer (question_id, intervention_id, sex, n1, n2, n3, n4, n5, n6) "
	"VALUES (:question, :insats, :sex, :n1, :n2, :n3, :n4, :n5, :n6) ON CONFLICT DO NOTHING";

int store_survey_answer_add(struct store *st, const struct survey_answer *a, struct err *err)
{
	static const char *const counts[SURVEY_STEPS] = { "n1", "n2", "n3", "n4", "n5", "n6" };
	struct stmt *s;
	int64_t question;
	int i;

	if (!survey_group_key(a->group) || !survey_sex_word(a->sex))
		return err_set(err, "okänd grupp eller okänt kön i ett enkätsvar");
	s = q_prep(st, sql_question_put, err);
	if (!s)
		return -1;
	q_int(s, "year", a->year);
	q_text(s, "grp", survey_group_key(a->group));
	q_text(s, "code", a->code);
	q_text(s, "text", a->text);
	if (q_exec_id(s, &question, "spara enkätfrågan", err) < 0)
		return -1;
	s = q_prep(st, sql_answer_add, err);
	if (!s)
		return -1;
	q_int(s, "question", question);
	if (a->intervention_id)
		q_int(s, "insats", a->intervention_id);
	else
		q_null(s, "insats");
	q_text(s, "sex", survey_sex_word(a->sex));
	for (i = 0; i < SURVEY_STEPS; i++)
		q_int(s, counts[i], a->counts[i]);
	if (q_exec(s, "spara enkätsvaret", err) < 0)
		return -1;
	return q_changes(s) == 0 ? STORE_DUPLICATE : 0;
}

static const char sql_each[] =
	"SELECT q.grp, q.code, q.text, coalesce(a.intervention_id, 0), a.sex, a.n1, a.n2, a.n3, a.n4, a.n5, a.n6 "
	"FROM survey_answer a JOIN survey_question q ON q.id = a.question_id "
	"WHERE q.year = :year AND (CAST(:insats AS bigint) = 0 OR a.intervention_id = :insats) "
	"ORDER BY q.grp, q.code, a.id";

int store_survey_each(struct store *st, int year, int64_t intervention_id, store_survey_fn fn, void *ctx,
		      struct err *err)
{
	struct stmt *s = q_prep(st, sql_each, err);
	struct survey_answer a;
	int rc, i;

	q_int(s, "year", year);
	q_int(s, "insats", intervention_id);
	while ((rc = q_step(s, "läsa enkätsvaren", err)) > 0) {
		char word[32];

		memset(&a, 0, sizeof(a));
		a.year = year;
		q_col_copy(word, sizeof(word), s, 0);
		a.group = (enum survey_group)survey_group_match(word);
		q_col_copy(a.code, sizeof(a.code), s, 1);
		q_col_copy(a.text, sizeof(a.text), s, 2);
		a.intervention_id = q_col_int(s, 3);
		q_col_copy(word, sizeof(word), s, 4);
		a.sex = (enum survey_sex)survey_sex_match(word);
		for (i = 0; i < SURVEY_STEPS; i++)
			a.counts[i] = q_col_int(s, 5 + i);
		if ((int)a.group < 0 || (int)a.sex < 0) {
			q_reset(s);
			return err_set(err, "databasen har ett enkätsvar med okänd grupp eller okänt kön");
		}
		fn(ctx, &a);
	}
	return rc;
}
