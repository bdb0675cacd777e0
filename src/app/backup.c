/*
 * backup.c: the database and its key, copied and brought back. A backup
 * is two files: the copy (the engine's online backup, so a running server
 * may go on writing) and its key beside it as FILE.key, the name a
 * database gives its own key. Restoring checks the copy's key against the
 * fingerprint the copy holds before anything is replaced, and keeps the
 * database it replaces (and its key) aside under a timestamp. Proving a
 * backup runs on a temporary copy every check 'finsam check' runs, the
 * engine's integrity check and the key's fingerprint.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "base/tmp.h"
#include "doc/doc.h"
#include "model/check.h"
#include "store/store.h"

#define PATH_MAX_LEN 4096

int app_write_private(const char *path, const void *bytes, size_t n, int excl, struct err *err)
{
	char tmp[PATH_MAX_LEN + 32];
	int fd;

	if (excl && access(path, F_OK) == 0)
		return err_set(err, "'%s' finns redan", path);
	snprintf(tmp, sizeof(tmp), "%s.tmp-%ld", path, (long)getpid());
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return err_set(err, "kan inte skapa '%s': %s", path, strerror(errno));
	if (write(fd, bytes, n) != (ssize_t)n || fsync(fd) != 0) {
		close(fd);
		unlink(tmp);
		return err_set(err, "kan inte skriva '%s'", path);
	}
	close(fd);
	if (rename(tmp, path) != 0) {
		unlink(tmp);
		return err_set(err, "kan inte skriva '%s': %s", path, strerror(errno));
	}
	return 0;
}

static void copy_key_path(const char *copy, char *out, size_t n)
{
	snprintf(out, n, "%s.key", copy);
}

int app_backup(const char *db_path, const char *out, app_copy_progress progress, void *ctx, int *with_key,
	       struct err *err)
{
	char key_out[PATH_MAX_LEN + 8], tmp[PATH_MAX_LEN + 32];
	struct store *st = NULL;
	struct app_key key;
	int rc;

	*with_key = 0;
	copy_key_path(out, key_out, sizeof(key_out));
	if (access(out, F_OK) == 0)
		return err_set(err, "'%s' finns redan; välj ett nytt namn för säkerhetskopian", out);
	if (access(key_out, F_OK) == 0)
		return err_set(err, "'%s' finns redan; välj ett nytt namn för säkerhetskopian", key_out);
	if (app_open(&st, db_path, 0, NULL, err) < 0)
		return -1;
	/* A copy whose key is not the database's could never be restored. */
	rc = app_key_load(st, db_path, 0, &key, err);
	if (rc < 0)
		goto done;
	*with_key = rc == 0;
	snprintf(tmp, sizeof(tmp), "%s.tmp-%ld", out, (long)getpid());
	rc = store_backup(st, tmp, progress, ctx, err);
	if (rc == 0 && *with_key && app_write_private(key_out, key.bytes, sizeof(key.bytes), 1, err) < 0)
		rc = -1;
	if (rc == 0 && rename(tmp, out) != 0) {
		rc = err_set(err, "kan inte skriva '%s': %s", out, strerror(errno));
		if (*with_key)
			unlink(key_out);
	}
	if (rc < 0)
		store_remove(tmp);
done:
	sodium_memzero(&key, sizeof(key));
	app_close(st);
	return rc < 0 ? -1 : 0;
}

/* The copy at `copy`, sound and with its key: copied to work (a new
 * file), opened there (the schema brought up to date) and its key file
 * checked against its fingerprint. *st the opened work copy; the key in
 * *key and *has_key 1, or 0 for a copy that needs none or whose key is
 * not its own (then key_problem says why); -1 with a message (work
 * removed) when the copy is damaged ("är skadad") or cannot be read. */
static int open_checked(const char *copy, const char *work, struct store **st, struct app_key *key, int *has_key,
			char *key_problem, size_t n, app_copy_progress progress, void *ctx, struct err *err)
{
	char problem[512], key_in[PATH_MAX_LEN + 8];
	struct err kerr;
	int rc;

	*st = NULL;
	*has_key = 0;
	key_problem[0] = '\0';
	if (store_integrity_check(copy, problem, sizeof(problem), err) < 0)
		return -1;
	if (problem[0])
		return err_set(err, "kopian '%s' är skadad: %s", copy, problem);
	if (store_copy_file(copy, work, progress, ctx, err) < 0)
		return -1;
	if (app_open(st, work, 0, NULL, err) < 0) {
		store_remove(work);
		return -1;
	}
	copy_key_path(copy, key_in, sizeof(key_in));
	rc = app_key_load_file(*st, key_in, 0, key, &kerr);
	if (rc < 0)
		snprintf(key_problem, n, "%s", kerr.msg);
	*has_key = rc == 0;
	return 0;
}

