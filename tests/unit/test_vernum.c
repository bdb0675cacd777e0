/*
 * test_vernum.c: the set of a year's verification numbers finds a number
 * used twice in a series, with the line of the first, wherever it keeps
 * the number: in a series' array (plain numbers near the rest), in the hash
 * table (text that is not a plain number, numbers far from the rest or
 * below a series' first, the series after the first VERNUM_SERIES_DENSE),
 * or in the hash table while the array has since grown past it. A random
 * sequence is checked against a plain list.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "model/vernum.h"

static long add_n(struct vernum_set *s, const char *series, long number, long line)
{
	char n[32];

	snprintf(n, sizeof(n), "%ld", number);
	return vernum_set_add(s, series, n, line);
}

static void test_dense(void **state)
{
	struct vernum_set s;
	long i;

	(void)state;
	vernum_set_init(&s);
	for (i = 1; i <= 100000; i++)
		assert_int_equal(add_n(&s, "A", i, 10 + i), 0);
	/* the same numbers in another series, and 0, are new */
	assert_int_equal(add_n(&s, "B", 1, 5), 0);
	assert_int_equal(add_n(&s, "B", 100000, 6), 0);
	assert_int_equal(add_n(&s, "A", 0, 7), 0);
	assert_int_equal(add_n(&s, "A", 1, 200000), 11);
	assert_int_equal(add_n(&s, "A", 54321, 200001), 10 + 54321);
	assert_int_equal(add_n(&s, "A", 100000, 200002), 10 + 100000);
	assert_int_equal(add_n(&s, "A", 0, 200003), 7);
	assert_int_equal(add_n(&s, "B", 100000, 200004), 6);
	/* only B's 100000, far from B's one other number, went to the hash
	 * table */
	assert_int_equal(s.n, 1);
	vernum_set_release(&s);
}

static void test_text(void **state)
{
	struct vernum_set s;

	(void)state;
	vernum_set_init(&s);
	assert_int_equal(vernum_set_add(&s, "A", "7", 1), 0);
	assert_int_equal(vernum_set_add(&s, "A", "07", 2), 0);
	assert_int_equal(vernum_set_add(&s, "A", "7a", 3), 0);
	assert_int_equal(vernum_set_add(&s, "A", "-7", 4), 0);
	assert_int_equal(vernum_set_add(&s, "A", "+7", 5), 0);
	assert_int_equal(vernum_set_add(&s, "a", "7", 6), 0);
	assert_int_equal(vernum_set_add(&s, "", "7", 7), 0);
	assert_int_equal(vernum_set_add(&s, "A", "07", 8), 2);
	assert_int_equal(vernum_set_add(&s, "A", "7a", 9), 3);
	assert_int_equal(vernum_set_add(&s, "A", "-7", 10), 4);
	assert_int_equal(vernum_set_add(&s, "A", "+7", 11), 5);
	assert_int_equal(vernum_set_add(&s, "A", "7", 12), 1);
	assert_int_equal(vernum_set_add(&s, "a", "7", 13), 6);
	assert_int_equal(vernum_set_add(&s, "", "7", 14), 7);
	vernum_set_release(&s);
}

static void test_huge(void **state)
{
	struct vernum_set s;

	(void)state;
	vernum_set_init(&s);
	assert_int_equal(vernum_set_add(&s, "A", "1", 1), 0);
	assert_int_equal(vernum_set_add(&s, "A", "999999999", 2), 0);
	assert_int_equal(vernum_set_add(&s, "A", "1000000000", 3), 0);
	assert_int_equal(vernum_set_add(&s, "A", "4294967297", 4), 0);
	assert_int_equal(vernum_set_add(&s, "A", "99999999999999999999999999", 5), 0);
	assert_int_equal(vernum_set_add(&s, "A", "99999999999999999999999998", 6), 0);
	assert_int_equal(vernum_set_add(&s, "A", "999999999", 7), 2);
	assert_int_equal(vernum_set_add(&s, "A", "1000000000", 8), 3);
	assert_int_equal(vernum_set_add(&s, "A", "4294967297", 9), 4);
	assert_int_equal(vernum_set_add(&s, "A", "99999999999999999999999999", 10), 5);
	assert_int_equal(vernum_set_add(&s, "A", "1", 11), 1);
	/* a series that starts high keeps its numbers near the first in an array */
	assert_int_equal(vernum_set_add(&s, "B", "999999990", 12), 0);
	assert_int_equal(vernum_set_add(&s, "B", "999999999", 13), 0);
	assert_int_equal(vernum_set_add(&s, "B", "999999999", 14), 13);
	assert_int_equal(vernum_set_add(&s, "B", "999999990", 15), 12);
	vernum_set_release(&s);
}

