/*
 * plan.c: the use cases of the plan year: the year cycle (listing it,
 * adding meetings, exporting it as iCalendar) and the texts the users write
 * per plan year as Markdown.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/text.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "render/ics.h"
#include "store/store.h"

#define TEXT_MAX (1024 * 1024)

static const struct app_text_section sections[] = {
	{ "vision", "Vision", "Verksamhetsplan" },
	{ "direction", "Inriktning för perioden", "Verksamhetsplan" },
	{ "target_groups", "Målgrupper", "Årsredovisning, verksamhetsplan, delårsrapport" },
	{ "overall_goal", "Övergripande mål", "Årsredovisning, verksamhetsplan" },
	{ "organisation", "Organisation", "Årsredovisning, verksamhetsplan" },
	{ "chair", "Ordförande har ordet", "Årsredovisning" },
	{ "summary", "Sammanfattning", "Årsredovisning" },
	{ "conditions", "Viktiga förhållanden för resultat och ekonomisk ställning", "Årsredovisning" },
	{ "events", "Händelser av väsentlig betydelse", "Årsredovisning" },
	{ "governance", "Styrning och uppföljning av verksamheten", "Årsredovisning" },
	{ "economy", "God ekonomisk hushållning och ekonomisk ställning", "Årsredovisning" },
	{ "expected_development", "Förväntad utveckling", "Årsredovisning" },
	{ "staff", "Väsentliga personalförhållanden", "Årsredovisning" },
	{ "balance_requirement", "Balanskravet", "Årsredovisning" },
	{ "events_after", "Händelser efter balansdagen", "Årsredovisning" },
	{ "accounting_principles", "Redovisningsprinciper", "Årsredovisning" },
	{ "attestation", "Styrelsens intygande", "Årsredovisning" },
	{ "auditors_report", "Revisionsberättelse", "Årsredovisning" },
	{ "follow_up", "Uppföljning och utvärdering", "Verksamhetsplan" },
	{ "interim_idea", "Verksamhetsidé", "Delårsrapport" },
	{ "interim_summary", "Sammanfattning", "Delårsrapport" },
	{ "interim_economy", "Ekonomiskt utfall", "Delårsrapport" },
	{ "interim", "Delårsrapportens kommentarer", "Delårsrapport" },
};

const struct app_text_section *app_text_sections(size_t *n)
{
	*n = sizeof(sections) / sizeof(sections[0]);
	return sections;
}

const char *app_text_title(const char *section)
{
	size_t i;

	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		if (strcmp(section, sections[i].key) == 0)
			return sections[i].title;
	return NULL;
}

static int check_section(const char *section, struct err *err)
{
	struct buf b;
	size_t i;

	if (app_text_title(section))
		return 0;
	buf_init(&b);
	for (i = 0; i < sizeof(sections) / sizeof(sections[0]); i++)
		buf_addf(&b, "%s%s", i ? ", " : "", sections[i].key);
	err_set(err, "okänt avsnitt '%s' (välj %s)", section, b.s);
	buf_release(&b);
	return -1;
}

/* The rules of a text however it comes: UTF-8 without NUL bytes, at most
 * TEXT_MAX bytes. name is the file's name, or NULL for a form's field. */
static int check_text(const char *text, size_t len, const char *name, struct err *err)
{
	if (len > TEXT_MAX)
		return name ? err_set(err, "%s är större än 1 MiB", name) : err_set(err, "texten är större än 1 MiB");
	if (strlen(text) != len || !utf8_valid(text, len))
		return name ? err_set(err, "%s är inte text i UTF-8", name) : err_set(err, "texten är inte text i UTF-8");
	return 0;
}

int app_read_markdown(const char *file, char **out, struct err *err)
{
	struct buf b;
	FILE *f;
	char chunk[4096];
	size_t n;
	int rc = -1;

	*out = NULL;
	f = strcmp(file, "-") == 0 ? stdin : fopen(file, "rb");
	if (!f)
		return err_set(err, "kan inte öppna '%s': %s", file, strerror(errno));
	buf_init(&b);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(&b, chunk, n);
		if (b.len > TEXT_MAX) {
			err_set(err, "%s är större än 1 MiB", file);
			goto out;
		}
	}
	if (ferror(f)) {
		err_set(err, "kunde inte läsa '%s'", file);
		goto out;
	}
	if (check_text(b.s, b.len, file, err) < 0)
		goto out;
	*out = xstrdup(b.s);
	rc = 0;
out:
	if (f != stdin)
		fclose(f);
	buf_release(&b);
	return rc;
}

int app_text_set(struct store *st, const char *section, int year, const char *file,
		 struct err *err)
{
	char *text;
	int rc;

	if (check_section(section, err) < 0 || app_read_markdown(file, &text, err) < 0)
		return -1;
	rc = app_text_store(st, section, year, text, err);
	free(text);
	return rc;
}

