/*
 * test_store.c: the store: creating, reopening and refusing databases,
 * each kind of row written and read back, transactions that roll back, the
 * loading of a year's books for the statements, the search for unbalanced
 * verifications, and a bulk import of a few hundred thousand rows. It runs
 * on SQLite and, as pg/unit/test_store, on PostgreSQL (tmpdb.h); creating
 * and refusing databases has a form for each engine, since a file and a
 * server's database are made and refused differently.
 *
 * A few tests open the database directly, beside the store: to make
 * databases finsam itself never makes (another program's, one from a newer
 * finsam) and to see what was really written.
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
#include "base/xmalloc.h"
#include "store/migrations.h"
#include "store/store.h"
#include "tmpdb.h"

static struct tmpdb tmp = { .name = "store" };

/* Runs SQL on the database directly, as another program would. */
static void raw_exec(const char *sql)
{
	tmpdb_exec(&tmp, sql);
}

/* The first column of the first row, as text ("" for none or NULL). */
static const char *raw_text(const char *sql)
{
	return tmpdb_text(&tmp, sql);
}

static void test_create_and_reopen(void **state)
{
	struct store *st = NULL;
	struct err err;
	struct stat sb;
	char side[sizeof(tmp.db) + 8], count[16], expected[ERR_MSG_MAX];
	int created = -1, latest = migrations[migrations_count - 1].version;
	const char *stamp;

	(void)state;
	if (tmp.pg_name[0])
		skip();   /* a file's: test_pg_create_and_refuse is PostgreSQL's */
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, &created, &err), -1);
	assert_null(st);
	assert_int_equal(created, 0);
	snprintf(expected, sizeof(expected), "databasen '%s' finns inte (skapa den med 'finsam init' "
		 "eller importera en SIE-fil)", tmp.db);
	assert_string_equal(err.msg, expected);
	assert_int_equal(access(tmp.db, F_OK), -1);

	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, &created, &err), 0);
	assert_int_equal(created, 1);
	assert_int_equal(store_schema_version(st), latest);
	/* Only its owner may read it, nor the log kept beside it. */
	assert_int_equal(stat(tmp.db, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	snprintf(side, sizeof(side), "%s-wal", tmp.db);
	assert_int_equal(stat(side, &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	store_close(st);
	store_close(NULL);

	assert_string_equal(raw_text("PRAGMA journal_mode"), "wal");
	snprintf(count, sizeof(count), "%zu", migrations_count);
	assert_string_equal(raw_text("SELECT count(*) FROM schema_migrations"), count);
	assert_string_equal(raw_text("SELECT name FROM schema_migrations WHERE version = 1"), "0001_books.sql");
	stamp = raw_text("SELECT applied_at FROM schema_migrations WHERE version = 1");
	assert_int_equal(strlen(stamp), 19);
	assert_true(stamp[4] == '-' && stamp[7] == '-' && stamp[10] == ' ' && stamp[13] == ':');

	/* Opening it again applies nothing a second time. */
	created = -1;
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, &created, &err), 0);
	assert_int_equal(created, 0);
	assert_int_equal(store_schema_version(st), latest);
	store_close(st);
	assert_string_equal(raw_text("SELECT count(*) FROM schema_migrations"), count);

	/* CREATE on an existing database opens it. */
	created = -1;
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, &created, &err), 0);
	assert_int_equal(created, 0);
	store_close(st);
}

static void test_refused_files(void **state)
{
	struct store *st = NULL;
	struct err err;
	char expected[ERR_MSG_MAX], side[sizeof(tmp.db) + 8];
	FILE *f;

	(void)state;
	if (tmp.pg_name[0])
		skip();   /* files: test_pg_create_and_refuse is PostgreSQL's */
	/* Not SQLite at all: refused and left alone. */
	f = fopen(tmp.db, "w");
	assert_non_null(f);
	fputs("Verifikationer 2024, exporterade som text och inte som en databas alls.\n", f);
	fclose(f);
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, NULL, &err), -1);
	assert_null(st);
	snprintf(expected, sizeof(expected), "filen '%s' är ingen finsam-databas (den är inte ens en "
		 "SQLite-databas)", tmp.db);
	assert_string_equal(err.msg, expected);
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, NULL, &err), -1);
	assert_string_equal(err.msg, expected);
	assert_int_equal(access(tmp.db, F_OK), 0);
	store_remove(tmp.db);

	/* Another program's database: refused before anything is written, so
	 * it is not even switched to a write-ahead log. */
	raw_exec("CREATE TABLE kunder (id INTEGER PRIMARY KEY, namn TEXT)");
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, NULL, &err), -1);
	snprintf(expected, sizeof(expected), "filen '%s' är ingen finsam-databas (den har tabeller, men "
		 "inte finsams)", tmp.db);
	assert_string_equal(err.msg, expected);
	assert_string_equal(raw_text("PRAGMA journal_mode"), "delete");
	snprintf(side, sizeof(side), "%s-wal", tmp.db);
	assert_int_equal(access(side, F_OK), -1);
	store_remove(tmp.db);

	/* A database from a newer finsam. */
	st = tmpdb_open(&tmp);
	store_close(st);
	raw_exec("INSERT INTO schema_migrations (version, name, applied_at) "
		 "VALUES (9999, '9999_framtid.sql', '2031-01-01 00:00:00')");
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, NULL, &err), -1);
	assert_null(st);
	snprintf(expected, sizeof(expected), "databasen '%s' har schemaversion 9999, men den här "
		 "versionen av finsam känner bara till version %d: uppdatera finsam", tmp.db,
		 migrations[migrations_count - 1].version);
	assert_string_equal(err.msg, expected);
	store_remove(tmp.db);

	/* An empty file is a database yet to be made. */
	f = fopen(tmp.db, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, NULL, &err), 0);
	assert_int_equal(store_schema_version(st), migrations[migrations_count - 1].version);
	store_close(st);

	/* A folder is no database either. */
	assert_int_equal(store_open(&st, tmp.dir, STORE_OPEN_CREATE, NULL, &err), -1);
	snprintf(expected, sizeof(expected), "'%s' är ingen vanlig fil och kan inte vara en databas", tmp.dir);
	assert_string_equal(err.msg, expected);
}

/* PostgreSQL's form of the two above: an empty database is one yet to be
 * made, another program's tables or a newer finsam's schema are refused
 * and left as they were. */