int app_restore(const char *copy, const char *db_path, int force, char *aside, size_t aside_n,
		app_copy_progress progress, void *ctx, struct err *err)
{
	char work[PATH_MAX_LEN + 32], key_path[PATH_MAX_LEN], side[PATH_MAX_LEN + 64], key_problem[ERR_MSG_MAX];
	char stamp[32];
	struct store *st = NULL;
	struct app_key key;
	struct stat sb;
	time_t now = time(NULL);
	struct tm tm;
	int exists, has_key, rc = -1;

	aside[0] = '\0';
	if (!db_path || !*db_path)
		return err_set(err, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	exists = stat(db_path, &sb) == 0;
	if (exists && !force)
		return err_set(err, "databasen '%s' finns redan; återställ över den med --force (den sparas då "
				    "bredvid med en tidsstämpel i namnet)", db_path);
	snprintf(work, sizeof(work), "%s.restore-%ld", db_path, (long)getpid());
	if (open_checked(copy, work, &st, &key, &has_key, key_problem, sizeof(key_problem), progress, ctx, err) < 0)
		return -1;
	app_close(st);
	if (key_problem[0]) {
		err_set(err, "kopians nyckel hör inte till kopian (%s.key): %s", copy, key_problem);
		goto fail;
	}
	app_key_path(db_path, key_path, sizeof(key_path));
	if (exists) {
		if (!localtime_r(&now, &tm) || strftime(stamp, sizeof(stamp), "%Y%m%d-%H%M%S", &tm) == 0)
			snprintf(stamp, sizeof(stamp), "%ld", (long)now);
		snprintf(side, sizeof(side), "%s.%s.bak", db_path, stamp);
		if (store_copy_file(db_path, side, NULL, NULL, err) < 0)
			goto fail;
		snprintf(aside, aside_n, "%s", side);
		if (access(key_path, F_OK) == 0) {
			struct app_key old;
			char side_key[PATH_MAX_LEN + 72];
			FILE *f = fopen(key_path, "rb");
			size_t got = f ? fread(old.bytes, 1, sizeof(old.bytes), f) : 0;

			if (f)
				fclose(f);
			copy_key_path(side, side_key, sizeof(side_key));
			rc = got == sizeof(old.bytes) ? app_write_private(side_key, old.bytes, got, 1, err)
						       : err_set(err, "kan inte läsa den gamla nyckelfilen");
			sodium_memzero(&old, sizeof(old));
			if (rc < 0)
				goto fail;
			rc = -1;
		}
	}
	/* The replaced database's journal holds nothing its aside copy lacks. */
	{
		static const char *const sides[] = { "-wal", "-shm" };
		size_t i;

		for (i = 0; i < 2; i++) {
			snprintf(side, sizeof(side), "%s%s", db_path, sides[i]);
			unlink(side);
		}
	}
	if (rename(work, db_path) != 0) {
		err_set(err, "kan inte lägga kopian på plats som '%s': %s", db_path, strerror(errno));
		goto fail;
	}
	if (has_key)
		rc = app_write_private(key_path, key.bytes, sizeof(key.bytes), 0, err);
	else
		rc = unlink(key_path) == 0 || errno == ENOENT ? 0 : err_set(err, "kan inte ta bort den gamla nyckelfilen");
	sodium_memzero(&key, sizeof(key));
	return rc;
fail:
	sodium_memzero(&key, sizeof(key));
	store_remove(work);
	return -1;
}

struct doc *app_verify_backup(const char *copy, int *failures, app_copy_progress progress, void *ctx,
			      struct err *err)
{
	char dir[PATH_MAX_LEN], work[PATH_MAX_LEN + 16], key_problem[ERR_MSG_MAX];
	struct check_report report = { 0 };
	struct store *st = NULL;
	struct app_key key;
	struct doc *d = NULL;
	int has_key, year;

	*failures = 0;
	if (tmp_template(dir, sizeof(dir), "verify") < 0 || !mkdtemp(dir)) {
		err_set(err, "kan inte skapa en tillfällig mapp: %s", strerror(errno));
		return NULL;
	}
	snprintf(work, sizeof(work), "%s/kopia.db", dir);
	if (open_checked(copy, work, &st, &key, &has_key, key_problem, sizeof(key_problem), progress, ctx, err) < 0) {
		if (strstr(err->msg, "är skadad"))
			*failures = 1;
		goto done;
	}
	sodium_memzero(&key, sizeof(key));
	/* A copy without books is checked for the present year. */
	if (app_latest_year(st, &year, err) < 0)
		year = date_today().y;
	if (app_check(st, year, &report, err) < 0)
		goto done;
	check_add(&report, "backup_integrity", "Kopian är hel (SQLite:s integritetskontroll)", CHECK_OK,
		  "Integritetskontrollen av kopian visar inga fel.");
	check_add(&report, "backup_key", "Nyckeln hör till kopian", key_problem[0] ? CHECK_FAILED : CHECK_OK,
		  key_problem[0] ? key_problem
				 : has_key ? "Nyckelfilen bredvid kopian har kopians fingeravtryck."
					   : "Kopian har inga personnummer och behöver ingen nyckel.");
	d = app_report_check(st, &report, err);
	*failures = report.failures;
done:
	check_report_release(&report);
	app_close(st);
	store_remove(work);
	rmdir(dir);
	return d;
}