int app_text_put(struct store *st, const char *section, int year, const char *markdown, struct err *err)
{
	const char *p;

	if (check_section(section, err) < 0)
		return err_field(err, "section");
	for (p = markdown ? markdown : ""; *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'; p++)
		;
	if (!*p) {
		err_set(err, "texten är tom; skriv en text, eller ta bort avsnittets text");
		return err_field(err, "markdown");
	}
	if (check_text(markdown, strlen(markdown), NULL, err) < 0)
		return err_field(err, "markdown");
	return app_text_store(st, section, year, markdown, err);
}

struct doc *app_text_preview(const char *section, const char *markdown, int titled, struct err *err)
{
	const char *title = app_text_title(section ? section : "");
	struct doc *d;

	if (!title) {
		check_section(section ? section : "", err);
		return NULL;
	}
	if (markdown && check_text(markdown, strlen(markdown), NULL, err) < 0)
		return NULL;
	d = doc_new(NULL);
	doc_markdown(d, titled ? doc_section_add(d, NULL, title) : NULL, markdown);
	return d;
}

int app_text_get(struct store *st, const char *section, int year, char **out, struct err *err)
{
	int rc;

	if (check_section(section, err) < 0)
		return -1;
	rc = store_text_get(st, year, section, out, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "ingen text '%s' för %d; skriv in den först", section, year);
		return err_see(err, "finsam text set");
	}
	return rc;
}

static int year_events(struct store *st, int year, struct event **out, size_t *n, struct err *err)
{
	struct event *entered = NULL;
	size_t m = 0;

	if (store_event_list(st, &entered, &m, err) < 0)
		return -1;
	*n = calendar_year(year, entered, m, out);
	free(entered);
	return 0;
}

int app_calendar_events(struct store *st, int year, struct event **out, size_t *n, struct err *err)
{
	return year_events(st, year, out, n, err);
}

int app_calendar_events_at(struct store *st, int year, struct date as_of, struct event **out, size_t *n,
			   struct err *err)
{
	struct event *ev = NULL;
	struct meeting *held = NULL;
	size_t n_ev = 0, n_held = 0;

	if (year_events(st, year, &ev, &n_ev, err) < 0)
		return -1;
	/* The meetings held by as_of: a plan's cycle, as of its date, shows
	 * none of the year it plans. */
	if (app_meetings_until(st, year, as_of, &held, &n_held, err) < 0) {
		free(ev);
		return -1;
	}
	*n = meeting_cycle(year, ev, n_ev, held, n_held, out);
	free(ev);
	free(held);
	return 0;
}

struct doc *app_report_calendar_at(struct store *st, int year, struct date as_of, struct err *err)
{
	struct association a;
	struct event *ev = NULL;
	struct tertial_theme *themes = NULL;
	struct doc *d;
	size_t n, n_themes = 0;

	if (app_load_association(st, &a, err) < 0 || app_calendar_events_at(st, year, as_of, &ev, &n, err) < 0)
		return NULL;
	if (store_theme_list(st, year, &themes, &n_themes, err) < 0) {
		free(ev);
		return NULL;
	}
	d = doc_calendar(&a, year, ev, n, as_of, themes, n_themes);
	free(themes);
	free(ev);
	return d;
}

struct doc *app_report_calendar(struct store *st, int year, struct err *err)
{
	return app_report_calendar_at(st, year, date_today(), err);
}

int app_calendar_ics(struct store *st, int year, FILE *out, struct err *err)
{
	struct association a;
	struct event *ev = NULL;
	struct ics_event *ics;
	char **uids, name[300], stamp[32];
	size_t n, i;
	time_t now = time(NULL);
	struct tm tm;
	int rc;

	if (app_load_association(st, &a, err) < 0)
		return -1;
	if (year_events(st, year, &ev, &n, err) < 0)
		return -1;
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	ics = xcalloc(n ? n : 1, sizeof(*ics));
	uids = xcalloc(n ? n : 1, sizeof(*uids));
	for (i = 0; i < n; i++) {
		struct buf b;
		char d[9];
		const unsigned char *p;
		unsigned long h = 5381;

		/* The same event gets the same UID in every export. */
		for (p = (const unsigned char *)ev[i].title; *p; p++)
			h = h * 33 + *p;
		buf_init(&b);
		buf_addf(&b, "%s-%s-%08lx@%s.finsam", date_format_compact(d, ev[i].date),
			 event_kind_key(ev[i].kind), h & 0xffffffffUL, a.orgnr[0] ? a.orgnr : "forbund");
		uids[i] = buf_detach(&b);
		ics[i].date = ev[i].date;
		ics[i].summary = ev[i].title;
		ics[i].description = event_kind_label(ev[i].kind);
		ics[i].uid = uids[i];
	}
	snprintf(name, sizeof(name), "Årshjul %d%s%s", year, a.name[0] ? " – " : "", a.name);
	rc = ics_write(out, name, ics, n, stamp, err);
	for (i = 0; i < n; i++)
		free(uids[i]);
	free(uids);
	free(ics);
	free(ev);
	return rc;
}

int app_text_find(struct store *st, const char *section, int year, char **out, struct err *err)
{
	int rc;

	*out = NULL;
	if (check_section(section, err) < 0)
		return -1;
	rc = store_text_get(st, year, section, out, err);
	if (rc == STORE_NOT_FOUND) {
		*out = NULL;
		return 0;
	}
	return rc;
}
