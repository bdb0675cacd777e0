/*
 * test_ready.c: the ready marks over a real database (an intervention's
 * Helår or Delår marked ready by the actor, refused twice, for a year to
 * come, outside the intervention or without a period, taken back, and in
 * the audit log), their document, the registrar's participants to follow
 * up, the one check of a participant's and an enrolment's fields naming
 * the field at fault, and a document cell that links.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "render/render.h"
#include "store/store.h"
#include "tmpapp.h"

static struct tmpdb tmp = { .name = "ready" };

static void add_insats(struct store *st, const char *name, const char *from, const char *to, int64_t *id)
{
	struct app_insats_fields f;
	struct err err;

	memset(&f, 0, sizeof(f));
	f.name = name;
	f.kind = "individinriktad";
	f.start = from;
	f.end = to;
	f.ages = "16-29";
	if (app_insats_add(st, &f, id, &err) < 0)
		fail_msg("%s", err.msg);
}

static void refused(int rc, const struct err *err, const char *why, const char *field)
{
	if (rc != -1)
		fail_msg("accepted; expected '%s'", why);
	if (!strstr(err->msg, why))
		fail_msg("'%s' has no '%s'", err->msg, why);
	if (field)
		assert_string_equal(err->field, field);
}

static void test_marks(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct intervention *iv = NULL;
	struct ready_mark *m = NULL;
	size_t n_iv = 0, n_m = 0;
	struct audit_entry *log = NULL;
	struct err err;
	struct doc *d;
	char *json = NULL, next[16];
	size_t len = 0, n_log = 0;
	int64_t a, b;
	FILE *f;

	(void)state;
	add_insats(st, "Steget", "2024-01-01", "2025-12-31", &a);
	add_insats(st, "Senare", "2026-01-01", NULL, &b);
	app_as(st, "rita");
	assert_int_equal(app_ready_mark(st, "Steget", "2025", "Helår", &err), 0);
	refused(app_ready_mark(st, "Steget", "2025", "helår", &err), &err, "redan klarmarkerat", NULL);
	refused(app_ready_mark(st, "Steget", "2025", "", &err), &err, "välj perioden", "period");
	refused(app_ready_mark(st, "Steget", "2023", "delår", &err), &err, "pågår inte under 2023", "year");
	snprintf(next, sizeof(next), "%d", date_today().y + 1);
	refused(app_ready_mark(st, "Senare", next, "delår", &err), &err, "kommande år", "year");
	refused(app_ready_mark(st, "Ingen sådan", "2025", "delår", &err), &err, "ingen insats", "insats");
	refused(app_ready_unmark(st, "Steget", "2025", "delår", &err), &err, "inte klarmarkerat", NULL);

	/* The year's interventions: only Steget runs in 2025, marked for Helår by rita. */
	assert_int_equal(app_ready_status(st, 2025, &iv, &n_iv, &m, &n_m, &err), 0);
	assert_int_equal(n_iv, 1);
	assert_string_equal(iv[0].name, "Steget");
	assert_int_equal(n_m, 1);
	assert_int_equal(m[0].intervention_id, a);
	assert_int_equal(m[0].period, PERIOD_ANNUAL);
	assert_string_equal(m[0].marked_by, "rita");
	assert_int_equal(strlen(m[0].marked_at), 19);
	free(iv);
	free(m);

	/* The document, as programs read it. */
	d = app_report_ready(st, 2025, &err);
	assert_non_null(d);
	f = open_memstream(&json, &len);
	assert_int_equal(render_doc(d, RENDER_JSON, f, &err), 0);
	fclose(f);
	assert_non_null(strstr(json, "\"status\": \"ready\""));
	assert_non_null(strstr(json, "\"status\": \"not_ready\""));
	assert_non_null(strstr(json, "\"ready_count\": 1"));
	free(json);
	doc_free(d);

	/* Taken back by someone else, and both in the log. */
	app_as(st, "anna");
	assert_int_equal(app_ready_unmark(st, "Steget", "2025", "annual", &err), 0);
	assert_int_equal(app_ready_status(st, 2025, &iv, &n_iv, &m, &n_m, &err), 0);
	assert_int_equal(n_m, 0);
	free(iv);
	free(m);
	assert_int_equal(store_audit_list(st, &log, &n_log, &err), 0);
	{
		size_t i;
		int marked = 0, unmarked = 0;

		for (i = 0; i < n_log; i++) {
			marked |= strcmp(log[i].action, "klarmarkera") == 0 && strcmp(log[i].actor, "rita") == 0;
			unmarked |= strcmp(log[i].action, "ta bort klarmarkering") == 0 && strcmp(log[i].actor, "anna") == 0;
		}
		assert_true(marked);
		assert_true(unmarked);
	}
	audit_release(log, n_log);
	(void)b;
	app_close(st);
}

