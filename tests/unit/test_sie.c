/*
 * test_sie.c: the SIE 4 reader and writer. Fixtures in tests/data/sie are
 * small files written for these tests (in CP437 and UTF-8, with CRLF and
 * LF); the real exports from six accounting programs are read when the
 * shared test data is present. Every expected value here was worked out
 * from the fixture text by hand.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "import/sie.h"

#define FIXTURE(name) TEST_DATA_DIR "/sie/" name
#define REAL(name) SHARED_TESTDATA_DIR "/sie/" name

/* --- collecting records --------------------------------------------------- */

struct recs {
	struct sie_record *v;
	size_t n, cap;
	long warnings;
	char warning[ERR_MSG_MAX];  /* the last one */
	long warn_line;
	int stop_at;                /* a label whose record the callback refuses, or -1 */
	int bad_at;                 /* a label whose records the callback finds bad, or -1 */
	long errors;                /* handed to on_error */
	long error_line[8], error_col[8];
	char error[8][256];         /* the first eight, with where they lie */
	const char *name;           /* the file's name in messages */
};

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static int collect(void *ctx, const struct sie_record *r, struct err *err)
{
	struct recs *rs = ctx;
	struct sie_record *c;

	if ((int)r->label == rs->stop_at)
		return err_set(err, "stopp vid %s på rad %ld",
			       sie_label_name(r->label), r->line);
	if ((int)r->label == rs->bad_at) {
		err_set_at(err, "t.se", r->line, 0, "fel %s", sie_label_name(r->label));
		return SIE_BAD_RECORD;
	}
	if (rs->n == rs->cap)
		rs->v = xgrow(rs->v, sizeof *rs->v, rs->n + 1, &rs->cap);
	c = &rs->v[rs->n++];
	*c = *r;
	c->account = dup_or_null(r->account);
	c->code = dup_or_null(r->code);
	c->name = dup_or_null(r->name);
	c->version = dup_or_null(r->version);
	c->text = dup_or_null(r->text);
	c->text2 = dup_or_null(r->text2);
	c->text3 = dup_or_null(r->text3);
	c->sign = dup_or_null(r->sign);
	c->objects = dup_or_null(r->objects);
	c->quantity = dup_or_null(r->quantity);
	return 0;
}

static void on_warn(void *ctx, long line, const char *msg)
{
	struct recs *rs = ctx;

	rs->warnings++;
	rs->warn_line = line;
	snprintf(rs->warning, sizeof rs->warning, "%s", msg);
}

static void on_error(void *ctx, long line, long col, const char *msg)
{
	struct recs *rs = ctx;

	char where[128];

	/* what is wrong comes without where: err_where puts it back as the
	 * reader's message has it */
	err_where(where, sizeof where, rs->name, line, col);
	if (rs->errors < 8) {
		rs->error_line[rs->errors] = line;
		rs->error_col[rs->errors] = col;
		snprintf(rs->error[rs->errors], sizeof rs->error[0], "%s%s", where, msg);
	}
	rs->errors++;
}

static void recs_init(struct recs *rs)
{
	memset(rs, 0, sizeof *rs);
	rs->stop_at = -1;
	rs->bad_at = -1;
	rs->name = "t.se";
}

static void recs_free(struct recs *rs)
{
	size_t i;

	for (i = 0; i < rs->n; i++) {
		struct sie_record *c = &rs->v[i];

		free((void *)c->account);
		free((void *)c->code);
		free((void *)c->name);
		free((void *)c->version);
		free((void *)c->text);
		free((void *)c->text2);
		free((void *)c->text3);
		free((void *)c->sign);
		free((void *)c->objects);
		free((void *)c->quantity);
	}
	free(rs->v);
	recs_init(rs);
}

static int read_path(const char *path, const char *name, struct recs *rs,
		     struct sie_stats *st, struct err *err)
{
	FILE *f = fopen(path, "rb");
	int rc;

	assert_non_null(f);
	rs->name = name;
	rc = sie_read(f, name, collect, on_warn, on_error, rs, st, err);
	fclose(f);
	return rc;
}

/* Reads n bytes of text as the file "t.se". */
static int read_mem(const char *text, size_t n, struct recs *rs,
		    struct sie_stats *st, struct err *err)
{
	FILE *f = fmemopen((void *)text, n, "rb");
	int rc;

	assert_non_null(f);
	rs->name = "t.se";
	rc = sie_read(f, "t.se", collect, on_warn, on_error, rs, st, err);
	fclose(f);
	return rc;
}

static int read_str(const char *text, struct recs *rs, struct sie_stats *st,
		    struct err *err)
{
	return read_mem(text, strlen(text), rs, st, err);
}

