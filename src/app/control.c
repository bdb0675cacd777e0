/*
 * control.c: the use cases of the internal control plan: the risks of a
 * year's analysis, the control actions that answer them, the plan's
 * adoption at a meeting and the follow-ups of the actions, and the
 * documents of them.
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "doc/reports.h"
#include "model/control.h"
#include "store/store.h"

/* A whole number of s in lo..hi into *out; -1 with msg (and field) when not. */
static int field_int(const char *s, int lo, int hi, const char *field, const char *msg, int *out, struct err *err)
{
	char *end = NULL;
	long v;

	errno = 0;
	v = s ? strtol(s, &end, 10) : 0;
	if (!s || errno || end == s || *end || v < lo || v > hi)
		return err_set(err, "%s", msg), err_field(err, field);
	*out = (int)v;
	return 0;
}

static int field_id(const char *s, const char *field, const char *msg, int64_t *out, struct err *err)
{
	char *end = NULL;
	long long v;

	errno = 0;
	v = s ? strtoll(s, &end, 10) : 0;
	if (!s || errno || end == s || *end || v <= 0)
		return err_set(err, "%s", msg), err_field(err, field);
	*out = v;
	return 0;
}

static json_t *risk_json(const struct risk *r)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(r->id));
	json_object_set_new(o, "year", json_integer(r->year));
	json_object_set_new(o, "area", json_string(r->area));
	json_object_set_new(o, "risk", json_string(r->text));
	json_object_set_new(o, "probability", json_integer(r->probability));
	json_object_set_new(o, "consequence", json_integer(r->consequence));
	json_object_set_new(o, "owner", json_string(r->owner));
	return o;
}

static json_t *action_json(const struct control_action *a)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(a->id));
	json_object_set_new(o, "risk", json_integer(a->risk_id));
	json_object_set_new(o, "what", json_string(a->what));
	json_object_set_new(o, "frequency", json_string(control_frequency_key(a->frequency)));
	json_object_set_new(o, "owner", json_string(a->owner));
	json_object_set_new(o, "report_to", json_string(a->report_to));
	return o;
}

static json_t *followup_json(const struct control_followup *f)
{
	json_t *o = json_object();

	json_object_set_new(o, "id", json_integer(f->id));
	json_object_set_new(o, "action", json_integer(f->action_id));
	json_object_set_new(o, "period", json_integer(f->period));
	json_object_set_new(o, "meeting", json_integer(f->meeting_id));
	json_object_set_new(o, "result", json_string(control_result_key(f->result)));
	json_object_set_new(o, "comment", json_string(f->comment));
	json_object_set_new(o, "measure", json_string(f->measure));
	return o;
}

