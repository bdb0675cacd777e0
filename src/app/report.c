/*
 * report.c: the use cases that turn the books into documents: the
 * financial statements of a year (with the year before beside them) and the
 * check report.
 */
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"


struct doc *app_report_statements(struct store *st, int year, struct err *err)
{
	return app_report_statements_as(st, year, NULL, MONEY_KR, err);
}

struct doc *app_report_statements_as(struct store *st, int year, const struct date *until, int64_t unit,
				     struct err *err)
{
	struct statements cur, prev;
	struct statements_view v = { .unit = unit, .period = until != NULL };
	struct association a;
	int has_prev;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (until) {
		char d[11];

		if (until->y != year) {
			err_set(err, "%s ligger inte i räkenskapsåret %d", date_format(d, *until), year);
			return NULL;
		}
		if (app_statements_until(st, *until, &cur, &prev, &has_prev, err) < 0)
			return NULL;
	} else if (app_statements(st, year, &cur, &prev, &has_prev, err) < 0) {
		return NULL;
	}
	if (unit == MONEY_TKR) {
		statements_round(&cur, unit);
		if (has_prev)
			statements_round(&prev, unit);
	}
	return doc_statements_as(&a, &cur, has_prev ? &prev : NULL, &v);
}

struct doc *app_report_check(struct store *st, const struct check_report *r,
			     struct err *err)
{
	struct association a;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	return doc_check(&a, r);
}

struct accounts_ctx {
	struct account_line *lines;
	size_t n, cap;
	const struct account_map *map;
};

static int on_account(void *ctx, const struct account *a, struct err *err)
{
	struct accounts_ctx *c = ctx;
	struct account_line *l;

	(void)err;
	c->lines = xgrow(c->lines, sizeof(*c->lines), c->n + 1, &c->cap);
	l = &c->lines[c->n++];
	l->number = xstrdup(a->number);
	l->name = xstrdup(a->name ? a->name : "");
	l->line = account_map_line(c->map, a->number);
	return 0;
}

struct doc *app_report_accounts(struct store *st, struct err *err)
{
	struct association a;
	struct account_map map;
	struct accounts_ctx c = { NULL, 0, 0, &map };
	struct doc *d = NULL;
	int is_default;
	size_t i;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (app_map_get(st, &map, &is_default, err) < 0)
		return NULL;
	if (store_account_each(st, on_account, &c, err) == 0)
		d = doc_accounts(&a, c.lines, c.n, &map, is_default);
	for (i = 0; i < c.n; i++) {
		free((char *)c.lines[i].number);
		free((char *)c.lines[i].name);
	}
	free(c.lines);
	account_map_release(&map);
	return d;
}