static void test_pg_create_and_refuse(void **state)
{
	struct store *st = NULL;
	struct err err;
	char count[16], expected[ERR_MSG_MAX];
	int created = -1, latest = migrations[migrations_count - 1].version;

	(void)state;
	if (!tmp.pg_name[0])
		skip();   /* PostgreSQL's: the two above are SQLite's */
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, &created, &err), -1);
	assert_null(st);
	assert_int_equal(created, 0);
	assert_string_equal(err.msg, "finsams databas finns inte än i PostgreSQL-databasen (skapa den med "
				     "'finsam init' eller importera en SIE-fil)");
	assert_string_equal(raw_text("SELECT count(*) FROM information_schema.tables "
				     "WHERE table_schema = current_schema()"), "0");

	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, &created, &err), 0);
	assert_int_equal(created, 1);
	assert_int_equal(store_schema_version(st), latest);
	store_close(st);
	snprintf(count, sizeof(count), "%zu", migrations_pg_count);
	assert_string_equal(raw_text("SELECT count(*) FROM schema_migrations"), count);
	assert_string_equal(raw_text("SELECT name FROM schema_migrations ORDER BY version LIMIT 1"),
			    migrations_pg[0].name);

	/* Opening it again applies nothing a second time; CREATE opens it. */
	created = -1;
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, &created, &err), 0);
	assert_int_equal(created, 0);
	store_close(st);
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, &created, &err), 0);
	assert_int_equal(created, 0);
	store_close(st);
	assert_string_equal(raw_text("SELECT count(*) FROM schema_migrations"), count);

	/* A database from a newer finsam. */
	raw_exec("INSERT INTO schema_migrations (version, name, applied_at) "
		 "VALUES (9999, '9999_framtid.sql', '2031-01-01 00:00:00')");
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_EXISTING, NULL, &err), -1);
	assert_null(st);
	snprintf(expected, sizeof(expected), "databasen har schemaversion 9999, nyare än den här versionen av "
		 "finsam (%d)", latest);
	assert_string_equal(err.msg, expected);

	/* Another program's database: refused, and nothing is made in it. */
	assert_int_equal(tmpdb_renew(&tmp), 0);
	raw_exec("CREATE TABLE kunder (id integer PRIMARY KEY, namn text)");
	assert_int_equal(store_open(&st, tmp.db, STORE_OPEN_CREATE, NULL, &err), -1);
	assert_string_equal(err.msg, "PostgreSQL-databasen har tabeller, men inte finsams: använd en egen "
				     "databas för finsam");
	assert_string_equal(raw_text("SELECT count(*) FROM information_schema.tables "
				     "WHERE table_schema = current_schema()"), "1");
}