/* Ends a change: commits when rc is 0, else rolls back. */
static int change_end(struct store *st, int rc, struct err *err)
{
	if (rc < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

static int find_risk(struct store *st, int64_t id, struct risk *r, struct err *err)
{
	int rc = store_risk_get(st, id, r, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen risk med id %lld", (long long)id);
		return err_see(err, "finsam risk list --year ÅR");
	}
	return rc;
}

static int find_action(struct store *st, int64_t id, struct control_action *a, struct err *err)
{
	int rc = store_control_action_get(st, id, a, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget kontrollmoment med id %lld", (long long)id);
		return err_see(err, "finsam control list --year ÅR");
	}
	return rc;
}

static int find_meeting(struct store *st, int64_t id, struct meeting *m, struct err *err)
{
	int rc = store_meeting_get(st, id, m, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns inget sammanträde med id %lld", (long long)id);
		return err_see(err, "finsam meeting list --year ÅR");
	}
	return rc;
}

/* The given fields onto r (NULL keeps one), each checked. */
static int risk_apply(struct risk *r, const struct app_risk_fields *f, struct err *err)
{
	if (f->year && field_int(f->year, 1900, 9999, "year", "året är ett årtal, till exempel 2025", &r->year,
				 err) < 0)
		return -1;
	if (f->area && (app_require(&APP_RISK, "area", f->area, err) < 0 ||
			app_copy_field(r->area, sizeof(r->area), f->area, "området", err) < 0))
		return err_field(err, "area");
	if (f->text && (app_require(&APP_RISK, "text", f->text, err) < 0 ||
			app_copy_field(r->text, sizeof(r->text), f->text, "risken", err) < 0))
		return err_field(err, "text");
	if (f->probability && (app_require(&APP_RISK, "probability", f->probability, err) < 0 ||
			       field_int(f->probability, 1, 4, "probability",
					 "sannolikheten är ett tal från 1 (osannolik) till 4 (mycket sannolik)",
					 &r->probability, err) < 0))
		return -1;
	if (f->consequence && (app_require(&APP_RISK, "consequence", f->consequence, err) < 0 ||
			       field_int(f->consequence, 1, 4, "consequence",
					 "konsekvensen är ett tal från 1 (lindrig) till 4 (allvarlig)", &r->consequence,
					 err) < 0))
		return -1;
	if (f->owner && app_copy_field(r->owner, sizeof(r->owner), f->owner, "ansvarig", err) < 0)
		return err_field(err, "owner");
	r->score = control_score(r->probability, r->consequence);
	return 0;
}

int app_risk_add(struct store *st, const struct app_risk_fields *f, int64_t *id, struct err *err)
{
	struct risk r;
	int rc = -1;

	memset(&r, 0, sizeof(r));
	r.year = date_today().y;
	if (app_require(&APP_RISK, "area", f->area, err) < 0 || app_require(&APP_RISK, "text", f->text, err) < 0 ||
	    app_require(&APP_RISK, "probability", f->probability, err) < 0 ||
	    app_require(&APP_RISK, "consequence", f->consequence, err) < 0 || risk_apply(&r, f, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, r.year, "risken", err) == 0 && store_risk_add(st, &r, err) == 0 &&
	    app_change(st, "lägg till risk", "risk", r.id, NULL, risk_json(&r), err) == 0)
		rc = 0;
	if (id)
		*id = r.id;
	return change_end(st, rc, err);
}

int app_risk_edit(struct store *st, int64_t id, const struct app_risk_fields *f, struct err *err)
{
	struct risk before, after;
	struct control_action *a = NULL;
	size_t n = 0;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_risk(st, id, &before, err) < 0 || app_year_check_open(st, before.year, "risken", err) < 0)
		return change_end(st, -1, err);
	after = before;
	if (risk_apply(&after, f, err) < 0 || app_year_check_open(st, after.year, "risken", err) < 0)
		return change_end(st, -1, err);
	if (after.year != before.year) {
		if (store_control_action_list(st, before.year, id, &a, &n, err) < 0)
			return change_end(st, -1, err);
		free(a);
		if (n) {
			err_set(err, "risken har %zu kontrollmoment med uppföljningar för %d; den kan inte flyttas till "
				"ett annat år", n, before.year);
			return err_field(err, "year"), change_end(st, -1, err);
		}
	}
	if (store_risk_update(st, &after, err) == 0 &&
	    app_change(st, "ändra risk", "risk", id, risk_json(&before), risk_json(&after), err) == 0)
		rc = 0;
	return change_end(st, rc, err);
}

int app_risk_remove(struct store *st, int64_t id, struct err *err)
{
	struct risk r;
	struct control_action *a = NULL;
	size_t n = 0;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_risk(st, id, &r, err) < 0 || app_year_check_open(st, r.year, "risken", err) < 0 ||
	    store_control_action_list(st, r.year, id, &a, &n, err) < 0)
		return change_end(st, -1, err);
	free(a);
	if (n) {
		err_set(err, "risken %lld har %zu kontrollmoment; ta bort dem först med 'finsam control remove ID'",
			(long long)id, n);
		return change_end(st, -1, err);
	}
	if (store_risk_delete(st, id, err) == 0 &&
	    app_change(st, "ta bort risk", "risk", id, risk_json(&r), NULL, err) == 0)
		rc = 0;
	return change_end(st, rc, err);
}

