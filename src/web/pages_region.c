/*
 * pages_region.c: the page of a region host name, "Nationell
 * uppföljning": the national follow-up summed over the förbund the host
 * name shows (one region's, or every förbund of the host), for a year,
 * rendered as every report page is, with its downloads in CSV, XLSX and
 * JSON, the same bytes 'finsam report followup --all' writes. A region
 * user reads only what their host name shows: a region in the address
 * counts only for a host name (and a user) of every förbund.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "doc/doc.h"
#include "web/web_int.h"

/* The region the request reads (NULL: every förbund of the host). */
static const char *scope_region(struct web_req *r)
{
	const char *asked = form_get(&r->query, "region");

	if (!r->region_host.scope.all)
		return r->region_host.scope.region;
	/* Only a user of the whole host logs in at a host name of the whole
	 * host (region_scope_covers); should one of a region ever be here,
	 * they still read their own region alone. */
	if (!r->region_user.scope.all)
		return r->region_user.scope.region;
	return asked && *asked ? asked : NULL;
}

/* The year asked for, else last year (the follow-up is of a year gone). */
static int year_of(struct web_req *r)
{
	long y = web_int(form_get(&r->query, "year"), 1990, 2200);

	return y > 0 ? (int)y : web_this_year() - 1;
}

/* The chooser of the host's regions in the year form, for a user of
 * every förbund at a host name of every förbund ("Alla förbund" first).
 * A region asked for that no förbund has (yet) is kept as chosen, so
 * that the form says what the page shows. */
static void region_chooser(struct web_req *r, const char *region)
{
	struct region_scope *regions = NULL;
	struct err err;
	size_t n = 0, i;
	int found = 0;

	/* Without the list the page still shows the sums: the chooser has
	 * "Alla förbund" and the region asked for. */
	if (app_region_list(r->st, &regions, &n, &err) < 0) {
		if (err.busy)
			r->busy = 1;
		n = 0;
	}
	web_printf(&r->out, "<label for=\"region\">Region</label> <select id=\"region\" name=\"region\">"
			    "<option value=\"\"%s>Alla förbund</option>",
		   region ? "" : " selected");
	for (i = 0; i < n; i++) {
		int chosen = region && strcmp(region, regions[i].region) == 0;

		found |= chosen;
		web_printf(&r->out, "<option value=\"%s\"%s>%s</option>", regions[i].region, chosen ? " selected" : "",
			   regions[i].region);
	}
	if (region && !found)
		web_printf(&r->out, "<option value=\"%s\" selected>%s</option>", region, region);
	buf_adds(&r->out, "</select> ");
	free(regions);
}

/* "?region=…" for the links of a region chosen in the address. */
static void region_query(struct web_req *r, struct buf *q)
{
	const char *asked = form_get(&r->query, "region");

	if (r->region_host.scope.all && r->region_user.scope.all && asked && *asked) {
		buf_adds(q, "?region=");
		web_url_esc(q, asked);
	}
}

void page_region_followup(struct web_req *r)
{
	static const char *const formats[] = { "csv", "xlsx", "json" }, *const labels[] = { "CSV", "XLSX", "JSON" };
	const char *region = scope_region(r);
	int year = year_of(r);
	struct buf q;
	struct err err;
	struct doc *d;
	size_t i;

	if (!web_host_store(r)) {
		web_error(r, 500, NULL);
		return;
	}
	buf_init(&q);
	region_query(r, &q);
	page_begin(r, "Nationell uppföljning");
	web_printf(&r->out, "<p id=\"scope\">Summerad över %s%s. Deltagarna är skyddade över hela tabellen.</p>\n",
		   region ? "förbunden i " : "", region ? region : "alla förbund på värden");
	web_printf(&r->out, "<form id=\"year-form\" method=\"get\" action=\"/\"><label for=\"year\">År</label> "
			    "<input id=\"year\" name=\"year\" type=\"number\" min=\"1990\" max=\"2200\" value=\"%d\"> ",
		   year);
	/* Only who may choose gets the chooser: a region's user, or anyone at
	 * a region's host name, reads that one region (scope_region). */
	if (r->region_host.scope.all && r->region_user.scope.all)
		region_chooser(r, region);
	buf_adds(&r->out, "<button type=\"submit\">Visa</button></form>\n<ul class=\"downloads\">");
	for (i = 0; i < 3; i++)
		web_printf(&r->out, "<li><a id=\"download-%s\" href=\"/uppfoljning/%d.%s%s\">Ladda ner som %s"
				    "<span class=\"visually-hidden\"> (uppföljningen %d)</span></a></li>",
			   formats[i], year, formats[i], q.s, labels[i], year);
	buf_adds(&r->out, "</ul>\n");
	d = app_report_followup_host(r->st, region, year, MONEY_KR, &err);
	page_doc(r, d, &err);
	page_end(r);
	buf_release(&q);
}

/* GET /uppfoljning/ÅR.FORMAT: the download. */
void page_region_download(struct web_req *r)
{
	const char *which = r->params[0], *dot = strchr(which, '.');
	char year_s[8], file[64];
	struct err err;
	struct doc *d;
	long year;

	snprintf(year_s, sizeof(year_s), "%.*s", dot ? (int)(dot - which < 7 ? dot - which : 7) : 7, which);
	year = web_int(year_s, 1990, 2200);
	if (year < 0 || !dot || (strcmp(dot, ".csv") != 0 && strcmp(dot, ".xlsx") != 0 && strcmp(dot, ".json") != 0)) {
		web_error(r, 404, "Det finns ingen sådan sida.");
		return;
	}
	if (!web_host_store(r)) {
		web_error(r, 500, NULL);
		return;
	}
	/* Programs get exact öre, the spreadsheet kr, as on the command line. */
	d = app_report_followup_host(r->st, scope_region(r), (int)year, strcmp(dot, ".xlsx") == 0 ? MONEY_KR : 1,
				     &err);
	if (!d) {
		if (err.busy)
			r->busy = 1;
		web_error(r, 404, "Uppföljningen kan inte göras för det året.");
		return;
	}
	snprintf(file, sizeof(file), "nationell-uppfoljning-%ld%s", year, dot);
	web_download(r, d, dot + 1, file);
}
