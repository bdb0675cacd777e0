/*
 * intervention.c: the use cases of the interventions: registering one,
 * recording the board's funding decisions, listing them, and the remaining
 * commitments (decided − paid from the books) at the end of a year.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

int app_copy_field(char *dst, size_t n, const char *src, const char *what, struct err *err)
{
	if (!src)
		src = "";
	if (strlen(src) >= n)
		return err_set(err, "%s är för lång (högst %zu byte)", what, n - 1);
	memcpy(dst, src, strlen(src) + 1);
	return 0;
}

int app_insats_add(struct store *st, const struct app_insats_fields *f, int64_t *id, struct err *err)
{
	struct intervention iv;
	enum intervention_kind kind;

	memset(&iv, 0, sizeof(iv));
	if (!f->name || !*f->name)
		return err_set(err, "insatsen behöver ett namn");
	if (!f->kind || intervention_kind_parse(f->kind, &kind) < 0)
		return err_set(err, "okänd sorts insats '%s' (individinriktad, strukturinriktad eller "
			       "kompetenshöjande)", f->kind ? f->kind : "");
	iv.kind = kind;
	if (app_copy_field(iv.name, sizeof(iv.name), f->name, "namnet", err) < 0 ||
	    app_copy_field(iv.owner, sizeof(iv.owner), f->owner, "projektägaren", err) < 0 ||
	    app_copy_field(iv.partners, sizeof(iv.partners), f->partners, "de samverkande parterna", err) < 0 ||
	    app_copy_field(iv.target_group, sizeof(iv.target_group), f->target, "målgruppen", err) < 0 ||
	    app_copy_field(iv.purpose, sizeof(iv.purpose), f->purpose, "syftet", err) < 0 ||
	    app_copy_field(iv.accounts, sizeof(iv.accounts), f->accounts, "kontona", err) < 0 ||
	    app_copy_field(iv.objects, sizeof(iv.objects), f->objects, "objekten", err) < 0)
		return -1;
	if (f->ages) {
		long lo, hi;

		if (range_parse(f->ages, 0, 120, &lo, &hi) < 0)
			return err_set(err, "kan inte tolka åldrarna '%s' (skriv t.ex. 16-29 eller 16–29)", f->ages);
		iv.age_min = (int)lo;
		iv.age_max = (int)hi;
	}
	if (f->start && date_parse(f->start, &iv.start, err) < 0)
		return -1;
	if (f->end && date_parse(f->end, &iv.end, err) < 0)
		return -1;
	if (date_is_set(iv.start) && date_is_set(iv.end) && date_cmp(iv.start, iv.end) > 0)
		return err_set(err, "insatsen slutar före den börjar");
	if (app_copy_field(iv.goals, sizeof(iv.goals), f->goals, "målen", err) < 0)
		return -1;
	if (f->p_start && date_parse(f->p_start, &iv.p_start, err) < 0)
		return err_prefix(err, "deltagarperiodens början");
	if (f->p_end && date_parse(f->p_end, &iv.p_end, err) < 0)
		return err_prefix(err, "deltagarperiodens slut");
	if (date_is_set(iv.p_start) && date_is_set(iv.p_end) && date_cmp(iv.p_start, iv.p_end) > 0)
		return err_set(err, "deltagarperioden slutar före den börjar");
	if ((date_is_set(iv.p_start) && date_is_set(iv.start) && date_cmp(iv.p_start, iv.start) < 0) ||
	    (date_is_set(iv.p_end) && date_is_set(iv.end) && date_cmp(iv.p_end, iv.end) > 0))
		return err_set(err, "deltagarperioden ska ligga inom insatsens period");
	range_ascii(iv.accounts);
	if (!app_accounts_valid(iv.accounts))
		return err_set(err, "kan inte tolka kontona '%s' (skriv t.ex. 4010-4019,4030)", iv.accounts);
	if (budget_objects_valid(iv.objects) < 0)
		return err_set(err, "kan inte tolka objekten '%s' (skriv dimension:objekt, t.ex. 6:1)", iv.objects);
	if (store_begin(st, err) < 0)
		return -1;
	if (store_intervention_add(st, &iv, err) < 0) {
		store_rollback(st);
		return err_prefix(err, "kunde inte lägga till insatsen %s (finns den redan?)", f->name);
	}
	*id = iv.id;
	return store_commit(st, err);
}

int app_find_insats(struct store *st, const char *which, struct intervention *iv, struct err *err)
{
	char *end;
	long long id = strtoll(which, &end, 10);
	int rc = store_intervention_get(st, *end || end == which ? 0 : id, which, iv, err);

	if (rc == STORE_NOT_FOUND)
		return err_set(err, "det finns ingen insats '%s' (se 'finsam insats list')", which);
	return rc;
}

int app_insats_list(struct store *st, struct intervention **out, size_t *n, struct err *err)
{
	return store_intervention_list(st, out, n, err);
}

int app_insats_find(struct store *st, const char *which, struct intervention *iv, struct err *err)
{
	if (!which || !*which)
		return err_set(err, "ingen insats angiven");
	return app_find_insats(st, which, iv, err);
}

int app_insats_decide(struct store *st, const char *which, const char *date, const char *amount,
		      const char *years, const char *note, struct err *err)
{
	struct intervention iv;
	struct decision d;
	char *end;

	memset(&d, 0, sizeof(d));
	if (app_find_insats(st, which, &iv, err) < 0)
		return -1;
	if (date_parse(date, &d.meeting, err) < 0)
		return err_prefix(err, "sammanträdets datum");
	if (money_parse(amount, &d.amount, err) < 0)
		return -1;
	if (d.amount <= 0)
		return err_set(err, "det beslutade beloppet ska vara större än noll");
	d.year_from = d.year_to = d.meeting.y;
	if (years) {
		errno = 0;
		d.year_from = (int)strtol(years, &end, 10);
		d.year_to = *end == '-' ? (int)strtol(end + 1, &end, 10) : d.year_from;
		if (errno || *end || d.year_from < 1900 || d.year_to < d.year_from || d.year_to > 9999)
			return err_set(err, "kan inte tolka åren '%s' (skriv t.ex. 2024-2025)", years);
	}
	d.intervention_id = iv.id;
	if (app_copy_field(d.note, sizeof(d.note), note, "anteckningen", err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (store_decision_add(st, &d, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

/* Sums booked by the end of `year` in every fiscal year up to it. */
static int sums_until(struct store *st, int year, struct sums *out, struct err *err)
{
	struct fiscal_year *years = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (store_year_list(st, &years, &n, err) < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++)
		if (fiscal_year_label(&years[i]) <= year)
			rc = app_year_sums(st, &years[i], out, err);
	free(years);
	return rc;
}