static void test_fields_named(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_participant_fields f;
	struct err err;
	int64_t id;

	(void)state;
	add_insats(st, "Steget", "2024-01-01", "2026-12-31", &id);
	memset(&f, 0, sizeof(f));
	f.code = "P1";
	f.sex = "kvinna";
	f.born = "19x0";
	f.must_choose = 1;
	refused(app_participant_add(st, NULL, &f, &err), &err, "födelseår", "born");
	f.born = "2001";
	refused(app_participant_add(st, NULL, &f, &err), &err, "välj utbildningsnivå", "education");
	f.must_choose = 0;
	assert_int_equal(app_participant_add(st, NULL, &f, &err), 0);
	/* An enrolment whose choices start empty: none is taken as "okänd". */
	refused(app_participant_enrol(st, "P1", "Steget", "2025-02-01", "", "ingen", ENROLMENT_CHOOSE, &err), &err,
		"välj försörjningen före", "support_before");
	refused(app_participant_enrol(st, "P1", "Steget", "2099-02-01", "lön", "ingen", ENROLMENT_CHOOSE, &err), &err,
		"efter i dag", "date");
	assert_true(err.need & ERR_NEED_PLANNED);
	refused(app_participant_enrol(st, "P1", "", "2025-02-01", "lön", "ingen", ENROLMENT_CHOOSE, &err), &err,
		"välj en insats", "insats");
	/* Without the flag, the command line's defaults. */
	assert_int_equal(app_participant_enrol(st, "P1", "Steget", "2024-02-01", NULL, NULL, 0, &err), 0);
	refused(app_participant_exit(st, "P1", "Steget", "2024-06-01", "", "lön", ENROLMENT_CHOOSE, &err), &err,
		"välj orsaken", "reason");
	refused(app_participant_exit(st, "P1", "Steget", "2024-01-01", "arbete", "lön", ENROLMENT_CHOOSE, &err), &err,
		"före inskrivningen", "exited");
	app_close(st);
}

static void test_followup(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_participant_fields f;
	struct app_followup *fu = NULL;
	struct user u;
	struct err err;
	size_t n = 0;
	int64_t a, b;

	(void)state;
	add_insats(st, "Steget", "2024-01-01", "2026-12-31", &a);
	add_insats(st, "Annan", "2024-01-01", "2026-12-31", &b);
	memset(&f, 0, sizeof(f));
	f.sex = "man";
	f.born = "2000";
	f.education = "gymnasial";
	f.code = "LONG";
	assert_int_equal(app_participant_register(st, NULL, &f, "Steget", "2024-02-01", "lön", "ingen", 0, &err), 0);
	f.code = "FRESH";
	assert_int_equal(app_participant_register(st, NULL, &f, "Steget", "2024-03-01", "lön", "ingen", 0, &err), 0);
	assert_int_equal(app_participant_exit(st, "FRESH", "Steget", "2024-05-01", "arbete", "lön", 0, &err), 0);
	f.code = "UNKNOWN";
	assert_int_equal(app_participant_register(st, NULL, &f, "Steget", "2024-03-01", NULL, "ingen", 0, &err), 0);
	assert_int_equal(app_participant_exit(st, "UNKNOWN", "Steget", "2024-05-01", "arbete", "lön", 0, &err), 0);
	f.code = "OTHER";
	assert_int_equal(app_participant_register(st, NULL, &f, "Annan", "2024-02-01", "lön", "ingen", 0, &err), 0);

	memset(&u, 0, sizeof(u));
	u.role = ROLE_REGISTRAR;
	u.insatser[0] = a;
	u.n_insatser = 1;
	assert_int_equal(app_followup_list(st, &u, (struct date){ 2025, 6, 1 }, &fu, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(fu[0].code, "LONG");
	assert_non_null(strstr(fu[0].why, "utan avslut"));
	assert_string_equal(fu[1].code, "UNKNOWN");
	assert_non_null(strstr(fu[1].why, "försörjningen före är okänd"));
	free(fu);
	app_close(st);
}

static void test_link_cell(void **state)
{
	struct doc *d = doc_new(NULL);
	struct doc_table *t = doc_table_add(d, NULL, DOC_TABLE_RECORDS, "x", NULL, 1);
	struct doc_row *r;
	struct err err;
	char *out = NULL;
	size_t len = 0;
	FILE *f;

	(void)state;
	doc_column_set(t, 0, "code", "Kod", 0);
	r = doc_row_add(t, NULL, NULL, DOC_ROW_NORMAL);
	doc_cell_text_link(r, 0, "N<1>", "/deltagare/N%3C1%3E?a=1&b=2");
	f = open_memstream(&out, &len);
	assert_int_equal(render_html_body(d, f, &err), 0);
	fclose(f);
	assert_non_null(strstr(out, "<a href=\"/deltagare/N%3C1%3E?a=1&amp;b=2\">N&lt;1&gt;</a>"));
	free(out);
	out = NULL;
	f = open_memstream(&out, &len);
	assert_int_equal(render_doc(d, RENDER_JSON, f, &err), 0);
	fclose(f);
	assert_non_null(strstr(out, "\"code\": \"N<1>\""));
	assert_null(strstr(out, "/deltagare/"));
	free(out);
	doc_free(d);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPAPP_TEST(test_marks, &tmp),
		TMPAPP_TEST(test_fields_named, &tmp),
		TMPAPP_TEST(test_followup, &tmp),
		cmocka_unit_test(test_link_cell),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