static void test_association_and_members(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct association a, b;
	struct member m, *list = NULL;
	size_t n = 9;
	struct err err;

	(void)state;
	assert_int_equal(store_association_get(st, &b, &err), STORE_NOT_FOUND);
	memset(&a, 0, sizeof(a));
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov");
	snprintf(a.orgnr, sizeof(a.orgnr), "222000-1990");
	snprintf(a.contact, sizeof(a.contact), "Eva Ek");
	snprintf(a.street, sizeof(a.street), "Storgatan 1");
	snprintf(a.postal, sizeof(a.postal), "871 30 Dalby");
	snprintf(a.phone, sizeof(a.phone), "0611-123 45");
	snprintf(a.fnr, sizeof(a.fnr), "PROV");
	snprintf(a.kptyp, sizeof(a.kptyp), "BAS2014");
	snprintf(a.currency, sizeof(a.currency), "SEK");
	assert_int_equal(store_association_set(st, &a, &err), 0);
	memset(&b, 'x', sizeof(b));
	assert_int_equal(store_association_get(st, &b, &err), 0);
	assert_memory_equal(&a, &b, sizeof(a));

	/* Setting it again replaces the one row. */
	snprintf(a.name, sizeof(a.name), "Samordningsförbundet Prov och Åsby");
	a.phone[0] = '\0';
	assert_int_equal(store_association_set(st, &a, &err), 0);
	assert_int_equal(store_association_get(st, &b, &err), 0);
	assert_string_equal(b.name, "Samordningsförbundet Prov och Åsby");
	assert_string_equal(b.phone, "");
	assert_string_equal(b.contact, "Eva Ek");
	store_close(st);
	assert_string_equal(raw_text("SELECT count(*) FROM association"), "1");
	st = tmpdb_open(&tmp);

	assert_int_equal(store_member_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 0);
	free(list);
	memset(&m, 0, sizeof(m));
	snprintf(m.name, sizeof(m.name), "Åsby kommun");
	m.kind = MEMBER_MUNICIPALITY;
	m.key = 5200;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_int_equal(m.id, 1);
	snprintf(m.name, sizeof(m.name), "Region Prov");
	m.kind = MEMBER_REGION;
	m.key = 1;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_int_equal(m.id, 2);
	snprintf(m.name, sizeof(m.name), "Försäkringskassan");
	m.kind = MEMBER_STATE;
	assert_int_equal(store_member_add(st, &m, &err), 0);
	assert_int_equal(m.id, 3);
	assert_int_equal(store_member_add(st, &m, &err), -1);   /* the same name twice */
	m.kind = (enum member_kind)7;
	snprintf(m.name, sizeof(m.name), "Okänd");
	assert_int_equal(store_member_add(st, &m, &err), -1);
	assert_string_equal(err.msg, "okänd sorts medlem (7) för 'Okänd'");

	assert_int_equal(store_member_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(list[0].id, 1);
	assert_string_equal(list[0].name, "Åsby kommun");
	assert_int_equal(list[0].kind, MEMBER_MUNICIPALITY);
	assert_int_equal(list[0].key, 5200);
	assert_string_equal(list[1].name, "Region Prov");
	assert_int_equal(list[1].kind, MEMBER_REGION);
	assert_string_equal(list[2].name, "Försäkringskassan");
	assert_int_equal(list[2].kind, MEMBER_STATE);
	assert_int_equal(list[2].key, 1);
	free(list);
	store_close(st);
}

static int64_t add_year(struct store *st, struct period p, enum year_origin origin, const char *source)
{
	struct fiscal_year fy;
	struct err err;

	memset(&fy, 0, sizeof(fy));
	fy.period = p;
	fy.origin = origin;
	snprintf(fy.source, sizeof(fy.source), "%s", source);
	if (store_year_put(st, &fy, &err) != 0)
		fail_msg("%s", err.msg);
	return fy.id;
}

struct collect {
	char text[8192];
};

static void collect_add(struct collect *c, const char *fmt, ...) ERR_PRINTF(2, 3);

static void collect_add(struct collect *c, const char *fmt, ...)
{
	size_t n = strlen(c->text);
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(c->text + n, sizeof(c->text) - n, fmt, ap);
	va_end(ap);
}

static const char *or_null(const char *s)
{
	return s ? s : "(null)";
}

static int on_ver(void *ctx, const struct verification *v, struct err *err)
{
	char d[11], r[11];

	(void)err;
	collect_add(ctx, "V %s|%s|%s|%s|%s|%s\n", or_null(v->series), or_null(v->number),
		    date_format(d, v->date), or_null(v->text),
		    date_is_set(v->regdate) ? date_format(r, v->regdate) : "-", or_null(v->sign));
	return 0;
}

static int on_trans(void *ctx, const struct transaction *t, struct err *err)
{
	char d[11];

	(void)err;
	collect_add(ctx, " T%d %s [%s] %lld %s %s %s %s\n", (int)t->kind, t->account, or_null(t->objects),
		    (long long)t->amount, date_is_set(t->date) ? date_format(d, t->date) : "-",
		    or_null(t->text), or_null(t->quantity), or_null(t->sign));
	return 0;
}

static void ver(struct store *st, int64_t y, struct verification *v)
{
	struct err err;

	if (store_ver_add(st, y, v, &err) != 0)
		fail_msg("%s", err.msg);
}

static void trans(struct store *st, int64_t y, int64_t ver_id, enum trans_kind kind,
		  const char *account, int64_t amount)
{
	struct transaction t;
	struct err err;

	memset(&t, 0, sizeof(t));
	t.kind = kind;
	t.account = account;
	t.amount = amount;
	if (store_trans_add(st, y, ver_id, &t, &err) != 0)
		fail_msg("%s", err.msg);
}

static void test_years(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct fiscal_year fy, *list = NULL;
	struct period broken = { { 2022, 7, 1 }, { 2023, 6, 30 } };
	struct err err;
	size_t n = 9;
	int64_t y24, y23, y22;

	(void)state;
	assert_int_equal(store_year_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 0);
	free(list);
	y24 = add_year(st, period_year(2024), YEAR_BOOKS, "bok-2024.se");
	y22 = add_year(st, broken, YEAR_PRIOR, "bok-2024.se");
	y23 = add_year(st, period_year(2023), YEAR_PRIOR, "bok-2024.se");
	assert_true(y24 != y23 && y23 != y22 && y22 != y24);
	/* The same period again is the same year, updated. */
	assert_int_equal(add_year(st, period_year(2023), YEAR_BOOKS, "bok-2023.se"), y23);

	assert_int_equal(store_year_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_int_equal(list[0].id, y22);
	assert_int_equal(list[0].period.start.y, 2022);
	assert_int_equal(list[0].period.start.m, 7);
	assert_int_equal(list[0].period.end.y, 2023);
	assert_int_equal(list[0].period.end.m, 6);
	assert_int_equal(list[0].period.end.d, 30);
	assert_int_equal(list[0].origin, YEAR_PRIOR);
	assert_int_equal(list[1].id, y23);
	assert_int_equal(list[1].origin, YEAR_BOOKS);
	assert_string_equal(list[1].source, "bok-2023.se");
	assert_int_equal(list[2].id, y24);
	assert_string_equal(list[2].source, "bok-2024.se");
	free(list);

	memset(&fy, 0, sizeof(fy));
	assert_int_equal(store_year_get(st, 2024, &fy, &err), 0);
	assert_int_equal(fy.id, y24);
	assert_int_equal(fy.period.start.y, 2024);
	assert_int_equal(fy.period.start.m, 1);
	assert_int_equal(fy.period.end.d, 31);
	assert_int_equal(fy.origin, YEAR_BOOKS);
	/* 2023 names the calendar year, not the broken year ending then. */
	assert_int_equal(store_year_get(st, 2023, &fy, &err), 0);
	assert_int_equal(fy.id, y23);
	assert_int_equal(store_year_get(st, 2022, &fy, &err), STORE_NOT_FOUND);
	assert_int_equal(store_year_get(st, 2030, &fy, &err), STORE_NOT_FOUND);
	store_close(st);
}

static void test_year_clear(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct verification v;
	struct balance b = { BAL_IB, "1930", 0, "", 100, NULL };
	struct fiscal_year *list = NULL;
	struct err err;
	int64_t y24, y23, vers, n_trans;
	size_t n;

	(void)state;
	y23 = add_year(st, period_year(2023), YEAR_BOOKS, "a.se");
	y24 = add_year(st, period_year(2024), YEAR_BOOKS, "b.se");
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = "1";
	v.date = (struct date){ 2023, 5, 1 };
	ver(st, y23, &v);
	trans(st, y23, v.id, TRANS_NORMAL, "1930", 10);
	trans(st, y23, v.id, TRANS_NORMAL, "3010", -10);
	v.date = (struct date){ 2024, 5, 1 };
	ver(st, y24, &v);
	trans(st, y24, v.id, TRANS_NORMAL, "1930", 20);
	trans(st, y24, v.id, TRANS_NORMAL, "3010", -20);
	trans(st, y24, v.id, TRANS_REMOVED, "3010", -20);
	assert_int_equal(store_balance_put(st, y23, &b, &err), 0);
	assert_int_equal(store_balance_put(st, y24, &b, &err), 0);
	assert_int_equal(store_turnover_put(st, y23, "1930", 10, 10, 0, &err), 0);
	assert_int_equal(store_turnover_put(st, y24, "1930", 20, 20, 0, &err), 0);

	assert_int_equal(store_ver_count(st, y24, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, 1);
	assert_int_equal(n_trans, 3);
	assert_int_equal(store_year_clear(st, y24, &err), 0);
	assert_int_equal(store_ver_count(st, y24, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, 0);
	assert_int_equal(n_trans, 0);
	/* The year stays, and the other year keeps everything. */
	assert_int_equal(store_year_list(st, &list, &n, &err), 0);
	assert_int_equal(n, 2);
	free(list);
	assert_int_equal(store_ver_count(st, y23, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, 1);
	assert_int_equal(n_trans, 2);
	store_close(st);
	assert_string_equal(raw_text(tmp.pg_name[0] ? "SELECT string_agg(year_id::text, ',') FROM balance"
						    : "SELECT group_concat(year_id) FROM balance"), "1");
	assert_string_equal(raw_text(tmp.pg_name[0] ? "SELECT string_agg(year_id::text, ',') FROM turnover"
						    : "SELECT group_concat(year_id) FROM turnover"), "1");
}

/* Whether a year has verifications, as store_year_books tells it (kept
 * with the year, migration 0024): set by the first verification, also
 * after a transaction that added one was rolled back, and cleared with
 * the year's books, the other year's kept. */
static int has_vers(struct store *st, int year)
{
	struct fiscal_year fy;
	struct year_books b;
	struct err err;
	int has;

	assert_int_equal(store_year_get(st, year, &fy, &err), 0);
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	has = b.has_verifications;
	year_books_release(&b);
	return has;
}

static void test_year_has_verifications(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct verification v;
	struct err err;
	int64_t y24, y23;

	(void)state;
	y23 = add_year(st, period_year(2023), YEAR_BOOKS, "a.se");
	y24 = add_year(st, period_year(2024), YEAR_BOOKS, "b.se");
	assert_int_equal(has_vers(st, 2023), 0);
	assert_int_equal(has_vers(st, 2024), 0);
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = "1";
	v.date = (struct date){ 2024, 5, 1 };
	assert_int_equal(store_begin(st, &err), 0);
	ver(st, y24, &v);
	store_rollback(st);
	assert_int_equal(has_vers(st, 2024), 0);
	assert_int_equal(store_begin(st, &err), 0);
	ver(st, y24, &v);
	ver(st, y24, &v);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(has_vers(st, 2024), 1);
	assert_int_equal(has_vers(st, 2023), 0);
	v.date = (struct date){ 2023, 5, 1 };
	ver(st, y23, &v);
	assert_int_equal(has_vers(st, 2023), 1);
	/* Cleared and filled again in one transaction, as an import that
	 * replaces a year does. */
	assert_int_equal(store_begin(st, &err), 0);
	ver(st, y24, &v);
	assert_int_equal(store_year_clear(st, y24, &err), 0);
	assert_int_equal(has_vers(st, 2024), 0);
	ver(st, y24, &v);
	assert_int_equal(store_commit(st, &err), 0);
	assert_int_equal(has_vers(st, 2024), 1);
	assert_int_equal(store_year_clear(st, y24, &err), 0);
	assert_int_equal(has_vers(st, 2024), 0);
	assert_int_equal(has_vers(st, 2023), 1);
	store_close(st);
}

static void test_verifications(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct verification v;
	struct transaction t;
	struct collect c = { "" };
	struct err err;
	int64_t y24, y23, first, vers, n_trans;

	(void)state;
	y23 = add_year(st, period_year(2023), YEAR_BOOKS, "a.se");
	y24 = add_year(st, period_year(2024), YEAR_BOOKS, "b.se");

	assert_int_equal(store_begin(st, &err), 0);
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = "17";
	v.date = (struct date){ 2024, 3, 1 };
	v.text = "Faktura \"Steget\" åäö";
	v.regdate = (struct date){ 2024, 3, 2 };
	v.sign = "EL";
	ver(st, y24, &v);
	first = v.id;
	assert_true(first > 0);
	memset(&t, 0, sizeof(t));
	t.account = "4010";
	t.objects = "6 \"1\" 1 \"P 20\"";
	t.amount = 150000;
	t.date = (struct date){ 2024, 3, 1 };
	t.text = "rad ett";
	t.quantity = "2.5";
	t.sign = "EL";
	assert_int_equal(store_trans_add(st, y24, v.id, &t, &err), 0);
	memset(&t, 0, sizeof(t));
	t.kind = TRANS_ADDED;
	t.account = "2440";
	t.objects = NULL;                       /* none: given back as "" */
	t.amount = -150000;
	t.text = "";                            /* empty, not absent */
	assert_int_equal(store_trans_add(st, y24, v.id, &t, &err), 0);
	trans(st, y24, v.id, TRANS_REMOVED, "2440", -149000);

	/* Another year's verification between them is not this year's. */
	memset(&v, 0, sizeof(v));
	v.series = "B";
	v.number = "1";
	v.date = (struct date){ 2023, 12, 31 };
	ver(st, y23, &v);
	trans(st, y23, v.id, TRANS_NORMAL, "1930", 5);

	/* Absent series, number, text, registration date and signature. */
	memset(&v, 0, sizeof(v));
	v.date = (struct date){ 2024, 3, 5 };
	ver(st, y24, &v);
	assert_true(v.id > first);
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = "18";
	v.date = (struct date){ 2024, 12, 31 };
	v.text = "";
	ver(st, y24, &v);
	trans(st, y24, v.id, TRANS_NORMAL, "1930", -1);
	trans(st, y24, v.id, TRANS_NORMAL, "6991", 1);
	assert_int_equal(store_commit(st, &err), 0);

	assert_int_equal(store_ver_each(st, y24, on_ver, on_trans, &c, &err), 0);
	assert_string_equal(c.text,
			    "V A|17|2024-03-01|Faktura \"Steget\" åäö|2024-03-02|EL\n"
			    " T0 4010 [6 \"1\" 1 \"P 20\"] 150000 2024-03-01 rad ett 2.5 EL\n"
			    " T1 2440 [] -150000 -  (null) (null)\n"
			    " T2 2440 [] -149000 - (null) (null) (null)\n"
			    "V ||2024-03-05|(null)|-|(null)\n"
			    "V A|18|2024-12-31||-|(null)\n"
			    " T0 1930 [] -1 - (null) (null) (null)\n"
			    " T0 6991 [] 1 - (null) (null) (null)\n");
	assert_int_equal(store_ver_count(st, y24, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, 3);
	assert_int_equal(n_trans, 5);
	c.text[0] = '\0';
	assert_int_equal(store_ver_each(st, y23, on_ver, on_trans, &c, &err), 0);
	assert_string_equal(c.text, "V B|1|2023-12-31|(null)|-|(null)\n T0 1930 [] 5 - (null) (null) (null)\n");

	/* A rolled-back transaction leaves nothing behind. */
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_begin(st, &err), -1);
	assert_string_equal(err.msg, "en transaktion pågår redan");
	ver(st, y24, &v);
	trans(st, y24, v.id, TRANS_NORMAL, "1930", 99);
	assert_int_equal(store_account_put(st, "9999", "Tillfälligt", &err), 0);
	store_rollback(st);
	store_rollback(st);                     /* quietly nothing */
	assert_int_equal(store_commit(st, &err), -1);
	assert_string_equal(err.msg, "ingen transaktion pågår");
	assert_int_equal(store_ver_count(st, y24, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, 3);
	assert_int_equal(n_trans, 5);
	store_close(st);
	assert_string_equal(raw_text("SELECT count(*) FROM account"), "0");
}

/* Fails on the verification whose number is in ctx. */
static int stop_at(void *ctx, const struct verification *v, struct err *err)
{
	if (strcmp(v->number, ctx) == 0)
		return err_set(err, "stopp vid %s", v->number);
	return 0;
}

static int no_trans(void *ctx, const struct transaction *t, struct err *err)
{
	(void)ctx;
	(void)t;
	(void)err;
	return 0;
}

struct reenter {
	struct store *st;
	int64_t year;
	int rc;
	char msg[ERR_MSG_MAX];
};

static int read_again(void *ctx, const struct verification *v, struct err *err)
{
	struct reenter *r = ctx;
	struct err inner;

	(void)v;
	(void)err;
	r->rc = store_ver_each(r->st, r->year, read_again, no_trans, r, &inner);
	snprintf(r->msg, sizeof(r->msg), "%s", inner.msg);
	return 0;
}

static void test_verification_order(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct verification v;
	struct collect c = { "" };
	struct reenter r;
	struct err err;
	int64_t y, first;

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = "1";
	v.date = (struct date){ 2024, 1, 10 };
	ver(st, y, &v);
	first = v.id;
	trans(st, y, v.id, TRANS_NORMAL, "1930", 10);
	v.number = "2";
	ver(st, y, &v);
	trans(st, y, v.id, TRANS_NORMAL, "1930", 20);

	/* A callback's error ends the walk and comes back as it was. */
	assert_int_equal(store_ver_each(st, y, stop_at, no_trans, "2", &err), -1);
	assert_string_equal(err.msg, "stopp vid 2");
	/* A callback that starts the same walk again is refused, and the
	 * outer walk goes on undisturbed. */
	r.st = st;
	r.year = y;
	r.rc = 0;
	assert_int_equal(store_ver_each(st, y, read_again, no_trans, &r, &err), 0);
	assert_int_equal(r.rc, -1);
	assert_string_equal(r.msg, "en läsning ur databasen pågår redan (anropad på nytt inifrån sig själv)");

	/* A transaction added to the first verification after the second's is
	 * reported, not left out of an export. */
	trans(st, y, first, TRANS_NORMAL, "3010", -10);
	assert_int_equal(store_ver_each(st, y, on_ver, on_trans, &c, &err), -1);
	assert_string_equal(err.msg, "transaktionerna ligger i fel ordning i databasen: en transaktion "
				     "till verifikationen med id 1 lades till efter en senare verifikations");
	store_close(st);
	assert_int_equal(tmpdb_renew(&tmp), 0);

	/* So is one whose verification is not in the year. */
	st = tmpdb_open(&tmp);
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	v.number = "1";
	ver(st, y, &v);
	trans(st, y, v.id, TRANS_NORMAL, "1930", 10);
	trans(st, y, 4711, TRANS_NORMAL, "1930", 10);
	c.text[0] = '\0';
	assert_int_equal(store_ver_each(st, y, on_ver, on_trans, &c, &err), -1);
	assert_string_equal(err.msg, "en transaktion hör till verifikationen med id 4711, som inte finns "
				     "under året");
	store_close(st);
}

static int on_balance(void *ctx, const struct balance *b, struct err *err)
{
	(void)err;
	collect_add(ctx, "%s %s %d [%s] %lld %s\n", balance_kind_name(b->kind), b->account, b->period,
		    b->objects, (long long)b->amount, or_null(b->quantity));
	return 0;
}

static int stop_balance(void *ctx, const struct balance *b, struct err *err)
{
	(void)ctx;
	if (b->kind == BAL_UB)
		return err_set(err, "stopp vid %s %s", balance_kind_name(b->kind), b->account);
	return 0;
}

static void put(struct store *st, int64_t y, enum balance_kind k, const char *acc, int period,
		const char *objects, int64_t amount, const char *quantity)
{
	struct balance b = { k, acc, period, objects, amount, quantity };
	struct err err;

	if (store_balance_put(st, y, &b, &err) != 0)
		fail_msg("%s", err.msg);
}

static void test_balances(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct collect c = { "" };
	struct verification v;
	struct balance b;
	struct err err;
	int64_t y, other;

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	other = add_year(st, period_year(2023), YEAR_PRIOR, "a.se");
	put(st, y, BAL_PBUDGET, "3010", 202402, "", -9000, NULL);
	put(st, y, BAL_PSALDO, "3010", 202402, "", -4000, NULL);
	put(st, y, BAL_PSALDO, "3010", 202401, "1 \"10\"", -5000, NULL);
	put(st, y, BAL_PSALDO, "3010", 202401, "", -6000, "3");
	put(st, y, BAL_RES, "3010", 0, "", -200000, NULL);
	put(st, y, BAL_OUB, "1930", 0, "6 \"1\"", 800, NULL);
	put(st, y, BAL_OIB, "1930", 0, "6 \"2\"", 300, NULL);
	put(st, y, BAL_OIB, "1930", 0, "6 \"1\"", 700, NULL);
	put(st, y, BAL_UB, "2440", 0, NULL, -150000, NULL);   /* NULL objects: none */
	put(st, y, BAL_UB, "1930", 0, "", 150000, NULL);
	put(st, y, BAL_IB, "1930", 0, "", 100000, "12.5");
	put(st, other, BAL_UB, "1930", 0, "", 100000, NULL);
	/* The same kind, account, period and objects replace. */
	put(st, y, BAL_UB, "1930", 0, "", 150100, NULL);
	put(st, y, BAL_IB, "1930", 0, "", 100000, NULL);
	put(st, y, BAL_PSALDO, "3010", 202401, "1 \"10\"", -5100, "1");
	assert_int_equal(store_balance_each(st, y, on_balance, &c, &err), 0);
	assert_string_equal(c.text, "ib 1930 0 [] 100000 (null)\n"
				    "ub 1930 0 [] 150100 (null)\n"
				    "ub 2440 0 [] -150000 (null)\n"
				    "oib 1930 0 [6 \"1\"] 700 (null)\n"
				    "oib 1930 0 [6 \"2\"] 300 (null)\n"
				    "oub 1930 0 [6 \"1\"] 800 (null)\n"
				    "res 3010 0 [] -200000 (null)\n"
				    "psaldo 3010 202401 [] -6000 3\n"
				    "psaldo 3010 202401 [1 \"10\"] -5100 1\n"
				    "psaldo 3010 202402 [] -4000 (null)\n"
				    "pbudget 3010 202402 [] -9000 (null)\n");
	c.text[0] = '\0';
	assert_int_equal(store_balance_each(st, other, on_balance, &c, &err), 0);
	assert_string_equal(c.text, "ub 1930 0 [] 100000 (null)\n");
	/* A callback's error stops the walk and comes back as it was. */
	assert_int_equal(store_balance_each(st, y, stop_balance, NULL, &err), -1);
	assert_string_equal(err.msg, "stopp vid ub 1930");

	/* Foreign keys are on: no balance or verification of a year that
	 * does not exist. */
	memset(&v, 0, sizeof(v));
	v.date = (struct date){ 2024, 1, 1 };
	b = (struct balance){ BAL_IB, "1930", 0, "", 1, NULL };
	assert_int_equal(store_balance_put(st, 4711, &b, &err), -1);
	assert_non_null(strstr(err.msg, "FOREIGN KEY"));
	assert_int_equal(store_ver_add(st, 4711, &v, &err), -1);
	assert_non_null(strstr(err.msg, "FOREIGN KEY"));
	store_close(st);
}

static void test_books(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct fiscal_year fy;
	struct year_books b;
	struct verification v;
	struct err err;
	int64_t y;

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	put(st, y, BAL_IB, "1930", 0, "", 100000, NULL);
	put(st, y, BAL_UB, "1930", 0, "", 150000, NULL);
	put(st, y, BAL_RES, "3010", 0, "", -200000, NULL);
	put(st, y, BAL_RES, "2", 0, "", 7, NULL);
	/* Object and period rows are not the account's own figures. */
	put(st, y, BAL_OIB, "1510", 0, "6 \"1\"", 700, NULL);
	put(st, y, BAL_PSALDO, "3010", 202401, "", -5000, NULL);
	put(st, y, BAL_IB, "3011", 0, "6 \"1\"", 1, NULL);
	assert_int_equal(store_turnover_put(st, y, "1930", 50000, 60000, -10000, &err), 0);
	assert_int_equal(store_turnover_put(st, y, "19300", 3, 3, 0, &err), 0);
	assert_int_equal(store_turnover_put(st, y, "4010", 7, 7, 0, &err), 0);
	assert_int_equal(store_turnover_put(st, y, "4010", 8, 8, 0, &err), 0);   /* replaces */

	assert_int_equal(store_year_get(st, 2024, &fy, &err), 0);
	memset(&b, 0xff, sizeof(b));
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.year.id, y);
	assert_string_equal(b.year.source, "a.se");
	assert_int_equal(b.year.period.end.y, 2024);
	/* Only turnover, no verification: the year has none. */
	assert_false(b.has_verifications);
	/* Sorted as text: "19300" after "1930", "2" after both. */
	assert_int_equal(b.n, 5);
	assert_string_equal(b.accounts[0].number, "1930");
	assert_true(b.accounts[0].has_ib && b.accounts[0].has_ub && b.accounts[0].has_turnover);
	assert_false(b.accounts[0].has_res);
	assert_int_equal(b.accounts[0].ib, 100000);
	assert_int_equal(b.accounts[0].ub, 150000);
	assert_int_equal(b.accounts[0].res, 0);
	assert_int_equal(b.accounts[0].turnover, 50000);
	assert_int_equal(b.accounts[0].debit, 60000);
	assert_int_equal(b.accounts[0].credit, -10000);
	assert_string_equal(b.accounts[1].number, "19300");
	assert_true(b.accounts[1].has_turnover);
	assert_false(b.accounts[1].has_ib || b.accounts[1].has_ub || b.accounts[1].has_res);
	assert_int_equal(b.accounts[1].turnover, 3);
	assert_string_equal(b.accounts[2].number, "2");
	assert_true(b.accounts[2].has_res);
	assert_int_equal(b.accounts[2].res, 7);
	assert_string_equal(b.accounts[3].number, "3010");
	assert_true(b.accounts[3].has_res);
	assert_false(b.accounts[3].has_turnover || b.accounts[3].has_ib);
	assert_int_equal(b.accounts[3].res, -200000);
	assert_string_equal(b.accounts[4].number, "4010");
	assert_int_equal(b.accounts[4].turnover, 8);
	assert_null(year_books_find(&b, "1510"));
	assert_null(year_books_find(&b, "3011"));
	year_books_release(&b);

	memset(&v, 0, sizeof(v));
	v.date = (struct date){ 2024, 2, 1 };
	ver(st, y, &v);
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_true(b.has_verifications);
	assert_int_equal(b.n, 5);
	year_books_release(&b);

	/* A year with nothing at all. */
	fy.id = add_year(st, period_year(2025), YEAR_BOOKS, "c.se");
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.n, 0);
	assert_false(b.has_verifications);
	year_books_release(&b);

	/* An account number too long to hold is refused, not cut. */
	assert_int_equal(store_turnover_put(st, fy.id, "123456789012345678901234", 1, 1, 0, &err), 0);
	assert_int_equal(store_year_books(st, &fy, &b, &err), -1);
	assert_string_equal(err.msg, "kontonumret '123456789012345678901234' är längre än 23 tecken");
	assert_null(b.accounts);
	assert_int_equal(b.n, 0);
	store_close(st);
}

/* Adds verification `number` of 2024 with the given counted amounts and
 * a removed one that would balance it. */
static int64_t ver_with(struct store *st, int64_t y, const char *number, int day, int64_t a, int64_t b)
{
	struct verification v;

	memset(&v, 0, sizeof(v));
	v.series = "A";
	v.number = number;
	v.date = (struct date){ 2024, 1, day };
	ver(st, y, &v);
	trans(st, y, v.id, TRANS_NORMAL, "1930", a);
	trans(st, y, v.id, TRANS_ADDED, "3010", b);
	trans(st, y, v.id, TRANS_REMOVED, "3010", -a - b);
	return v.id;
}

static void check_unbalanced(struct store *st, int64_t y)
{
	struct unbalanced_ver *u = NULL;
	struct err err;
	size_t n = 9;
	int64_t total = -1;

	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	assert_int_equal(n, 3);
	assert_string_equal(u[0].series, "A");
	assert_string_equal(u[0].number, "2");
	assert_int_equal(u[0].sum, -50);
	assert_int_equal(u[0].date.y, 2024);
	assert_int_equal(u[0].date.m, 1);
	assert_int_equal(u[0].date.d, 2);
	assert_string_equal(u[1].number, "4");
	assert_int_equal(u[1].sum, 1);
	assert_int_equal(u[1].date.d, 4);
	assert_string_equal(u[2].number, "5");
	assert_int_equal(u[2].sum, -123456789);
	free(u);

	/* Only the first `max` are listed; all are counted. */
	assert_int_equal(store_unbalanced_vers(st, y, 2, &u, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	assert_int_equal(n, 2);
	assert_string_equal(u[1].number, "4");
	free(u);
	assert_int_equal(store_unbalanced_vers(st, y, 0, &u, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	assert_int_equal(n, 0);
	assert_null(u);
}

/* The reads a long read keeps (store_keep): served from memory while it
 * lasts, so that a change behind the store's back is not seen until it
 * ends or a transaction begins; read anew after it. */
static void test_keep(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct fiscal_year fy, fy2;
	struct year_books b;
	struct account_map m;
	struct err err;
	int64_t y;
	int version;

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	put(st, y, BAL_UB, "1930", 0, "", 100, NULL);
	account_map_init(&m);
	account_map_add(&m, 3000, 3999, LINE_REVENUE);
	assert_int_equal(store_map_set(st, &m, &err), 0);
	account_map_release(&m);

	store_keep(st, 1);
	store_keep(st, 1);   /* nested: kept until the outer one ends */
	assert_int_equal(store_year_get(st, 2024, &fy, &err), 0);
	assert_int_equal(store_year_get(st, 2023, &fy2, &err), STORE_NOT_FOUND);
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.accounts[0].ub, 100);
	year_books_release(&b);
	account_map_init(&m);
	assert_int_equal(store_map_get(st, &m, &err), 0);
	assert_int_equal(m.n, 1);
	account_map_release(&m);
	assert_int_equal(store_budget_latest(st, 2024, &version, &err), 0);
	assert_int_equal(version, 0);

	/* Another program changes everything kept. */
	raw_exec("UPDATE balance SET amount = 200");
	raw_exec("INSERT INTO fiscal_year (start_date, end_date, origin, source) "
		 "VALUES ('2023-01-01', '2023-12-31', 'books', 'b.se')");
	raw_exec("DELETE FROM account_map");
	raw_exec("INSERT INTO budget (year, version, label, created_at) VALUES (2024, 1, 'B', '2024-01-01T00:00:00Z')");
	store_keep(st, 0);

	/* Still kept: the outer read goes on. */
	assert_int_equal(store_year_get(st, 2023, &fy2, &err), STORE_NOT_FOUND);
	memset(&b, 0, sizeof(b));
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.n, 1);
	assert_int_equal(b.year.id, y);
	assert_string_equal(b.accounts[0].number, "1930");
	assert_int_equal(b.accounts[0].ub, 100);
	year_books_release(&b);
	account_map_init(&m);
	assert_int_equal(store_map_get(st, &m, &err), 0);
	assert_int_equal(m.n, 1);
	assert_int_equal(m.ranges[0].from, 3000);
	assert_int_equal(m.ranges[0].line, LINE_REVENUE);
	account_map_release(&m);
	assert_int_equal(store_budget_latest(st, 2024, &version, &err), 0);
	assert_int_equal(version, 0);

	/* A transaction forgets what was kept and reads anew. */
	assert_int_equal(store_begin(st, &err), 0);
	assert_int_equal(store_year_get(st, 2023, &fy2, &err), 0);
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.accounts[0].ub, 200);
	year_books_release(&b);
	store_rollback(st);
	raw_exec("UPDATE balance SET amount = 300");
	/* After the transaction the read keeps again what it reads. */
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.accounts[0].ub, 300);
	year_books_release(&b);
	raw_exec("UPDATE balance SET amount = 400");
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.accounts[0].ub, 300);
	year_books_release(&b);
	store_keep(st, 0);

	/* The read over: everything read from the database. */
	assert_int_equal(store_year_books(st, &fy, &b, &err), 0);
	assert_int_equal(b.accounts[0].ub, 400);
	year_books_release(&b);
	account_map_init(&m);
	assert_int_equal(store_map_get(st, &m, &err), 0);
	assert_int_equal(m.n, 0);
	account_map_release(&m);
	assert_int_equal(store_budget_latest(st, 2024, &version, &err), 0);
	assert_int_equal(version, 1);
	/* An end without a beginning does nothing. */
	store_keep(st, 0);
	assert_int_equal(store_budget_latest(st, 2024, &version, &err), 0);
	assert_int_equal(version, 1);
	store_close(st);
}

/* A budget read while a long read lasts is kept with its lines, the same
 * as read, and read anew after it. */
static void test_keep_budget(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct budget b, got;
	struct err err;
	int i;

	(void)state;
	budget_init(&b, 2024);
	free(b.label);
	b.label = xstrdup("Beslutad 2023-11-20");
	budget_add(&b, BUDGET_GRANT, "Parternas insats", "Driftbidrag", 2000000000, "3010-3039");
	budget_add(&b, BUDGET_COST, "Insatser", "Insats", -1200000000, "4010");
	budget_line_objects(&b.lines[1], "6:1,6:2");
	assert_int_equal(store_budget_put(st, &b, &err), 0);
	budget_release(&b);

	store_keep(st, 1);
	for (i = 0; i < 2; i++) {
		assert_int_equal(store_budget_get(st, 2024, i, &got, &err), 0);
		assert_int_equal(got.year, 2024);
		assert_int_equal(got.version, 1);
		assert_string_equal(got.label, "Beslutad 2023-11-20");
		assert_int_equal(got.n, 2);
		assert_int_equal(got.lines[0].kind, BUDGET_GRANT);
		assert_string_equal(got.lines[0].group, "Parternas insats");
		assert_string_equal(got.lines[0].name, "Driftbidrag");
		assert_int_equal(got.lines[0].amount, 2000000000);
		assert_string_equal(got.lines[0].accounts, "3010-3039");
		assert_string_equal(got.lines[0].objects, "");
		assert_int_equal(got.lines[1].kind, BUDGET_COST);
		assert_int_equal(got.lines[1].amount, -1200000000);
		assert_string_equal(got.lines[1].objects, "6:1,6:2");
		budget_release(&got);
		/* Another program changes it: not seen while the read lasts. */
		raw_exec("UPDATE budget_line SET amount = 5");
	}
	assert_int_equal(store_budget_get(st, 2023, 1, &got, &err), STORE_NOT_FOUND);
	store_keep(st, 0);

	assert_int_equal(store_budget_get(st, 2024, 1, &got, &err), 0);
	assert_int_equal(got.n, 2);
	assert_int_equal(got.lines[0].amount, 5);
	assert_int_equal(got.lines[1].amount, 5);
	budget_release(&got);
	store_close(st);
}

static void test_unbalanced(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct unbalanced_ver dummy, *u = &dummy;
	struct err err;
	size_t n = 9;
	int64_t y, y2, total = -1, second, third;
	char sql[160];

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "a.se");
	y2 = add_year(st, period_year(2023), YEAR_BOOKS, "b.se");
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	assert_int_equal(n, 0);
	assert_null(u);

	ver_with(st, y, "1", 1, 100, -100);
	second = ver_with(st, y, "2", 2, 100, -150);
	ver_with(st, y2, "1", 3, 100, -1);               /* the other year's */
	third = ver_with(st, y, "3", 3, 5000000000000LL, -5000000000000LL);
	ver_with(st, y, "4", 4, 1, 0);
	ver_with(st, y, "5", 5, -123456789, 0);
	ver_with(st, y, "6", 6, 0, 0);
	check_unbalanced(st, y);
	assert_int_equal(store_unbalanced_vers(st, y2, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 1);
	assert_int_equal(u[0].sum, 99);
	free(u);

	/* Transactions out of the order they are usually added in give the
	 * same answer: the one added late to verification 2 balances it, and
	 * one added late to verification 1 unbalances that by 1 öre. */
	trans(st, y, second, TRANS_NORMAL, "3010", 50);
	trans(st, y, second - 1, TRANS_NORMAL, "3010", 7);
	trans(st, y, second - 1, TRANS_NORMAL, "3010", -6);
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 3);
	assert_int_equal(n, 3);
	assert_string_equal(u[0].number, "1");
	assert_int_equal(u[0].sum, 1);
	assert_int_equal(u[0].date.d, 1);
	assert_string_equal(u[1].number, "4");
	assert_string_equal(u[2].number, "5");
	free(u);

	/* A transaction changed behind the store's back (another program)
	 * is found as well: nothing kept stands in for the sums. */
	snprintf(sql, sizeof(sql), "UPDATE trans SET amount = amount - 3 WHERE ver_id = %lld AND account = '1930'",
		 (long long)third);
	raw_exec(sql);
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 4);
	assert_int_equal(n, 4);
	assert_string_equal(u[0].number, "1");
	assert_string_equal(u[1].number, "3");
	assert_int_equal(u[1].sum, -3);
	assert_int_equal(u[1].date.d, 3);
	assert_string_equal(u[2].number, "4");
	assert_string_equal(u[3].number, "5");
	free(u);

	/* A sum beyond 64 bits is an error, not a wrapped-around figure. */
	y = add_year(st, period_year(2022), YEAR_BOOKS, "c.se");
	ver_with(st, y, "1", 1, INT64_MAX, 1);
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), -1);
	assert_non_null(strstr(err.msg, "databasfel (summera verifikationerna)"));
	assert_null(u);
	assert_int_equal(n, 0);
	assert_int_equal(total, 0);
	store_close(st);
}

