/*
 * test_text.c: UTF-8 validation and length, CP437 both ways (all 256 bytes)
 * and Windows-1252 to UTF-8.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/buf.h"
#include "base/text.h"

#define VALID(lit) utf8_valid(lit, sizeof(lit) - 1)

static void test_utf8_valid(void **state)
{
	(void)state;
	assert_true(utf8_valid("", 0));
	assert_true(VALID("plain ASCII"));
	assert_true(VALID("åäö ÅÄÖ"));
	assert_true(VALID("\x7F"));
	assert_true(VALID("\xC2\x80"));                 /* U+0080, first two-byte */
	assert_true(VALID("\xDF\xBF"));                 /* U+07FF */
	assert_true(VALID("\xE0\xA0\x80"));             /* U+0800, first three-byte */
	assert_true(VALID("\xED\x9F\xBF"));             /* U+D7FF, just below surrogates */
	assert_true(VALID("\xEE\x80\x80"));             /* U+E000, just above */
	assert_true(VALID("\xEF\xBF\xBF"));             /* U+FFFF */
	assert_true(VALID("\xF0\x90\x80\x80"));         /* U+10000 */
	assert_true(VALID("\xF0\x9F\x98\x80"));         /* U+1F600 */
	assert_true(VALID("\xF4\x8F\xBF\xBF"));         /* U+10FFFF, the last */
	/* A NUL inside the counted range is a valid character. */
	assert_true(utf8_valid("a\0b", 3));

	assert_false(VALID("\xC3"));                    /* truncated */
	assert_false(VALID("\xE2\x82"));                /* truncated € */
	assert_false(VALID("\xF0\x9F\x98"));            /* truncated */
	assert_false(VALID("a\xC3"));                   /* truncated at the end */
	assert_false(VALID("\xC3" "a"));                /* continuation missing */
	assert_false(VALID("\x80"));                    /* lone continuation */
	assert_false(VALID("\xBF"));
	assert_false(VALID("\xC0\xAF"));                /* overlong '/' */
	assert_false(VALID("\xC1\xBF"));                /* overlong U+007F */
	assert_false(VALID("\xE0\x80\xAF"));            /* overlong '/' */
	assert_false(VALID("\xE0\x9F\xBF"));            /* overlong U+07FF */
	assert_false(VALID("\xF0\x80\x80\xAF"));        /* overlong '/' */
	assert_false(VALID("\xF0\x8F\xBF\xBF"));        /* overlong U+FFFF */
	assert_false(VALID("\xED\xA0\x80"));            /* U+D800 */
	assert_false(VALID("\xED\xBF\xBF"));            /* U+DFFF */
	assert_false(VALID("\xF4\x90\x80\x80"));        /* U+110000 */
	assert_false(VALID("\xF5\x80\x80\x80"));
	assert_false(VALID("\xF8\x88\x80\x80\x80"));    /* five-byte form */
	assert_false(VALID("\xFE"));
	assert_false(VALID("\xFF"));
	assert_false(VALID("\x86"));                    /* CP437 å */
	assert_false(VALID("\xE5"));                    /* Latin-1 å */
	/* Only the counted bytes are looked at. */
	assert_true(utf8_valid("ok\xC3", 2));
}

static void test_utf8_len(void **state)
{
	(void)state;
	assert_int_equal(utf8_len("", 0), 0);
	assert_int_equal(utf8_len("abc", 3), 3);
	assert_int_equal(utf8_len("åäö", strlen("åäö")), 3);
	assert_int_equal(utf8_len("Ånge samordningsförbund", strlen("Ånge samordningsförbund")), 23);
	assert_int_equal(utf8_len("€", 3), 1);
	assert_int_equal(utf8_len("\xF0\x9F\x98\x80" "x", 5), 2);
}

