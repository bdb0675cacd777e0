/*
 * sqlite_backup.c: copies of a whole database through SQLite's online
 * backup API, for 'finsam backup', 'restore' and 'verify-backup'. The copy
 * reads the source in one read transaction, so every page comes from the
 * same moment while other connections (a running 'finsam serve') go on
 * writing to the write-ahead log; it is written to a new file that only its
 * owner can read, as one self-contained file (no -wal beside it), and
 * synced to the disk before it is called done.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "base/err.h"
#include "store/store_int.h"
#include "store/store.h"

/* Pages copied per step: a step between two progress reports. */
#define STEP_PAGES 1024

static int copy_error(sqlite3 *db, const char *dest, struct err *err)
{
	return err_set(err, "kan inte skriva kopian '%s': %s", dest, db ? sqlite3_errmsg(db) : "slut på minne");
}

static int copy_db(sqlite3 *src, const char *dest, store_progress_fn progress, void *ctx, struct err *err)
{
	sqlite3 *dst = NULL;
	sqlite3_backup *b;
	int fd, rc, busy = 0, began = 0;

	fd = open(dest, O_WRONLY | O_CREAT | O_EXCL, 0600);
	if (fd < 0)
		return err_set(err, "kan inte skapa kopian '%s': %s", dest, strerror(errno));
	close(fd);
	if (sqlite3_open_v2(dest, &dst, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK) {
		copy_error(dst, dest, err);
		goto fail;
	}
	/* The source's snapshot, held until the last page is copied. */
	if (sqlite3_exec(src, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
		err_set(err, "kan inte läsa databasen: %s", sqlite3_errmsg(src));
		goto fail;
	}
	began = 1;
	b = sqlite3_backup_init(dst, "main", src, "main");
	if (!b) {
		copy_error(dst, dest, err);
		goto fail;
	}
	do {
		rc = sqlite3_backup_step(b, STEP_PAGES);
		if (progress && (rc == SQLITE_OK || rc == SQLITE_DONE))
			progress(ctx, (long)(sqlite3_backup_pagecount(b) - sqlite3_backup_remaining(b)),
				 (long)sqlite3_backup_pagecount(b));
		if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
			sqlite3_sleep(50);
			busy++;
		}
	} while ((rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) && busy < 200);
	sqlite3_backup_finish(b);
	if (rc != SQLITE_DONE) {
		copy_error(dst, dest, err);
		goto fail;
	}
	sqlite3_exec(src, "COMMIT", NULL, NULL, NULL);
	began = 0;
	/* One file, nothing beside it, whatever the source's journal was. */
	if (sqlite3_exec(dst, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL) != SQLITE_OK) {
		copy_error(dst, dest, err);
		goto fail;
	}
	if (sqlite3_close(dst) != SQLITE_OK) {
		dst = NULL;
		err_set(err, "kan inte stänga kopian '%s'", dest);
		goto fail;
	}
	dst = NULL;
	fd = open(dest, O_RDONLY);
	if (fd < 0 || fsync(fd) != 0) {
		err_set(err, "kan inte skriva kopian '%s' till disken: %s", dest, strerror(errno));
		if (fd >= 0)
			close(fd);
		goto fail;
	}
	close(fd);
	return 0;
fail:
	if (began)
		sqlite3_exec(src, "ROLLBACK", NULL, NULL, NULL);
	sqlite3_close(dst);
	store_remove(dest);
	return -1;
}

int store_backup(struct store *st, const char *dest, store_progress_fn progress, void *ctx, struct err *err)
{
	if (st->in_tx)
		return err_set(err, "kan inte kopiera databasen mitt i en ändring");
	if (st->pg)
		return err_set(err, "finsam backup kopierar bara SQLite-filer; säkerhetskopiera en PostgreSQL-databas "
			       "med pg_dump (och nyckelfilen med den)");
	return copy_db(st->db, dest, progress, ctx, err);
}

/* Opens path read-only: -1 with a message when it cannot be. */
static int open_ro(const char *path, sqlite3 **db, struct err *err)
{
	if (access(path, R_OK) != 0)
		return err_set(err, "kan inte läsa '%s': %s", path, strerror(errno));
	if (sqlite3_open_v2(path, db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) {
		err_set(err, "kan inte öppna '%s': %s", path, *db ? sqlite3_errmsg(*db) : "slut på minne");
		sqlite3_close(*db);
		*db = NULL;
		return -1;
	}
	sqlite3_busy_timeout(*db, 5000);
	return 0;
}

int store_copy_file(const char *src, const char *dest, store_progress_fn progress, void *ctx, struct err *err)
{
	sqlite3 *db = NULL;
	int rc;

	if (open_ro(src, &db, err) < 0)
		return -1;
	rc = copy_db(db, dest, progress, ctx, err);
	sqlite3_close(db);
	return rc;
}

int store_integrity_check(const char *path, char *problem, size_t n, struct err *err)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	int rc, ours = 0;

	problem[0] = '\0';
	if (open_ro(path, &db, err) < 0)
		return -1;
	if (sqlite3_prepare_v2(db, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
				   "name = 'schema_migrations'", -1, &s, NULL) != SQLITE_OK ||
	    sqlite3_step(s) != SQLITE_ROW) {
		snprintf(problem, n, "filen är ingen SQLite-databas (%s)", sqlite3_errmsg(db));
		goto done;
	}
	ours = sqlite3_column_int(s, 0) > 0;
	sqlite3_finalize(s);
	s = NULL;
	if (!ours) {
		snprintf(problem, n, "filen är ingen finsam-databas");
		goto done;
	}
	/* "ok", or the first of the problems it lists. */
	if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL) != SQLITE_OK) {
		snprintf(problem, n, "integritetskontrollen kunde inte köras (%s)", sqlite3_errmsg(db));
		goto done;
	}
	rc = sqlite3_step(s);
	if (rc != SQLITE_ROW)
		snprintf(problem, n, "integritetskontrollen kunde inte köras (%s)", sqlite3_errmsg(db));
	else if (strcmp(sq_col_text(s, 0) ? sq_col_text(s, 0) : "", "ok") != 0)
		snprintf(problem, n, "%s", sq_col_text(s, 0) ? sq_col_text(s, 0) : "okänt fel");
done:
	sqlite3_finalize(s);
	sqlite3_close(db);
	return 0;
}