static int on_account(void *ctx, const struct account *a, struct err *err)
{
	(void)err;
	collect_add(ctx, "%s|%s|%s|%s|%s\n", a->number, a->name, or_null(a->type), or_null(a->unit),
		    or_null(a->sru));
	return 0;
}

static int on_dim(void *ctx, const struct dimension *d, struct err *err)
{
	(void)err;
	collect_add(ctx, "D %d %s %d\n", d->number, d->name, d->parent);
	return 0;
}

static int on_object(void *ctx, const struct object *o, struct err *err)
{
	(void)err;
	collect_add(ctx, "O %d %s %s\n", o->dim, o->code, o->name);
	return 0;
}

static void test_chart(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct collect c = { "" };
	struct dimension d;
	struct object o;
	struct err err;

	(void)state;
	assert_int_equal(store_account_put(st, "1930", "Bank", &err), 0);
	assert_int_equal(store_account_set_type(st, "1930", "T", &err), 0);
	assert_int_equal(store_account_set_sru(st, "1930", "7281", &err), 0);
	assert_int_equal(store_account_set_unit(st, "4010", "st", &err), 0);  /* before its #KONTO */
	assert_int_equal(store_account_put(st, "4010", "Bidrag till insatser", &err), 0);
	assert_int_equal(store_account_put(st, "1930", "Företagskonto", &err), 0);  /* renamed */
	assert_int_equal(store_account_put(st, "2440", NULL, &err), 0);
	assert_int_equal(store_account_set_type(st, "2440", "S", &err), 0);
	assert_int_equal(store_account_set_type(st, "2440", NULL, &err), 0);      /* taken away */
	assert_int_equal(store_account_each(st, on_account, &c, &err), 0);
	assert_string_equal(c.text, "1930|Företagskonto|T|(null)|7281\n"
				    "2440||(null)|(null)|(null)\n"
				    "4010|Bidrag till insatser|(null)|st|(null)\n");

	c.text[0] = '\0';
	d = (struct dimension){ 21, "Delprojekt", 6 };
	assert_int_equal(store_dimension_put(st, &d, &err), 0);
	d = (struct dimension){ 6, "Projekt", 0 };
	assert_int_equal(store_dimension_put(st, &d, &err), 0);
	d = (struct dimension){ 1, "Kostnadsställe", 0 };
	assert_int_equal(store_dimension_put(st, &d, &err), 0);
	d = (struct dimension){ 1, "Resultatenhet", 0 };            /* renamed */
	assert_int_equal(store_dimension_put(st, &d, &err), 0);
	o = (struct object){ 6, "2", "Unga vuxna" };
	assert_int_equal(store_object_put(st, &o, &err), 0);
	o = (struct object){ 6, "1", "Steget vidare" };
	assert_int_equal(store_object_put(st, &o, &err), 0);
	o = (struct object){ 1, "2", "Kansliet" };
	assert_int_equal(store_object_put(st, &o, &err), 0);
	o = (struct object){ 6, "2", "Unga vuxna 2.0" };            /* renamed */
	assert_int_equal(store_object_put(st, &o, &err), 0);
	/* Main dimensions before the ones under them. */
	assert_int_equal(store_dimension_each(st, on_dim, &c, &err), 0);
	assert_int_equal(store_object_each(st, on_object, &c, &err), 0);
	assert_string_equal(c.text, "D 1 Resultatenhet 0\n"
				    "D 6 Projekt 0\n"
				    "D 21 Delprojekt 6\n"
				    "O 1 2 Kansliet\n"
				    "O 6 1 Steget vidare\n"
				    "O 6 2 Unga vuxna 2.0\n");
	store_close(st);
}

