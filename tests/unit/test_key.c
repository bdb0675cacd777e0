/*
 * test_key.c: the key of the participant register is never replaced in
 * silence: a fresh database gets a key and its fingerprint; a key file
 * that is removed or swapped is refused (and no new key is made, nothing
 * is stored); a database from before the fingerprint gets its key's only
 * when a stored hash proves it. And the copies of a database the backup
 * makes: whole, sound, and beside the original's key.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cmocka.h>

#include "app/app.h"
#include "base/err.h"
#include "tmpapp.h"

static struct tmpdb tmp = { .name = "key" };

/* Beside the database file; a PostgreSQL database's is the one
 * FINSAM_KEY_FILE names, in the test's folder (tmpdb.h). */
static const char *key_file(void)
{
	static char path[400];

	if (tmp.pg_name[0])
		snprintf(path, sizeof(path), "%s/test.key", tmp.dir);
	else
		snprintf(path, sizeof(path), "%s.key", tmp.db);
	return path;
}

static void write_key(const struct app_key *key)
{
	FILE *f = fopen(key_file(), "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(key->bytes, 1, sizeof(key->bytes), f), sizeof(key->bytes));
	fclose(f);
}

static int add(struct store *st, const struct app_key *key, const char *code, const char *pnr, const char *born,
	       struct err *err)
{
	struct app_participant_fields f = { .code = code, .pnr = pnr, .sex = "kvinna", .born = born };

	return app_participant_add(st, key, &f, err);
}

static size_t participants(struct store *st)
{
	struct participant *p = NULL;
	size_t n = 0;
	struct err err;

	assert_int_equal(store_participant_list(st, &p, &n, &err), 0);
	free(p);
	return n;
}

static void test_fresh_database(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key, again;
	char fp[APP_KEY_FINGERPRINT_HEX], stored[APP_KEY_FINGERPRINT_HEX], how[32];
	struct stat sb;
	struct err err;

	(void)state;
	/* Without create, a database that never had a key needs none. */
	assert_int_equal(app_key_load(st, tmp.db, 0, &key, &err), APP_KEY_NONE);
	assert_int_equal(access(key_file(), F_OK), -1);
	assert_int_equal(store_key_fingerprint_get(st, stored, sizeof(stored), how, sizeof(how), &err),
			 STORE_NOT_FOUND);
	/* With it, the key is made, only its owner reads it, and its
	 * fingerprint (not the key) is recorded and logged. */
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), 0);
	assert_int_equal(stat(key_file(), &sb), 0);
	assert_int_equal(sb.st_mode & 0777, 0600);
	assert_int_equal(store_key_fingerprint_get(st, stored, sizeof(stored), how, sizeof(how), &err), 0);
	app_key_fingerprint(&key, fp);
	assert_string_equal(stored, fp);
	assert_string_equal(how, "created");
	assert_int_equal(strlen(stored), 64);
	/* The same key next time. */
	assert_int_equal(app_key_load(st, tmp.db, 1, &again, &err), 0);
	assert_memory_equal(key.bytes, again.bytes, sizeof(key.bytes));
	assert_int_equal(add(st, &key, "D001", "19121212-1212", "1912", &err), 0);
	app_close(st);
}

static void test_key_removed(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key;
	struct err err;

	(void)state;
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), 0);
	assert_int_equal(add(st, &key, "D001", "19121212-1212", "1912", &err), 0);
	assert_int_equal(unlink(key_file()), 0);
	/* Refused, and no new key is made in its place. */
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), -1);
	assert_non_null(strstr(err.msg, "nyckelfilen saknas eller hör inte till databasen"));
	assert_non_null(strstr(err.msg, "säkerhetskopian"));
	assert_int_equal(access(key_file(), F_OK), -1);
	/* Nothing is stored without the key (the web passes none). */
	assert_int_equal(add(st, NULL, "D002", "19850101-1236", "1985", &err), -1);
	assert_non_null(strstr(err.msg, "nyckelfilen saknas eller hör inte till databasen"));
	assert_int_equal(participants(st), 1);
	app_close(st);
}

static void test_fingerprint_without_hashes(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key;
	struct err err;

	(void)state;
	/* A key made, never used, then lost: the database remembers it. */
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), 0);
	assert_int_equal(unlink(key_file()), 0);
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), -1);
	assert_int_equal(access(key_file(), F_OK), -1);
	app_close(st);
}

static void test_key_swapped(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key, other;
	struct err err;

	(void)state;
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), 0);
	assert_int_equal(add(st, &key, "D001", "19121212-1212", "1912", &err), 0);
	memset(other.bytes, 7, sizeof(other.bytes));
	write_key(&other);
	assert_int_equal(app_key_load(st, tmp.db, 1, &other, &err), -1);
	assert_non_null(strstr(err.msg, "nyckelfilen saknas eller hör inte till databasen"));
	/* The right key again is taken. */
	write_key(&key);
	assert_int_equal(app_key_load(st, tmp.db, 1, &other, &err), 0);
	assert_memory_equal(key.bytes, other.bytes, sizeof(key.bytes));
	app_close(st);
}

/* A database from before the fingerprint: hashes stored with a key whose
 * fingerprint was never recorded. */
static void legacy(struct store *st, struct app_key *key)
{
	struct err err;

	memset(key->bytes, 0x5a, sizeof(key->bytes));
	write_key(key);
	assert_int_equal(add(st, key, "D001", "19121212-1212", "1912", &err), 0);
	assert_int_equal(add(st, key, "D002", "19901231-1230", "1990", &err), 0);
}

static void test_legacy_proven(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key, loaded;
	char fp[APP_KEY_FINGERPRINT_HEX], stored[APP_KEY_FINGERPRINT_HEX], how[32];
	struct err err;

	(void)state;
	legacy(st, &key);
	assert_int_equal(app_key_load(st, tmp.db, 1, &loaded, &err), 0);
	assert_int_equal(store_key_fingerprint_get(st, stored, sizeof(stored), how, sizeof(how), &err), 0);
	app_key_fingerprint(&key, fp);
	assert_string_equal(stored, fp);
	assert_string_equal(how, "proven");
	app_close(st);
}

static void test_legacy_wrong_key(void **state)
{
	struct store *st = tmpapp_open(&tmp);
	struct app_key key;
	char stored[APP_KEY_FINGERPRINT_HEX];
	struct err err;

	(void)state;
	legacy(st, &key);
	memset(key.bytes, 0x33, sizeof(key.bytes));
	write_key(&key);
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), -1);
	assert_non_null(strstr(err.msg, "nyckelfilen saknas eller hör inte till databasen"));
	assert_int_equal(store_key_fingerprint_get(st, stored, sizeof(stored), NULL, 0, &err), STORE_NOT_FOUND);
	/* Missing altogether: refused, and none made. */
	assert_int_equal(unlink(key_file()), 0);
	assert_int_equal(app_key_load(st, tmp.db, 1, &key, &err), -1);
	assert_int_equal(access(key_file(), F_OK), -1);
	app_close(st);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		TMPAPP_TEST(test_fresh_database, &tmp),
		TMPAPP_TEST(test_key_removed, &tmp),
		TMPAPP_TEST(test_fingerprint_without_hashes, &tmp),
		TMPAPP_TEST(test_key_swapped, &tmp),
		TMPAPP_TEST(test_legacy_proven, &tmp),
		TMPAPP_TEST(test_legacy_wrong_key, &tmp),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