static int commitments(struct store *st, int year, const struct intervention *iv, size_t n,
		       const struct decision *d, size_t n_d, struct commitment *out, struct err *err)
{
	struct sums sums = { NULL, 0, 0 };
	struct date end = { year, 12, 31 };
	size_t i;
	int rc = -1;

	if (sums_until(st, year, &sums, err) < 0)
		goto out;
	for (i = 0; i < n; i++) {
		out[i].intervention_id = iv[i].id;
		if (intervention_decided(&iv[i], d, n_d, end, &out[i].decided, err) < 0 ||
		    intervention_paid(&iv[i], sums.a, sums.n, &out[i].paid, err) < 0)
			goto out;
		out[i].remaining = out[i].decided > out[i].paid ? out[i].decided - out[i].paid : 0;
	}
	rc = 0;
out:
	free(sums.a);
	return rc;
}

int app_commitments(struct store *st, int year, const struct intervention *iv, size_t n, struct commitment *out,
		    struct err *err)
{
	struct decision *d = NULL;
	size_t n_d = 0;
	int rc;

	if (store_decision_list(st, &d, &n_d, err) < 0)
		return -1;
	rc = commitments(st, year, iv, n, d, n_d, out, err);
	free(d);
	return rc;
}

struct doc *app_report_commitments(struct store *st, int year, struct err *err)
{
	struct association a;
	struct intervention *iv = NULL;
	struct decision *d = NULL;
	struct commitment *cur = NULL, *prev = NULL;
	size_t n = 0, n_d = 0;
	struct doc *doc = NULL;

	if (app_load_association(st, &a, err) < 0 || store_intervention_list(st, &iv, &n, err) < 0)
		return NULL;
	if (store_decision_list(st, &d, &n_d, err) < 0)
		goto out;
	cur = xcalloc(n ? n : 1, sizeof(*cur));
	prev = xcalloc(n ? n : 1, sizeof(*prev));
	if (commitments(st, year, iv, n, d, n_d, cur, err) < 0 ||
	    commitments(st, year - 1, iv, n, d, n_d, prev, err) < 0)
		goto out;
	doc = doc_commitments(&a, year, iv, cur, prev, n);
out:
	free(iv);
	free(d);
	free(cur);
	free(prev);
	return doc;
}