static void test_map(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct account_map m, back;
	struct err err;

	(void)state;
	account_map_init(&back);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, 0);

	account_map_init(&m);
	account_map_add(&m, 3000, 3999, LINE_REVENUE);
	account_map_add(&m, 1000, 1399, LINE_FIXED_ASSETS);
	account_map_add(&m, 8400, 8499, LINE_FINANCIAL_INCOME);
	assert_int_equal(store_map_set(st, &m, &err), 0);
	/* Appended to what the map already holds, in the order set. */
	account_map_add(&back, 1, 2, LINE_NONE);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, 4);
	assert_int_equal(back.ranges[0].from, 1);
	assert_int_equal(back.ranges[1].from, 3000);
	assert_int_equal(back.ranges[1].to, 3999);
	assert_int_equal(back.ranges[1].line, LINE_REVENUE);
	assert_int_equal(back.ranges[2].from, 1000);
	assert_int_equal(back.ranges[2].line, LINE_FIXED_ASSETS);
	assert_int_equal(back.ranges[3].from, 8400);
	assert_int_equal(back.ranges[3].to, 8499);
	assert_int_equal(back.ranges[3].line, LINE_FINANCIAL_INCOME);
	account_map_release(&back);

	/* Setting replaces every row; the default map round-trips whole. */
	account_map_default(&m);
	assert_int_equal(store_map_set(st, &m, &err), 0);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, m.n);
	assert_memory_equal(back.ranges, m.ranges, m.n * sizeof(*m.ranges));
	account_map_release(&back);
	store_close(st);
	/* Lines are stored by their key, which outlives the enum's order. */
	assert_string_equal(raw_text("SELECT line FROM account_map ORDER BY id"), "fixed_assets");

	/* A line this finsam does not know is an error, not a lost range. */
	raw_exec("INSERT INTO account_map (from_key, to_key, line) VALUES (9000, 9099, 'framtida_rad')");
	st = tmpdb_open(&tmp);
	assert_int_equal(store_map_get(st, &back, &err), -1);
	assert_string_equal(err.msg, "okänd rad 'framtida_rad' i den sparade kontomappningen");
	account_map_release(&back);

	/* An empty map clears it. */
	account_map_release(&m);
	assert_int_equal(store_map_set(st, &m, &err), 0);
	assert_int_equal(store_map_get(st, &back, &err), 0);
	assert_int_equal(back.n, 0);
	account_map_release(&back);
	store_close(st);
}

