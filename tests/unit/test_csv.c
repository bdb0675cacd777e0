/*
 * test_csv.c: the CSV reader: separators, quoting, line breaks inside
 * quotes, encodings, empty rows, header lookup and the errors.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cmocka.h>

#include "base/csv_field.h"
#include "base/err.h"
#include "import/csv.h"

static FILE *mem(const char *text, size_t len)
{
	FILE *f = fmemopen((void *)text, len, "rb");

	assert_non_null(f);
	return f;
}

static void test_semicolon_and_quotes(void **state)
{
	static const char text[] = "\xEF\xBB\xBFÅr;Typ; Rad ;Belopp\r\n"
				   "2022;kostnad;\"Förbundschef 0,45; del\";-355 000\r\n"
				   "\r\n"
				   ";;;\r\n"
				   "2022;\"intäkt\";\"Säger \"\"hej\"\"\növer två rader\";1\n"
				   "2023;kostnad;sista";
	FILE *f = mem(text, sizeof(text) - 1);
	struct err err;
	struct csv_reader *r = csv_open(f, "b.csv", &err);
	struct csv_row row;

	(void)state;
	assert_non_null(r);
	assert_int_equal(csv_separator(r), ';');
	assert_int_equal(csv_header(r)->n, 4);
	assert_int_equal(csv_column(r, "år"), 0);
	assert_int_equal(csv_column(r, "ÅR"), 0);
	assert_int_equal(csv_column(r, "rad"), 2);
	assert_int_equal(csv_column(r, "konton"), -1);
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_int_equal(row.line, 2);
	assert_int_equal(row.n, 4);
	assert_string_equal(row.fields[2], "Förbundschef 0,45; del");
	assert_string_equal(row.fields[3], "-355 000");
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_int_equal(row.line, 5);
	assert_string_equal(row.fields[1], "intäkt");
	assert_string_equal(row.fields[2], "Säger \"hej\"\növer två rader");
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_int_equal(row.line, 7);
	assert_int_equal(row.n, 3);
	assert_string_equal(row.fields[2], "sista");
	assert_int_equal(csv_next(r, &row, &err), 0);
	assert_int_equal(csv_is_cp1252(r), 0);
	csv_close(r);
	fclose(f);
}

static void test_comma_cp1252(void **state)
{
	static const char text[] = "\xE5r,typ,rad\r\n2023,kostnad,\"Processledare 0,25 \xE5rsarbete\"\r\n";
	FILE *f = mem(text, sizeof(text) - 1);
	struct err err;
	struct csv_reader *r = csv_open(f, "c.csv", &err);
	struct csv_row row;

	(void)state;
	assert_non_null(r);
	assert_int_equal(csv_separator(r), ',');
	assert_int_equal(csv_column(r, "år"), 0);
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_string_equal(row.fields[2], "Processledare 0,25 årsarbete");
	assert_int_equal(csv_is_cp1252(r), 1);
	csv_close(r);
	fclose(f);
}

static void test_errors(void **state)
{
	static const char unclosed[] = "a;b\n1;\"öppet\n2;3\n";
	static const char after[] = "a;b\n1;\"x\"y\n";
	static const char mixed[] = "a;b\n1;\xC3\xA5\n2;\xE5\n";
	struct err err;
	struct csv_reader *r;
	struct csv_row row;
	FILE *f;

	(void)state;
	f = mem("", 0);
	assert_null(csv_open(f, "tom.csv", &err));
	assert_non_null(strstr(err.msg, "filen är tom"));
	fclose(f);

	f = mem(unclosed, sizeof(unclosed) - 1);
	r = csv_open(f, "u.csv", &err);
	assert_int_equal(csv_next(r, &row, &err), -1);
	assert_non_null(strstr(err.msg, "u.csv, rad 2: citattecknet"));
	csv_close(r);
	fclose(f);

	f = mem(after, sizeof(after) - 1);
	r = csv_open(f, "a.csv", &err);
	assert_int_equal(csv_next(r, &row, &err), -1);
	assert_non_null(strstr(err.msg, "rad 2: text efter ett avslutande citattecken"));
	csv_close(r);
	fclose(f);

	f = mem(mixed, sizeof(mixed) - 1);
	r = csv_open(f, "m.csv", &err);
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_string_equal(row.fields[1], "å");
	assert_int_equal(csv_next(r, &row, &err), -1);
	assert_non_null(strstr(err.msg, "rad 3: raden är inte giltig UTF-8"));
	csv_close(r);
	fclose(f);
	csv_close(NULL);
}

/* A NUL byte is refused with its line, inside quotes as outside (where
 * it would otherwise end the field in silence). */