int app_risk_copy(struct store *st, int from, int to, size_t *copied, struct err *err)
{
	struct risk *r = NULL, *there = NULL;
	struct control_action *a = NULL;
	size_t n = 0, n_there = 0, n_a = 0, i, j;
	int rc = -1;

	*copied = 0;
	if (from == to)
		return err_set(err, "ange två olika år att kopiera riskanalysen mellan");
	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, to, "riskanalysen", err) < 0 || store_risk_list(st, from, &r, &n, err) < 0 ||
	    store_risk_list(st, to, &there, &n_there, err) < 0 ||
	    store_control_action_list(st, from, 0, &a, &n_a, err) < 0)
		goto out;
	if (n == 0) {
		err_set(err, "riskanalysen för %d har inga risker att kopiera", from);
		goto out;
	}
	if (n_there) {
		err_set(err, "riskanalysen för %d har redan %zu risker; ta bort dem först eller lägg till fler med "
			"'finsam risk add'", to, n_there);
		goto out;
	}
	for (i = 0; i < n; i++) {
		int64_t old = r[i].id;

		r[i].year = to;
		if (store_risk_add(st, &r[i], err) < 0 ||
		    app_change(st, "kopiera risk", "risk", r[i].id, NULL, risk_json(&r[i]), err) < 0)
			goto out;
		for (j = 0; j < n_a; j++) {
			if (a[j].risk_id != old)
				continue;
			a[j].risk_id = r[i].id;
			if (store_control_action_add(st, &a[j], err) < 0 ||
			    app_change(st, "kopiera kontrollmoment", "control_action", a[j].id, NULL, action_json(&a[j]),
				       err) < 0)
				goto out;
		}
	}
	*copied = n;
	rc = 0;
out:
	free(r);
	free(there);
	free(a);
	return change_end(st, rc, err);
}

/* The given fields onto a (NULL keeps one), each checked; the risk (new
 * or kept) into *r. */
static int action_apply(struct store *st, struct control_action *a, const struct app_action_fields *f, struct risk *r,
			struct err *err)
{
	if (f->risk) {
		if (app_require(&APP_CONTROL_ACTION, "risk", f->risk, err) < 0 ||
		    field_id(f->risk, "risk", "riskens id är ett tal (se 'finsam risk list')", &a->risk_id, err) < 0)
			return -1;
	}
	if (find_risk(st, a->risk_id, r, err) < 0)
		return err_field(err, "risk");
	if (f->what && (app_require(&APP_CONTROL_ACTION, "what", f->what, err) < 0 ||
			app_copy_field(a->what, sizeof(a->what), f->what, "kontrollmomentet", err) < 0))
		return err_field(err, "what");
	if (f->frequency && (app_require(&APP_CONTROL_ACTION, "frequency", f->frequency, err) < 0 ||
			     control_frequency_parse(f->frequency, &a->frequency) < 0))
		return err_set(err, "okänd frekvens '%s': ange månadsvis, kvartalsvis, tertialvis, halvårsvis eller "
			       "årligen", f->frequency), err_field(err, "frequency");
	if (f->owner && (app_require(&APP_CONTROL_ACTION, "owner", f->owner, err) < 0 ||
			 app_copy_field(a->owner, sizeof(a->owner), f->owner, "ansvarig", err) < 0))
		return err_field(err, "owner");
	if (f->report_to && app_copy_field(a->report_to, sizeof(a->report_to), f->report_to, "rapporteringen", err) < 0)
		return err_field(err, "report_to");
	a->risk_number = r->number;
	return 0;
}

int app_control_add(struct store *st, const struct app_action_fields *f, int64_t *id, struct err *err)
{
	struct control_action a;
	struct risk r;
	int rc = -1;

	memset(&a, 0, sizeof(a));
	if (app_require(&APP_CONTROL_ACTION, "risk", f->risk, err) < 0 ||
	    app_require(&APP_CONTROL_ACTION, "what", f->what, err) < 0 ||
	    app_require(&APP_CONTROL_ACTION, "frequency", f->frequency, err) < 0 ||
	    app_require(&APP_CONTROL_ACTION, "owner", f->owner, err) < 0)
		return -1;
	if (store_begin(st, err) < 0)
		return -1;
	if (action_apply(st, &a, f, &r, err) == 0 && app_year_check_open(st, r.year, "kontrollmomentet", err) == 0 &&
	    store_control_action_add(st, &a, err) == 0 &&
	    app_change(st, "lägg till kontrollmoment", "control_action", a.id, NULL, action_json(&a), err) == 0)
		rc = 0;
	if (id)
		*id = a.id;
	return change_end(st, rc, err);
}

int app_control_edit(struct store *st, int64_t id, const struct app_action_fields *f, struct err *err)
{
	struct control_action before, after;
	struct risk r_before, r;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_action(st, id, &before, err) < 0 || find_risk(st, before.risk_id, &r_before, err) < 0 ||
	    app_year_check_open(st, r_before.year, "kontrollmomentet", err) < 0)
		return change_end(st, -1, err);
	after = before;
	if (action_apply(st, &after, f, &r, err) < 0)
		return change_end(st, -1, err);
	if (r.year != r_before.year) {
		err_set(err, "kontrollmomentet hör till riskanalysen för %d; välj en risk från samma år",
			r_before.year);
		return err_field(err, "risk"), change_end(st, -1, err);
	}
	if (store_control_action_update(st, &after, err) == 0 &&
	    app_change(st, "ändra kontrollmoment", "control_action", id, action_json(&before), action_json(&after),
		       err) == 0)
		rc = 0;
	return change_end(st, rc, err);
}