struct sums {
	int64_t vers, trans, amount, last_ver;
	int ordered;
};

static int sum_ver(void *ctx, const struct verification *v, struct err *err)
{
	struct sums *s = ctx;

	(void)err;
	if (v->id <= s->last_ver)
		s->ordered = 0;
	s->last_ver = v->id;
	s->vers++;
	return 0;
}

static int sum_trans(void *ctx, const struct transaction *t, struct err *err)
{
	struct sums *s = ctx;

	(void)err;
	s->trans++;
	s->amount += t->amount;
	return 0;
}

/* Many rows in one transaction: correctness, and the rate seen. */
static void test_bulk(void **state)
{
	enum { VERS = 100000 };
	static const char *const accounts[] = { "1930", "2440", "4010", "5010", "6110", "3010" };
	struct store *st = tmpdb_open(&tmp);
	struct verification v;
	struct transaction t;
	struct sums s = { 0, 0, 0, 0, 1 };
	struct unbalanced_ver *u = NULL;
	struct err err;
	struct timespec a, b;
	char num[16], text[48];
	int64_t y, vers, n_trans, total;
	size_t n;
	double secs;
	int i, k;

	(void)state;
	y = add_year(st, period_year(2024), YEAR_BOOKS, "stor.se");
	memset(&v, 0, sizeof(v));
	memset(&t, 0, sizeof(t));
	v.series = "A";
	v.number = num;
	v.text = text;
	clock_gettime(CLOCK_MONOTONIC, &a);
	assert_int_equal(store_begin(st, &err), 0);
	for (i = 0; i < VERS; i++) {
		snprintf(num, sizeof(num), "%d", i + 1);
		snprintf(text, sizeof(text), "Leverantörsfaktura %d", 70000 + i);
		v.date = (struct date){ 2024, 1 + i % 12, 1 + i % 28 };
		if (store_ver_add(st, y, &v, &err) != 0)
			fail_msg("%s", err.msg);
		/* Three rows that balance: i + 1, i, and -(2i + 1). */
		for (k = 0; k < 3; k++) {
			t.account = accounts[(i + k) % 6];
			t.objects = k == 1 ? "6 \"1\"" : "";
			t.amount = k == 0 ? i + 1 : k == 1 ? i : -(2 * (int64_t)i + 1);
			if (store_trans_add(st, y, v.id, &t, &err) != 0)
				fail_msg("%s", err.msg);
		}
	}
	assert_int_equal(store_commit(st, &err), 0);
	clock_gettime(CLOCK_MONOTONIC, &b);
	secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
	print_message("%d verifications and %d transactions stored in %.2f s: %.0f rows/s\n",
		      VERS, 3 * VERS, secs, 4.0 * VERS / secs);

	assert_int_equal(store_ver_count(st, y, &vers, &n_trans, &err), 0);
	assert_int_equal(vers, VERS);
	assert_int_equal(n_trans, 3 * VERS);
	assert_int_equal(store_ver_each(st, y, sum_ver, sum_trans, &s, &err), 0);
	assert_int_equal(s.vers, VERS);
	assert_int_equal(s.trans, 3 * VERS);
	assert_int_equal(s.amount, 0);
	assert_true(s.ordered);
	assert_int_equal(store_unbalanced_vers(st, y, 10, &u, &n, &total, &err), 0);
	assert_int_equal(total, 0);
	assert_null(u);
	store_close(st);
}