static int file_exists(const char *path)
{
	struct stat sb;

	return stat(path, &sb) == 0;
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *s;
	long n;

	assert_non_null(f);
	assert_int_equal(fseek(f, 0, SEEK_END), 0);
	n = ftell(f);
	assert_true(n >= 0);
	rewind(f);
	s = xmalloc((size_t)n + 1);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	s[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return s;
}

/* --- comparing records ---------------------------------------------------- */

static void assert_date(struct date d, int y, int m, int day)
{
	assert_int_equal(d.y, y);
	assert_int_equal(d.m, m);
	assert_int_equal(d.d, day);
}

/* Fails naming the record and field when got differs from want. */
static void same_str(size_t i, const char *field, const char *got,
		     const char *want)
{
	if (!got && !want)
		return;
	if (!got || !want || strcmp(got, want) != 0)
		fail_msg("record %zu, %s: got '%s', want '%s'", i, field,
			 got ? got : "(NULL)", want ? want : "(NULL)");
}

static void same_int(size_t i, const char *field, long long got,
		     long long want)
{
	if (got != want)
		fail_msg("record %zu, %s: got %lld, want %lld", i, field, got,
			 want);
}

enum {
	SAME_EXACT = 0,
	/* what a write and a read back may change: the line numbers, the
	 * #KSUMMA value (the writer computes its own), and an object list
	 * the file left out, which the writer writes as {} */
	SAME_AFTER_WRITE = 1
};

/* Equal in every field, but for what how allows. i names the record in a
 * failure. */
static void assert_same_record(size_t i, const struct sie_record *a,
			       const struct sie_record *b, int how)
{
	int with_line = how == SAME_EXACT;
	int with_checksum = how == SAME_EXACT ||
			    !(a->label == SIE_KSUMMA && a->has_checksum);
	const char *objects = a->objects;

	if (how == SAME_AFTER_WRITE && !objects && b->objects &&
	    !b->objects[0])
		objects = b->objects;
	same_int(i, "label", a->label, b->label);
	if (with_line)
		same_int(i, "line", a->line, b->line);
	same_int(i, "flag", a->flag, b->flag);
	same_int(i, "number", a->number, b->number);
	same_int(i, "parent", a->parent, b->parent);
	same_int(i, "period", a->period, b->period);
	same_str(i, "account", a->account, b->account);
	same_str(i, "code", a->code, b->code);
	same_str(i, "name", a->name, b->name);
	same_str(i, "version", a->version, b->version);
	same_str(i, "text", a->text, b->text);
	same_str(i, "text2", a->text2, b->text2);
	same_str(i, "text3", a->text3, b->text3);
	same_str(i, "sign", a->sign, b->sign);
	same_str(i, "objects", objects, b->objects);
	same_str(i, "quantity", a->quantity, b->quantity);
	same_int(i, "date", date_cmp(a->date, b->date), 0);
	same_int(i, "date2", date_cmp(a->date2, b->date2), 0);
	same_int(i, "amount", a->amount, b->amount);
	same_int(i, "has_checksum", a->has_checksum, b->has_checksum);
	if (with_checksum)
		same_int(i, "checksum", a->checksum, b->checksum);
	same_int(i, "orgnr_part", a->orgnr_part, b->orgnr_part);
}

/* --- label names ---------------------------------------------------------- */

static void test_label_names(void **state)
{
	(void)state;
	assert_string_equal(sie_label_name(SIE_FLAGGA), "#FLAGGA");
	assert_string_equal(sie_label_name(SIE_UNDERDIM), "#UNDERDIM");
	assert_string_equal(sie_label_name(SIE_PBUDGET), "#PBUDGET");
	assert_string_equal(sie_label_name(SIE_BTRANS), "#BTRANS");
	assert_string_equal(sie_label_name(SIE_VER_END), "}");
	assert_string_equal(sie_label_name(SIE_KSUMMA), "#KSUMMA");
	assert_string_equal(sie_label_name(SIE__MAX), "?");
}

/* --- every label ---------------------------------------------------------- */

/* all-labels-utf8.se and all-labels-cp437.se hold the same 40 lines. */
static void check_all_labels(const struct recs *rs)
{
	const struct sie_record *v = rs->v;

	assert_int_equal(rs->n, 37);

	assert_int_equal(v[0].label, SIE_FLAGGA);
	assert_int_equal(v[0].line, 1);
	assert_int_equal(v[0].flag, 1);

	assert_int_equal(v[1].label, SIE_FORMAT);
	assert_string_equal(v[1].code, "PC8");

	assert_int_equal(v[2].label, SIE_SIETYP);
	assert_int_equal(v[2].number, 4);

	assert_int_equal(v[3].label, SIE_PROGRAM);
	assert_string_equal(v[3].name, "Bokföring Ö");
	assert_string_equal(v[3].version, "3.2");

	assert_int_equal(v[4].label, SIE_GEN);
	assert_date(v[4].date, 2025, 1, 10);
	assert_string_equal(v[4].sign, "Åsa Öberg");

	/* line 6, #PROSA, is skipped */
	assert_int_equal(v[5].label, SIE_FNR);
	assert_int_equal(v[5].line, 7);
	assert_string_equal(v[5].code, "FB-1");

	assert_int_equal(v[6].label, SIE_ORGNR);
	assert_string_equal(v[6].code, "222000-1990");
	assert_int_equal(v[6].orgnr_part, 2);

	assert_int_equal(v[7].label, SIE_ADRESS);
	assert_string_equal(v[7].name, "Anna Ärlig");
	assert_string_equal(v[7].text, "Storgatan 1");
	assert_string_equal(v[7].text2, "831 30 Östersund");
	assert_string_equal(v[7].text3, "063-12 34 56");

	assert_int_equal(v[8].label, SIE_FNAMN);
	assert_string_equal(v[8].name, "Samordningsförbundet Åre");

	assert_int_equal(v[9].label, SIE_RAR);
	assert_int_equal(v[9].number, 0);
	assert_date(v[9].date, 2024, 1, 1);
	assert_date(v[9].date2, 2024, 12, 31);
	assert_int_equal(v[10].label, SIE_RAR);
	assert_int_equal(v[10].number, -1);
	assert_date(v[10].date, 2023, 1, 1);
	assert_date(v[10].date2, 2023, 12, 31);

	assert_int_equal(v[11].label, SIE_TAXAR);
	assert_int_equal(v[11].number, 2025);
	assert_int_equal(v[12].label, SIE_KPTYP);
	assert_string_equal(v[12].code, "BAS2024");
	assert_int_equal(v[13].label, SIE_VALUTA);
	assert_string_equal(v[13].code, "SEK");

	assert_int_equal(v[14].label, SIE_KONTO);
	assert_int_equal(v[14].line, 16);
	assert_string_equal(v[14].account, "1930");
	assert_string_equal(v[14].name, "Företagskonto");
	assert_int_equal(v[15].label, SIE_KONTO);
	assert_string_equal(v[15].account, "3010");
	assert_string_equal(v[15].name, "Bidrag");

	assert_int_equal(v[16].label, SIE_KTYP);
	assert_string_equal(v[16].account, "1930");
	assert_string_equal(v[16].code, "T");
	assert_int_equal(v[17].label, SIE_ENHET);
	assert_string_equal(v[17].account, "3010");
	assert_string_equal(v[17].code, "st");
	assert_int_equal(v[18].label, SIE_SRU);
	assert_string_equal(v[18].account, "1930");
	assert_string_equal(v[18].code, "7281");

	assert_int_equal(v[19].label, SIE_DIM);
	assert_int_equal(v[19].number, 1);
	assert_string_equal(v[19].name, "Kostnadsställe");
	assert_int_equal(v[20].label, SIE_UNDERDIM);
	assert_int_equal(v[20].number, 21);
	assert_string_equal(v[20].name, "Delprojekt");
	assert_int_equal(v[20].parent, 6);
	assert_int_equal(v[21].label, SIE_OBJEKT);
	assert_int_equal(v[21].number, 1);
	assert_string_equal(v[21].code, "10");
	assert_string_equal(v[21].name, "Kansli äö");

	assert_int_equal(v[22].label, SIE_IB);
	assert_int_equal(v[22].number, 0);
	assert_string_equal(v[22].account, "1930");
	assert_true(v[22].amount == 100050);
	assert_string_equal(v[22].quantity, "3");
	assert_null(v[22].objects);
	assert_int_equal(v[23].label, SIE_UB);
	assert_true(v[23].amount == -25025);
	assert_null(v[23].quantity);

	assert_int_equal(v[24].label, SIE_OIB);
	assert_string_equal(v[24].objects, "1 \"10\"");
	assert_true(v[24].amount == 50000);
	assert_int_equal(v[25].label, SIE_OUB);
	assert_int_equal(v[25].number, -1);
	assert_string_equal(v[25].objects, "");
	assert_true(v[25].amount == 1200);

	assert_int_equal(v[26].label, SIE_RES);
	assert_string_equal(v[26].account, "3010");
	assert_true(v[26].amount == -146800000);

	assert_int_equal(v[27].label, SIE_PSALDO);
	assert_int_equal(v[27].number, 0);
	assert_int_equal(v[27].period, 202401);
	assert_string_equal(v[27].account, "3010");
	assert_string_equal(v[27].objects, "1 \"10\" 6 \"P 20\"");
	assert_true(v[27].amount == -10000);
	assert_string_equal(v[27].quantity, "2.5");
	assert_int_equal(v[28].label, SIE_PBUDGET);
	assert_int_equal(v[28].period, 202412);
	assert_string_equal(v[28].objects, "");
	assert_true(v[28].amount == -20000);
	assert_null(v[28].quantity);

	assert_int_equal(v[29].label, SIE_VER);
	assert_int_equal(v[29].line, 31);
	assert_string_equal(v[29].code, "A");
	assert_string_equal(v[29].version, "17");
	assert_date(v[29].date, 2024, 1, 15);
	assert_string_equal(v[29].text, "Hyra för januari");
	assert_date(v[29].date2, 2024, 1, 16);
	assert_string_equal(v[29].sign, "ÅÄÖ åäö");

	assert_int_equal(v[30].label, SIE_TRANS);
	assert_int_equal(v[30].line, 33);
	assert_string_equal(v[30].account, "5010");
	assert_string_equal(v[30].objects, "1 \"10\"");
	assert_true(v[30].amount == 120000);
	assert_date(v[30].date, 2024, 1, 15);
	assert_string_equal(v[30].text, "Hyra \"kontor\"");
	assert_string_equal(v[30].quantity, "1");
	assert_string_equal(v[30].sign, "Åke");

	assert_int_equal(v[31].label, SIE_TRANS);
	assert_string_equal(v[31].account, "1930");
	assert_string_equal(v[31].objects, "");
	assert_true(v[31].amount == -120000);
	assert_false(date_is_set(v[31].date));
	assert_null(v[31].text);
	assert_null(v[31].quantity);
	assert_null(v[31].sign);

	assert_int_equal(v[32].label, SIE_VER_END);
	assert_int_equal(v[32].line, 35);

	assert_int_equal(v[33].label, SIE_VER);
	assert_int_equal(v[33].line, 36);
	assert_string_equal(v[33].code, "");
	assert_string_equal(v[33].version, "");
	assert_date(v[33].date, 2024, 1, 20);
	assert_null(v[33].text);
	assert_false(date_is_set(v[33].date2));
	assert_null(v[33].sign);
	assert_true(v[34].amount == 50);
	assert_true(v[35].amount == -50);
	assert_int_equal(v[36].label, SIE_VER_END);
	assert_int_equal(v[36].line, 40);
}

static void test_all_labels_utf8(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_path(FIXTURE("all-labels-utf8.se"), "a.se", &rs,
				   &st, &err), 0);
	check_all_labels(&rs);
	assert_int_equal(st.lines, 40);
	assert_int_equal(st.verifications, 2);
	assert_int_equal(st.transactions, 4);
	assert_int_equal(st.balances, 7);
	assert_int_equal(st.warnings, 0);
	assert_int_equal(st.encoding_utf8, 1);
	assert_int_equal(st.ksumma_verified, 0);
	recs_free(&rs);
}

