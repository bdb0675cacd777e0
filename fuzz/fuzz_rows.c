/*
 * fuzz_rows.c: libFuzzer target for the rows of the CSV imports: budget
 * lines, survey answers and participant lists, the first byte choosing
 * which. The rest is the file; each row goes through the import's own row
 * checker into a database made once (with the interventions the seeds
 * name), so that every check of a row is reached. A file is stored whole
 * or refused with its bad rows listed, never a crash.
 */
#include <stdio.h>
#include <unistd.h>

#include "app/app.h"
#include "base/err.h"
#include "base/tmp.h"
#include "fuzz_util.h"
#include "store/store.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);

static struct store *st;
static struct app_key key;
static char dir[64], csv_path[96];

static void cleanup(void)
{
	char path[96];

	store_close(st);
	unlink(csv_path);
	snprintf(path, sizeof(path), "%s/fuzz.db", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/fuzz.db.key", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/fuzz.db-wal", dir);
	unlink(path);
	snprintf(path, sizeof(path), "%s/fuzz.db-shm", dir);
	unlink(path);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char *const names[] = { "Steget vidare", "Unga i arbete" };
	char db[96];
	struct err err;
	size_t i;

	(void)argc;
	(void)argv;
	if (tmp_template(dir, sizeof(dir), "fuzz") < 0 || !mkdtemp(dir))
		abort();
	snprintf(db, sizeof(db), "%s/fuzz.db", dir);
	snprintf(csv_path, sizeof(csv_path), "%s/rows.csv", dir);
	if (store_open(&st, db, STORE_OPEN_CREATE, NULL, &err) != 0 || app_key_load(st, db, 1, &key, &err) != 0) {
		fprintf(stderr, "fuzz_rows: %s\n", err.msg);
		abort();
	}
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		const struct app_insats_fields f = { .name = names[i], .kind = "individinriktad", .start = "2020-01-01", .ages = "16-64" };
		int64_t id;

		if (app_insats_add(st, &f, &id, &err) != 0) {
			fprintf(stderr, "fuzz_rows: %s\n", err.msg);
			abort();
		}
	}
	atexit(cleanup);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct app_import_errors rows;
	struct err err;
	FILE *f;

	if (size < 1)
		return 0;
	f = fopen(csv_path, "wb");
	if (!f)
		abort();
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	app_import_errors_init(&rows);
	switch (data[0] % 3) {
	case 0: {
		struct app_budget_result res;

		app_budget_import_rows(st, csv_path, "budget.csv", data[0] & 4, NULL, &res, &rows, &err);
		break;
	}
	case 1: {
		struct app_survey_import res;

		app_import_survey_rows(st, csv_path, "enkat.csv", (data[0] & 4) ? 2025 : 0, &res, &rows, &err);
		break;
	}
	default: {
		struct app_participant_import res;

		app_import_participants_rows(st, &key, csv_path, 0, &res, &rows, &err);
		break;
	}
	}
	app_import_errors_release(&rows);
	return 0;
}