struct doc *app_report_insatser(struct store *st, const char *which, struct err *err)
{
	struct association a;
	struct intervention *iv = NULL, one;
	struct decision *d = NULL;
	struct anonymous_count *anon = NULL;
	size_t n = 0, n_d = 0, n_anon = 0;
	struct doc *doc = NULL;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (which) {
		if (app_find_insats(st, which, &one, err) < 0)
			return NULL;
		iv = xmalloc(sizeof(*iv));
		*iv = one;
		n = 1;
	} else if (store_intervention_list(st, &iv, &n, err) < 0) {
		return NULL;
	}
	if (store_decision_list(st, &d, &n_d, err) == 0 &&
	    store_anonymous_list(st, 0, which ? iv[0].id : 0, &anon, &n_anon, err) == 0)
		doc = doc_interventions(&a, iv, n, d, n_d, anon, n_anon, which != NULL);
	free(iv);
	free(d);
	free(anon);
	return doc;
}

static int count_arg(const char *s, const char *what, int64_t *out, struct err *err)
{
	char *end;
	long long v;

	if (!s || !*s) {
		*out = 0;
		return 0;
	}
	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || *end || v < 0 || v > 1000000)
		return err_set(err, "antalet %s ska vara ett heltal 0–1000000, inte '%s'", what, s);
	*out = v;
	return 0;
}

int app_insats_anonymous(struct store *st, const char *which, const char *from, const char *to,
			 const char *women, const char *men, const char *note, struct err *err)
{
	struct intervention iv;
	struct anonymous_count a;

	memset(&a, 0, sizeof(a));
	if (app_find_insats(st, which, &iv, err) < 0)
		return -1;
	if (!from || !to)
		return err_set(err, "ange perioden med --from och --to");
	if (date_parse(from, &a.from, err) < 0)
		return err_prefix(err, "periodens början");
	if (date_parse(to, &a.to, err) < 0)
		return err_prefix(err, "periodens slut");
	if (date_cmp(a.from, a.to) > 0)
		return err_set(err, "perioden slutar före den börjar");
	if (a.from.y != a.to.y)
		return err_set(err, "perioden ska ligga inom ett kalenderår, så att varje år räknas för sig");
	if ((date_is_set(iv.start) && date_cmp(a.from, iv.start) < 0) ||
	    (date_is_set(iv.end) && date_cmp(a.to, iv.end) > 0))
		return err_set(err, "perioden ligger utanför insatsens period");
	if (count_arg(women, "kvinnor", &a.women, err) < 0 || count_arg(men, "män", &a.men, err) < 0)
		return -1;
	if (a.women + a.men == 0)
		return err_set(err, "ange antalet med --women och --men");
	if (app_copy_field(a.note, sizeof(a.note), note, "anteckningen", err) < 0)
		return -1;
	a.intervention_id = iv.id;
	if (store_begin(st, err) < 0)
		return -1;
	if (store_anonymous_add(st, &a, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_activity_add(struct store *st, const char *name, const char *date, const char *kind,
		     const char *organiser, const char *attendees, int64_t *total, struct err *err)
{
	struct activity a;
	int rc = -1;

	memset(&a, 0, sizeof(a));
	if (app_copy_field(a.name, sizeof(a.name), name, "namnet", err) < 0 ||
	    app_copy_field(a.organiser, sizeof(a.organiser), organiser, "arrangören", err) < 0)
		return -1;
	if (!*a.name)
		return err_set(err, "aktiviteten behöver ett namn");
	if (!date || date_parse(date, &a.date, err) < 0)
		return date ? -1 : err_set(err, "aktiviteten behöver ett datum (--date)");
	if (!kind || activity_kind_parse(kind, &a.kind) < 0)
		return err_set(err, "okänd sorts aktivitet '%s' (strukturinriktad eller kompetenshöjande)",
			       kind ? kind : "");
	if (attendees && activity_parse_attendance(&a, attendees, err) < 0)
		goto out;
	if (store_begin(st, err) < 0)
		goto out;
	if (store_activity_add(st, &a, err) < 0) {
		store_rollback(st);
		goto out;
	}
	if (store_commit(st, err) < 0)
		goto out;
	*total = activity_total(&a);
	rc = 0;
out:
	activity_release(&a);
	return rc;
}

struct doc *app_report_activities(struct store *st, int year, struct err *err)
{
	struct association a;
	struct activity *acts = NULL;
	size_t n = 0, i;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_activity_list(st, year, &acts, &n, err) < 0)
		return NULL;
	d = doc_activities(&a, year, acts, n);
	for (i = 0; i < n; i++)
		activity_release(&acts[i]);
	free(acts);
	return d;
}