/* The same text in CP437 with CRLF gives the same UTF-8 records. */
static void test_all_labels_cp437(void **state)
{
	struct recs a, b;
	struct sie_stats st;
	struct err err = { .msg = "" };
	size_t i;

	(void)state;
	recs_init(&a);
	recs_init(&b);
	assert_int_equal(read_path(FIXTURE("all-labels-cp437.se"), "a.se", &a,
				   &st, &err), 0);
	assert_int_equal(st.encoding_utf8, 0);
	assert_int_equal(st.lines, 40);
	check_all_labels(&a);
	assert_int_equal(read_path(FIXTURE("all-labels-utf8.se"), "a.se", &b,
				   NULL, &err), 0);
	assert_int_equal(a.n, b.n);
	for (i = 0; i < a.n; i++)
		assert_same_record(i, &a.v[i], &b.v[i], SAME_EXACT);
	recs_free(&a);
	recs_free(&b);
}

/* --- syntax --------------------------------------------------------------- */

static void test_object_lists(void **state)
{
	static const char *const want[] = {
		"1 \"10\" 6 \"20\"",      /* {1 "10" 6 "20"} */
		"",                       /* {} */
		"",                       /* { } */
		"1 \"10\"",               /* {1 10}: unquoted code */
		"1 \"2\" 10 \"12\"",      /* TABs inside, as Mamut writes */
		"1 \"1010\"",             /* { "1" "1010"}: quoted dimension */
		"6 \"P 20\" 1 \"a\\\"b\"",/* a quote inside a code */
		"1 \"x\\\\y\"",           /* {01 "x\\y"}: zero dropped, backslash */
	};
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	size_t i;

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_path(FIXTURE("objects.se"), "o.se", &rs, &st, &err), 0);
	assert_int_equal(rs.n, 13);
	assert_int_equal(rs.v[1].label, SIE_VER);
	assert_string_equal(rs.v[1].text, "Objekt");
	for (i = 0; i < 8; i++) {
		assert_int_equal(rs.v[2 + i].label, SIE_TRANS);
		assert_int_equal(rs.v[2 + i].line, (long)(4 + i));
		assert_string_equal(rs.v[2 + i].objects, want[i]);
		assert_true(rs.v[2 + i].amount == (int64_t)(i + 1) * 100);
	}
	/* a #TRANS without an object list: the fields after it move up */
	assert_null(rs.v[10].objects);
	assert_true(rs.v[10].amount == -900);
	assert_date(rs.v[10].date, 2024, 1, 1);
	assert_string_equal(rs.v[10].text, "utan objektlista");
	assert_true(rs.v[11].amount == -2700);
	assert_int_equal(rs.v[12].label, SIE_VER_END);
	assert_int_equal(st.transactions, 10);
	recs_free(&rs);
}

static void test_quoting_and_blanks(void **state)
{
	static const char text[] =
		"\n"
		"  #FLAGGA\t0   \n"
		"\t\n"
		"#FNAMN \"Hyra \\\"kontor\\\" a\\\\b\"\n"
		"#FNR \"C:\\Bok\\F\xc3\xb6retag\\\"\n"
		"#KONTO 1930 \"\"\n"
		"#KONTO \"1940\" Bank\"konto\n"
		"#ADRESS \"\" \"Box 1\"\t\t\"\"\n"
		"#VER A 1 20240101 \"Rad\" {\n"
		"#TRANS 1930 {} 0\n"
		"}\n";
	struct recs rs;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_str(text, &rs, NULL, &err), 0);
	assert_int_equal(rs.n, 9);
	assert_int_equal(rs.v[0].label, SIE_FLAGGA);
	assert_int_equal(rs.v[0].line, 2);
	assert_string_equal(rs.v[1].name, "Hyra \"kontor\" a\\b");
	/* a path ending in a backslash, not escaped, as some programs write */
	assert_string_equal(rs.v[2].code, "C:\\Bok\\Företag\\");
	/* "" for an optional name is as if it were not there */
	assert_string_equal(rs.v[3].account, "1930");
	assert_null(rs.v[3].name);
	/* a quote inside an unquoted field is part of it */
	assert_string_equal(rs.v[4].account, "1940");
	assert_string_equal(rs.v[4].name, "Bank\"konto");
	assert_null(rs.v[5].name);
	assert_string_equal(rs.v[5].text, "Box 1");
	assert_null(rs.v[5].text2);
	assert_null(rs.v[5].text3);
	/* '{' at the end of the #VER line opens the block as well */
	assert_int_equal(rs.v[6].label, SIE_VER);
	assert_string_equal(rs.v[6].text, "Rad");
	assert_int_equal(rs.v[7].label, SIE_TRANS);
	assert_int_equal(rs.v[8].label, SIE_VER_END);
	recs_free(&rs);
}

/* --- line ends ----------------------------------------------------------- */

/* The same file with each line end as LF, CRLF or CR alone (old Mac), or
 * mixed: the same records on the same lines. */
static void test_line_ends(void **state)
{
	static const char *const lines[] = {
		"#FLAGGA 0", "#SIETYP 4", "#FNAMN \"Prov\"", "#KONTO 1930 Bank",
		"#VER A 1 20240105 \"Hyra\"", "{", "#TRANS 1930 {} -100", "#TRANS 5010 {} 100", "}",
	};
	static const char *const ends[][3] = {
		{ "\n", "\n", "\n" }, { "\r\n", "\r\n", "\r\n" }, { "\r", "\r", "\r" }, { "\r", "\n", "\r\n" },
	};
	size_t n = sizeof(lines) / sizeof(lines[0]), i, e;

	(void)state;
	for (e = 0; e < sizeof(ends) / sizeof(ends[0]); e++) {
		struct recs rs;
		struct sie_stats st;
		struct err err = { .msg = "" };
		struct buf b;

		buf_init(&b);
		for (i = 0; i < n; i++) {
			buf_adds(&b, lines[i]);
			buf_adds(&b, ends[e][i % 3]);
		}
		recs_init(&rs);
		if (read_mem(b.s, b.len, &rs, &st, &err) != 0)
			fail_msg("line ends %zu: %s", e, err.msg);
		assert_int_equal(st.lines, (long)n);
		assert_int_equal(st.verifications, 1);
		assert_int_equal(st.transactions, 2);
		assert_int_equal(st.warnings, 0);
		assert_int_equal(rs.n, 8);
		assert_string_equal(rs.v[2].name, "Prov");
		assert_string_equal(rs.v[3].name, "Bank");
		assert_int_equal(rs.v[4].label, SIE_VER);
		assert_int_equal(rs.v[4].line, 5);
		assert_int_equal(rs.v[6].label, SIE_TRANS);
		assert_int_equal(rs.v[6].line, 8);
		recs_free(&rs);
		buf_release(&b);
	}
}

/* A CRLF split between two reads of the reader (64 KiB) is one line end,
 * and a CR alone at the end of a read is one too. */
static void test_line_end_across_reads(void **state)
{
	static const char *const crs[] = { "\r\n", "\r" };
	size_t k;

	(void)state;
	for (k = 0; k < 2; k++) {
		const char *end = crs[k];
		struct recs rs;
		struct sie_stats st;
		struct err err = { .msg = "" };
		struct buf b;
		long n = 1;

		buf_init(&b);
		buf_adds(&b, "#FLAGGA 0");
		buf_adds(&b, end);
		while (b.len + 40 < 64 * 1024) {
			buf_adds(&b, "#KONTO 1930 Bank");
			buf_adds(&b, end);
			n++;
		}
		/* A name that puts the line's CR at the read's last byte. */
		buf_adds(&b, "#KONTO 1940 ");
		while (b.len < 64 * 1024 - 1)
			buf_addc(&b, 'B');
		buf_adds(&b, end);
		assert_int_equal(b.s[64 * 1024 - 1], '\r');
		buf_adds(&b, "#KONTO 1950 Sista");
		buf_adds(&b, end);
		n += 2;
		recs_init(&rs);
		if (read_mem(b.s, b.len, &rs, &st, &err) != 0)
			fail_msg("%s", err.msg);
		assert_int_equal(st.lines, n);
		assert_int_equal(rs.n, (size_t)n);
		assert_int_equal(rs.v[n - 2].name[0], 'B');
		assert_string_equal(rs.v[n - 1].account, "1950");
		assert_string_equal(rs.v[n - 1].name, "Sista");
		assert_int_equal(rs.v[n - 1].line, n);
		recs_free(&rs);
		buf_release(&b);
	}
}

/* --- #RTRANS and #BTRANS -------------------------------------------------- */

