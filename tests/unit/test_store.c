/*
 * test_store.c: the SQLite store: creating and reopening databases, each
 * kind of row written and read back, transactions that roll back, and the
 * loading of a year's books for the statements.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <cmocka.h>

#include "base/err.h"
#include "store/migrations.h"
#include "store/store.h"

static char dir[64];
static char path[128];

static int setup(void **state)
{
	(void)state;
	snprintf(dir, sizeof(dir), "/tmp/finsam-store-XXXXXX");
	if (!mkdtemp(dir))
		return -1;
	snprintf(path, sizeof(path), "%s/test.db", dir);
	return 0;
}

static int teardown(void **state)
{
	char side[160];

	(void)state;
	unlink(path);
	snprintf(side, sizeof(side), "%s-wal", path);
	unlink(side);
	snprintf(side, sizeof(side), "%s-shm", path);
	unlink(side);
	rmdir(dir);
	return 0;
}

static struct store *open_new(void)
{
	struct store *st = NULL;
	struct err err;
	int created = 0;

	if (store_open(&st, path, STORE_OPEN_CREATE, &created, &err) != 0)
		fail_msg("%s", err.msg);
	return st;
}

static void test_open(void **state)
{
	struct store *st = NULL;
	struct err err;
	struct stat sb;
	int created = -1;
	FILE *f;

	(void)state;
	assert_int_equal(store_open(&st, path, STORE_OPEN_EXISTING, &created, &err), -1);
	assert_null(st);
	assert_non_null(strstr(err.msg, "finns inte"));
	assert_int_equal(access(path, F_OK), -1);

	assert_int_equal(store_open(&st, path, STORE_OPEN_CREATE, &created, &err), 0);
	assert_int_equal(created, 1);
	assert_int_equal(store_schema_version(st), migrations[migrations_count - 1].version);
	store_close(st);
	assert_int_equal(stat(path, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);

	assert_int_equal(store_open(&st, path, STORE_OPEN_EXISTING, &created, &err), 0);
	assert_int_equal(created, 0);
	assert_int_equal(store_schema_version(st), migrations[migrations_count - 1].version);
	store_close(st);
	store_close(NULL);
	teardown(NULL);
	setup(NULL);

	/* A file that is not a database is refused and left alone. */
	f = fopen(path, "w");
	fputs("inte en databas, bara text som är tillräckligt lång för att inte vara tom\n", f);
	fclose(f);
	assert_int_equal(store_open(&st, path, STORE_OPEN_EXISTING, NULL, &err), -1);
	assert_non_null(strstr(err.msg, "ingen finsam-databas"));
	assert_int_equal(access(path, F_OK), 0);
}

static void test_association_and_members(void **state)
{
	struct store *st = open_new();
	struct association a, b;
	struct member m = { 0 }, *list;
	size_t n;
	struct err err;

	(void)state;
	assert_int_equal(store_association_get(st, &b, &err), STORE_NOT_FOUND);
	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov");
	snprintf(a.orgnr, sizeof(a.orgnr), "222000-1990");
	snprintf(a.postal, sizeof(a.postal), "871 30 Dalby");
	assert_int_equal(store_association_set(st, &a, &err), 0);
	assert_int_equal(store_association_get(st, &b, &err), 0);
	assert_string_equal(b.name, "Samordningsförbundet Prov");
	assert_string_equal(b.orgnr, "222000-1990");
	assert_string_equal(b.postal, "871 30 Dalby");
	assert_string_equal(b.phone, "");

	snprintf(m.name, sizeof(m.name), "Åsby kommun");
	m.kind = MEMBER_MUNICIPALITY;
	m.key = 5200;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_true(m.id > 0);
	snprintf(m.name, sizeof(m.name), "Försäkringskassan");
	m.kind = MEMBER_STATE;
	m.key = 1;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_int_equal(store_member_add(st, &m, &err), -1);   /* same name twice */
	assert_int_equal(store_member_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_string_equal(list[0].name, "Åsby kommun");
	assert_int_equal(list[0].kind, MEMBER_MUNICIPALITY);
	assert_int_equal(list[0].key, 5200);
	assert_int_equal(list[1].kind, MEMBER_STATE);
	free(list);
	store_close(st);
}

static int64_t add_year(struct store *st, int y, enum year_origin origin)
{
	struct fiscal_year fy = { 0 };
	struct err err;

	fy.period = period_year(y);
	fy.origin = origin;
	snprintf(fy.source, sizeof(fy.source), "bok-%d.se", y);
	if (store_year_put(st, &fy, &err) != 0)
		fail_msg("%s", err.msg);
	return fy.id;
}

struct collect {
	char text[4096];
};

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct collect *c = ctx;
	char d[11], r[11];
	size_t n = strlen(c->text);

	(void)err;
	snprintf(c->text + n, sizeof(c->text) - n, "V %s %s %s %s %s %s\n", v->series, v->number,
		 date_format(d, v->date), v->text ? v->text : "(null)",
		 date_is_set(v->regdate) ? date_format(r, v->regdate) : "-", v->sign ? v->sign : "(null)");
	return 0;
}

