/*
 * demo.c: the use case "build the demo förbund": a fictitious
 * samordningsförbund whose books (SIE 4 files, one per year) and members
 * (members.csv) and budgets (budget-YYYY.csv) live in examples/. Used by `make run` to show what finsam
 * does without any real data.
 */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "app/app.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "store/store.h"

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int has_suffix(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n > m && strcmp(s + n - m, suffix) == 0;
}

/* Reads members.csv: "namn;typ;nyckel" with typ stat, region or kommun. */
static int load_members(struct store *st, const char *path, struct err *err)
{
	FILE *f = fopen(path, "r");
	char line[512];
	long lineno = 0;
	int rc = -1;

	if (!f)
		return errno == ENOENT ? 0 : err_set(err, "kan inte öppna '%s': %s", path, strerror(errno));
	if (store_begin(st, err) < 0)
		goto out_close;
	while (fgets(line, sizeof(line), f)) {
		struct member m;
		char *kind, *key, *end;

		lineno++;
		line[strcspn(line, "\r\n")] = '\0';
		if (lineno == 1 || !line[0])
			continue;   /* the header row */
		memset(&m, 0, sizeof(m));
		kind = strchr(line, ';');
		key = kind ? strchr(kind + 1, ';') : NULL;
		if (!kind || !key) {
			err_set_at(err, path, lineno, 0, "raden ska ha tre fält: namn;typ;nyckel");
			goto out;
		}
		*kind++ = '\0';
		*key++ = '\0';
		if (strlen(line) >= sizeof(m.name)) {
			err_set_at(err, path, lineno, 0, "namnet är för långt (högst %zu byte)", sizeof(m.name) - 1);
			goto out;
		}
		memcpy(m.name, line, strlen(line) + 1);
		if (strcmp(kind, "stat") == 0)
			m.kind = MEMBER_STATE;
		else if (strcmp(kind, "region") == 0)
			m.kind = MEMBER_REGION;
		else if (strcmp(kind, "kommun") == 0)
			m.kind = MEMBER_MUNICIPALITY;
		else {
			err_set_at(err, path, lineno, 0, "okänd medlemstyp '%s' (stat, region eller kommun)", kind);
			goto out;
		}
		errno = 0;
		m.key = strtoll(key, &end, 10);
		if (errno || end == key || *end || m.key <= 0) {
			err_set_at(err, path, lineno, 0, "fördelningsnyckeln '%s' är inte ett positivt heltal", key);
			goto out;
		}
		if (store_member_add(st, &m, err) < 0)
			goto out;
	}
	rc = store_commit(st, err);
out:
	if (rc < 0)
		store_rollback(st);
out_close:
	fclose(f);
	return rc;
}

int app_demo(const char *db_path, const char *dir,
	     const struct app_progress *progress, int *year, struct err *err)
{
	DIR *d;
	struct dirent *e;
	char **files = NULL, **budgets = NULL, path[4096];
	size_t n = 0, cap = 0, n_budgets = 0, cap_budgets = 0, i;
	struct stat sb;
	struct store *st = NULL;
	int rc = -1;

	if (stat(db_path, &sb) == 0)
		return err_set(err, "databasen '%s' finns redan; demot skapar en ny (ta bort den först)", db_path);
	d = opendir(dir);
	if (!d)
		return err_set(err, "kan inte läsa exempelmappen '%s': %s", dir, strerror(errno));
	while ((e = readdir(d)) != NULL) {
		if (strncmp(e->d_name, "budget-", 7) == 0 && has_suffix(e->d_name, ".csv")) {
			budgets = xgrow(budgets, sizeof(*budgets), n_budgets + 1, &cap_budgets);
			budgets[n_budgets++] = xstrdup(e->d_name);
			continue;
		}
		if (!has_suffix(e->d_name, ".se"))
			continue;
		files = xgrow(files, sizeof(*files), n + 1, &cap);
		files[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (n == 0) {
		err_set(err, "exempelmappen '%s' har inga SIE-filer (*.se)", dir);
		goto out;
	}
	qsort(files, n, sizeof(*files), cmp_str);
	if (n_budgets)
		qsort(budgets, n_budgets, sizeof(*budgets), cmp_str);
	for (i = 0; i < n; i++) {
		struct app_import_result res;

		snprintf(path, sizeof(path), "%s/%s", dir, files[i]);
		if (app_import_sie(db_path, path, progress, &res, err) < 0)
			goto out;
	}
	snprintf(path, sizeof(path), "%s/members.csv", dir);
	if (app_open(&st, db_path, 0, NULL, err) < 0)
		goto out;
	if (load_members(st, path, err) < 0)
		goto out;
	for (i = 0; i < n_budgets; i++) {
		struct app_budget_result res;

		snprintf(path, sizeof(path), "%s/%s", dir, budgets[i]);
		if (app_budget_import(st, path, 0, "Demobudget", &res, err) < 0)
			goto out;
	}
	if (app_latest_year(st, year, err) < 0)
		goto out;
	rc = 0;
out:
	app_close(st);
	for (i = 0; i < n; i++)
		free(files[i]);
	free(files);
	for (i = 0; i < n_budgets; i++)
		free(budgets[i]);
	free(budgets);
	if (rc < 0)
		store_remove(db_path);
	return rc;
}
