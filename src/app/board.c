/*
 * board.c: the use cases of the board's composition per year (for the
 * annual report): adding a board member, correcting and removing one, and
 * the year's list.
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "doc/reports.h"
#include "store/store.h"

/* The given fields onto b (NULL keeps a field; year 0 keeps it), each
 * checked: the one validation of a board member. */
static int board_apply(struct board_member *b, int year, const char *name, const char *role,
		       const char *appointed_by, struct err *err)
{
	if (year) {
		if (year < 1900 || year > 9999)
			return err_set(err, "ogiltigt år %d", year);
		b->year = year;
	}
	if (name && !*name)
		return err_set(err, "ledamoten behöver ett namn"), err_field(err, "name");
	if (role && board_role_parse(role, &b->role) < 0)
		return err_set(err, "okänd roll '%s' (ordförande, vice ordförande, ledamot eller ersättare)", role),
		       err_field(err, "role");
	if ((name && app_copy_field(b->name, sizeof(b->name), name, "namnet", err) < 0) ||
	    (appointed_by && app_copy_field(b->appointed_by, sizeof(b->appointed_by), appointed_by, "organisationen",
					    err) < 0))
		return -1;
	return 0;
}

static json_t *board_json(const struct board_member *b)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(b->id));
	json_object_set_new(o, "year", json_integer(b->year));
	json_object_set_new(o, "name", json_string(b->name));
	json_object_set_new(o, "role", json_string(board_role_key(b->role)));
	json_object_set_new(o, "appointed_by", json_string(b->appointed_by));
	return o;
}

int app_board_add(struct store *st, int year, const char *name, const char *role, const char *appointed_by,
		  struct err *err)
{
	struct board_member b;

	memset(&b, 0, sizeof(b));
	if (app_require(&APP_BOARD_MEMBER, "name", name, err) < 0 ||
	    app_require(&APP_BOARD_MEMBER, "role", role, err) < 0)
		return -1;
	if (board_apply(&b, year, name, role, appointed_by ? appointed_by : "", err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, b.year, "styrelsen", err) < 0)
		goto fail;
	if (store_board_add(st, &b, err) < 0) {
		err_prefix(err, "kunde inte lägga till %s (finns hen redan för %d?)", name, year);
		goto fail;
	}
	if (app_change(st, "lägg till ledamot", "board_member", b.id, NULL, board_json(&b), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

static int find_board(struct store *st, int64_t id, struct board_member *b, struct err *err)
{
	int rc = store_board_get(st, id, b, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen ledamot med id %lld", (long long)id);
		return err_see(err, "finsam board list --year ÅR");
	}
	return rc;
}

int app_board_edit(struct store *st, int64_t id, int year, const char *name, const char *role,
		   const char *appointed_by, struct err *err)
{
	struct board_member before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_board(st, id, &before, err) < 0)
		goto fail;
	after = before;
	if (board_apply(&after, year, name, role, appointed_by, err) < 0 ||
	    app_year_check_open(st, before.year, "styrelsen", err) < 0 ||
	    app_year_check_open(st, after.year, "styrelsen", err) < 0)
		goto fail;
	if (store_board_update(st, &after, err) < 0) {
		err_prefix(err, "kunde inte ändra ledamoten (finns %s redan för %d?)", after.name, after.year);
		goto fail;
	}
	if (app_change(st, "ändra ledamot", "board_member", id, board_json(&before), board_json(&after), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_board_remove(struct store *st, int64_t id, struct err *err)
{
	struct board_member b;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_board(st, id, &b, err) < 0 || app_year_check_open(st, b.year, "styrelsen", err) < 0 ||
	    store_board_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort ledamot", "board_member", id, board_json(&b), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

struct doc *app_report_board(struct store *st, int year, struct err *err)
{
	struct association a;
	struct board_member *b = NULL;
	size_t n = 0;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_board_list(st, year, &b, &n, err) < 0)
		return NULL;
	d = doc_board(&a, year, b, n);
	free(b);
	return d;
}

int app_board_list(struct store *st, int year, struct board_member **out, size_t *n, struct err *err)
{
	*out = NULL;
	*n = 0;
	return store_board_list(st, year, out, n, err);
}

int app_board_get(struct store *st, int64_t id, struct board_member *out, struct err *err)
{
	return find_board(st, id, out, err);
}