static void test_out_of_order(void **state)
{
	struct vernum_set s;
	long i;

	(void)state;
	vernum_set_init(&s);
	/* the series' first is 5000: the numbers well below it are hashed */
	for (i = 5000; i >= 1; i--)
		assert_int_equal(add_n(&s, "A", i, 5001 - i), 0);
	assert_true(s.n > 0);
	for (i = 1; i <= 5000; i++)
		assert_int_equal(add_n(&s, "A", i, 10000 + i), 5001 - i);
	/* 30000 is far beyond the rest when it comes, hashed; then the array
	 * grows past it and it is still found */
	assert_int_equal(add_n(&s, "A", 30000, 20000), 0);
	for (i = 5001; i < 40000; i++)
		assert_int_equal(add_n(&s, "A", i, 30000 + i), i == 30000 ? 20000 : 0);
	assert_int_equal(add_n(&s, "A", 30000, 90000), 20000);
	assert_int_equal(add_n(&s, "A", 39999, 90001), 30000 + 39999);
	vernum_set_release(&s);
}

static void test_many_series(void **state)
{
	struct vernum_set s;
	char name[400];
	long i, k;

	(void)state;
	vernum_set_init(&s);
	/* a thousand series, taking turns, their names 300 characters long
	 * and differing only at the end */
	memset(name, 'S', 300);
	for (i = 1; i <= 50; i++) {
		for (k = 0; k < 1000; k++) {
			snprintf(name + 300, sizeof(name) - 300, "%ld", k);
			assert_int_equal(add_n(&s, name, i, i * 1000 + k), 0);
		}
	}
	assert_int_equal(s.nseries, VERNUM_SERIES_DENSE);
	for (k = 0; k < 1000; k++) {
		snprintf(name + 300, sizeof(name) - 300, "%ld", k);
		assert_int_equal(add_n(&s, name, 1 + k % 50, 1), (1 + k % 50) * 1000 + k);
	}
	name[300] = 0;
	assert_int_equal(add_n(&s, name, 1, 2), 0);
	vernum_set_release(&s);
	/* released, it can be used again */
	assert_int_equal(vernum_set_add(&s, "A", "1", 3), 0);
	assert_int_equal(vernum_set_add(&s, "A", "1", 4), 3);
	vernum_set_release(&s);
}

/* A random mix of series and numbers, near and far, plain and not, against
 * a list searched from the start. */
static void test_against_list(void **state)
{
	enum { N = 6000 };
	static char keys[N][2][24];
	static const char *const series[] = { "A", "B", "", "LONGSERIESNAME", "#x" };
	struct vernum_set s;
	unsigned long r = 12345;
	int i, j;

	(void)state;
	vernum_set_init(&s);
	for (i = 0; i < N; i++) {
		long want = 0, got;
		unsigned long kind;

		r = r * 6364136223846793005UL + 1442695040888963407UL;
		kind = (r >> 33) % 10;
		snprintf(keys[i][0], sizeof(keys[i][0]), "%s", series[(r >> 40) % 5]);
		if (kind < 6)
			snprintf(keys[i][1], sizeof(keys[i][1]), "%lu", (r >> 20) % 3000);
		else if (kind < 8)
			snprintf(keys[i][1], sizeof(keys[i][1]), "%lu", (r >> 8) % 2000000000);
		else
			snprintf(keys[i][1], sizeof(keys[i][1]), "0%lu", (r >> 20) % 50);
		for (j = 0; j < i && !want; j++)
			if (strcmp(keys[j][0], keys[i][0]) == 0 && strcmp(keys[j][1], keys[i][1]) == 0)
				want = j + 1;
		got = vernum_set_add(&s, keys[i][0], keys[i][1], i + 1);
		assert_int_equal(got, want);
		if (want)
			keys[i][0][0] = '\x01';  /* not added: never the first */
	}
	vernum_set_release(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dense),
		cmocka_unit_test(test_text),
		cmocka_unit_test(test_huge),
		cmocka_unit_test(test_out_of_order),
		cmocka_unit_test(test_many_series),
		cmocka_unit_test(test_against_list),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
