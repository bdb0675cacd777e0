/*
 * test_text.c: CP437, Windows-1252 and UTF-8, organisation numbers, the
 * text buffer and the error messages.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/buf.h"
#include "base/err.h"
#include "base/orgnr.h"
#include "base/text.h"

static void test_utf8_valid(void **state)
{
	(void)state;
	assert_true(utf8_valid("åäö ÅÄÖ", strlen("åäö ÅÄÖ")));
	assert_false(utf8_valid("\xC3", 1));                 /* truncated */
	assert_false(utf8_valid("\xC0\xAF", 2));             /* overlong */
	assert_false(utf8_valid("\xED\xA0\x80", 3));         /* surrogate */
	assert_false(utf8_valid("\xF4\x90\x80\x80", 4));     /* > U+10FFFF */
	assert_false(utf8_valid("\x86", 1));                 /* CP437 å */
	assert_true(utf8_valid("\xF0\x9F\x98\x80", 4));
	assert_int_equal(utf8_len("åäö", strlen("åäö")), 3);
}

static void test_cp437(void **state)
{
	struct buf u, back;
	char all[256];
	int i;

	(void)state;
	buf_init(&u);
	cp437_to_utf8(&u, "\x86\x84\x94\x8F\x8E\x99\x81\x82\xE1\xFF", 10);
	assert_string_equal(u.s, "åäöÅÄÖüéß\xC2\xA0");
	buf_reset(&u);
	/* Every byte survives the round trip; ASCII is unchanged. */
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	cp437_to_utf8(&u, all, 256);
	assert_true(utf8_valid(u.s, u.len));
	buf_init(&back);
	assert_int_equal(utf8_to_cp437(&back, u.s, u.len), 0);
	assert_int_equal(back.len, 256);
	assert_memory_equal(back.s, all, 256);
	buf_reset(&back);
	assert_int_equal(utf8_to_cp437(&back, "€uro", strlen("€uro")), -1);
	assert_string_equal(back.s, "?uro");
	buf_release(&u);
	buf_release(&back);
}

static void test_cp1252(void **state)
{
	struct buf u;

	(void)state;
	buf_init(&u);
	cp1252_to_utf8(&u, "\xE5\xE4\xF6 \x80 \x81", 7);
	assert_string_equal(u.s, "åäö € \xEF\xBF\xBD");
	buf_release(&u);
}

static void test_orgnr(void **state)
{
	char out[12];
	struct err err;

	(void)state;
	assert_int_equal(orgnr_parse("222000-1990", out, &err), 0);
	assert_string_equal(out, "222000-1990");
	assert_int_equal(orgnr_parse("2220001990", out, &err), 0);
	assert_string_equal(out, "222000-1990");
	assert_int_equal(orgnr_parse("16222000-1990", out, &err), 0);
	assert_string_equal(out, "222000-1990");
	assert_int_equal(orgnr_parse("556036-0793", out, &err), 0);
	assert_int_equal(orgnr_parse("222000-1991", out, &err), -1);
	assert_string_equal(err.msg, "kontrollsiffran stämmer inte i organisationsnumret '222000-1991'");
	assert_int_equal(orgnr_parse("22200-1990", out, &err), -1);
	assert_non_null(strstr(err.msg, "tio siffror"));
	assert_int_equal(orgnr_parse("22200A-1990", out, &err), -1);
	assert_int_equal(orgnr_parse("", out, &err), -1);
	assert_true(luhn_valid("2220001990"));
	assert_false(luhn_valid("2220001991"));
	assert_false(luhn_valid(""));
}

static void test_buf_and_err(void **state)
{
	struct buf b;
	struct err err;
	char *s;
	int i;

	(void)state;
	buf_init(&b);
	assert_string_equal(b.s, "");
	for (i = 0; i < 1000; i++)
		buf_addf(&b, "%d,", i);
	assert_int_equal(b.len, strlen(b.s));
	assert_memory_equal(b.s, "0,1,2,", 6);
	buf_reset(&b);
	buf_adds(&b, "å");
	buf_addc(&b, '!');
	s = buf_detach(&b);
	assert_string_equal(s, "å!");
	assert_string_equal(b.s, "");
	free(s);
	buf_release(&b);

	assert_int_equal(err_set(&err, "fel %d", 3), -1);
	assert_string_equal(err.msg, "fel 3");
	err_set_at(&err, "bok.se", 17, 5, "kan inte tolka beloppet '%s'", "12,3,4");
	assert_string_equal(err.msg, "bok.se, rad 17, kolumn 5: kan inte tolka beloppet '12,3,4'");
	err_set_at(&err, "bok.se", 17, 0, "x");
	assert_string_equal(err.msg, "bok.se, rad 17: x");
	err_prefix(&err, "import");
	assert_string_equal(err.msg, "import: bok.se, rad 17: x");
	assert_int_equal(err_set(NULL, "ignored"), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_cp437),
		cmocka_unit_test(test_cp1252),
		cmocka_unit_test(test_orgnr),
		cmocka_unit_test(test_buf_and_err),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
