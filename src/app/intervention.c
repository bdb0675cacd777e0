/*
 * intervention.c: the use cases of the interventions: registering one,
 * recording the board's funding decisions, listing them, and the remaining
 * commitments (decided − paid from the books) at the end of a year.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "base/text.h"
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

/* Copies src into dst when it is given (NULL keeps dst). */
static int field(char *dst, size_t n, const char *src, const char *what, struct err *err)
{
	return src ? app_copy_field(dst, n, src, what, err) : 0;
}

/* A date when it is given: NULL keeps *d, "" clears it. */
static int opt_date(struct date *d, const char *s, const char *what, struct err *err)
{
	if (!s)
		return 0;
	if (!*s) {
		memset(d, 0, sizeof(*d));
		return 0;
	}
	if (date_parse(s, d, err) < 0)
		return what ? err_prefix(err, "%s", what) : -1;
	return 0;
}

/* The given fields of f (NULL keeps a field, "" clears an optional one)
 * onto iv, each checked as it is read, then iv as a whole: the one
 * validation of an intervention, for its addition and every change. */
static int insats_apply(struct intervention *iv, const struct app_insats_fields *f, struct err *err)
{
	if (f->name && !*f->name)
		return err_set(err, "insatsen behöver ett namn"), err_field(err, "name");
	if (f->kind && !*f->kind)
		return err_set(err, "välj vilken sorts insats det är: individinriktad, strukturinriktad eller "
			       "kompetenshöjande"), err_field(err, "kind");
	if (f->kind && intervention_kind_parse(f->kind, &iv->kind) < 0)
		return err_set(err, "okänd sorts insats '%s' (individinriktad, strukturinriktad eller "
			       "kompetenshöjande)", f->kind), err_field(err, "kind");
	if (field(iv->name, sizeof(iv->name), f->name, "namnet", err) < 0)
		return err_field(err, "name");
	if (field(iv->owner, sizeof(iv->owner), f->owner, "projektägaren", err) < 0)
		return err_field(err, "owner");
	if (field(iv->partners, sizeof(iv->partners), f->partners, "de samverkande parterna", err) < 0)
		return err_field(err, "partners");
	if (field(iv->target_group, sizeof(iv->target_group), f->target, "målgruppen", err) < 0)
		return err_field(err, "target");
	if (field(iv->purpose, sizeof(iv->purpose), f->purpose, "syftet", err) < 0)
		return err_field(err, "purpose");
	if (field(iv->accounts, sizeof(iv->accounts), f->accounts, "kontona", err) < 0)
		return err_field(err, "accounts");
	if (field(iv->objects, sizeof(iv->objects), f->objects, "objekten", err) < 0)
		return err_field(err, "objects");
	if (field(iv->goals, sizeof(iv->goals), f->goals, "målen", err) < 0)
		return err_field(err, "goals");
	if (f->ages && !*f->ages) {
		iv->age_min = iv->age_max = 0;
	} else if (f->ages) {
		long lo, hi;

		if (range_parse(f->ages, 0, 120, &lo, &hi) < 0)
			return err_set(err, "kan inte tolka åldrarna '%s' (skriv t.ex. 16-29)", f->ages),
			       err_field(err, "ages");
		iv->age_min = (int)lo;
		iv->age_max = (int)hi;
	}
	if (opt_date(&iv->start, f->start, NULL, err) < 0)
		return err_field(err, "start");
	if (opt_date(&iv->end, f->end, NULL, err) < 0)
		return err_field(err, "end");
	if (opt_date(&iv->p_start, f->p_start, "deltagarperiodens början", err) < 0)
		return err_field(err, "p_start");
	if (opt_date(&iv->p_end, f->p_end, "deltagarperiodens slut", err) < 0)
		return err_field(err, "p_end");
	if (date_is_set(iv->start) && date_is_set(iv->end) && date_cmp(iv->start, iv->end) > 0)
		return err_set(err, "insatsen slutar före den börjar"), err_field(err, "end");
	if (date_is_set(iv->p_start) && date_is_set(iv->p_end) && date_cmp(iv->p_start, iv->p_end) > 0)
		return err_set(err, "deltagarperioden slutar före den börjar"), err_field(err, "p_end");
	if (date_is_set(iv->p_start) && date_is_set(iv->start) && date_cmp(iv->p_start, iv->start) < 0)
		return err_set(err, "deltagarperioden ska ligga inom insatsens period"), err_field(err, "p_start");
	if (date_is_set(iv->p_end) && date_is_set(iv->end) && date_cmp(iv->p_end, iv->end) > 0)
		return err_set(err, "deltagarperioden ska ligga inom insatsens period"), err_field(err, "p_end");
	range_ascii(iv->accounts);
	if (!app_accounts_valid(iv->accounts))
		return err_set(err, "kan inte tolka kontona '%s' (skriv t.ex. 4010-4019,4030)", iv->accounts),
		       err_field(err, "accounts");
	if (budget_objects_valid(iv->objects) < 0)
		return err_set(err, "kan inte tolka objekten '%s' (skriv dimension:objekt, t.ex. 6:1)", iv->objects),
		       err_field(err, "objects");
	return 0;
}