int app_control_remove(struct store *st, int64_t id, struct err *err)
{
	struct control_action a;
	struct control_followup *f = NULL;
	struct risk r;
	size_t n = 0;
	int rc = -1;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_action(st, id, &a, err) < 0 || find_risk(st, a.risk_id, &r, err) < 0 ||
	    app_year_check_open(st, r.year, "kontrollmomentet", err) < 0 ||
	    store_control_followup_list(st, r.year, id, &f, &n, err) < 0)
		return change_end(st, -1, err);
	free(f);
	if (n) {
		err_set(err, "kontrollmomentet %lld har följts upp %zu gånger; ta bort uppföljningarna först med "
			"'finsam control follow-up remove ID'", (long long)id, n);
		return change_end(st, -1, err);
	}
	if (store_control_action_delete(st, id, err) == 0 &&
	    app_change(st, "ta bort kontrollmoment", "control_action", id, action_json(&a), NULL, err) == 0)
		rc = 0;
	return change_end(st, rc, err);
}

int app_control_adopt(struct store *st, int year, int64_t meeting_id, struct err *err)
{
	struct meeting m;
	int64_t before = 0;
	int rc = -1, had;
	char day[11];
	json_t *o;

	if (store_begin(st, err) < 0)
		return -1;
	if (app_year_check_open(st, year, "internkontrollplanen", err) < 0 || find_meeting(st, meeting_id, &m, err) < 0)
		return change_end(st, -1, err);
	if (m.date.y > year) {
		err_set(err, "sammanträdet %lld hölls %s, efter året %d; internkontrollplanen antas före eller under "
			"sitt år", (long long)meeting_id, date_format(day, m.date), year);
		return err_field(err, "meeting"), change_end(st, -1, err);
	}
	had = store_control_plan_get(st, year, &before, err);
	if (had < 0)
		return change_end(st, -1, err);
	o = json_object();
	json_object_set_new(o, "year", json_integer(year));
	json_object_set_new(o, "meeting", json_integer(meeting_id));
	if (store_control_plan_set(st, year, meeting_id, err) == 0 &&
	    app_change(st, "anta internkontrollplan", "control_plan", year,
		       had == 0 && before ? json_pack("{s:i, s:I}", "year", year, "meeting", (json_int_t)before) : NULL,
		       o, err) == 0)
		rc = 0;
	else
		json_decref(o);
	return change_end(st, rc, err);
}

int app_control_follow_up(struct store *st, int64_t action_id, const struct app_followup_fields *f, int64_t *id,
			  struct err *err)
{
	struct control_followup fu;
	struct control_action a;
	struct meeting m;
	struct risk r;
	struct period days;
	char label[32], a_day[11], b_day[11];
	int n, rc = -1;

