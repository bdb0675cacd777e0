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