static void test_rtrans_btrans(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	const struct sie_record *v;

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_path(FIXTURE("rtrans.se"), "r.se", &rs, &st, &err), 0);
	v = rs.v;
	assert_int_equal(rs.n, 17);
	assert_int_equal(st.verifications, 3);
	assert_int_equal(st.transactions, 11);
	assert_int_equal(st.encoding_utf8, 0);

	assert_int_equal(v[0].label, SIE_VER);
	assert_string_equal(v[0].text, "Rättelse");
	assert_int_equal(v[1].label, SIE_BTRANS);
	assert_true(v[1].amount == -100000);
	assert_date(v[1].date, 2024, 3, 1);
	assert_null(v[1].text);
	assert_null(v[1].quantity);
	assert_string_equal(v[1].sign, "Åsa");
	assert_int_equal(v[2].label, SIE_RTRANS);
	assert_true(v[2].amount == -90000);
	/* the #TRANS on line 5 repeats the #RTRANS: not handed over */
	assert_int_equal(v[3].label, SIE_BTRANS);
	assert_int_equal(v[3].line, 6);
	assert_int_equal(v[4].label, SIE_RTRANS);
	assert_int_equal(v[4].line, 7);
	assert_string_equal(v[4].objects, "1 \"10\"");
	assert_int_equal(v[5].label, SIE_VER_END);
	assert_int_equal(v[5].line, 9);

	/* other objects: not a repeat, counted */
	assert_int_equal(v[7].label, SIE_RTRANS);
	assert_int_equal(v[8].label, SIE_TRANS);
	assert_int_equal(v[8].line, 13);
	assert_string_equal(v[8].objects, "");
	assert_int_equal(v[9].label, SIE_TRANS);
	assert_true(v[9].amount == -20000);

	/* the same account and amount, but not right after: counted */
	assert_int_equal(v[12].label, SIE_RTRANS);
	assert_int_equal(v[13].label, SIE_TRANS);
	assert_int_equal(v[14].label, SIE_TRANS);
	assert_int_equal(v[14].line, 20);
	assert_true(v[14].amount == 5000);
	assert_int_equal(v[16].label, SIE_VER_END);
	recs_free(&rs);
}