	memset(&fu, 0, sizeof(fu));
	if (app_require(&APP_CONTROL_FOLLOWUP, "meeting", f->meeting, err) < 0 ||
	    field_id(f->meeting, "meeting", "sammanträdets id är ett tal (se 'finsam meeting list')", &fu.meeting_id,
		     err) < 0 ||
	    app_require(&APP_CONTROL_FOLLOWUP, "result", f->result, err) < 0)
		return -1;
	if (control_result_parse(f->result, &fu.result) < 0)
		return err_set(err, "okänt resultat '%s': ange genomförd, avvikelse eller ej genomförd", f->result),
		       err_field(err, "result");
	if (app_copy_field(fu.comment, sizeof(fu.comment), f->comment, "kommentaren", err) < 0)
		return err_field(err, "comment");
	if (app_copy_field(fu.measure, sizeof(fu.measure), f->measure, "åtgärden", err) < 0)
		return err_field(err, "measure");
	if (fu.result == RESULT_DEVIATION && app_blank(f->comment))
		return err_set(err, "beskriv avvikelsen i kommentaren"), err_field(err, "comment");
	if (store_begin(st, err) < 0)
		return -1;
	if (find_action(st, action_id, &a, err) < 0 || find_risk(st, a.risk_id, &r, err) < 0 ||
	    app_year_check_open(st, r.year, "uppföljningen", err) < 0 || find_meeting(st, fu.meeting_id, &m, err) < 0)
		return change_end(st, -1, err);
	n = control_periods(a.frequency);
	if (app_blank(f->period)) {
		fu.period = control_period_default(r.year, a.frequency, m.date);
	} else if (field_int(f->period, 1, n, "period", "", &fu.period, err) < 0) {
		err_set(err, "perioden är ett tal från 1 till %d för ett kontrollmoment som görs %s", n,
			control_frequency_label(a.frequency));
		return err_field(err, "period"), change_end(st, -1, err);
	}
	days = control_period(r.year, a.frequency, fu.period);
	control_period_label(a.frequency, fu.period, label, sizeof(label));
	if (date_cmp(m.date, days.start) < 0) {
		err_set(err, "sammanträdet %lld hölls %s, innan perioden %s %d började (%s)", (long long)fu.meeting_id,
			date_format(a_day, m.date), label, r.year, date_format(b_day, days.start));
		return err_field(err, "meeting"), change_end(st, -1, err);
	}
	fu.action_id = action_id;
	fu.meeting_date = m.date;
	if (store_control_followup_add(st, &fu, err) == 0 &&
	    app_change(st, "följ upp kontrollmoment", "control_followup", fu.id, NULL, followup_json(&fu), err) == 0)
		rc = 0;
	if (id)
		*id = fu.id;
	return change_end(st, rc, err);
}

int app_control_followup_remove(struct store *st, int64_t id, struct err *err)
{
	struct control_followup fu;
	struct control_action a;
	struct risk r;
	int rc;

	if (store_begin(st, err) < 0)
		return -1;
	rc = store_control_followup_get(st, id, &fu, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen uppföljning med id %lld", (long long)id);
		err_see(err, "finsam control list --year ÅR");
		rc = -1;
	}
	if (rc != 0 || find_action(st, fu.action_id, &a, err) < 0 || find_risk(st, a.risk_id, &r, err) < 0 ||
	    app_year_check_open(st, r.year, "uppföljningen", err) < 0 ||
	    store_control_followup_delete(st, id, err) < 0 ||
	    app_change(st, "ta bort uppföljning", "control_followup", id, followup_json(&fu), NULL, err) < 0)
		return change_end(st, -1, err);
	return change_end(st, 0, err);
}

int app_risk_get(struct store *st, int64_t id, struct risk *out, struct err *err)
{
	return find_risk(st, id, out, err) < 0 ? -1 : 0;
}

int app_control_get(struct store *st, int64_t id, struct control_action *a, struct risk *r, struct err *err)
{
	struct risk kept;

	if (find_action(st, id, a, err) < 0 || find_risk(st, a->risk_id, r ? r : &kept, err) < 0)
		return -1;
	return 0;
}

int app_control_followup_get(struct store *st, int64_t id, struct control_followup *f, struct control_action *a,
			     struct risk *r, struct err *err)
{
	int rc = store_control_followup_get(st, id, f, err);

	if (rc == STORE_NOT_FOUND)
		err_set(err, "det finns ingen uppföljning med id %lld", (long long)id);
	if (rc != 0)
		return -1;
	return app_control_get(st, f->action_id, a, r, err);
}

int app_risk_list(struct store *st, int year, struct risk **out, size_t *n, struct err *err)
{
	return store_risk_list(st, year, out, n, err);
}

int app_control_list(struct store *st, int year, int64_t risk_id, struct control_action **out, size_t *n,
		     struct err *err)
{
	return store_control_action_list(st, year, risk_id, out, n, err);
}

int app_control_followups(struct store *st, int year, int64_t action_id, struct control_followup **out, size_t *n,
			  struct err *err)
{
	return store_control_followup_list(st, year, action_id, out, n, err);
}

/* ---- documents ---- */

int app_control_plan_read(struct store *st, int year, int64_t risk_id, struct date as_of, struct date until,
			  struct control_plan_doc *p, struct err *err)
{
	struct risk *r = NULL;
	struct control_action *a = NULL;
	struct control_followup *f = NULL;
	struct control_missing *miss = NULL;
	size_t n_r = 0, n_a = 0, n_f = 0, i, j;
	struct meeting m;
	int rc;

