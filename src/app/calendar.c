/*
 * calendar.c: the use cases of the year cycle's entered events: adding
 * one, correcting and removing it, and the list of them with their ids.
 * (The year cycle as a document, with the standard deadlines, is plan.c's.)
 */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "doc/reports.h"
#include "store/store.h"

/* The given fields onto e (NULL keeps a field), each checked: the one
 * validation of an event. */
static int event_apply(struct event *e, const char *date, const char *kind, const char *title, struct err *err)
{
	if (date && date_parse(date, &e->date, err) < 0)
		return err_field(err, "date");
	if (kind && event_kind_parse(kind, &e->kind) < 0)
		return err_set(err, "okänd sorts händelse '%s' (styrelse, utvecklingsgrupp, medlemssamråd, "
			       "deadline eller övrigt)", kind), err_field(err, "kind");
	if (title && app_require(&APP_EVENT, "title", title, err) < 0)
		return -1;
	if (title && strlen(title) >= sizeof(e->title))
		return err_set(err, "rubriken är för lång (högst %zu byte)", sizeof(e->title) - 1),
		       err_field(err, "title");
	if (title)
		memcpy(e->title, title, strlen(title) + 1);
	return 0;
}

static json_t *event_json(const struct event *e)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(e->id));
	app_json_date(o, "date", e->date);
	json_object_set_new(o, "kind", json_string(event_kind_key(e->kind)));
	json_object_set_new(o, "title", json_string(e->title));
	return o;
}

int app_calendar_add(struct store *st, const char *date, const char *kind, const char *title,
		     struct err *err)
{
	struct event e;

	memset(&e, 0, sizeof(e));
	e.kind = EVENT_OTHER;
	if (app_require(&APP_EVENT, "date", date, err) < 0 || app_require(&APP_EVENT, "title", title, err) < 0)
		return -1;
	if (event_apply(&e, date, kind, title, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, e.date.y, "händelsen", err) < 0 || store_event_add(st, &e, err) < 0 ||
	    app_change(st, "lägg till händelse", "event", e.id, NULL, event_json(&e), err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

static int find_event(struct store *st, int64_t id, struct event *e, struct err *err)
{
	int rc = store_event_get(st, id, e, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen händelse med id %lld", (long long)id);
		return err_see(err, "finsam calendar list");
	}
	return rc;
}

int app_calendar_edit(struct store *st, int64_t id, const char *date, const char *kind, const char *title,
		      struct err *err)
{
	struct event before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_event(st, id, &before, err) < 0)
		goto fail;
	after = before;
	if (event_apply(&after, date, kind, title, err) < 0 ||
	    app_year_check_open(st, before.date.y, "händelsen", err) < 0 ||
	    app_year_check_open(st, after.date.y, "händelsen", err) < 0 || store_event_update(st, &after, err) < 0 ||
	    app_change(st, "ändra händelse", "event", id, event_json(&before), event_json(&after), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_calendar_remove(struct store *st, int64_t id, struct err *err)
{
	struct event e;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_event(st, id, &e, err) < 0 || app_year_check_open(st, e.date.y, "händelsen", err) < 0 ||
	    store_event_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort händelse", "event", id, event_json(&e), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

struct doc *app_report_calendar_entries(struct store *st, int year, struct err *err)
{
	struct association a;
	struct event *ev = NULL;
	size_t n = 0, i, k = 0;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_event_list(st, &ev, &n, err) < 0)
		return NULL;
	for (i = 0; i < n; i++)
		if (!year || ev[i].date.y == year)
			ev[k++] = ev[i];
	d = doc_events(&a, year, ev, k);
	free(ev);
	return d;
}

int app_calendar_get(struct store *st, int64_t id, struct event *out, struct err *err)
{
	return find_event(st, id, out, err);
}

/* The tertial named by s: "1", "2" or "3". */
static int parse_tertial(const char *s, int *out, struct err *err)
{
	if (!s || !*s)
		return err_set(err, "ange tertialen: 1 (januari–april), 2 (maj–augusti) eller 3 "
			       "(september–december)"), err_field(err, "tertial");
	if (strlen(s) != 1 || s[0] < '1' || s[0] > '3')
		return err_set(err, "tertialen ska vara 1 (januari–april), 2 (maj–augusti) eller 3 "
			       "(september–december), inte '%s'", s), err_field(err, "tertial");
	*out = s[0] - '0';
	return 0;
}

static json_t *theme_json(const struct tertial_theme *t)
{
	return json_pack("{s:i, s:i, s:s}", "year", t->year, "tertial", t->tertial, "theme", t->theme);
}

/* The theme of year's tertial into out: 1 when there is one, 0 when not. */
static int find_theme(struct store *st, int year, int tertial, struct tertial_theme *out, struct err *err)
{
	struct tertial_theme *all = NULL;
	size_t n, i;
	int found = 0;

	if (store_theme_list(st, year, &all, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (all[i].tertial == tertial) {
			*out = all[i];
			found = 1;
		}
	free(all);
	return found;
}

/* Stores theme (NULL: removes) for the tertial, with the year's check and
 * the log of the theme before and after. */
static int theme_store(struct store *st, int year, const char *tertial_s, const char *theme, struct err *err)
{
	struct tertial_theme before, after;
	json_t *b = NULL, *a = NULL;
	char record[48];
	int tertial = 0, had, rc;

	if (parse_tertial(tertial_s, &tertial, err) < 0)
		return -1;
	if (theme) {
		while (*theme == ' ')
			theme++;
		if (!*theme)
			return err_set(err, "temat är tomt; ta bort det med 'calendar theme remove'"),
			       err_field(err, "theme");
		if (strlen(theme) >= sizeof(after.theme))
			return err_set(err, "temat är för långt (högst %zu byte)", sizeof(after.theme) - 1),
			       err_field(err, "theme");
	}
	snprintf(record, sizeof(record), "theme %d %d", year, tertial);
	if (store_begin(st, err) < 0)
		return -1;
	rc = app_year_check_open(st, year, "årshjulets tema", err);
	had = rc < 0 ? -1 : find_theme(st, year, tertial, &before, err);
	if (had < 0)
		goto fail;
	if (!theme && !had) {
		err_set(err, "tertial %d %d har inget tema att ta bort", tertial, year);
		goto fail;
	}
	memset(&after, 0, sizeof(after));
	after.year = year;
	after.tertial = tertial;
	if (theme)
		memcpy(after.theme, theme, strlen(theme) + 1);
	rc = theme ? store_theme_set(st, &after, err) : store_theme_delete(st, year, tertial, err);
	if (rc < 0)
		goto fail;
	b = had ? theme_json(&before) : NULL;
	a = theme ? theme_json(&after) : NULL;
	rc = app_audit_change(st, theme ? (had ? "ändra tema" : "lägg till tema") : "ta bort tema", record, NULL, b,
			      a, err);
	json_decref(b);
	json_decref(a);
	if (rc < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_calendar_theme_set(struct store *st, int year, const char *tertial, const char *theme, struct err *err)
{
	if (!theme)
		return err_set(err, "ange temat"), err_field(err, "theme");
	return theme_store(st, year, tertial, theme, err);
}

int app_calendar_theme_remove(struct store *st, int year, const char *tertial, struct err *err)
{
	return theme_store(st, year, tertial, NULL, err);
}