static int on_trans(void *ctx, const struct transaction *t, struct err *err)
{
	struct collect *c = ctx;
	char d[11];
	size_t n = strlen(c->text);

	(void)err;
	snprintf(c->text + n, sizeof(c->text) - n, " T%d %s [%s] %lld %s %s %s %s\n", (int)t->kind,
		 t->account, t->objects, (long long)t->amount,
		 date_is_set(t->date) ? date_format(d, t->date) : "-", t->text ? t->text : "(null)",
		 t->quantity ? t->quantity : "(null)", t->sign ? t->sign : "(null)");
	return 0;
}

static void test_years_and_verifications(void **state)
{
	struct store *st = open_new();
	struct fiscal_year fy, *list;
	struct verification v = { 0 };
	struct transaction t = { 0 };
	struct collect c = { "" };
	struct err err;
	size_t n;
	int64_t y24, y23, vers, trans;

	(void)state;
	y24 = add_year(st, 2024, YEAR_BOOKS);
	y23 = add_year(st, 2023, YEAR_PRIOR);
	assert_int_equal(add_year(st, 2024, YEAR_BOOKS), y24);    /* same period, same year */
	assert_int_equal(store_year_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 2);
	assert_int_equal(list[0].id, y23);
	assert_int_equal(list[0].origin, YEAR_PRIOR);
	assert_int_equal(list[1].period.end.y, 2024);
	assert_string_equal(list[1].source, "bok-2024.se");
	free(list);
	assert_int_equal(store_year_get(st, 2024, &fy, &err), 0);
	assert_int_equal(fy.id, y24);
	assert_int_equal(store_year_get(st, 2030, &fy, &err), STORE_NOT_FOUND);

	assert_int_equal(store_begin(st, &err), 0);
	v.series = "A";
	v.number = "17";
	v.date = (struct date){ 2024, 3, 1 };
	v.text = "Faktura \"Steget\" å";
	v.regdate = (struct date){ 2024, 3, 2 };
	v.sign = "EL";
	assert_int_equal(store_ver_add(st, y24, &v, &err), 0);
	t.account = "4010";
	t.objects = "6 \"1\"";
	t.amount = 150000;
	t.date = (struct date){ 2024, 3, 1 };
	t.text = "rad";
	t.quantity = "2.5";
	t.sign = "EL";
	assert_int_equal(store_trans_add(st, y24, v.id, &t, &err), 0);
	memset(&t, 0, sizeof(t));
	t.kind = TRANS_REMOVED;
	t.account = "2440";
	t.amount = -150000;
	assert_int_equal(store_trans_add(st, y24, v.id, &t, &err), 0);
	memset(&v, 0, sizeof(v));
	v.series = "";
	v.number = "";
	v.date = (struct date){ 2024, 3, 5 };
	assert_int_equal(store_ver_add(st, y24, &v, &err), 0);
	assert_int_equal(store_commit(st, &err), 0);

	assert_int_equal(store_ver_each(st, y24, on_ver, on_trans, &c, &err), 0);
	assert_string_equal(c.text,
			    "V A 17 2024-03-01 Faktura \"Steget\" å 2024-03-02 EL\n"
			    " T0 4010 [6 \"1\"] 150000 2024-03-01 rad 2.5 EL\n"
			    " T2 2440 [] -150000 - (null) (null) (null)\n"
			    "V   2024-03-05 (null) - (null)\n");
	assert_int_equal(store_ver_count(st, y24, &vers, &trans, &err), 0);
	assert_int_equal(vers, 2);
	assert_int_equal(trans, 2);

	/* A rolled-back transaction leaves nothing. */
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_begin(st, &err), -1);
	assert_int_equal(store_ver_add(st, y24, &v, &err), 0);
	store_rollback(st);
	assert_int_equal(store_ver_count(st, y24, &vers, NULL, &err), 0);
	assert_int_equal(vers, 2);

	assert_int_equal(store_year_clear(st, y24, &err), 0);
	assert_int_equal(store_ver_count(st, y24, &vers, &trans, &err), 0);
	assert_int_equal(vers, 0);
	assert_int_equal(trans, 0);
	store_close(st);
}

