/*
 * test_policy.c: the governing documents' kinds, their state from the
 * revisions (the latest counts), the state at a past day and when one is
 * overdue for revision.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "model/policy.h"

#define D(y, m, d) ((struct date){ y, m, d })

static struct policy pol(int64_t id, struct date adopted, struct date revise_by)
{
	struct policy p;

	memset(&p, 0, sizeof(p));
	p.id = id;
	snprintf(p.name, sizeof(p.name), "Delegeringsordning");
	p.kind = POLICY_DELEGATION;
	p.adopted = adopted;
	p.revise_by = revise_by;
	return p;
}

static struct policy_revision rev(int64_t id, int64_t policy_id, struct date date, struct date revise_by)
{
	struct policy_revision r;

	memset(&r, 0, sizeof(r));
	r.id = id;
	r.policy_id = policy_id;
	r.date = date;
	r.revise_by = revise_by;
	return r;
}

static void test_kinds(void **state)
{
	enum policy_kind k = POLICY_OTHER;

	(void)state;
	assert_int_equal(policy_kind_parse("förbundsordning", &k), 0);
	assert_int_equal(k, POLICY_CHARTER);
	assert_int_equal(policy_kind_parse("Internkontrollplan", &k), 0);
	assert_int_equal(k, POLICY_INTERNAL_CONTROL);
	assert_int_equal(policy_kind_parse("RISK- OCH VÄSENTLIGHETSANALYS", &k), 0);
	assert_int_equal(k, POLICY_RISK);
	assert_int_equal(policy_kind_parse("Övrigt", &k), 0);
	assert_int_equal(k, POLICY_OTHER);
	assert_int_equal(policy_kind_parse("attestation", &k), 0);
	assert_int_equal(k, POLICY_ATTESTATION);
	assert_int_equal(policy_kind_parse("Informationspolicy", &k), -1);
	assert_int_equal(policy_kind_parse(NULL, &k), -1);
	assert_string_equal(policy_kind_key(POLICY_RECORDS), "records");
	assert_string_equal(policy_kind_label(POLICY_RECORDS), "Dokumenthanteringsplan");
	assert_string_equal(policy_kind_label(POLICY_KIND__MAX), "Övrigt");
}

static void test_summarise(void **state)
{
	struct policy p = pol(7, D(2022, 3, 1), D(2024, 3, 1));
	/* Out of order, another document's among them, two on one day. */
	struct policy_revision r[] = {
		rev(3, 7, D(2025, 2, 10), D(2027, 2, 10)),
		rev(1, 7, D(2024, 2, 20), D(2026, 2, 20)),
		rev(2, 8, D(2026, 1, 1), D(2030, 1, 1)),
		rev(4, 7, D(2025, 2, 10), (struct date){ 0, 0, 0 }),
	};

	(void)state;
	policy_summarise(&p, r, 0);
	assert_int_equal(p.revisions, 0);
	assert_false(date_is_set(p.last_revised));
	assert_int_equal(date_cmp(p.due, D(2024, 3, 1)), 0);

	policy_summarise(&p, r, 2);
	assert_int_equal(p.revisions, 2);
	assert_int_equal(date_cmp(p.last_revised, D(2025, 2, 10)), 0);
	assert_int_equal(date_cmp(p.due, D(2027, 2, 10)), 0);

	/* The later entry of the same day counts: it set no revise-by date. */
	policy_summarise(&p, r, 4);
	assert_int_equal(p.revisions, 3);
	assert_false(date_is_set(p.due));
	assert_false(policy_overdue(&p, D(2099, 1, 1)));
}

static void test_at_and_overdue(void **state)
{
	struct policy p = pol(7, D(2022, 3, 1), D(2024, 3, 1)), at;
	struct policy_revision r[] = { rev(1, 7, D(2024, 6, 1), D(2026, 6, 1)) };

	(void)state;
	/* Not yet adopted at the end of 2021. */
	assert_int_equal(policy_at(&p, r, 1, D(2021, 12, 31), &at), 0);
	/* At the end of 2023 the first adoption is in force, not overdue. */
	assert_int_equal(policy_at(&p, r, 1, D(2023, 12, 31), &at), 1);
	assert_int_equal(at.revisions, 0);
	assert_false(policy_overdue(&at, D(2023, 12, 31)));
	/* In May 2024 it is past 1 March without a revision. */
	assert_int_equal(policy_at(&p, r, 1, D(2024, 5, 31), &at), 1);
	assert_true(policy_overdue(&at, D(2024, 5, 31)));
	/* The revision of 1 June set a new date. */
	assert_int_equal(policy_at(&p, r, 1, D(2024, 12, 31), &at), 1);
	assert_int_equal(at.revisions, 1);
	assert_int_equal(date_cmp(at.last_revised, D(2024, 6, 1)), 0);
	assert_false(policy_overdue(&at, D(2024, 12, 31)));
	/* The day itself is still in time; the day after is not. */
	policy_summarise(&p, r, 1);
	assert_false(policy_overdue(&p, D(2026, 6, 1)));
	assert_true(policy_overdue(&p, D(2026, 6, 2)));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_kinds),
		cmocka_unit_test(test_summarise),
		cmocka_unit_test(test_at_and_overdue),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