	memset(p, 0, sizeof(*p));
	p->year = year;
	p->as_of = date_is_set(as_of) ? as_of : date_today();
	if (date_cmp(p->as_of, (struct date){ year, 12, 31 }) >= 0)
		p->as_of = (struct date){ year + 1, 1, 1 };
	if (store_risk_list(st, year, &r, &n_r, err) < 0 || store_control_action_list(st, year, risk_id, &a, &n_a, err) < 0 ||
	    store_control_followup_list(st, year, 0, &f, &n_f, err) < 0)
		goto fail;
	if (date_is_set(until)) {
		for (i = j = 0; i < n_f; i++)
			if (date_cmp(f[i].meeting_date, until) <= 0)
				f[j++] = f[i];
		n_f = j;
	}
	if (risk_id) {
		for (i = j = 0; i < n_r; i++)
			if (r[i].id == risk_id)
				r[j++] = r[i];
		n_r = j;
		for (i = j = 0; i < n_f; i++) {
			size_t k;

			for (k = 0; k < n_a && a[k].id != f[i].action_id; k++)
				;
			if (k < n_a)
				f[j++] = f[i];
		}
		n_f = j;
	}
	rc = store_control_plan_get(st, year, &p->meeting_id, err);
	if (rc < 0)
		goto fail;
	if (p->meeting_id) {
		if (store_meeting_get(st, p->meeting_id, &m, err) != 0)
			goto fail;
		p->adopted = m.date;
		snprintf(p->protocol, sizeof(p->protocol), "%s", m.protocol);
	}
	p->n_missing = control_missing(year, a, n_a, f, n_f, p->as_of, &miss);
	p->risks = r;
	p->n_risks = n_r;
	p->actions = a;
	p->n_actions = n_a;
	p->followups = f;
	p->n_followups = n_f;
	p->missing = miss;
	return 0;
fail:
	free(r);
	free(a);
	free(f);
	return -1;
}

void app_control_plan_release(struct control_plan_doc *p)
{
	free((void *)p->risks);
	free((void *)p->actions);
	free((void *)p->followups);
	free((void *)p->missing);
}

static struct doc *plan_doc(struct store *st, int year, int64_t risk_id, const char *title, unsigned parts,
			    struct err *err)
{
	struct association as;
	struct control_plan_doc p;
	struct doc *d;

	if (app_load_association(st, &as, err) < 0 || app_control_plan_read(st, year, risk_id, (struct date){ 0 }, (struct date){ 0 }, &p, err) < 0)
		return NULL;
	d = doc_control(&as, title, &p, parts);
	app_control_plan_release(&p);
	return d;
}

struct doc *app_report_risks(struct store *st, int year, struct err *err)
{
	char title[64];

	snprintf(title, sizeof(title), "Risk- och väsentlighetsanalys %d", year);
	return plan_doc(st, year, 0, title, CONTROL_DOC_RISKS | CONTROL_DOC_MATRIX, err);
}

struct doc *app_report_risk(struct store *st, int64_t id, struct err *err)
{
	struct risk r;
	char title[64];

	if (find_risk(st, id, &r, err) < 0)
		return NULL;
	snprintf(title, sizeof(title), "Risk %d i riskanalysen %d", r.number, r.year);
	return plan_doc(st, r.year, id, title, CONTROL_DOC_RISKS | CONTROL_DOC_ACTIONS | CONTROL_DOC_FOLLOWUPS, err);
}

struct doc *app_report_controls(struct store *st, int year, struct err *err)
{
	char title[64];

	snprintf(title, sizeof(title), "Kontrollmoment %d", year);
	return plan_doc(st, year, 0, title, CONTROL_DOC_ACTIONS | CONTROL_DOC_FOLLOWUPS, err);
}

struct doc *app_report_control(struct store *st, int year, struct err *err)
{
	char title[64];

	snprintf(title, sizeof(title), "Internkontrollplan %d", year);
	return plan_doc(st, year, 0, title, CONTROL_DOC_ALL, err);
}

struct doc *app_report_control_plan(struct store *st, int year, struct err *err)
{
	char title[64];

	snprintf(title, sizeof(title), "Internkontrollplan %d", year);
	return plan_doc(st, year, 0, title, CONTROL_DOC_ADOPTION | CONTROL_DOC_RISKS | CONTROL_DOC_MATRIX |
						   CONTROL_DOC_ACTIONS, err);
}