struct bal_collect {
	char text[1024];
};

static int on_balance(void *ctx, const struct balance *b, struct err *err)
{
	struct bal_collect *c = ctx;
	size_t n = strlen(c->text);

	(void)err;
	snprintf(c->text + n, sizeof(c->text) - n, "%s %s %d [%s] %lld %s\n", balance_kind_name(b->kind),
		 b->account, b->period, b->objects, (long long)b->amount, b->quantity ? b->quantity : "-");
	return 0;
}

static void put(struct store *st, int64_t y, enum balance_kind k, const char *acc, int period,
		const char *objects, int64_t amount)
{
	struct balance b = { k, acc, period, objects, amount, NULL };
	struct err err;

	if (store_balance_put(st, y, &b, &err) != 0)
		fail_msg("%s", err.msg);
}

static void test_balances_and_books(void **state)
{
	struct store *st = open_new();
	struct bal_collect c = { "" };
	struct fiscal_year fy;
	struct year_books b;
	struct unbalanced_ver *u;
	struct verification v = { 0 };
	struct transaction t = { 0 };
	size_t n;
	int64_t y, total;
	struct err err;

	(void)state;
	y = add_year(st, 2024, YEAR_BOOKS);
	put(st, y, BAL_RES, "3010", 0, "", -200000);
	put(st, y, BAL_UB, "1930", 0, "", 150000);
	put(st, y, BAL_IB, "1930", 0, "", 100000);
	put(st, y, BAL_PSALDO, "3010", 202401, "1 \"10\"", -5000);
	put(st, y, BAL_OIB, "1930", 0, "6 \"1\"", 700);
	put(st, y, BAL_UB, "1930", 0, "", 150100);   /* replaces */
	assert_int_equal(store_balance_each(st, y, on_balance, &c, &err), 0);
	assert_string_equal(c.text, "ib 1930 0 [] 100000 -\n"
				    "ub 1930 0 [] 150100 -\n"
				    "oib 1930 0 [6 \"1\"] 700 -\n"
				    "res 3010 0 [] -200000 -\n"
				    "psaldo 3010 202401 [1 \"10\"] -5000 -\n");
	assert_int_equal(store_turnover_put(st, y, "1930", 50000, &err), 0);
	assert_int_equal(store_turnover_put(st, y, "4010", 7, &err), 0);
	assert_int_equal(store_year_get(st, 2024, &fy, &err), 0);
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.n, 3);
	assert_string_equal(b.accounts[0].number, "1930");
	assert_true(b.accounts[0].has_ib && b.accounts[0].has_ub && b.accounts[0].has_turnover);
	assert_false(b.accounts[0].has_res);
	assert_int_equal(b.accounts[0].ub, 150100);
	assert_int_equal(b.accounts[0].turnover, 50000);
	assert_string_equal(b.accounts[1].number, "3010");
	assert_int_equal(b.accounts[1].res, -200000);
	assert_false(b.accounts[1].has_turnover);
	assert_string_equal(b.accounts[2].number, "4010");
	assert_true(b.has_verifications);
	year_books_release(&b);

	/* Two verifications, one of them 0,50 kr off. */
	v.series = "A";
	v.number = "1";
	v.date = (struct date){ 2024, 1, 2 };
	assert_int_equal(store_ver_add(st, y, &v, &err), 0);
	t.account = "1930";
	t.amount = 100;
	assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
	t.account = "3010";
	t.amount = -100;
	assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
	v.number = "2";
	assert_int_equal(store_ver_add(st, y, &v, &err), 0);
	t.amount = -50;
	assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
	t.kind = TRANS_REMOVED;       /* not counted */
	t.amount = 50;
	assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	assert_int_equal(n, 1);
	assert_string_equal(u[0].series, "A");
	assert_string_equal(u[0].number, "2");
	assert_int_equal(u[0].sum, -50);
	assert_int_equal(u[0].date.d, 2);
	free(u);
	store_close(st);
}