static void test_cp437_letters(void **state)
{
	struct buf u;

	(void)state;
	buf_init(&u);
	cp437_to_utf8(&u, "\x86\x84\x94\x8F\x8E\x99\x81\x82\xE1\xFF", 10);
	assert_string_equal(u.s, "åäöÅÄÖüéß\xC2\xA0");
	buf_reset(&u);
	/* One byte from each row of the upper half, against the code page. */
	cp437_to_utf8(&u, "\x80\x9B\x9E\x9F\xA8\xA9\xAB\xB0\xB3\xC5\xCD\xDB\xE0\xE3\xE6\xEC\xF1\xF8\xFB\xFE", 20);
	assert_string_equal(u.s, "Ç¢₧ƒ¿⌐½░│┼═█απµ∞±°√■");
	buf_reset(&u);
	cp437_to_utf8(&u, "Ume\x86 kommun, G\x84vle", 18);
	assert_string_equal(u.s, "Umeå kommun, Gävle");
	assert_int_equal(u.len, strlen("Umeå kommun, Gävle"));
	buf_reset(&u);
	cp437_to_utf8(&u, "", 0);
	assert_string_equal(u.s, "");
	assert_int_equal(u.len, 0);
	buf_release(&u);
}

/* The upper half of code page 437 as printed in the IBM PC manuals, sixteen
 * characters a row from 0x80; the last one is the no-break space. */
static const char cp437_upper[] =
	"ÇüéâäàåçêëèïîìÄÅ"
	"ÉæÆôöòûùÿÖÜ¢£¥₧ƒ"
	"áíóúñÑªº¿⌐¬½¼¡«»"
	"░▒▓│┤╡╢╖╕╣║╗╝╜╛┐"
	"└┴┬├─┼╞╟╚╔╩╦╠═╬╧"
	"╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀"
	"αßΓπΣσµτΦΘΩδ∞φε∩"
	"≡±≥≤⌠⌡÷≈°∙·√ⁿ²■\xC2\xA0";

static void test_cp437_table(void **state)
{
	struct buf u, back;
	char upper[128];
	int i;

	(void)state;
	buf_init(&u);
	buf_init(&back);
	for (i = 0; i < 128; i++)
		upper[i] = (char)(0x80 + i);
	cp437_to_utf8(&u, upper, 128);
	assert_int_equal(utf8_len(cp437_upper, sizeof(cp437_upper) - 1), 128);
	assert_string_equal(u.s, cp437_upper);
	assert_int_equal(utf8_to_cp437(&back, cp437_upper, sizeof(cp437_upper) - 1), 0);
	assert_int_equal(back.len, 128);
	assert_memory_equal(back.s, upper, 128);
	buf_release(&u);
	buf_release(&back);
}

static void test_cp437_round_trip(void **state)
{
	struct buf u, back;
	char all[256];
	int i;

	(void)state;
	buf_init(&u);
	buf_init(&back);
	for (i = 0; i < 256; i++)
		all[i] = (char)i;
	/* ASCII, NUL and control bytes included, goes through unchanged. */
	cp437_to_utf8(&u, all, 128);
	assert_int_equal(u.len, 128);
	assert_memory_equal(u.s, all, 128);
	buf_reset(&u);
	/* Each upper byte is one character of two or three bytes. */
	for (i = 128; i < 256; i++) {
		char one = (char)i;

		buf_reset(&u);
		cp437_to_utf8(&u, &one, 1);
		assert_true(u.len == 2 || u.len == 3);
		assert_true(utf8_valid(u.s, u.len));
		assert_int_equal(utf8_len(u.s, u.len), 1);
		buf_reset(&back);
		assert_int_equal(utf8_to_cp437(&back, u.s, u.len), 0);
		assert_int_equal(back.len, 1);
		assert_int_equal((unsigned char)back.s[0], i);
	}
	/* And all 256 at once. */
	buf_reset(&u);
	buf_reset(&back);
	cp437_to_utf8(&u, all, 256);
	assert_true(utf8_valid(u.s, u.len));
	assert_int_equal(utf8_len(u.s, u.len), 256);
	assert_int_equal(utf8_to_cp437(&back, u.s, u.len), 0);
	assert_int_equal(back.len, 256);
	assert_memory_equal(back.s, all, 256);
	buf_release(&u);
	buf_release(&back);
}