static void test_nul(void **state)
{
	static const char quoted[] = "a;b\n1;2\n3;\"fö\0re\"\n";
	static const char plain[] = "a;b\n1;x\0y\n";
	const char *texts[] = { quoted, plain };
	const size_t lens[] = { sizeof(quoted) - 1, sizeof(plain) - 1 };
	const long lines[] = { 3, 2 };
	struct err err;
	struct csv_row row;
	size_t i;

	(void)state;
	for (i = 0; i < 2; i++) {
		FILE *f = mem(texts[i], lens[i]);
		struct csv_reader *r = csv_open(f, "n.csv", &err);
		char want[64];

		assert_non_null(r);
		while (csv_next(r, &row, &err) > 0)
			;
		snprintf(want, sizeof(want), "rad %ld: filen innehåller en NUL-byte", lines[i]);
		assert_non_null(strstr(err.msg, want));
		csv_close(r);
		fclose(f);
	}
}

/* Quotation marks after the start of an unquoted field are its text;
 * after blanks only, they open a quoted field. */
static void test_quote_inside(void **state)
{
	static const char text[] = "a;b;c\nx\"\"\"y;  \"q;r\";\t\"\"\n";
	FILE *f = mem(text, sizeof(text) - 1);
	struct err err;
	struct csv_reader *r = csv_open(f, "q.csv", &err);
	struct csv_row row;

	(void)state;
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_int_equal(row.n, 3);
	assert_string_equal(row.fields[0], "x\"\"\"y");
	assert_string_equal(row.fields[1], "q;r");
	assert_string_equal(row.fields[2], "");
	csv_close(r);
	fclose(f);
}

/* The writer guards texts a spreadsheet would run as formulas, leaves
 * numbers alone, and the reader gives back exactly what was written. */
static void test_write_guard_round_trip(void **state)
{
	static const char *const texts[] = { "=SUMMA(A1:A9)", "+46 70", "-varav lön", "@import", "\tflik",
					     "'=redan", "Vanlig; text", "Säger \"hej\"", "=a;b" };
	char *out = NULL;
	size_t len = 0, i, n = sizeof(texts) / sizeof(texts[0]);
	FILE *w = open_memstream(&out, &len);
	struct err err;
	struct csv_reader *r;
	struct csv_row row;
	FILE *f;

	(void)state;
	assert_non_null(w);
	for (i = 0; i < n; i++)
		csv_write_field(w, "h", i == 0, 0);
	fputs("\r\n", w);
	for (i = 0; i < n; i++)
		csv_write_field(w, texts[i], i == 0, 1);
	csv_write_field(w, "-355000,00", 0, 0);
	fputs("\r\n", w);
	fclose(w);
	assert_non_null(strstr(out, "\r\n'=SUMMA(A1:A9);'+46 70;'-varav lön;'@import;'\tflik;''=redan;"));
	assert_non_null(strstr(out, ";\"'=a;b\";-355000,00\r\n"));
	f = mem(out, len);
	r = csv_open(f, "g.csv", &err);
	assert_non_null(r);
	assert_int_equal(csv_next(r, &row, &err), 1);
	assert_int_equal(row.n, n + 1);
	for (i = 0; i < n; i++)
		assert_string_equal(row.fields[i], texts[i]);
	assert_string_equal(row.fields[n], "-355000,00");
	csv_close(r);
	fclose(f);
	free(out);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_semicolon_and_quotes),
		cmocka_unit_test(test_comma_cp1252),
		cmocka_unit_test(test_errors),
		cmocka_unit_test(test_nul),
		cmocka_unit_test(test_quote_inside),
		cmocka_unit_test(test_write_guard_round_trip),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