static void test_btrans_not_counted(void **state)
{
	struct recs rs;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	/* without the #BTRANS the verification does not balance */
	assert_int_equal(read_str("#VER A 1 20240101\n{\n#TRANS 1930 {} 100\n"
				  "#BTRANS 3010 {} -100\n}\n", &rs, NULL, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 1, kolumn 1: verifikation A 1 "
			    "balanserar inte: summa 100,00");
	recs_free(&rs);
	/* the repeated #TRANS is counted once, through its #RTRANS */
	assert_int_equal(read_str("#VER A 2 20240101\n{\n#RTRANS 1930 {} 100\n"
				  "#TRANS 1930 {} 100\n#TRANS 3010 {} -100\n}\n",
				  &rs, NULL, &err), 0);
	assert_int_equal(rs.n, 4);
	recs_free(&rs);
}

/* --- #KSUMMA -------------------------------------------------------------- */

static void test_ksumma(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	char *text;
	size_t len;

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_path(FIXTURE("ksumma.se"), "k.se", &rs, &st, &err), 0);
	assert_int_equal(st.ksumma_verified, 1);
	assert_int_equal(rs.n, 10);
	assert_int_equal(rs.v[1].label, SIE_KSUMMA);
	assert_int_equal(rs.v[1].line, 2);
	assert_int_equal(rs.v[1].has_checksum, 0);
	assert_int_equal(rs.v[9].label, SIE_KSUMMA);
	assert_int_equal(rs.v[9].line, 11);
	assert_int_equal(rs.v[9].has_checksum, 1);
	assert_int_equal(rs.v[9].checksum, 2333738056u);
	assert_string_equal(rs.v[3].name, "Förbund Å");
	recs_free(&rs);

	/* one letter changed inside the checked part */
	text = slurp(FIXTURE("ksumma.se"), &len);
	memcpy(strstr(text, "Bank"), "Bunk", 4);
	assert_int_equal(read_mem(text, len, &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 11, kolumn 9: kontrollsumman "
			    "stämmer inte: filen anger 2333738056, beräknad "
			    "3710004648");
	assert_int_equal(st.ksumma_verified, 0);
	recs_free(&rs);

	/* the file cut before the closing #KSUMMA */
	assert_int_equal(read_mem(text, (size_t)(strstr(text, "#KSUMMA 2") - text),
				  &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 10: filen slutar utan den "
			    "avslutande #KSUMMA som rad 2 utlovar (är filen "
			    "avkortad?)");
	recs_free(&rs);
	free(text);
}

static void test_ksumma_signed_and_alone(void **state)
{
	static const char head[] = "#KSUMMA\r\n#PROGRAM \"Test\" 1.0\r\n"
		"#FNAMN \"F\x94rbund \x8f\"\r\n#KONTO 1930 Bank\r\n"
		"#VER \"A\" 1 20240101 \"\x99\"\r\n{\r\n"
		"#TRANS 1930 {1 \"10\"} 10.00\r\n#TRANS 3010 {} -10.00\r\n}\r\n";
	char text[512];
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	/* 2333738056 - 2^32: some programs print the checksum signed */
	snprintf(text, sizeof text, "%s#KSUMMA -1961229240\r\n", head);
	assert_int_equal(read_str(text, &rs, &st, &err), 0);
	assert_int_equal(st.ksumma_verified, 1);
	assert_int_equal(rs.v[rs.n - 1].checksum, 2333738056u);
	recs_free(&rs);

	/* a closing value without an opening #KSUMMA cannot be checked */
	assert_int_equal(read_str("#FLAGGA 0\n#KSUMMA 12345\n", &rs, &st, &err), 0);
	assert_int_equal(st.ksumma_verified, 0);
	assert_int_equal(st.warnings, 1);
	assert_string_equal(rs.warning, "t.se, rad 2, kolumn 1: #KSUMMA utan "
			    "inledande #KSUMMA kan inte kontrolleras");
	assert_int_equal(rs.v[1].label, SIE_KSUMMA);
	assert_int_equal(rs.v[1].has_checksum, 1);
	assert_int_equal(rs.v[1].checksum, 12345);
	recs_free(&rs);

	assert_int_equal(read_str("#KSUMMA\n#KSUMMA x\n", &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 2, kolumn 9: kan inte tolka "
			    "kontrollsumman 'x'");
	recs_free(&rs);
}

/* --- encodings ------------------------------------------------------------ */

static void test_encodings(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	/* a byte order mark means UTF-8 */
	assert_int_equal(read_str("\xEF\xBB\xBF#FNAMN \"\xC3\x85re\"\n", &rs, &st,
				  &err), 0);
	assert_int_equal(st.encoding_utf8, 1);
	assert_string_equal(rs.v[0].name, "Åre");
	recs_free(&rs);

	/* decided at the first line with a high byte: then a later line that
	 * is not UTF-8 is an error */
	assert_int_equal(read_str("#FLAGGA 0\n#FNAMN \"\xC3\x85re\"\n"
				  "#KONTO 1930 \"F\x94retag\"\n", &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 3: raden är inte giltig UTF-8, "
			    "fast filen lästs som UTF-8 sedan rad 2");
	recs_free(&rs);

	/* CP437 once decided: later bytes that happen to be valid UTF-8 are
	 * still CP437 (0xC3 is U+251C, 0xA5 is U+00D1) */
	assert_int_equal(read_str("#FNAMN \"\x94\"\n#KONTO 1930 \"\xC3\xA5\"\n",
				  &rs, &st, &err), 0);
	assert_int_equal(st.encoding_utf8, 0);
	assert_string_equal(rs.v[0].name, "ö");
	assert_string_equal(rs.v[1].name, "\xE2\x94\x9C\xC3\x91");
	recs_free(&rs);

	/* all six letters from CP437 */
	assert_int_equal(read_str("#FNAMN \"\x86\x84\x94\x8f\x8e\x99\"\n", &rs, &st,
				  &err), 0);
	assert_string_equal(rs.v[0].name, "åäöÅÄÖ");
	recs_free(&rs);

	/* columns count characters, not bytes */
	assert_int_equal(read_str("#FNAMN \"\xC3\x85re\"\n#PSALDO 0 202401 3010 "
				  "{1 \"\xC3\x96\"} 12,5\n", &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 2, kolumn 31: kan inte tolka "
			    "beloppet '12,5'");
	recs_free(&rs);
	assert_int_equal(read_str("#PSALDO 0 202401 3010 {1 \"\x99\"} 12,5\n", &rs,
				  &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 1, kolumn 31: kan inte tolka "
			    "beloppet '12,5'");
	recs_free(&rs);
}

/* --- errors --------------------------------------------------------------- */

struct bad_case {
	const char *text;
	const char *msg;
};

static void test_malformed(void **state)
{
	static const struct bad_case cases[] = {
		{ "#VER A 1 20240101\n{\n#TRANS 1930 {} 12,50\n#TRANS 3010 {} -12.50\n}\n",
		  "t.se, rad 3, kolumn 16: kan inte tolka beloppet '12,50'" },
		{ "#IB 0 1930 1.005\n",
		  "t.se, rad 1, kolumn 12: kan inte tolka beloppet '1.005'" },
		{ "#GEN 20240230\n",
		  "t.se, rad 1, kolumn 6: ogiltigt datum '20240230'" },
		{ "#RAR 0 2024-01-01 20241231\n",
		  "t.se, rad 1, kolumn 8: ogiltigt datum '2024-01-01'" },
		{ "#VER A 1 20241301\n{\n}\n",
		  "t.se, rad 1, kolumn 10: ogiltigt datum '20241301'" },
		/* The forms people write in the web's forms are not SIE. */
		{ "#VER A 1 20/11/2024\n{\n}\n",
		  "t.se, rad 1, kolumn 10: ogiltigt datum '20/11/2024'" },
		{ "#IB 0 1930 \"1,9 Mkr\"\n",
		  "t.se, rad 1, kolumn 12: kan inte tolka beloppet '1,9 Mkr'" },
		{ "#IB 0 1930 \"250 tkr\"\n",
		  "t.se, rad 1, kolumn 12: kan inte tolka beloppet '250 tkr'" },
		{ "#IB x 1930 100\n",
		  "t.se, rad 1, kolumn 5: ogiltigt årsnummer 'x'" },
		{ "#RES 0.5 3010 100\n",
		  "t.se, rad 1, kolumn 6: ogiltigt årsnummer '0.5'" },
		{ "#KONTO\n",
		  "t.se, rad 1, kolumn 7: #KONTO saknar kontonummer" },
		{ "#KONTO 19A0 Bank\n",
		  "t.se, rad 1, kolumn 8: ogiltigt kontonummer '19A0': får bara "
		  "innehålla siffror" },
		{ "#SRU 123456789012345678901 7201\n",
		  "t.se, rad 1, kolumn 6: ogiltigt kontonummer "
		  "'123456789012345678901': längre än 20 siffror" },
		{ "#UB 0 1930\n",
		  "t.se, rad 1, kolumn 11: #UB saknar belopp" },
		{ "#VER A 1\n",
		  "t.se, rad 1, kolumn 9: #VER saknar datum" },
		{ "#FNAMN \"Förbund\n",
		  "t.se, rad 1, kolumn 8: citattecknet avslutas aldrig" },
		{ "#OIB 0 1930 {1 \"10\" 500\n",
		  "t.se, rad 1, kolumn 13: objektlistan avslutas aldrig med '}'" },
		{ "#VER A 1 20240101\n{\n#TRANS 1930 {\n}\n",
		  "t.se, rad 3, kolumn 13: objektlistan avslutas aldrig med '}'" },
		{ "#OIB 0 1930 {1 \"10\" 6} 5\n",
		  "t.se, rad 1, kolumn 13: objektlistan saknar objektkod efter "
		  "dimension 6" },
		{ "#OIB 0 1930 {x \"10\"} 5\n",
		  "t.se, rad 1, kolumn 14: ogiltigt dimensionsnummer 'x' i "
		  "objektlistan" },
		{ "#KONTO 1930 {1 \"2\"}\n",
		  "t.se, rad 1, kolumn 13: #KONTO: väntade kontonamn men fann en "
		  "objektlista" },
		{ "#TRANS 1930 {} 1.00\n",
		  "t.se, rad 1, kolumn 1: #TRANS utanför en verifikation" },
		{ "#FLAGGA 0\n  #RTRANS 1930 {} 1.00\n",
		  "t.se, rad 2, kolumn 3: #RTRANS utanför en verifikation" },
		{ "#VER A 17 20240101\n{\n#TRANS 1930 {} 1.00\n#TRANS 3010 {} -0.50\n}\n",
		  "t.se, rad 1, kolumn 1: verifikation A 17 balanserar inte: summa 0,50" },
		{ "#VER \"\" 17 20240101\n{\n#TRANS 1930 {} -1000\n}\n",
		  "t.se, rad 1, kolumn 1: verifikation 17 balanserar inte: "
		  "summa -1 000,00" },
		{ "#VER A 1 20240101\n{\n#VER A 2 20240102\n{\n}\n",
		  "t.se, rad 3, kolumn 1: ny #VER innan verifikation A 1 (rad 1) "
		  "avslutats med '}'" },
		{ "#VER A 1 20240101\n{\n#KONTO 1930 Bank\n",
		  "t.se, rad 3, kolumn 1: #KONTO kan inte stå inne i en "
		  "verifikation (saknas '}' efter verifikation A 1 på rad 1?)" },
		{ "#VER A 1 20240101\n{\n#TRANS 1930 {} 0\n",
		  "t.se, rad 1, kolumn 1: verifikation A 1 avslutas aldrig med '}'" },
		{ "#VER A 1 20240101\n#TRANS 1930 {} 0\n",
		  "t.se, rad 2, kolumn 1: väntade '{' efter #VER på rad 1" },
		{ "#FLAGGA 0\nhej\n",
		  "t.se, rad 2, kolumn 1: raden börjar inte med en etikett "
		  "(som #VER eller #TRANS)" },
		{ "}\n",
		  "t.se, rad 1, kolumn 1: '}' utan en öppen verifikation" },
		{ "{\n",
		  "t.se, rad 1, kolumn 1: '{' utan en #VER före" },
		{ "#VER A 1 20240101\n{ x\n",
		  "t.se, rad 2, kolumn 3: oväntad text efter '{'" },
		{ "#SIETYP 5\n",
		  "t.se, rad 1, kolumn 9: SIE-typ 5 kan inte läsas (bara typ 1 till 4)" },
		{ "#FLAGGA 2\n",
		  "t.se, rad 1, kolumn 9: ogiltig flagga '2'" },
		{ "#PSALDO 0 202413 3010 {} 1\n",
		  "t.se, rad 1, kolumn 11: ogiltig period '202413' (väntade ååååmm)" },
		{ "#IB 0 1930 5 1,5\n",
		  "t.se, rad 1, kolumn 14: kan inte tolka kvantiteten '1,5'" },
		{ "#DIM 0 Noll\n",
		  "t.se, rad 1, kolumn 6: ogiltigt dimensionsnummer '0'" },
		{ "#KSUMMA\n#KSUMMA\n",
		  "t.se, rad 2, kolumn 1: inledande #KSUMMA en andra gång "
		  "(första på rad 1)" },
	};
	struct recs rs;
	struct err err;
	size_t i;

	(void)state;
	recs_init(&rs);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		memset(&err, 0, sizeof err);
		if (read_str(cases[i].text, &rs, NULL, &err) != -1)
			fail_msg("case %zu read without error: %s", i, cases[i].text);
		if (strcmp(err.msg, cases[i].msg) != 0)
			fail_msg("case %zu:\n got  %s\n want %s", i, err.msg,
				 cases[i].msg);
		/* one error, and the callback had it as it is */
		if (rs.errors != 1 || strcmp(rs.error[0], cases[i].msg) != 0)
			fail_msg("case %zu: %ld errors handed on, the first '%s'",
				 i, rs.errors, rs.error[0]);
		recs_free(&rs);
	}
}

static void test_nul_and_long_lines(void **state)
{
	static const char nul[] = "#FNAMN \"a\0b\"\n";
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	FILE *f;
	size_t i;

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_mem(nul, sizeof nul - 1, &rs, NULL, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 1, kolumn 10: raden innehåller "
			    "ett NUL-tecken");
	recs_free(&rs);

	/* exactly 1 MiB is read; one byte more is not */
	f = tmpfile();
	assert_non_null(f);
	fputs("#FLAGGA 0\n#PROSA \"", f);
	for (i = 0; i < 1024 * 1024 - 9; i++)
		fputc('x', f);
	fputs("\"\n#FNAMN \"", f);
	for (i = 0; i < 1024 * 1024 - 8; i++)
		fputc('y', f);
	fputs("\"\n", f);
	rewind(f);
	assert_int_equal(sie_read(f, "t.se", collect, on_warn, on_error, &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 3: raden är längre än 1 MiB");
	assert_int_equal(rs.n, 1);
	assert_int_equal(st.lines, 2);
	fclose(f);
	recs_free(&rs);
}

static void test_unknown_label_warns(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	FILE *f;

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_str("#FLAGGA 0\n#FOO 1 {2 \"x\"}\n#PROSA \"x\"\n"
				  "#OMFATTN 20241231\n#BKOD 1234\n#FTYP AB\n"
				  "#VER A 1 20240101\n{\n#BAR\n#TRANS 1930 {} 0\n}\n",
				  &rs, &st, &err), 0);
	assert_int_equal(st.warnings, 2);
	assert_int_equal(rs.warnings, 2);
	assert_int_equal(rs.warn_line, 9);
	assert_string_equal(rs.warning, "t.se, rad 9, kolumn 1: okänd etikett "
			    "#BAR hoppas över");
	assert_int_equal(rs.n, 4);
	assert_int_equal(rs.v[1].label, SIE_VER);
	assert_int_equal(rs.v[2].label, SIE_TRANS);
	recs_free(&rs);

	/* without on_warn the warning is still counted */
	f = fmemopen((void *)"#FOO\n", 5, "rb");
	assert_non_null(f);
	assert_int_equal(sie_read(f, "t.se", NULL, NULL, NULL, NULL, &st, &err), 0);
	assert_int_equal(st.warnings, 1);
	fclose(f);
}

static void test_callback_error_passed_on(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	rs.stop_at = SIE_KONTO;
	assert_int_equal(read_str("#FLAGGA 0\n#FNAMN \"F\"\n#KONTO 1930 Bank\n"
				  "#KONTO 1940 Bank\n", &rs, &st, &err), -1);
	assert_string_equal(err.msg, "stopp vid #KONTO på rad 3");
	assert_int_equal(rs.n, 2);
	assert_int_equal(st.lines, 3);
	recs_free(&rs);
}

/* --- every error, not only the first -------------------------------------- */

/* How many records with label l rs holds. */
static size_t count_label(const struct recs *rs, enum sie_label l)
{
	size_t i, n = 0;

	for (i = 0; i < rs->n; i++)
		n += rs->v[i].label == l;
	return n;
}

static void test_every_error(void **state)
{
	static const char text[] =
		"#FLAGGA 0\n"                              /* 1 */
		"#RAR 0 20240101 20241231\n"               /* 2 */
		"#KONTO 1930 Bank\n"                       /* 3 */
		"#VER A 1 20241301 \"Fel datum\"\n"        /* 4: a bad date */
		"{\n"
		"#TRANS 1930 {} 100\n"
		"#TRANS 3010 {} -1,00\n"                   /* 7: passed over */
		"}\n"
		"#VER A 2 20240105 \"Obalanserad\"\n"      /* 9: unbalanced */
		"{\n"
		"#TRANS 1930 {} 100\n"
		"#TRANS 3010 {} -90\n"
		"}\n"
		"hej hopp\n"                               /* 14: garbled */
		"#VER A 3 20240110\n"                      /* 15 */
		"{\n"
		"#TRANS 1930 {} 50\n"
		"#TRANS 3010 {} -50\n"
		"}\n"
		"#KONTO 3010 \"Intäkter\"\n";               /* 20 */
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	assert_int_equal(read_str(text, &rs, &st, &err), -1);
	assert_int_equal(st.errors, 3);
	assert_int_equal(rs.errors, 3);
	assert_int_equal(rs.error_line[0], 4);
	assert_int_equal(rs.error_col[0], 10);
	assert_string_equal(rs.error[0], "t.se, rad 4, kolumn 10: ogiltigt datum '20241301'");
	assert_int_equal(rs.error_line[1], 9);
	assert_string_equal(rs.error[1], "t.se, rad 9, kolumn 1: verifikation A 2 "
			    "balanserar inte: summa 10,00");
	assert_int_equal(rs.error_line[2], 14);
	assert_string_equal(rs.error[2], "t.se, rad 14, kolumn 1: raden börjar inte "
			    "med en etikett (som #VER eller #TRANS)");
	assert_string_equal(err.msg, "3 fel i t.se; ingenting lästes in:\n"
			    "  t.se, rad 4, kolumn 10: ogiltigt datum '20241301'\n"
			    "  t.se, rad 9, kolumn 1: verifikation A 2 balanserar inte: "
			    "summa 10,00\n"
			    "  t.se, rad 14, kolumn 1: raden börjar inte med en etikett "
			    "(som #VER eller #TRANS)");
	/* the records after them were read: #VER A 3 whole, the last #KONTO;
	 * of A 1 nothing, so its second #TRANS was no error of its own */
	assert_int_equal(count_label(&rs, SIE_VER), 2);
	assert_int_equal(rs.v[rs.n - 1].label, SIE_KONTO);
	assert_int_equal(rs.v[rs.n - 1].line, 20);
	assert_int_equal(rs.v[rs.n - 2].label, SIE_VER_END);
	assert_int_equal(rs.v[rs.n - 2].line, 19);
	assert_int_equal(st.lines, 20);
	recs_free(&rs);

	/* a bad transaction: its #VER passed over to its '}', the records
	 * after it still checked */
	assert_int_equal(read_str("#VER A 1 20240101\n{\n#TRANS 1930 {} 1,00\n"
				  "#TRANS 3010 {} 12,50\n}\n#IB 0 1930 x\n"
				  "#VER A 2 20240101\n{\n#TRANS 1930 {} 1.00\n}\n",
				  &rs, &st, &err), -1);
	assert_int_equal(rs.errors, 3);
	assert_string_equal(rs.error[0], "t.se, rad 3, kolumn 16: kan inte tolka "
			    "beloppet '1,00'");
	assert_string_equal(rs.error[1], "t.se, rad 6, kolumn 12: kan inte tolka "
			    "beloppet 'x'");
	assert_string_equal(rs.error[2], "t.se, rad 7, kolumn 1: verifikation A 2 "
			    "balanserar inte: summa 1,00");
	recs_free(&rs);

	/* a missing '}': the open #VER reported, the next one read as its own */
	assert_int_equal(read_str("#VER A 1 20240101\n{\n#TRANS 1930 {} 0\n"
				  "#VER A 2 20240102\n{\n#TRANS 1930 {} 5\n}\n"
				  "#VER A 3 20240101\n{\n#KONTO 1930 Bank\n", &rs, &st, &err), -1);
	assert_int_equal(rs.errors, 3);
	assert_int_equal(rs.error_line[0], 4);
	assert_int_equal(rs.error_line[1], 4);
	assert_string_equal(rs.error[1], "t.se, rad 4, kolumn 1: verifikation A 2 "
			    "balanserar inte: summa 5,00");
	assert_string_equal(rs.error[2], "t.se, rad 10, kolumn 1: #KONTO kan inte "
			    "stå inne i en verifikation (saknas '}' efter "
			    "verifikation A 3 på rad 8?)");
	assert_int_equal(rs.v[rs.n - 1].label, SIE_KONTO);
	recs_free(&rs);

	/* a record the callback finds bad: one error, the rest of its #VER
	 * passed over, the reading goes on */
	rs.bad_at = SIE_TRANS;
	assert_int_equal(read_str("#VER A 1 20240101\n{\n#TRANS 1930 {} 1\n"
				  "#TRANS 3010 {} -1\n}\n#KONTO 1930 Bank\n",
				  &rs, &st, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 3: fel #TRANS");
	assert_int_equal(rs.errors, 1);
	assert_int_equal(rs.error_line[0], 3);
	assert_int_equal(rs.error_col[0], 0);
	assert_int_equal(rs.n, 2);
	assert_int_equal(rs.v[1].label, SIE_KONTO);
	recs_free(&rs);
}

static void test_errors_that_end_reading(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };

	(void)state;
	recs_init(&rs);
	/* not SIE at all: one error, not one a line */
	assert_int_equal(read_str("datum;belopp\n2024-01-01;100\n2024-01-02;200\n",
				  &rs, &st, &err), -1);
	assert_int_equal(st.errors, 1);
	assert_int_equal(st.lines, 1);
	assert_string_equal(err.msg, "t.se, rad 1, kolumn 1: raden börjar inte med "
			    "en etikett (som #VER eller #TRANS)");
	recs_free(&rs);

	/* the encoding broken: what follows is not read */
	assert_int_equal(read_str("#FNAMN \"\xC3\x85re\"\n#KONTO 1930 \"F\x94\"\n"
				  "#IB 0 1930 x\n", &rs, &st, &err), -1);
	assert_int_equal(st.errors, 1);
	assert_int_equal(st.lines, 2);
	recs_free(&rs);

	/* a #RAR that cannot be read: the balances after it mean nothing */
	assert_int_equal(read_str("#RAR 0 2024-01-01 20241231\n#IB 0 1930 x\n",
				  &rs, &st, &err), -1);
	assert_int_equal(st.errors, 1);
	assert_int_equal(st.lines, 1);
	assert_string_equal(err.msg, "t.se, rad 1, kolumn 8: ogiltigt datum "
			    "'2024-01-01'");
	recs_free(&rs);

	/* after an error the #KSUMMA is not compared (lines were passed over) */
	assert_int_equal(read_str("#KSUMMA\n#KONTO 1930 Bank\n#IB 0 1930 x\n"
				  "#KSUMMA 1\n", &rs, &st, &err), -1);
	assert_int_equal(st.errors, 1);
	assert_int_equal(st.ksumma_verified, 0);
	assert_string_equal(err.msg, "t.se, rad 3, kolumn 12: kan inte tolka "
			    "beloppet 'x'");
	recs_free(&rs);
}

static void test_many_errors(void **state)
{
	struct buf text;
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	int i;

	(void)state;
	buf_init(&text);
	for (i = 1; i <= 30; i++)
		buf_addf(&text, "#KONTO 1930 Bank\n#IB 0 1930 %dx\n", i);
	recs_init(&rs);
	assert_int_equal(read_str(text.s, &rs, &st, &err), -1);
	assert_int_equal(st.errors, 30);
	assert_int_equal(rs.errors, 30);
	assert_int_equal(rs.error_line[7], 16);
	assert_int_equal(count_label(&rs, SIE_KONTO), 30);
	/* the summary and the first errors, as many as the message holds */
	assert_non_null(strstr(err.msg, "30 fel i t.se; ingenting lästes in:\n"
			       "  t.se, rad 2, kolumn 12: kan inte tolka beloppet '1x'\n"
			       "  t.se, rad 4, kolumn 12: kan inte tolka beloppet '2x'\n"));
	assert_true(strlen(err.msg) < ERR_MSG_MAX - 1);
	assert_string_equal(err.msg + strlen(err.msg) - 6, "\n  ...");
	recs_free(&rs);
	buf_release(&text);
}

/* --- the real files ------------------------------------------------------- */

struct real_case {
	const char *file;
	int type;
	long ver, trans, balances, lines;
	int ksumma;
};

static void test_real_files(void **state)
{
	/* counted with grep: #VER lines, and #TRANS + #RTRANS + #BTRANS less
	 * the #TRANS lines that repeat the #RTRANS above them (6 in BL) */
	static const struct real_case cases[] = {
		{ "fortnox-bokforing-2.0.0-sie4.si", 4, 165, 869, 96, 1912, 0 },
		{ "bl-administration-2011-sie4e.se", 4, 84, 408, 185, 1129, 0 },
		{ "visma-administration-2022-sie4e-underdim.se", 4, 295, 1330, 223,
		  4082, 0 },
		{ "norstedts-bokslut-2011-sie4e-ksumma.se", 4, 177, 678, 241, 1819, 1 },
		{ "mamut-enterprise-14-sie4e.se", 4, 168, 458, 50, 2715, 0 },
		{ "softone-xe-sie3-objects.se", 3, 0, 0, 4774, 5831, 0 },
	};
	char path[512];
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	size_t i, k;

	(void)state;
	if (!file_exists(SHARED_TESTDATA_DIR "/sie"))
		skip();
	recs_init(&rs);
	for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		snprintf(path, sizeof path, "%s/sie/%s", SHARED_TESTDATA_DIR,
			 cases[i].file);
		if (read_path(path, cases[i].file, &rs, &st, &err) != 0)
			fail_msg("%s: %s", cases[i].file, err.msg);
		for (k = 0; k < rs.n && rs.v[k].label != SIE_SIETYP; k++)
			;
		assert_true(k < rs.n);
		assert_int_equal(rs.v[k].number, cases[i].type);
		assert_int_equal(st.verifications, cases[i].ver);
		assert_int_equal(st.transactions, cases[i].trans);
		assert_int_equal(st.balances, cases[i].balances);
		assert_int_equal(st.lines, cases[i].lines);
		assert_int_equal(st.ksumma_verified, cases[i].ksumma);
		assert_int_equal(st.warnings, 0);
		assert_int_equal(st.encoding_utf8, 0);
		recs_free(&rs);
	}
}

static void test_real_details(void **state)
{
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	size_t i, n = 0;

	(void)state;
	if (!file_exists(SHARED_TESTDATA_DIR "/sie"))
		skip();
	recs_init(&rs);
	/* Visma: #UNDERDIM, an unquoted name with å, backslashes in #FNR.
	 * That path alone holds a Windows-1252 ö (0xF6), which CP437 reads
	 * as ÷: the reader keeps to the file's encoding, byte for byte. */
	assert_int_equal(read_path(REAL("visma-administration-2022-sie4e-underdim.se"),
				   "v.se", &rs, &st, &err), 0);
	assert_int_equal(rs.v[0].label, SIE_FLAGGA);
	assert_int_equal(rs.v[0].flag, 1);
	for (i = 0; i < rs.n; i++) {
		const struct sie_record *r = &rs.v[i];

		if (r->label == SIE_UNDERDIM) {
			assert_int_equal(r->number, 61);
			assert_string_equal(r->name, "Kubernetesdrift");
			assert_int_equal(r->parent, 6);
			n++;
		}
		if (r->label == SIE_FNR) {
			assert_string_equal(r->code, "C:\\ProgramData\\SPCS\\SPCS "
					    "Administration\\F÷retag\\Ovnbol2000");
			n++;
		}
		if (r->label == SIE_KONTO && strcmp(r->account, "1060") == 0) {
			assert_string_equal(r->name, "Hyresrätt");
			n++;
		}
	}
	assert_int_equal(n, 3);
	recs_free(&rs);

	/* Mamut: TABs inside object lists */
	assert_int_equal(read_path(REAL("mamut-enterprise-14-sie4e.se"), "m.se",
				   &rs, &st, &err), 0);
	for (i = 0; i < rs.n; i++)
		if (rs.v[i].label == SIE_TRANS)
			break;
	assert_true(i < rs.n);
	assert_string_equal(rs.v[i].account, "3051");
	assert_string_equal(rs.v[i].objects, "1 \"2\" 10 \"12\"");
	assert_true(rs.v[i].amount == -30105000);
	assert_string_equal(rs.v[i - 1].code, "1");
	assert_string_equal(rs.v[i - 1].version, "1");
	recs_free(&rs);
}

/* The Norstedts file with one pair of amounts changed (so that it still
 * balances) no longer matches its #KSUMMA. */
static void test_real_ksumma_tampered(void **state)
{
	static const char from[] = "17240    20090701";
	struct recs rs;
	struct err err = { .msg = "" };
	char *text, *p;
	size_t len;
	int changed = 0;

	(void)state;
	if (!file_exists(SHARED_TESTDATA_DIR "/sie"))
		skip();
	recs_init(&rs);
	text = slurp(REAL("norstedts-bokslut-2011-sie4e-ksumma.se"), &len);
	for (p = text; (p = strstr(p, from)) != NULL; p += sizeof from - 1) {
		p[4] = '1';
		changed++;
	}
	assert_int_equal(changed, 2);
	assert_int_equal(read_mem(text, len, &rs, NULL, &err), -1);
	assert_string_equal(err.msg, "t.se, rad 1819, kolumn 10: kontrollsumman "
			    "stämmer inte: filen anger 854227682, beräknad "
			    "941050976");
	free(text);
	recs_free(&rs);
}

/* --- the writer ----------------------------------------------------------- */

/* Writes records to memory; the text, with its length in *len, is the
 * caller's to free. */
static char *write_all(const struct sie_record *v, size_t n, size_t *len,
		       int *rc, struct err *err)
{
	char *out = NULL;
	size_t size = 0, i;
	FILE *f = open_memstream(&out, &size);
	struct sie_writer *w;

	assert_non_null(f);
	w = sie_writer_new(f);
	*rc = 0;
	for (i = 0; i < n && *rc == 0; i++)
		*rc = sie_write(w, &v[i], err);
	if (sie_writer_free(w, err) != 0)
		*rc = -1;
	fclose(f);
	*len = size;
	return out;
}

static void test_writer_output(void **state)
{
	struct sie_record v[12];
	static const char want[] =
		"#FLAGGA 0\r\n"
		"#FORMAT PC8\r\n"
		"#PROGRAM \"finsam\" 0.1\r\n"
		"#FNR \"FB 1\"\r\n"
		"#KONTO 1930 \"F\x94retagskonto\"\r\n"
		"#KONTO 3010 \"\"\r\n"
		"#OIB 0 1930 {1 \"10\" 6 \"a\\\"b\"} 500.00\r\n"
		"#VER \"A\" \"17\" 20240115 \"Hyra \\\"kontor\\\" C:\\\\\"\r\n"
		"{\r\n"
		"#TRANS 1930 {1 \"10\"} -1200.00 \"\" \"\" \"\" \"\x8f" "ke\"\r\n"
		"#TRANS 5010 {} 1200.00 20240115 \"rad ett rad tv\x86\"\r\n"
		"}\r\n"
		"#VER \"\" \"\" 20240116\r\n"
		"{\r\n";
	struct err err = { .msg = "" };
	char *out;
	size_t len;
	int rc;

	(void)state;
	memset(v, 0, sizeof v);
	v[0].label = SIE_FLAGGA;
	v[1].label = SIE_FORMAT;
	v[2].label = SIE_PROGRAM;
	v[2].name = "finsam";
	v[2].version = "0.1";
	v[3].label = SIE_FNR;
	v[3].code = "FB 1";
	v[4].label = SIE_KONTO;
	v[4].account = "1930";
	v[4].name = "Företagskonto";
	v[5].label = SIE_KONTO;
	v[5].account = "3010";
	v[5].name = "";
	v[6].label = SIE_OIB;
	v[6].account = "1930";
	v[6].objects = "1 \"10\" 6 \"a\\\"b\"";
	v[6].amount = 50000;
	v[7].label = SIE_VER;
	v[7].code = "A";
	v[7].version = "17";
	v[7].date = (struct date){ 2024, 1, 15 };
	v[7].text = "Hyra \"kontor\" C:\\";
	v[8].label = SIE_TRANS;
	v[8].account = "1930";
	v[8].objects = "1 \"10\"";
	v[8].amount = -120000;
	v[8].sign = "Åke";
	v[9].label = SIE_TRANS;
	v[9].account = "5010";
	v[9].amount = 120000;
	v[9].date = (struct date){ 2024, 1, 15 };
	v[9].text = "rad ett\nrad två";
	v[10].label = SIE_VER_END;
	v[11].label = SIE_VER;
	v[11].code = "";
	v[11].date = (struct date){ 2024, 1, 16 };
	out = write_all(v, 12, &len, &rc, &err);
	assert_int_equal(rc, 0);
	assert_int_equal(len, sizeof want - 1);
	assert_memory_equal(out, want, len);
	free(out);
}

static void test_writer_errors(void **state)
{
	struct sie_record r;
	struct err err = { .msg = "" };
	char *out;
	size_t len;
	int rc;

	(void)state;
	memset(&r, 0, sizeof r);
	r.label = SIE_FNAMN;
	r.name = "Hyra 100 €";
	out = write_all(&r, 1, &len, &rc, &err);
	assert_int_equal(rc, -1);
	assert_string_equal(err.msg, "texten 'Hyra 100 €' innehåller tecken som "
			    "inte finns i teckentabellen PC8 (CP437)");
	assert_int_equal(len, 0);
	free(out);

	memset(&r, 0, sizeof r);
	r.label = SIE_KONTO;
	r.name = "Bank";
	out = write_all(&r, 1, &len, &rc, &err);
	assert_int_equal(rc, -1);
	assert_string_equal(err.msg, "#KONTO saknar kontonummer");
	free(out);

	r.account = "19 30";
	out = write_all(&r, 1, &len, &rc, &err);
	assert_int_equal(rc, -1);
	assert_string_equal(err.msg, "#KONTO: ogiltigt kontonummer '19 30'");
	free(out);

	memset(&r, 0, sizeof r);
	r.label = SIE_TRANS;
	r.account = "1930";
	r.objects = "1 10";
	out = write_all(&r, 1, &len, &rc, &err);
	assert_int_equal(rc, -1);
	assert_string_equal(err.msg, "objektlistan '1 10' har fel form (väntade "
			    "till exempel 1 \"10\" 6 \"20\")");
	free(out);

	memset(&r, 0, sizeof r);
	r.label = SIE_VER;
	r.code = "A";
	out = write_all(&r, 1, &len, &rc, &err);
	assert_int_equal(rc, -1);
	assert_string_equal(err.msg, "#VER saknar datum");
	free(out);
}

/* --- round trips ---------------------------------------------------------- */

/* Reads path, writes what it read, reads that back: the same records. */
static void round_trip(const char *path)
{
	struct recs a, b;
	struct sie_stats sa, sb;
	struct err err = { .msg = "" };
	char *out;
	size_t len, i;
	int rc;

	recs_init(&a);
	recs_init(&b);
	if (read_path(path, "in.se", &a, &sa, &err) != 0)
		fail_msg("%s: %s", path, err.msg);
	out = write_all(a.v, a.n, &len, &rc, &err);
	if (rc != 0)
		fail_msg("%s: %s", path, err.msg);
	if (read_mem(out, len, &b, &sb, &err) != 0)
		fail_msg("%s written: %s", path, err.msg);
	assert_int_equal(sb.encoding_utf8, 0);
	assert_int_equal(sb.warnings, 0);
	assert_int_equal(sb.verifications, sa.verifications);
	assert_int_equal(sb.transactions, sa.transactions);
	assert_int_equal(sb.balances, sa.balances);
	assert_int_equal(sb.ksumma_verified, sa.ksumma_verified);
	assert_int_equal(a.n, b.n);
	for (i = 0; i < a.n; i++)
		assert_same_record(i, &a.v[i], &b.v[i], SAME_AFTER_WRITE);
	free(out);
	recs_free(&a);
	recs_free(&b);
}

static void test_round_trip_fixtures(void **state)
{
	(void)state;
	round_trip(FIXTURE("all-labels-utf8.se"));
	round_trip(FIXTURE("all-labels-cp437.se"));
	round_trip(FIXTURE("objects.se"));
	round_trip(FIXTURE("rtrans.se"));
	round_trip(FIXTURE("ksumma.se"));
}

static void test_round_trip_real_files(void **state)
{
	(void)state;
	if (!file_exists(SHARED_TESTDATA_DIR "/sie"))
		skip();
	round_trip(REAL("fortnox-bokforing-2.0.0-sie4.si"));
	round_trip(REAL("bl-administration-2011-sie4e.se"));
	round_trip(REAL("visma-administration-2022-sie4e-underdim.se"));
	round_trip(REAL("norstedts-bokslut-2011-sie4e-ksumma.se"));
	round_trip(REAL("mamut-enterprise-14-sie4e.se"));
	round_trip(REAL("softone-xe-sie3-objects.se"));
}

/* The writer's own #KSUMMA: the value it writes is the one the reader
 * computes, whatever the record said. */
static void test_writer_ksumma(void **state)
{
	struct sie_record v[4];
	struct recs rs;
	struct sie_stats st;
	struct err err = { .msg = "" };
	char *out;
	size_t len;
	int rc;

	(void)state;
	memset(v, 0, sizeof v);
	v[0].label = SIE_KSUMMA;
	v[1].label = SIE_FNAMN;
	v[1].name = "Förbund Å";
	v[2].label = SIE_KONTO;
	v[2].account = "1930";
	v[2].name = "Bank";
	v[3].label = SIE_KSUMMA;
	v[3].has_checksum = 1;
	v[3].checksum = 1;
	out = write_all(v, 4, &len, &rc, &err);
	assert_int_equal(rc, 0);
	/* CRC-32 of "#FNAMN" "F\x94rbund \x8f" "#KONTO" "1930" "Bank" */
	assert_non_null(strstr(out, "#KSUMMA 1042460185\r\n"));
	recs_init(&rs);
	assert_int_equal(read_mem(out, len, &rs, &st, &err), 0);
	assert_int_equal(st.ksumma_verified, 1);
	free(out);
	recs_free(&rs);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_label_names),
		cmocka_unit_test(test_all_labels_utf8),
		cmocka_unit_test(test_all_labels_cp437),
		cmocka_unit_test(test_object_lists),
		cmocka_unit_test(test_quoting_and_blanks),
		cmocka_unit_test(test_line_ends),
		cmocka_unit_test(test_line_end_across_reads),
		cmocka_unit_test(test_rtrans_btrans),
		cmocka_unit_test(test_btrans_not_counted),
		cmocka_unit_test(test_ksumma),
		cmocka_unit_test(test_ksumma_signed_and_alone),
		cmocka_unit_test(test_encodings),
		cmocka_unit_test(test_malformed),
		cmocka_unit_test(test_nul_and_long_lines),
		cmocka_unit_test(test_unknown_label_warns),
		cmocka_unit_test(test_callback_error_passed_on),
		cmocka_unit_test(test_every_error),
		cmocka_unit_test(test_errors_that_end_reading),
		cmocka_unit_test(test_many_errors),
		cmocka_unit_test(test_real_files),
		cmocka_unit_test(test_real_details),
		cmocka_unit_test(test_real_ksumma_tampered),
		cmocka_unit_test(test_writer_output),
		cmocka_unit_test(test_writer_errors),
		cmocka_unit_test(test_writer_ksumma),
		cmocka_unit_test(test_round_trip_fixtures),
		cmocka_unit_test(test_round_trip_real_files),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