static void test_utf8_to_cp437(void **state)
{
	struct buf b;

	(void)state;
	buf_init(&b);
	assert_int_equal(utf8_to_cp437(&b, "Umeå, Gävle, Örebro", strlen("Umeå, Gävle, Örebro")), 0);
	assert_string_equal(b.s, "Ume\x86, G\x84vle, \x99rebro");
	buf_reset(&b);
	/* No CP437 form: '?' in its place, the rest converted, -1. */
	assert_int_equal(utf8_to_cp437(&b, "€uro", strlen("€uro")), -1);
	assert_string_equal(b.s, "?uro");
	buf_reset(&b);
	assert_int_equal(utf8_to_cp437(&b, "å\xF0\x9F\x98\x80ö", 8), -1);
	assert_string_equal(b.s, "\x86?\x94");
	buf_reset(&b);
	/* Invalid UTF-8: each bad byte becomes '?'. */
	assert_int_equal(utf8_to_cp437(&b, "a\xC3z", 3), -1);
	assert_string_equal(b.s, "a?z");
	buf_reset(&b);
	assert_int_equal(utf8_to_cp437(&b, "\xED\xA0\x80", 3), -1);
	assert_string_equal(b.s, "???");
	buf_reset(&b);
	/* Appends to what is there. */
	buf_adds(&b, "#FNAMN ");
	assert_int_equal(utf8_to_cp437(&b, "Å", 2), 0);
	assert_string_equal(b.s, "#FNAMN \x8F");
	buf_release(&b);
}

static void test_cp1252(void **state)
{
	struct buf u;
	char all[128];
	int i;

	(void)state;
	buf_init(&u);
	cp1252_to_utf8(&u, "\xE5\xE4\xF6\xC5\xC4\xD6 \x80", 8);
	assert_string_equal(u.s, "åäöÅÄÖ €");
	buf_reset(&u);
	cp1252_to_utf8(&u, "\x82\x84\x85\x8A\x8C\x8E\x91\x92\x93\x94\x96\x97\x99\x9A\x9C\x9E\x9F", 17);
	assert_string_equal(u.s, "‚„…ŠŒŽ‘’“”–—™šœžŸ");
	buf_reset(&u);
	/* The five bytes Windows-1252 leaves undefined. */
	cp1252_to_utf8(&u, "\x81\x8D\x8F\x90\x9D", 5);
	assert_string_equal(u.s, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
	buf_reset(&u);
	cp1252_to_utf8(&u, "\xA0\xA9\xB0\xBD\xDF\xE9\xFF", 7);
	assert_string_equal(u.s, "\xC2\xA0©°½ßéÿ");
	buf_reset(&u);
	for (i = 0; i < 128; i++)
		all[i] = (char)i;
	cp1252_to_utf8(&u, all, 128);
	assert_int_equal(u.len, 128);
	assert_memory_equal(u.s, all, 128);
	buf_reset(&u);
	/* Every byte gives exactly one valid character. */
	for (i = 0; i < 256; i++) {
		char one = (char)i;

		buf_reset(&u);
		cp1252_to_utf8(&u, &one, 1);
		assert_true(utf8_valid(u.s, u.len));
		assert_int_equal(utf8_len(u.s, u.len), 1);
	}
	buf_release(&u);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_utf8_len),
		cmocka_unit_test(test_cp437_letters),
		cmocka_unit_test(test_cp437_table),
		cmocka_unit_test(test_cp437_round_trip),
		cmocka_unit_test(test_utf8_to_cp437),
		cmocka_unit_test(test_cp1252),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
