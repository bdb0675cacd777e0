/*
 * calendar.c: the year cycle: its entered events, the theme of each year's
 * tertials, and the users' texts of the plan, per year and section.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/xmalloc.h"
#include "store/engine.h"
#include "store/store.h"

/* ---- events ---- */

static const char sql_event_add[] = "INSERT INTO event (date, kind, title) VALUES (:date, :kind, :title) RETURNING id";

int store_event_add(struct store *st, struct event *e, struct err *err)
{
	struct stmt *s = q_prep(st, sql_event_add, err);

	q_date(s, "date", e->date);
	q_text(s, "kind", event_kind_key(e->kind));
	q_text(s, "title", e->title);
	return q_exec_id(s, &e->id, "spara händelsen", err);
}

static void fill_event(struct stmt *s, void *row)
{
	struct event *e = row;

	e->date = q_col_date(s, 0);
	if (event_kind_parse(q_col_text(s, 1), &e->kind) < 0)
		e->kind = EVENT_OTHER;
	q_col_copy(e->title, sizeof(e->title), s, 2);
	e->id = q_col_int(s, 3);
}

static const char sql_event_list[] = "SELECT date, kind, title, id FROM event ORDER BY date, id";

int store_event_list(struct store *st, struct event **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_event_list, err);
	void *rows;
	int rc;

	rc = q_read_rows(s, sizeof(**out), fill_event, &rows, n, "läsa årshjulet", err);
	*out = rows;
	return rc;
}

/* ---- the plan's texts ---- */

static const char sql_text_put[] = "INSERT INTO plan_text (year, section, markdown, updated_at) "
				   "VALUES (:year, :section, :markdown, :updated_at) ON CONFLICT (year, section) "
				   "DO UPDATE SET markdown = excluded.markdown, updated_at = excluded.updated_at";

int store_text_put(struct store *st, int year, const char *section, const char *markdown,
		   struct err *err)
{
	struct stmt *s = q_prep(st, sql_text_put, err);
	char stamp[32];

	q_int(s, "year", year);
	q_text(s, "section", section);
	q_text(s, "markdown", markdown);
	q_text(s, "updated_at", q_utc_now(stamp, sizeof(stamp), STAMP_SQL));
	return q_exec(s, "spara texten", err);
}

static const char sql_text_get[] = "SELECT markdown FROM plan_text WHERE year = :year AND section = :section";

int store_text_get(struct store *st, int year, const char *section, char **out, struct err *err)
{
	struct stmt *s = q_prep(st, sql_text_get, err);
	const char *text;
	int rc;

	*out = NULL;
	q_int(s, "year", year);
	q_text(s, "section", section);
	rc = q_step(s, "läsa texten", err);
	if (rc <= 0)
		return rc < 0 ? -1 : STORE_NOT_FOUND;
	text = q_col_text(s, 0);
	*out = xstrdup(text ? text : "");
	q_reset(s);
	return 0;
}

/* ---- the tertials' themes ---- */

static const char sql_theme_set[] = "INSERT INTO tertial_theme (year, tertial, theme) VALUES (:year, :tertial, :theme) "
				    "ON CONFLICT (year, tertial) DO UPDATE SET theme = excluded.theme";

int store_theme_set(struct store *st, const struct tertial_theme *t, struct err *err)
{
	struct stmt *s = q_prep(st, sql_theme_set, err);

	q_int(s, "year", t->year);
	q_int(s, "tertial", t->tertial);
	q_text(s, "theme", t->theme);
	return q_exec(s, "spara temat", err);
}

static const char sql_theme_delete[] = "DELETE FROM tertial_theme WHERE year = :year AND tertial = :tertial";

int store_theme_delete(struct store *st, int year, int tertial, struct err *err)
{
	struct stmt *s = q_prep(st, sql_theme_delete, err);

	q_int(s, "year", year);
	q_int(s, "tertial", tertial);
	return q_exec_one(s, "ta bort temat", err);
}

static void fill_theme(struct stmt *s, void *row)
{
	struct tertial_theme *t = row;

	t->year = (int)q_col_int(s, 0);
	t->tertial = (int)q_col_int(s, 1);
	q_col_copy(t->theme, sizeof(t->theme), s, 2);
}

static const char sql_theme_list[] =
	"SELECT year, tertial, theme FROM tertial_theme WHERE year = :year ORDER BY tertial";

int store_theme_list(struct store *st, int year, struct tertial_theme **out, size_t *n, struct err *err)
{
	struct stmt *s = q_prep(st, sql_theme_list, err);
	void *rows;
	int rc;

	q_int(s, "year", year);
	rc = q_read_rows(s, sizeof(**out), fill_theme, &rows, n, "läsa årshjulets teman", err);
	*out = rows;
	return rc;
}