static json_t *insats_json(const struct intervention *iv)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(iv->id));
	json_object_set_new(o, "name", json_string(iv->name));
	json_object_set_new(o, "kind", json_string(intervention_kind_key(iv->kind)));
	json_object_set_new(o, "owner", json_string(iv->owner));
	json_object_set_new(o, "partners", json_string(iv->partners));
	json_object_set_new(o, "target", json_string(iv->target_group));
	json_object_set_new(o, "age_min", json_integer(iv->age_min));
	json_object_set_new(o, "age_max", json_integer(iv->age_max));
	app_json_date(o, "start", iv->start);
	app_json_date(o, "end", iv->end);
	app_json_date(o, "participants_from", iv->p_start);
	app_json_date(o, "participants_to", iv->p_end);
	json_object_set_new(o, "purpose", json_string(iv->purpose));
	json_object_set_new(o, "goals", json_string(iv->goals));
	json_object_set_new(o, "accounts", json_string(iv->accounts));
	json_object_set_new(o, "objects", json_string(iv->objects));
	return o;
}

/* The years an intervention's period touches, asked of the closed years. */
static int period_open(struct store *st, const struct intervention *iv, struct err *err)
{
	int from = date_is_set(iv->start) ? iv->start.y : iv->end.y;
	int to = date_is_set(iv->end) ? iv->end.y : iv->start.y;

	if (!date_is_set(iv->start) && !date_is_set(iv->end))
		return 0;
	return app_years_check_open(st, from, to, "insatsen", err);
}

/* The years a decision touches: from its meeting and the first year it
 * covers to the last, and on to this year, since the note on remaining
 * commitments of every year after the meeting counts it. */
static int decision_open(struct store *st, const struct decision *d, struct err *err)
{
	int from = d->meeting.y < d->year_from ? d->meeting.y : d->year_from;
	int to = d->year_to > date_today().y ? d->year_to : date_today().y;

	return app_years_check_open(st, from, to, "beslutet", err);
}

