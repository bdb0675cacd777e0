/*
 * documents.c: the use cases of what the annual report says beyond the
 * books: an intervention's status and results in a year, the key figures
 * of years before the books (for the five-year overview), and the
 * förbund's staff per year. Each change is one transaction, refused for a
 * closed year, with its line in the audit log.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "render/render.h"
#include "store/store.h"

#define RESULTS_MAX (64 * 1024)

static int year_valid(int year, struct err *err)
{
	if (year < 1990 || year > 2200)
		return err_set(err, "året %d ligger utanför 1990–2200", year), err_field(err, "year");
	return 0;
}

/* ---- an intervention's year ---- */

static json_t *iv_year_json(const struct intervention_year *y)
{
	json_t *o = json_object();

	json_object_set_new(o, "year", json_integer(y->year));
	json_object_set_new(o, "stage", json_string(intervention_status_key(y->status)));
	json_object_set_new(o, "results", json_string(y->results ? y->results : ""));
	return o;
}

int app_insats_year_get(struct store *st, int64_t intervention_id, int year, struct intervention_year *out,
			struct err *err)
{
	struct intervention_year *v;
	size_t n;

	memset(out, 0, sizeof(*out));
	out->intervention_id = intervention_id;
	out->year = year;
	if (store_intervention_year_list(st, year, intervention_id, &v, &n, err) < 0)
		return -1;
	if (n) {
		out->status = v[0].status;
		out->results = v[0].results;
		v[0].results = NULL;
	} else {
		out->results = xstrdup("");
	}
	intervention_years_free(v, n);
	return 0;
}

int app_insats_year(struct store *st, const char *which, int year, const char *status, const char *results,
		    struct err *err)
{
	struct intervention iv;
	struct intervention_year before, after;
	char what[260];
	int rc = -1;