static int on_account(void *ctx, const struct account *a, struct err *err)
{
	struct bal_collect *c = ctx;
	size_t n = strlen(c->text);

	(void)err;
	snprintf(c->text + n, sizeof(c->text) - n, "%s %s %s %s %s\n", a->number, a->name,
		 a->type ? a->type : "-", a->unit ? a->unit : "-", a->sru ? a->sru : "-");
	return 0;
}

static void test_chart_and_map(void **state)
{
	struct store *st = open_new();
	struct bal_collect c = { "" };
	struct account_map m, back;
	struct dimension d = { 6, "Projekt", 0 };
	struct object o = { 6, "1", "Steget vidare" };
	struct err err;

	(void)state;
	assert_int_equal(store_account_put(st, "1930", "Bank", &err), 0);
	assert_int_equal(store_account_set_type(st, "1930", "T", &err), 0);
	assert_int_equal(store_account_set_sru(st, "1930", "7281", &err), 0);
	assert_int_equal(store_account_set_unit(st, "4010", "st", &err), 0);  /* before its #KONTO */
	assert_int_equal(store_account_put(st, "4010", "Bidrag till insatser", &err), 0);
	assert_int_equal(store_account_put(st, "1930", "Företagskonto", &err), 0);  /* renamed */
	assert_int_equal(store_account_each(st, on_account, &c, &err), 0);
	assert_string_equal(c.text, "1930 Företagskonto T - 7281\n4010 Bidrag till insatser - st -\n");
	assert_int_equal(store_dimension_put(st, &d, &err), 0);
	assert_int_equal(store_object_put(st, &o, &err), 0);

	account_map_init(&back);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, 0);
	account_map_init(&m);
	account_map_default(&m);
	account_map_add(&m, 8400, 8499, LINE_FINANCIAL_INCOME);
	assert_int_equal(store_map_set(st, &m, &err), 0);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, m.n);
	assert_int_equal(back.ranges[back.n - 1].from, 8400);
	assert_int_equal(back.ranges[back.n - 1].line, LINE_FINANCIAL_INCOME);
	account_map_release(&m);
	account_map_release(&back);
	store_close(st);
}

/* Many transactions in one transaction: correctness, and the rate seen. */
static void test_bulk(void **state)
{
	struct store *st = open_new();
	struct verification v = { 0 };
	struct transaction t = { 0 };
	struct err err;
	struct timespec a, b;
	int64_t y, vers, trans;
	int i;

	(void)state;
	y = add_year(st, 2024, YEAR_BOOKS);
	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(store_begin(st, &err), 0);
	v.series = "A";
	v.date = (struct date){ 2024, 6, 1 };
	t.objects = "";
	for (i = 0; i < 100000; i++) {
		char num[16];

		snprintf(num, sizeof(num), "%d", i + 1);
		v.number = num;
		assert_int_equal(store_ver_add(st, y, &v, &err), 0);
		t.account = "1930";
		t.amount = i;
		assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
		t.account = "3010";
		t.amount = -i / 2;
		assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
		t.amount = -(i - i / 2);
		assert_int_equal(store_trans_add(st, y, v.id, &t, &err), 0);
	}
	assert_int_equal(store_commit(st, &err), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	assert_int_equal(store_ver_count(st, y, &vers, &trans, &err), 0);
	assert_int_equal(vers, 100000);
	assert_int_equal(trans, 300000);
	print_message("400 000 rows in %.2f s\n",
		      (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9);
	store_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_open, setup, teardown),
		cmocka_unit_test_setup_teardown(test_association_and_members, setup, teardown),
		cmocka_unit_test_setup_teardown(test_years_and_verifications, setup, teardown),
		cmocka_unit_test_setup_teardown(test_balances_and_books, setup, teardown),
		cmocka_unit_test_setup_teardown(test_chart_and_map, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bulk, setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