/* A change of a record is logged with its values before and after, in
 * local time with the offset, and the log refuses to be changed. */
static void test_audit_change(void **state)
{
	struct store *st = tmpdb_open(&tmp);
	struct audit_entry *log = NULL;
	size_t n = 0;
	struct err err;

	(void)state;
	assert_int_equal(store_audit_add(st, "anna", "lägg till", "D001", "kön=kvinna", &err), 0);
	assert_int_equal(store_audit_change(st, "anna", "ändra beslut", "decision 3", NULL, "{\"amount\":100}",
					    "{\"amount\":200}", &err), 0);
	assert_int_equal(store_audit_change(st, "bo", "ta bort beslut", "decision 3", NULL, "{\"amount\":200}",
					    NULL, &err), 0);
	assert_int_equal(store_audit_list(st, &log, &n, &err), 0);
	assert_int_equal(n, 3);
	assert_string_equal(log[0].code, "D001");
	assert_string_equal(log[0].record, "");
	assert_string_equal(log[0].old_values, "");
	assert_string_equal(log[1].record, "decision 3");
	assert_string_equal(log[1].old_values, "{\"amount\":100}");
	assert_string_equal(log[1].new_values, "{\"amount\":200}");
	assert_string_equal(log[2].actor, "bo");
	assert_string_equal(log[2].new_values, "");
	/* "2026-03-01T14:05:09+01:00" */
	assert_int_equal(strlen(log[1].at), 25);
	assert_true(log[1].at[10] == 'T' && (log[1].at[19] == '+' || log[1].at[19] == '-') && log[1].at[22] == ':');
	audit_release(log, n);
	store_close(st);
	{
		char msg[512];

		assert_int_equal(tmpdb_try(&tmp, "UPDATE audit_log SET new_values = ''", msg, sizeof(msg)), -1);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPDB_TEST(test_create_and_reopen, &tmp),
		TMPDB_TEST(test_refused_files, &tmp),
		TMPDB_TEST(test_pg_create_and_refuse, &tmp),
		TMPDB_TEST(test_association_and_members, &tmp),
		TMPDB_TEST(test_years, &tmp),
		TMPDB_TEST(test_year_clear, &tmp),
		TMPDB_TEST(test_year_has_verifications, &tmp),
		TMPDB_TEST(test_verifications, &tmp),
		TMPDB_TEST(test_verification_order, &tmp),
		TMPDB_TEST(test_balances, &tmp),
		TMPDB_TEST(test_books, &tmp),
		TMPDB_TEST(test_keep, &tmp),
		TMPDB_TEST(test_keep_budget, &tmp),
		TMPDB_TEST(test_unbalanced, &tmp),
		TMPDB_TEST(test_chart, &tmp),
		TMPDB_TEST(test_map, &tmp),
		TMPDB_TEST(test_bulk, &tmp),
		TMPDB_TEST(test_audit_change, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