int app_insats_add(struct store *st, const struct app_insats_fields *f, int64_t *id, struct err *err)
{
	struct intervention iv;

	memset(&iv, 0, sizeof(iv));
	if (!f->name || !*f->name)
		return err_set(err, "insatsen behöver ett namn"), err_field(err, "name");
	if (!f->kind || !*f->kind)
		return err_set(err, "välj vilken sorts insats det är: individinriktad, strukturinriktad eller "
			       "kompetenshöjande"), err_field(err, "kind");
	if (insats_apply(&iv, f, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (period_open(st, &iv, err) < 0)
		goto fail;
	if (store_intervention_add(st, &iv, err) < 0) {
		err_prefix(err, "kunde inte lägga till insatsen %s (finns den redan?)", f->name);
		goto fail;
	}
	if (app_change(st, "lägg till insats", "intervention", iv.id, NULL, insats_json(&iv), err) < 0)
		goto fail;
	*id = iv.id;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_find_insats(struct store *st, const char *which, struct intervention *iv, struct err *err)
{
	char *end;
	long long id = strtoll(which, &end, 10);
	int rc = store_intervention_get(st, *end || end == which ? 0 : id, which, iv, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen insats '%s'", which);
		return err_see(err, "finsam insats list");
	}
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

/* Refuses a decision that repeats one already entered (same
 * intervention, date, amount and years; other than itself), unless again. */
static int decision_unique(struct store *st, const struct decision *d, int again, struct err *err)
{
	struct decision *all = NULL;
	size_t n = 0, i;
	int rc = 0;

	if (again)
		return 0;
	if (store_decision_list(st, &all, &n, err) < 0)
		return -1;
	for (i = 0; i < n && rc == 0; i++) {
		const struct decision *o = &all[i];
		char date[11], amount[32];

		if (o->id == d->id || o->intervention_id != d->intervention_id || date_cmp(o->meeting, d->meeting) != 0 ||
		    o->amount != d->amount || o->year_from != d->year_from || o->year_to != d->year_to)
			continue;
		money_format(amount, sizeof(amount), o->amount, MONEY_STYLE_KR);
		err_set(err, "samma beslut finns redan (id %lld: %s, %s kr, %d–%d)", (long long)o->id,
			date_format(date, o->meeting), amount, o->year_from, o->year_to);
		err_need(err, ERR_NEED_AGAIN);
		rc = err_see(err, "finsam insats decision edit %lld", (long long)o->id);
	}
	free(all);
	return rc;
}

/* The given fields of f onto d (NULL keeps a field), each checked: the one
 * validation of a decision, for its addition and every change. */
static int decision_apply(struct store *st, struct decision *d, const struct app_decision_fields *f,
			  struct err *err)
{
	const struct decision before = *d;

	if (f->insats) {
		struct intervention iv;

		if (app_find_insats(st, f->insats, &iv, err) < 0)
			return err_field(err, "insats");
		d->intervention_id = iv.id;
	}
	if (f->date) {
		struct date today = date_today();

		if (date_parse(f->date, &d->meeting, err) < 0) {
			err_set(err, "sammanträdets datum '%s' är inget giltigt datum (skriv till exempel 2025-11-20 "
				"eller 20/11/2025)",
				f->date);
			return err_field(err, "date");
		}
		if (date_cmp(d->meeting, today) > 0 && !f->planned) {
			char a[11], b[11];

			err_set(err, "beslutet är daterat %s, efter i dag (%s): ett beslut som redan är fattat "
				"har ett datum som passerat, och ett senare datum är bara tillåtet för ett planerat beslut",
				date_format(a, d->meeting), date_format(b, today));
			err_field(err, "date");
			return err_need(err, ERR_NEED_PLANNED);
		}
	}
	if (f->amount) {
		if (money_parse(f->amount, &d->amount, err) < 0)
			return err_field(err, "amount");
		if (d->amount <= 0) {
			err_set(err, "det beslutade beloppet ska vara större än noll");
			return err_field(err, "amount");
		}
	}
	if (f->years) {
		long lo, hi;

		if (range_parse(f->years, 1900, 9999, &lo, &hi) < 0) {
			err_set(err, "kan inte tolka åren '%s' (skriv t.ex. 2024-2025 eller 2024–2025)", f->years);
			return err_field(err, "years");
		}
		d->year_from = (int)lo;
		d->year_to = (int)hi;
	}
	if (field(d->note, sizeof(d->note), f->note, "anteckningen", err) < 0)
		return err_field(err, "note");
	/* A new decision, or one whose intervention, date, amount or years
	 * change, may repeat another; a change of the note alone does not
	 * make it one (a repetition already confirmed stays confirmed). */
	if (!d->id || d->intervention_id != before.intervention_id || date_cmp(d->meeting, before.meeting) != 0 ||
	    d->amount != before.amount || d->year_from != before.year_from || d->year_to != before.year_to)
		return decision_unique(st, d, f->again, err);
	return 0;
}

static json_t *decision_json(const struct decision *d)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(d->id));
	json_object_set_new(o, "intervention_id", json_integer(d->intervention_id));
	app_json_date(o, "date", d->meeting);
	json_object_set_new(o, "amount", json_integer(d->amount));
	json_object_set_new(o, "year_from", json_integer(d->year_from));
	json_object_set_new(o, "year_to", json_integer(d->year_to));
	json_object_set_new(o, "note", json_string(d->note));
	return o;
}

int app_decision_add(struct store *st, const char *which, const struct app_decision_fields *f, int64_t *id,
		     struct err *err)
{
	struct app_decision_fields g = *f;
	struct decision d;

	memset(&d, 0, sizeof(d));
	if (!f->date || !*f->date) {
		err_set(err, "beslutet behöver sammanträdets datum");
		return err_field(err, "date");
	}
	if (!f->amount || !*f->amount) {
		err_set(err, "beslutet behöver ett belopp");
		return err_field(err, "amount");
	}
	g.insats = which;
	if (store_begin(st, err) < 0)
		return -1;
	/* The years default to the meeting's, before the check of duplicates. */
	if (date_parse(f->date, &d.meeting, err) == 0)
		d.year_from = d.year_to = d.meeting.y;
	if (decision_apply(st, &d, &g, err) < 0 || decision_open(st, &d, err) < 0 ||
	    store_decision_add(st, &d, err) < 0 ||
	    app_change(st, "lägg till beslut", "decision", d.id, NULL, decision_json(&d), err) < 0) {
		store_rollback(st);
		return -1;
	}
	if (id)
		*id = d.id;
	return store_commit(st, err);
}

int app_insats_decide(struct store *st, const char *which, const char *date, const char *amount,
		      const char *years, const char *note, struct err *err)
{
	struct app_decision_fields f = { NULL, date, amount, years, note, 0, 0 };

	return app_decision_add(st, which, &f, NULL, err);
}

/* The decision with id, or a message naming the list. */
static int find_decision(struct store *st, int64_t id, struct decision *d, struct err *err)
{
	int rc = store_decision_get(st, id, d, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget beslut med id %lld", (long long)id);
		return err_see(err, "finsam insats decision list INSATS");
	}
	return rc;
}

int app_decision_edit(struct store *st, int64_t id, const struct app_decision_fields *f, struct err *err)
{
	struct decision before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_decision(st, id, &before, err) < 0)
		goto fail;
	after = before;
	if (decision_apply(st, &after, f, err) < 0 || decision_open(st, &before, err) < 0 ||
	    decision_open(st, &after, err) < 0 || store_decision_update(st, &after, err) < 0 ||
	    app_change(st, "ändra beslut", "decision", id, decision_json(&before), decision_json(&after), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_decision_remove(struct store *st, int64_t id, struct err *err)
{
	struct decision d;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_decision(st, id, &d, err) < 0 || decision_open(st, &d, err) < 0 ||
	    store_decision_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort beslut", "decision", id, decision_json(&d), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_decisions(struct store *st, const char *which, struct intervention *iv, struct decision **out, size_t *n,
		  struct err *err)
{
	size_t all = 0, i;

	*out = NULL;
	*n = 0;
	if (app_insats_find(st, which, iv, err) < 0 || store_decision_list(st, out, &all, err) < 0)
		return -1;
	for (i = 0; i < all; i++)
		if ((*out)[i].intervention_id == iv->id)
			(*out)[(*n)++] = (*out)[i];
	return 0;
}

struct doc *app_report_decisions(struct store *st, const char *which, struct err *err)
{
	struct association a;
	struct intervention iv;
	struct decision *d = NULL;
	size_t n = 0;
	struct doc *doc;

	if (app_load_association(st, &a, err) < 0 || app_decisions(st, which, &iv, &d, &n, err) < 0)
		return NULL;
	doc = doc_decisions(&a, &iv, d, n);
	free(d);
	return doc;
}

/* Everything of an intervention that a closed year's documents use: its
 * period and its decisions' years. */
static int insats_open(struct store *st, const struct intervention *iv, struct err *err)
{
	struct decision *d = NULL;
	size_t n = 0, i;
	int rc;

	if (period_open(st, iv, err) < 0 || store_decision_list(st, &d, &n, err) < 0)
		return -1;
	for (i = 0, rc = 0; i < n && rc == 0; i++)
		if (d[i].intervention_id == iv->id)
			rc = decision_open(st, &d[i], err);
	free(d);
	return rc;
}

int app_insats_edit(struct store *st, const char *which, const struct app_insats_fields *f, struct err *err)
{
	struct intervention before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (app_insats_find(st, which, &before, err) < 0)
		goto fail;
	after = before;
	if (insats_apply(&after, f, err) < 0 || insats_open(st, &before, err) < 0 || period_open(st, &after, err) < 0)
		goto fail;
	if (store_intervention_update(st, &after, err) < 0) {
		err_prefix(err, "kunde inte ändra insatsen %s (finns en annan med samma namn?)", before.name);
		goto fail;
	}
	if (app_change(st, "ändra insats", "intervention", after.id, insats_json(&before), insats_json(&after),
		       err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

/* "2 beslut och 14 inskrivningar": what still refers to an intervention. */
static void refs_text(const struct intervention_refs *r, char *out, size_t n)
{
	const struct {
		int64_t count;
		const char *what;
	} parts[] = { { r->decisions, "beslut" }, { r->enrolments, "inskrivningar" },
		      { r->anonymous, "antal anonyma deltagare" }, { r->result_goals, "resultatmål" },
		      { r->survey_answers, "enkätsvar" }, { r->users, "registratorer" },
		      { r->allocations, "fördelningar av konton" } };
	size_t i, shown = 0, total = 0, len = 0;

	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		total += parts[i].count > 0;
	out[0] = '\0';
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]) && len < n; i++) {
		if (parts[i].count <= 0)
			continue;
		shown++;
		len += (size_t)snprintf(out + len, n - len, "%s%lld %s",
					shown == 1 ? "" : shown == total ? " och " : ", ",
					(long long)parts[i].count, parts[i].what);
	}
}

int app_insats_remove(struct store *st, const char *which, struct err *err)
{
	struct intervention iv;
	struct intervention_refs refs;
	char what[300];

	if (store_begin(st, err) < 0)
		return -1;
	if (app_insats_find(st, which, &iv, err) < 0 || store_intervention_refs(st, iv.id, &refs, err) < 0)
		goto fail;
	refs_text(&refs, what, sizeof(what));
	if (*what) {
		err_set(err, "insatsen %s har %s; ta bort eller flytta dem först", iv.name, what);
		goto fail;
	}
	if (period_open(st, &iv, err) < 0 || store_intervention_delete(st, iv.id, err) < 0 ||
	    app_change(st, "ta bort insats", "intervention", iv.id, insats_json(&iv), NULL, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

struct doc *app_report_insatser(struct store *st, const char *which, int year, struct err *err)
{
	struct association a;
	struct intervention *iv = NULL, one;
	struct decision *d = NULL;
	struct anonymous_count *anon = NULL;
	struct intervention_year *y = NULL;
	size_t n = 0, n_d = 0, n_anon = 0, n_y = 0;
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
	    store_anonymous_list(st, 0, which ? iv[0].id : 0, &anon, &n_anon, err) == 0 &&
	    store_intervention_year_list(st, 0, which ? iv[0].id : 0, &y, &n_y, err) == 0) {
		struct doc_insats_years years = { y, n_y, year ? year : date_today().y };

		doc = doc_interventions(&a, iv, n, d, n_d, anon, n_anon, &years, which != NULL);
	}
	free(iv);
	free(d);
	free(anon);
	intervention_years_free(y, n_y);
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

/* The given fields of f onto a (NULL keeps a field), each checked, then a
 * as a whole within its intervention: the one validation of an anonymous
 * count, for its addition and every change. */
static int anonymous_apply(struct store *st, struct anonymous_count *a, const struct app_anonymous_fields *f,
			   struct err *err)
{
	struct intervention iv;

	if (f->insats) {
		if (app_find_insats(st, f->insats, &iv, err) < 0)
			return -1;
		a->intervention_id = iv.id;
	} else if (store_intervention_get(st, a->intervention_id, NULL, &iv, err) != 0) {
		return err_set(err, "de anonyma deltagarnas insats finns inte");
	}
	if (f->from && date_parse(f->from, &a->from, err) < 0)
		return err_prefix(err, "periodens början"), err_field(err, "from");
	if (f->to && date_parse(f->to, &a->to, err) < 0)
		return err_prefix(err, "periodens slut"), err_field(err, "to");
	if (date_cmp(a->from, a->to) > 0)
		return err_set(err, "perioden slutar före den börjar"), err_field(err, "to");
	if (a->from.y != a->to.y)
		return err_set(err, "perioden ska ligga inom ett kalenderår, så att varje år räknas för sig"),
		       err_field(err, "to");
	if (date_is_set(iv.start) && date_cmp(a->from, iv.start) < 0)
		return err_set(err, "perioden ligger utanför insatsens period"), err_field(err, "from");
	if (date_is_set(iv.end) && date_cmp(a->to, iv.end) > 0)
		return err_set(err, "perioden ligger utanför insatsens period"), err_field(err, "to");
	if (f->women && count_arg(f->women, "kvinnor", &a->women, err) < 0)
		return err_field(err, "women");
	if (f->men && count_arg(f->men, "män", &a->men, err) < 0)
		return err_field(err, "men");
	if (a->women + a->men == 0)
		return err_set(err, "ange hur många kvinnor och män som deltog"), err_field(err, "women");
	if (field(a->note, sizeof(a->note), f->note, "anteckningen", err) < 0)
		return err_field(err, "note");
	return 0;
}

static json_t *anonymous_json(const struct anonymous_count *a)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "intervention_id", json_integer(a->intervention_id));
	app_json_date(o, "from", a->from);
	app_json_date(o, "to", a->to);
	json_object_set_new(o, "women", json_integer(a->women));
	json_object_set_new(o, "men", json_integer(a->men));
	json_object_set_new(o, "note", json_string(a->note));
	return o;
}

int app_insats_anonymous(struct store *st, const char *which, const char *from, const char *to,
			 const char *women, const char *men, const char *note, struct err *err)
{
	struct app_anonymous_fields f = { which, from, to, women, men, note };
	struct anonymous_count a;

	memset(&a, 0, sizeof(a));
	if (!from || !to)
		return err_set(err, "ange perioden med --from och --to");
	if (store_begin(st, err) < 0)
		return -1;
	if (anonymous_apply(st, &a, &f, err) < 0 || app_year_check_open(st, a.from.y, "de anonyma deltagarna", err) < 0 ||
	    store_anonymous_add(st, &a, err) < 0 ||
	    app_change(st, "lägg till anonyma deltagare", "anonymous", a.id, NULL, anonymous_json(&a), err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

static int find_anonymous(struct store *st, int64_t id, struct anonymous_count *a, struct err *err)
{
	int rc = store_anonymous_get(st, id, a, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inga anonyma deltagare med id %lld", (long long)id);
		return err_see(err, "finsam insats anonymous list");
	}
	return rc;
}

int app_anonymous_edit(struct store *st, int64_t id, const struct app_anonymous_fields *f, struct err *err)
{
	struct anonymous_count before, after;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_anonymous(st, id, &before, err) < 0)
		goto fail;
	after = before;
	if (anonymous_apply(st, &after, f, err) < 0 ||
	    app_year_check_open(st, before.from.y, "de anonyma deltagarna", err) < 0 ||
	    app_year_check_open(st, after.from.y, "de anonyma deltagarna", err) < 0 ||
	    store_anonymous_update(st, &after, err) < 0 ||
	    app_change(st, "ändra anonyma deltagare", "anonymous", id, anonymous_json(&before), anonymous_json(&after),
		       err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_anonymous_remove(struct store *st, int64_t id, struct err *err)
{
	struct anonymous_count a;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_anonymous(st, id, &a, err) < 0 || app_year_check_open(st, a.from.y, "de anonyma deltagarna", err) < 0 ||
	    store_anonymous_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort anonyma deltagare", "anonymous", id, anonymous_json(&a), NULL, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_anonymous_list(struct store *st, int64_t id, struct anonymous_count **out, size_t *n, struct err *err)
{
	return store_anonymous_list(st, 0, id, out, n, err);
}

struct doc *app_report_anonymous(struct store *st, const char *which, struct err *err)
{
	struct association a;
	struct intervention one, *iv = NULL;
	struct anonymous_count *anon = NULL;
	size_t n_iv = 0, n = 0;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (which && app_insats_find(st, which, &one, err) < 0)
		return NULL;
	if (store_intervention_list(st, &iv, &n_iv, err) == 0 &&
	    store_anonymous_list(st, 0, which ? one.id : 0, &anon, &n, err) == 0)
		d = doc_anonymous_list(&a, iv, n_iv, anon, n);
	free(iv);
	free(anon);
	return d;
}

/* The given fields of f onto a (NULL keeps a field; attendees replace the
 * whole list), each checked: the one validation of an activity. */
/* A count: digits only, at most a million. */
static int count_parse(const char *s, int64_t *out)
{
	int64_t v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (*s - '0');
		if (v > 1000000)
			return -1;
	}
	*out = v;
	return 0;
}

static int activity_apply(struct activity *a, const struct app_activity_fields *f, struct err *err)
{
	if (field(a->name, sizeof(a->name), f->name, "namnet", err) < 0 ||
	    field(a->organiser, sizeof(a->organiser), f->organiser, "arrangören", err) < 0)
		return -1;
	if (!*a->name)
		return err_set(err, "aktiviteten behöver ett namn");
	if (f->date && date_parse(f->date, &a->date, err) < 0)
		return -1;
	if (!date_is_set(a->date))
		return err_set(err, "aktiviteten behöver ett datum (--date)");
	if (f->kind && activity_kind_parse(f->kind, &a->kind) < 0)
		return err_set(err, "okänd sorts aktivitet '%s' (strukturinriktad eller kompetenshöjande)", f->kind);
	if (f->attendees && activity_parse_attendance(a, f->attendees, err) < 0)
		return -1;
	if (f->meetings) {
		int64_t v;

		if (count_parse(f->meetings, &v) < 0 || v < 1)
			return err_set(err, "antalet träffar ska vara ett heltal, minst 1, inte '%s'", f->meetings),
			       err_field(err, "meetings");
		a->meetings = v;
	}
	if (a->meetings < 1)
		a->meetings = 1;
	if (f->persons && !*f->persons) {
		a->has_persons = 0;
		a->persons = 0;
	} else if (f->persons) {
		if (count_parse(f->persons, &a->persons) < 0)
			return err_set(err, "antalet personer ska vara ett heltal, inte '%s'", f->persons),
			       err_field(err, "persons");
		a->has_persons = 1;
	}
	if (a->has_persons && a->persons > activity_total(a))
		return err_set(err, "%lld olika personer kan inte ha kommit när deltagarna var %lld sammanlagt",
			       (long long)a->persons, (long long)activity_total(a)), err_field(err, "persons");
	return 0;
}

static json_t *activity_json(const struct activity *a)
{
	json_t *o = json_object(), *att = json_object();
	size_t i;

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "name", json_string(a->name));
	app_json_date(o, "date", a->date);
	json_object_set_new(o, "kind", json_string(activity_kind_key(a->kind)));
	json_object_set_new(o, "organiser", json_string(a->organiser));
	for (i = 0; i < a->n_attendance; i++)
		json_object_set_new(att, a->attendance[i].organisation, json_integer(a->attendance[i].attendees));
	json_object_set_new(o, "attendance", att);
	json_object_set_new(o, "meetings", json_integer(a->meetings));
	json_object_set_new(o, "persons", a->has_persons ? json_integer(a->persons) : json_null());
	return o;
}

int app_activity_add(struct store *st, const struct app_activity_fields *f, int64_t *total, struct err *err)
{
	struct activity a;
	int rc = -1;

	memset(&a, 0, sizeof(a));
	if (!f->kind)
		return err_set(err, "okänd sorts aktivitet '' (strukturinriktad eller kompetenshöjande)");
	if (activity_apply(&a, f, err) < 0)
		goto out;
	if (store_begin(st, err) < 0)
		goto out;
	if (app_year_check_open(st, a.date.y, "aktiviteten", err) < 0 || store_activity_add(st, &a, err) < 0 ||
	    app_change(st, "lägg till aktivitet", "activity", a.id, NULL, activity_json(&a), err) < 0) {
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

static int find_activity(struct store *st, int64_t id, struct activity *a, struct err *err)
{
	int rc = store_activity_get(st, id, a, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen aktivitet med id %lld", (long long)id);
		return err_see(err, "finsam activity list");
	}
	return rc;
}

int app_activity_edit(struct store *st, int64_t id, const struct app_activity_fields *f, struct err *err)
{
	struct activity before, after;
	int rc = -1;

	memset(&after, 0, sizeof(after));
	if (store_begin(st, err) < 0)
		return -1;
	if (find_activity(st, id, &before, err) < 0) {
		store_rollback(st);
		return -1;
	}
	after = before;
	after.attendance = NULL;
	after.n_attendance = 0;
	if (!f->attendees) {
		after.attendance = xcalloc(before.n_attendance ? before.n_attendance : 1, sizeof(*after.attendance));
		memcpy(after.attendance, before.attendance, before.n_attendance * sizeof(*after.attendance));
		after.n_attendance = before.n_attendance;
	}
	if (activity_apply(&after, f, err) < 0 || app_year_check_open(st, before.date.y, "aktiviteten", err) < 0 ||
	    app_year_check_open(st, after.date.y, "aktiviteten", err) < 0 || store_activity_update(st, &after, err) < 0 ||
	    app_change(st, "ändra aktivitet", "activity", id, activity_json(&before), activity_json(&after), err) < 0)
		store_rollback(st);
	else
		rc = store_commit(st, err);
	activity_release(&before);
	activity_release(&after);
	return rc;
}

int app_activity_remove(struct store *st, int64_t id, struct err *err)
{
	struct activity a;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_activity(st, id, &a, err) < 0) {
		store_rollback(st);
		return -1;
	}
	if (app_year_check_open(st, a.date.y, "aktiviteten", err) < 0 || store_activity_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort aktivitet", "activity", id, activity_json(&a), NULL, err) < 0)
		store_rollback(st);
	else
		rc = store_commit(st, err);
	activity_release(&a);
	return rc;
}

struct doc *app_report_activities_for(struct store *st, int year, int published, struct err *err)
{
	struct association a;
	struct activity *acts = NULL;
	size_t n = 0, i;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_activity_list(st, year, &acts, &n, err) < 0)
		return NULL;
	d = doc_activities(&a, year, acts, n, published);
	for (i = 0; i < n; i++)
		activity_release(&acts[i]);
	free(acts);
	return d;
}

/* ---- the list, searched ---- */

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct intervention *)a)->name, ((const struct intervention *)b)->name);
}

static int by_start(const void *a, const void *b)
{
	const struct intervention *x = a, *y = b;
	int c = date_cmp(x->start, y->start);

	return c ? -c : by_name(a, b);
}

static int by_end(const void *a, const void *b)
{
	const struct intervention *x = a, *y = b;
	/* Those without an end last. */
	int c = date_is_set(x->end) != date_is_set(y->end) ? (date_is_set(x->end) ? -1 : 1) : date_cmp(x->end, y->end);

	return c ? c : by_name(a, b);
}

/* s in lower case: A-Z and the Swedish Å, Ä, Ö (UTF-8). */
static char *lower(const char *s)
{
	char *t = xstrdup(s), *p;

	for (p = t; *p; p++) {
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
		else if ((unsigned char)p[0] == 0xC3 && ((unsigned char)p[1] == 0x85 || (unsigned char)p[1] == 0x84 ||
							  (unsigned char)p[1] == 0x96)) {
			p[1] = (char)((unsigned char)p[1] + 0x20);
			p++;
		}
	}
	return t;
}

/* 1 when s occurs in t, in any case. */
static int contains(const char *t, const char *s)
{
	char *a = lower(t), *b = lower(s);
	int found = strstr(a, b) != NULL;

	free(a);
	free(b);
	return found;
}

int app_insats_search(struct store *st, const struct app_insats_query *q, struct app_insats_page *out,
		      struct err *err)
{
	struct intervention *iv = NULL, *keep;
	struct decision *d = NULL;
	struct anonymous_count *anon = NULL;
	struct intervention_year *said = NULL;
	struct doc_insats_years years;
	size_t n_d = 0, n_anon = 0, n_said = 0;
	struct association a;
	struct date today = date_today();
	enum intervention_kind kind = INTERVENTION_INDIVIDUAL;
	size_t n = 0, k = 0, i, per = q->per_page ? q->per_page : APP_INSATS_PAGE, first;
	long page = q->page > 0 && q->page < 1000000 ? q->page : 1;
	int year = 0, state = 0;

	memset(out, 0, sizeof(*out));
	if (q->kind && *q->kind && intervention_kind_parse(q->kind, &kind) < 0) {
		err_set(err, "välj ett av slagen i listan");
		return err_field(err, "kind");
	}
	if (q->year && *q->year) {
		char *end;
		long y = strtol(q->year, &end, 10);

		if (*end || y < 1900 || y > 2200) {
			err_set(err, "året skrivs med fyra siffror, till exempel 2025");
			return err_field(err, "year");
		}
		year = (int)y;
	}
	if (q->state && *q->state) {
		if (strcmp(q->state, "pagaende") == 0)
			state = 1;
		else if (strcmp(q->state, "avslutade") == 0)
			state = 2;
		else {
			err_set(err, "välj pågående eller avslutade insatser");
			return err_field(err, "state");
		}
	}
	if (app_load_association(st, &a, err) < 0 || store_intervention_list(st, &iv, &n, err) < 0)
		return -1;
	if (store_decision_list(st, &d, &n_d, err) < 0 || store_anonymous_list(st, 0, 0, &anon, &n_anon, err) < 0 ||
	    store_intervention_year_list(st, year ? year : today.y, 0, &said, &n_said, err) < 0) {
		free(iv);
		free(d);
		free(anon);
		return -1;
	}
	keep = xcalloc(n ? n : 1, sizeof(*keep));
	for (i = 0; i < n; i++) {
		const struct intervention *x = &iv[i];
		int ended = date_is_set(x->end) && date_cmp(x->end, today) < 0;
		int started = !date_is_set(x->start) || date_cmp(x->start, today) <= 0;

		if (q->text && *q->text && !contains(x->name, q->text) && !contains(x->owner, q->text))
			continue;
		if (q->kind && *q->kind && x->kind != kind)
			continue;
		if ((state == 1 && (ended || !started)) || (state == 2 && !ended))
			continue;
		/* Running some time of the year. */
		if (year && ((date_is_set(x->start) && x->start.y > year) || (date_is_set(x->end) && x->end.y < year)))
			continue;
		keep[k++] = *x;
	}
	free(iv);
	qsort(keep, k, sizeof(*keep),
	      q->sort && strcmp(q->sort, "start") == 0 ? by_start : q->sort && strcmp(q->sort, "slut") == 0 ? by_end : by_name);
	out->count = (int64_t)k;
	out->pages = k ? (long)((k + per - 1) / per) : 1;
	out->page = page;
	first = (size_t)(page - 1) * per;
	years = (struct doc_insats_years){ said, n_said, year ? year : today.y };
	out->doc = doc_interventions(&a, first < k ? keep + first : keep, first < k ? (k - first < per ? k - first : per) : 0,
				     d, n_d, anon, n_anon, &years, 0);
	free(keep);
	free(d);
	free(anon);
	intervention_years_free(said, n_said);
	return out->doc ? 0 : err_set(err, "listan kunde inte göras");
}

struct doc *app_report_activities(struct store *st, int year, struct err *err)
{
	return app_report_activities_for(st, year, 0, err);
}
