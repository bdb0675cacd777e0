/*
 * kept.c: the years, their books, the account map, the budgets' latest
 * versions and the budgets themselves that a long read has already read,
 * kept in memory while it lasts (store_keep). `check` and the follow-up
 * compute the statements of the same years many times over (the checks
 * one after the other, each from the books); each read is a round trip to
 * a PostgreSQL server, so the second and later are served from here
 * instead. Nothing is kept outside such a read; inside a transaction
 * nothing is kept or served, and a transaction begun or another förbund
 * entered drops what was kept.
 */
#include <stdlib.h>
#include <string.h>

#include "base/xmalloc.h"
#include "store/domain_int.h"
#include "store/store_int.h"

struct kept_books {
	int64_t year_id;
	struct year_books b;
};

struct kept_year {
	int label;
	int rc;                   /* store_year_get's: 0 or STORE_NOT_FOUND */
	struct fiscal_year fy;
};

struct kept_latest {
	int year;
	int version;              /* store_budget_latest's, 0 for none */
};

struct kept {
	int depth;                /* store_keep(st, 1) calls not yet ended */
	struct budget *budgets;   /* each a year's and version's */
	size_t n_budgets, cap_budgets;
	struct kept_books *books;
	size_t n_books, cap_books;
	struct kept_year *years;
	size_t n_years, cap_years;
	struct kept_latest *latest;
	size_t n_latest, cap_latest;
	int has_map;
	struct account_map map;
};

void store_keep(struct store *st, int on)
{
	if (on) {
		if (!st->kept) {
			st->kept = xcalloc(1, sizeof(*st->kept));
			account_map_init(&st->kept->map);
		}
		st->kept->depth++;
		return;
	}
	if (!st->kept || --st->kept->depth > 0)
		return;
	kept_drop(st);
	free(st->kept);
	st->kept = NULL;
}

void kept_drop(struct store *st)
{
	struct kept *k = st->kept;
	size_t i;

	if (!k)
		return;
	for (i = 0; i < k->n_books; i++)
		year_books_release(&k->books[i].b);
	for (i = 0; i < k->n_budgets; i++)
		budget_release(&k->budgets[i]);
	free(k->budgets);
	k->budgets = NULL;
	k->n_budgets = k->cap_budgets = 0;
	free(k->books);
	free(k->years);
	free(k->latest);
	k->books = NULL;
	k->years = NULL;
	k->latest = NULL;
	k->n_books = k->cap_books = k->n_years = k->cap_years = 0;
	k->n_latest = k->cap_latest = 0;
	account_map_release(&k->map);
	k->has_map = 0;
}

/* A copy of b's accounts in out (the rest copied as it is). */
static void books_copy(struct year_books *out, const struct year_books *b)
{
	*out = *b;
	out->accounts = NULL;
	if (b->n) {
		out->accounts = xcalloc(b->n, sizeof(*out->accounts));
		memcpy(out->accounts, b->accounts, b->n * sizeof(*out->accounts));
	}
}

int kept_books_get(struct store *st, int64_t year_id, struct year_books *out)
{
	struct kept *k = st->kept;
	size_t i;

	for (i = 0; k && !st->in_tx && i < k->n_books; i++)
		if (k->books[i].year_id == year_id) {
			books_copy(out, &k->books[i].b);
			return 1;
		}
	return 0;
}

void kept_books_put(struct store *st, const struct year_books *b)
{
	struct kept *k = st->kept;
	struct kept_books *e;

	if (!k || st->in_tx)
		return;
	k->books = xgrow(k->books, sizeof(*k->books), k->n_books + 1, &k->cap_books);
	e = &k->books[k->n_books++];
	e->year_id = b->year.id;
	books_copy(&e->b, b);
}

int kept_year_get(struct store *st, int label, struct fiscal_year *out, int *rc)
{
	struct kept *k = st->kept;
	size_t i;

	for (i = 0; k && !st->in_tx && i < k->n_years; i++)
		if (k->years[i].label == label) {
			*rc = k->years[i].rc;
			if (*rc == 0)
				*out = k->years[i].fy;
			return 1;
		}
	return 0;
}

void kept_year_put(struct store *st, int label, int rc, const struct fiscal_year *fy)
{
	struct kept *k = st->kept;
	struct kept_year *e;

	if (!k || st->in_tx || (rc != 0 && rc != STORE_NOT_FOUND))
		return;
	k->years = xgrow(k->years, sizeof(*k->years), k->n_years + 1, &k->cap_years);
	e = &k->years[k->n_years++];
	memset(e, 0, sizeof(*e));
	e->label = label;
	e->rc = rc;
	if (rc == 0)
		e->fy = *fy;
}

int kept_budget_latest_get(struct store *st, int year, int *version)
{
	struct kept *k = st->kept;
	size_t i;

	for (i = 0; k && !st->in_tx && i < k->n_latest; i++)
		if (k->latest[i].year == year) {
			*version = k->latest[i].version;
			return 1;
		}
	return 0;
}

void kept_budget_latest_put(struct store *st, int year, int version)
{
	struct kept *k = st->kept;

	if (!k || st->in_tx)
		return;
	k->latest = xgrow(k->latest, sizeof(*k->latest), k->n_latest + 1, &k->cap_latest);
	k->latest[k->n_latest].year = year;
	k->latest[k->n_latest].version = version;
	k->n_latest++;
}

/* A copy of b, its lines and their texts, in out. */
static void budget_copy(struct budget *out, const struct budget *b)
{
	size_t i;

	budget_init(out, b->year);
	out->version = b->version;
	free(out->label);
	out->label = xstrdup(b->label);
	for (i = 0; i < b->n; i++) {
		const struct budget_line *l = &b->lines[i];

		budget_add(out, l->kind, l->group, l->name, l->amount, l->accounts);
		budget_line_objects(&out->lines[out->n - 1], l->objects);
	}
}

int kept_budget_get(struct store *st, int year, int version, struct budget *out)
{
	struct kept *k = st->kept;
	size_t i;

	for (i = 0; k && !st->in_tx && i < k->n_budgets; i++)
		if (k->budgets[i].year == year && k->budgets[i].version == version) {
			budget_copy(out, &k->budgets[i]);
			return 1;
		}
	return 0;
}

void kept_budget_put(struct store *st, const struct budget *b)
{
	struct kept *k = st->kept;

	if (!k || st->in_tx)
		return;
	k->budgets = xgrow(k->budgets, sizeof(*k->budgets), k->n_budgets + 1, &k->cap_budgets);
	budget_copy(&k->budgets[k->n_budgets++], b);
}

int kept_map_get(struct store *st, struct account_map *out)
{
	struct kept *k = st->kept;
	size_t i;

	if (!k || st->in_tx || !k->has_map)
		return 0;
	for (i = 0; i < k->map.n; i++)
		account_map_add(out, k->map.ranges[i].from, k->map.ranges[i].to, k->map.ranges[i].line);
	return 1;
}

void kept_map_put(struct store *st, const struct account_map *m)
{
	struct kept *k = st->kept;
	size_t i;

	if (!k || st->in_tx)
		return;
	account_map_release(&k->map);
	for (i = 0; i < m->n; i++)
		account_map_add(&k->map, m->ranges[i].from, m->ranges[i].to, m->ranges[i].line);
	k->has_map = 1;
}