	if (year_valid(year, err) < 0)
		return -1;
	if (app_find_insats(st, which, &iv, err) < 0)
		return -1;
	if (results && (strlen(results) > RESULTS_MAX || !utf8_valid(results, strlen(results))))
		return err_set(err, "texten om resultat och lärdomar ska vara text i UTF-8, högst 64 KiB"),
		       err_field(err, "results");
	/* Read, changed and written back in one transaction: a status and a
	 * text set at once both stay. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_insats_year_get(st, iv.id, year, &before, err) < 0) {
		store_rollback(st);
		return -1;
	}
	after = before;
	after.results = xstrdup(results ? results : before.results);
	if (status && intervention_status_parse(status, &after.status) < 0) {
		err_set(err, "okänd status '%s' (planerad, pågående, avslutad, eller auto för att låta insatsens "
			"datum avgöra)", status);
		err_field(err, "status");
		store_rollback(st);
		goto out;
	}
	snprintf(what, sizeof(what), "insatsen %s under %d", iv.name, year);
	if (app_year_check_open(st, year, what, err) < 0 || store_intervention_year_put(st, &after, err) < 0 ||
	    app_change(st, "ändra insatsens år", "intervention", iv.id, iv_year_json(&before), iv_year_json(&after),
		       err) < 0) {
		store_rollback(st);
		goto out;
	}
	rc = store_commit(st, err);
out:
	free(before.results);
	free(after.results);
	return rc;
}

/* ---- earlier years' key figures ---- */

static json_t *history_json(const struct history_year *h)
{
	json_t *o = json_object();
	int f;

	json_object_set_new(o, "year", json_integer(h->year));
	for (f = 0; f < HIST__MAX; f++)
		json_object_set_new(o, history_fields[f].key,
				    h->known & (1u << f) ? json_integer(h->v[f]) : json_null());
	json_object_set_new(o, "source", json_string(h->source));
	return o;
}

/* Fails when the books hold year: its figures come from them. */
static int not_in_books(struct store *st, int year, struct err *err)
{
	struct fiscal_year *fy;
	size_t i, n;
	int held = 0;

	if (store_year_list(st, &fy, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		held |= fiscal_year_label(&fy[i]) == year;
	free(fy);
	if (held)
		return err_set(err, "bokföringen har %d, så årets nyckeltal räknas från den; tidigare års nyckeltal "
			       "anges bara för år före bokföringen", year), err_field(err, "year");
	return 0;
}

int app_history_get(struct store *st, int year, struct history_year *out, struct err *err)
{
	struct history_year *v;
	size_t n;

	memset(out, 0, sizeof(*out));
	out->year = year;
	if (store_history_list(st, year, &v, &n, err) < 0)
		return -1;
	if (n)
		*out = v[0];
	free(v);
	return n ? 0 : STORE_NOT_FOUND;
}

/* Sets the year's key figures inside the caller's transaction, in which
 * they are read: two figures set at once both stay. */
static int history_set(struct store *st, int year, const char *const values[HIST__MAX], const char *source,
		       struct err *err)
{
	struct history_year before, after;
	int f, rc, any = 0;

	if ((rc = app_history_get(st, year, &before, err)) < 0)
		return -1;
	after = before;
	for (f = 0; f < HIST__MAX; f++) {
		if (!values[f])
			continue;
		any = 1;
		if (history_field_parse(&after, (enum history_field)f, values[f], err) < 0)
			return err_field(err, history_fields[f].key);
	}
	if (source) {
		any = 1;
		if (app_copy_field(after.source, sizeof(after.source), source, "källan", err) < 0)
			return err_field(err, "source");
	}
	if (!any)
		return err_set(err, "ange minst ett nyckeltal för %d", year);
	if (!after.known)
		return err_set(err, "%d har inget nyckeltal kvar; ta bort året i stället", year);
	if (not_in_books(st, year, err) < 0 || store_history_put(st, &after, err) < 0)
		return -1;
	return app_change(st, "sätt tidigare års nyckeltal", "history", year,
			  rc == STORE_NOT_FOUND ? NULL : history_json(&before), history_json(&after), err);
}

int app_history_set(struct store *st, int year, const char *const values[HIST__MAX], const char *source,
		    struct err *err)
{
	if (year_valid(year, err) < 0 || store_begin(st, err) < 0)
		return -1;
	if (history_set(st, year, values, source, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_history_remove(struct store *st, int year, struct err *err)
{
	struct history_year before;
	int rc;

	if (store_begin(st, err) < 0)
		return -1;
	if ((rc = app_history_get(st, year, &before, err)) == STORE_NOT_FOUND)
		err_set(err, "det finns inga nyckeltal för %d", year);
	if (rc != 0 || store_history_delete(st, year, err) != 0 ||
	    app_change(st, "ta bort tidigare års nyckeltal", "history", year, history_json(&before), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* ---- the staff ---- */

static json_t *staff_json(const struct staff_year *y)
{
	json_t *o = json_object();

	json_object_set_new(o, "year", json_integer(y->year));
	json_object_set_new(o, "employees", json_integer(y->employees));
	json_object_set_new(o, "own_posts", json_integer(y->own_posts));
	json_object_set_new(o, "funded_posts", json_integer(y->funded_posts));
	json_object_set_new(o, "sick_leave", y->has_sick_leave ? json_integer(y->sick_leave) : json_null());
	json_object_set_new(o, "note", json_string(y->note));
	return o;
}

int app_staff_get(struct store *st, int year, struct staff_year *out, struct err *err)
{
	struct staff_year *v;
	size_t n;

	memset(out, 0, sizeof(*out));
	out->year = year;
	if (store_staff_list(st, year, &v, &n, err) < 0)
		return -1;
	if (n)
		*out = v[0];
	free(v);
	return n ? 0 : STORE_NOT_FOUND;
}

/* Sets the year's staff inside the caller's transaction, in which they are
 * read: two fields set at once both stay. */
static int staff_set(struct store *st, int year, const struct app_staff_fields *f, struct err *err)
{
	struct staff_year before, after;
	int rc;

	if ((rc = app_staff_get(st, year, &before, err)) < 0)
		return -1;
	after = before;
	if (f->employees && hundredths_parse(f->employees, 100000 * 100, "antal anställda", &after.employees, err) < 0)
		return err_field(err, "employees");
	if (f->employees && after.employees % 100)
		return err_set(err, "antal anställda: skriv ett helt antal personer ('%s')", f->employees),
		       err_field(err, "employees");
	if (f->employees)
		after.employees /= 100;
	if (f->own_posts && hundredths_parse(f->own_posts, 100000 * 100, "tjänster", &after.own_posts, err) < 0)
		return err_field(err, "own_posts");
	if (f->funded_posts &&
	    hundredths_parse(f->funded_posts, 100000 * 100, "finansierade tjänster", &after.funded_posts, err) < 0)
		return err_field(err, "funded_posts");
	if (f->sick_leave && !*f->sick_leave) {
		after.has_sick_leave = 0;
		after.sick_leave = 0;
	} else if (f->sick_leave) {
		if (hundredths_parse(f->sick_leave, 100 * 100, "sjukfrånvaro (procent)", &after.sick_leave, err) < 0)
			return err_field(err, "sick_leave");
		after.has_sick_leave = 1;
	}
	if (f->note && app_copy_field(after.note, sizeof(after.note), f->note, "anteckningen", err) < 0)
		return err_field(err, "note");
	if (after.has_sick_leave && after.employees == 0)
		return err_set(err, "sjukfrånvaro anges bara när förbundet har egen personal (ange antal anställda)"),
		       err_field(err, "sick_leave");
	if (app_year_check_open(st, year, "personalen", err) < 0 || store_staff_put(st, &after, err) < 0)
		return -1;
	return app_change(st, "sätt personal", "staff", year, rc == STORE_NOT_FOUND ? NULL : staff_json(&before),
			  staff_json(&after), err);
}

int app_staff_set(struct store *st, int year, const struct app_staff_fields *f, struct err *err)
{
	if (year_valid(year, err) < 0 || store_begin(st, err) < 0)
		return -1;
	if (staff_set(st, year, f, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_staff_remove(struct store *st, int year, struct err *err)
{
	struct staff_year before;
	int rc;

	if (store_begin(st, err) < 0)
		return -1;
	if ((rc = app_staff_get(st, year, &before, err)) == STORE_NOT_FOUND)
		err_set(err, "det finns ingen personal sparad för %d", year);
	if (rc != 0 || app_year_check_open(st, year, "personalen", err) < 0 || store_staff_delete(st, year, err) != 0 ||
	    app_change(st, "ta bort personal", "staff", year, staff_json(&before), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* ---- the lists ---- */

struct doc *app_report_history(struct store *st, struct err *err)
{
	struct association a;
	struct history_year *h;
	struct doc *d;
	size_t n;

	if (app_load_association(st, &a, err) < 0 || store_history_list(st, 0, &h, &n, err) < 0)
		return NULL;
	d = doc_history(&a, h, n);
	free(h);
	return d;
}

struct doc *app_report_staff(struct store *st, struct err *err)
{
	struct association a;
	struct staff_year *s;
	struct doc *d;
	size_t n;

	if (app_load_association(st, &a, err) < 0 || store_staff_list(st, 0, &s, &n, err) < 0)
		return NULL;
	d = doc_staff(&a, s, n);
	free(s);
	return d;
}

/* ---- the board's adoption of the plan and the interim report ---- */

static const struct {
	const char *key, *word, *label;
} adoptable[] = {
	{ "plan", "verksamhetsplan", "verksamhetsplanen" },
	{ "interim", "delårsrapport", "delårsrapporten" },
};

/* The document's key ("plan", "interim") for its key or Swedish word. */
static int adoptable_of(const char *document, size_t *out, struct err *err)
{
	size_t i;

	for (i = 0; i < sizeof(adoptable) / sizeof(adoptable[0]); i++) {
		if (strcmp(document, adoptable[i].key) == 0 || strcmp(document, adoptable[i].word) == 0) {
			*out = i;
			return 0;
		}
	}
	return err_set(err, "okänt dokument '%s' (plan eller interim; årsredovisningen fastställs när året "
		       "stängs)", document), err_field(err, "document");
}

int app_document_adopt(struct store *st, const char *document, int year, const char *date, struct err *err)
{
	struct date d, before;
	json_t *old = NULL, *new_;
	char ds[11], what[80];
	size_t k;
	int rc;

	if (adoptable_of(document, &k, err) < 0 || year_valid(year, err) < 0)
		return -1;
	if (!date || !*date)
		return err_set(err, "ange dagen då förbundsstyrelsen beslutade om %s", adoptable[k].label),
		       err_field(err, "date");
	if (date_parse(date, &d, err) < 0)
		return err_field(err, "date");
	if (date_cmp(d, date_today()) > 0)
		return err_set(err, "%s ligger efter i dag; ange dagen då styrelsen fattade beslutet", date_format(ds, d)),
		       err_field(err, "date");
	if (d.y < year - 2 || d.y > year + 1)
		return err_set(err, "%s för %d beslutas inte %s", adoptable[k].label, year, date_format(ds, d)),
		       err_field(err, "date");
	if (store_begin(st, err) < 0)
		return -1;
	snprintf(what, sizeof(what), "%s för %d", adoptable[k].label, year);
	rc = store_adoption_get(st, adoptable[k].key, year, &before, err);
	if (rc < 0 || app_year_check_open(st, year, what, err) < 0 ||
	    store_adoption_put(st, adoptable[k].key, year, d, err) < 0)
		goto fail;
	if (rc == 0)
		old = json_pack("{s:s, s:i, s:s}", "document", adoptable[k].key, "year", year, "date",
				date_format(ds, before));
	new_ = json_pack("{s:s, s:i, s:s}", "document", adoptable[k].key, "year", year, "date", date_format(ds, d));
	if (app_change(st, "fastställ dokument", "adoption", year, old, new_, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_document_unadopt(struct store *st, const char *document, int year, struct err *err)
{
	struct date before;
	char ds[11], what[80];
	size_t k;
	int rc;

	if (adoptable_of(document, &k, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	snprintf(what, sizeof(what), "%s för %d", adoptable[k].label, year);
	rc = store_adoption_get(st, adoptable[k].key, year, &before, err);
	if (rc == STORE_NOT_FOUND)
		err_set(err, "%s för %d har inget beslutsdatum", adoptable[k].label, year);
	if (rc != 0 || app_year_check_open(st, year, what, err) < 0 ||
	    store_adoption_delete(st, adoptable[k].key, year, err) != 0 ||
	    app_change(st, "ta bort fastställelse", "adoption", year,
		       json_pack("{s:s, s:i, s:s}", "document", adoptable[k].key, "year", year, "date",
				 date_format(ds, before)),
		       NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_document_adopted(struct store *st, const char *document, int year, struct date *out, struct err *err)
{
	int rc = store_adoption_get(st, document, year, out, err);

	if (rc == STORE_NOT_FOUND)
		return 0;
	return rc < 0 ? -1 : 1;
}

/* ---- the auditors' report as a PDF ---- */

#define ATTACHMENT_MAX (20 * 1024 * 1024)

static int attachable(const char *section, struct err *err)
{
	if (strcmp(section, "auditors_report") != 0)
		return err_set(err, "bara revisionsberättelsen (auditors_report) kan bifogas som PDF, inte '%s'",
			       section), err_field(err, "section");
	return 0;
}

int app_attach(struct store *st, const char *section, int year, const char *file, const char *name, struct err *err)
{
	FILE *f;
	struct buf b;
	char chunk[65536], what[80];
	size_t n;
	int pages, rc = -1;

	if (attachable(section, err) < 0 || year_valid(year, err) < 0)
		return -1;
	f = fopen(file, "rb");
	if (!f)
		return err_set(err, "kan inte öppna '%s': %s", name ? name : file, strerror(errno));
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(&b, chunk, n);
		if (b.len > ATTACHMENT_MAX) {
			err_set(err, "%s är större än 20 MiB", name ? name : file);
			goto out;
		}
	}
	if (ferror(f)) {
		err_set(err, "kunde inte läsa '%s'", name ? name : file);
		goto out;
	}
	if (render_pdf_pages(b.s, b.len, &pages, err) < 0) {
		err_prefix(err, "%s", name ? name : file);
		goto out;
	}
	if (!name) {
		name = strrchr(file, '/');
		name = name ? name + 1 : file;
	}
	if (store_begin(st, err) < 0)
		goto out;
	snprintf(what, sizeof(what), "revisionsberättelsen för %d", year);
	if (app_year_check_open(st, year, what, err) < 0 ||
	    store_attachment_put(st, year, section, name, b.s, b.len, err) < 0 ||
	    app_change(st, "bifoga revisionsberättelse", "attachment", year, NULL,
		       json_pack("{s:i, s:s, s:s, s:i, s:I}", "year", year, "section", section, "file", name, "pages",
				 pages, "bytes", (json_int_t)b.len),
		       err) < 0) {
		store_rollback(st);
		goto out;
	}
	rc = store_commit(st, err);
out:
	fclose(f);
	buf_release(&b);
	return rc;
}

int app_detach(struct store *st, const char *section, int year, struct err *err)
{
	char *name = NULL, what[80];
	void *data = NULL;
	size_t n;
	int rc;

	if (attachable(section, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	snprintf(what, sizeof(what), "revisionsberättelsen för %d", year);
	rc = store_attachment_get(st, year, section, &name, &data, &n, err);
	if (rc == STORE_NOT_FOUND)
		err_set(err, "det finns ingen bifogad revisionsberättelse för %d", year);
	if (rc != 0 || app_year_check_open(st, year, what, err) < 0 ||
	    store_attachment_delete(st, year, section, err) != 0 ||
	    app_change(st, "ta bort bifogad revisionsberättelse", "attachment", year,
		       json_pack("{s:i, s:s, s:s}", "year", year, "section", section, "file", name), NULL, err) < 0) {
		store_rollback(st);
		rc = -1;
	} else {
		rc = store_commit(st, err);
	}
	free(name);
	free(data);
	return rc;
}

int app_attachment(struct store *st, const char *section, int year, char **name, void **pdf, size_t *n,
		   struct err *err)
{
	int rc;

	if (attachable(section, err) < 0)
		return -1;
	rc = store_attachment_get(st, year, section, name, pdf, n, err);
	if (rc == STORE_NOT_FOUND)
		return 0;
	return rc < 0 ? -1 : 1;
}
