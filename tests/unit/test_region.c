/*
 * test_region.c: the rules of a host's region users and region host
 * names: a region's name, a scope of one region or the whole host, and
 * which host names a user's scope covers.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/region.h"

static void test_region_name(void **state)
{
	struct err err;
	char long_name[FORBUND_REGION_MAX + 1];

	(void)state;
	assert_int_equal(region_name_check("Region Norr", &err), 0);
	assert_int_equal(region_name_check("Västra Götaland", &err), 0);
	assert_int_equal(region_name_check("", &err), -1);
	assert_string_equal(err.msg, "ange regionens namn");
	assert_int_equal(region_name_check(NULL, &err), -1);
	assert_int_equal(region_name_check(" Norr", &err), -1);
	assert_non_null(strstr(err.msg, "mellanslag"));
	assert_int_equal(region_name_check("Norr\n", &err), -1);
	assert_non_null(strstr(err.msg, "styrtecken"));
	assert_int_equal(region_name_check("V\xe4st", &err), -1);
	assert_non_null(strstr(err.msg, "UTF-8"));
	memset(long_name, 'a', sizeof(long_name) - 1);
	long_name[sizeof(long_name) - 1] = '\0';
	assert_int_equal(region_name_check(long_name, &err), -1);
	assert_non_null(strstr(err.msg, "för långt (högst 99 byte)"));
	long_name[FORBUND_REGION_MAX - 1] = '\0';
	assert_int_equal(region_name_check(long_name, &err), 0);
}

static void test_region_scope(void **state)
{
	struct region_scope s;
	struct err err;

	(void)state;
	assert_int_equal(region_scope_set(&s, "Region Syd", 0, &err), 0);
	assert_int_equal(s.all, 0);
	assert_string_equal(s.region, "Region Syd");
	assert_string_equal(region_scope_filter(&s), "Region Syd");
	assert_string_equal(region_scope_label(&s), "Region Syd");
	assert_int_equal(region_scope_set(&s, NULL, 1, &err), 0);
	assert_int_equal(s.all, 1);
	assert_string_equal(s.region, "");
	assert_null(region_scope_filter(&s));
	assert_string_equal(region_scope_label(&s), "alla förbund på värden");
	assert_int_equal(region_scope_set(&s, "Region Syd", 1, &err), -1);
	assert_string_equal(err.msg, "ange antingen en region eller alla förbund, inte båda");
	assert_int_equal(region_scope_set(&s, NULL, 0, &err), -1);
	assert_string_equal(err.msg, "ange en region eller alla förbund på värden");
	assert_int_equal(region_scope_set(&s, "", 0, &err), -1);
	assert_string_equal(err.msg, "ange regionens namn");
}

static void test_region_covers(void **state)
{
	struct region_scope norr, syd, all;
	struct err err;

	(void)state;
	assert_int_equal(region_scope_set(&norr, "Region Norr", 0, &err), 0);
	assert_int_equal(region_scope_set(&syd, "Region Syd", 0, &err), 0);
	assert_int_equal(region_scope_set(&all, NULL, 1, &err), 0);
	/* The whole host's user reads every region host name. */
	assert_int_equal(region_scope_covers(&all, &all), 1);
	assert_int_equal(region_scope_covers(&all, &norr), 1);
	/* A region's user reads their own region's, nobody else's, and
	 * never the whole host's. */
	assert_int_equal(region_scope_covers(&norr, &norr), 1);
	assert_int_equal(region_scope_covers(&norr, &syd), 0);
	assert_int_equal(region_scope_covers(&norr, &all), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_region_name),
		cmocka_unit_test(test_region_scope),
		cmocka_unit_test(test_region_covers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
