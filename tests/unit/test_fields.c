/*
 * test_fields.c: the fields a record cannot be without, declared once in
 * app/fields.c: a form's check finds every blank one at once with the
 * declared words, the use case refuses the first with the same words and
 * field, a field the form does not carry is left to the use case, and a
 * field to choose (with a default on the command line) is asked of a form
 * but not refused by the use case.
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
#include "base/err.h"

struct kv {
	const char *const *pairs; /* name, value, ..., NULL */
};

static const char *kv_value(const void *ctx, const char *field)
{
	const struct kv *kv = ctx;
	size_t i;

	for (i = 0; kv->pairs[i]; i += 2)
		if (strcmp(kv->pairs[i], field) == 0)
			return kv->pairs[i + 1];
	return NULL;
}

struct seen {
	char fields[8][16];
	char msgs[8][200];
	size_t n;
};

static void note(void *arg, const char *field, const char *msg)
{
	struct seen *s = arg;

	assert_true(s->n < 8);
	snprintf(s->fields[s->n], sizeof(s->fields[0]), "%s", field);
	snprintf(s->msgs[s->n], sizeof(s->msgs[0]), "%s", msg);
	s->n++;
}

static void every_blank_field_at_once(void **state)
{
	static const char *const form[] = { "ref", "", "period", " \t", "status", "", "comment", "", NULL };
	struct kv kv = { form };
	struct seen s;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(app_missing(&APP_ASSESSMENT, kv_value, &kv, note, &s), 3);
	assert_string_equal(s.fields[0], "ref");
	assert_string_equal(s.fields[1], "period");
	assert_string_equal(s.fields[2], "status");
	assert_non_null(strstr(s.msgs[1], "delår eller helår"));
}

static void the_use_case_says_the_same(void **state)
{
	static const char *const form[] = { "name", "", "role", "ledamot", NULL };
	struct kv kv = { form };
	struct seen s;
	struct err err;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(app_missing(&APP_BOARD_MEMBER, kv_value, &kv, note, &s), 1);
	/* The use case refuses before it opens anything, so no store is needed. */
	assert_int_equal(app_board_add(NULL, 2025, "", "ledamot", NULL, &err), -1);
	assert_string_equal(err.field, "name");
	assert_string_equal(err.msg, s.msgs[0]);
	assert_int_equal(app_require(&APP_BOARD_MEMBER, "role", "   ", &err), -1);
	assert_string_equal(err.field, "role");
	assert_int_equal(app_require(&APP_BOARD_MEMBER, "role", "ersättare", &err), 0);
	assert_int_equal(app_require(&APP_BOARD_MEMBER, "appointed_by", "", &err), 0);
}

static void a_field_the_form_lacks_is_the_use_cases(void **state)
{
	static const char *const form[] = { "amount", "", NULL };
	struct kv kv = { form };
	struct seen s;

	(void)state;
	memset(&s, 0, sizeof(s));
	/* An edit form that carries only the amount asks only for it. */
	assert_int_equal(app_missing(&APP_BUDGET_LINE, kv_value, &kv, note, &s), 1);
	assert_string_equal(s.fields[0], "amount");
}

static void a_choice_is_asked_of_a_form_only(void **state)
{
	static const char *const form[] = { "date", "2025-05-01", "kind", "", "title", "Styrelsemöte", NULL };
	struct kv kv = { form };
	struct seen s;
	struct err err;

	(void)state;
	memset(&s, 0, sizeof(s));
	assert_int_equal(app_missing(&APP_EVENT, kv_value, &kv, note, &s), 1);
	assert_string_equal(s.fields[0], "kind");
	assert_int_equal(app_require(&APP_EVENT, "kind", "", &err), 0);
	assert_int_equal(app_require(&APP_EVENT, "title", NULL, &err), -1);
	assert_string_equal(err.msg, "händelsen behöver en rubrik");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_blank_field_at_once),
		cmocka_unit_test(the_use_case_says_the_same),
		cmocka_unit_test(a_field_the_form_lacks_is_the_use_cases),
		cmocka_unit_test(a_choice_is_asked_of_a_form_only),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
