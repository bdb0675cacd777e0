/*
 * participant_edit.c: corrections of the participant register: a
 * participant's facts, code or personal identity number changed, an
 * enrolment (and its exit) changed or removed, an exit undone, a
 * participant removed with their enrolments. Each is checked by the same
 * rules as the addition (participant.c), refused when it touches a closed
 * year, and logged with the values before and after, in which a personal
 * identity number is only ever "given" or "none".
 */
#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "store/store.h"

/* A participant's values for the audit log: never the number's hash. */
static json_t *participant_json(const struct participant *p)
{
	return json_pack("{s:s, s:s, s:i, s:s, s:s}", "code", p->code, "sex", p->sex, "birth_year", p->birth_year,
			 "education", p->education, "personal_number", p->pnr_hash[0] ? "given" : "none");
}

static json_t *enrolment_json(const struct enrolment *e, const char *code, const char *insats)
{
	char in[11], out[11];
	json_t *j = json_pack("{s:s, s:s, s:s, s:s, s:s}", "participant", code, "intervention", insats, "enrolled",
			      date_format(in, e->enrolled), "support_before", e->support_before, "time_in_support",
			      e->time_in_support);

	if (!j)
		return NULL;
	if (date_is_set(e->exited)) {
		json_object_set_new(j, "exited", json_string(date_format(out, e->exited)));
		json_object_set_new(j, "exit_reason", json_string(e->exit_reason));
		json_object_set_new(j, "support_after", json_string(e->support_after));
	} else {
		json_object_set_new(j, "exited", json_null());
	}
	return j;
}

/* Logs a change of the record with both values, and frees them. */
static int log_change(struct store *st, const char *action, const char *record, const char *code, json_t *before,
		      json_t *after, struct err *err)
{
	int rc = app_audit_change(st, action, record, code, before, after, err);

	json_decref(before);
	json_decref(after);
	return rc;
}

int app_participant_edit(struct store *st, const struct app_key *key, const char *code,
			 const struct app_participant_fields *f, int remove_pnr, unsigned flags, struct err *err)
{
	struct app_participant_fields m;
	struct participant old, p;
	struct enrolment *list = NULL;
	char born[16], record[48];
	size_t n = 0, i;
	int facts, rc = -1;

	/* Read, changed and written back in one transaction, so that two
	 * changes of different fields at once both stay. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &old, err) < 0)
		goto fail;
	if (f->pnr && *f->pnr && remove_pnr) {
		err_set(err, "ange antingen ett nytt personnummer eller att det ska tas bort, inte båda");
		goto fail;
	}
	snprintf(born, sizeof(born), "%d", old.birth_year);
	/* The stored code is kept as it is (a purged participant's
	 * "anonym-..." cannot be given, only kept); a new one is checked. */
	memset(&m, 0, sizeof(m));
	m.code = f->code ? f->code : "behålls";
	m.sex = f->sex ? f->sex : old.sex;
	m.born = f->born ? f->born : born;
	m.education = f->education ? f->education : old.education;
	m.pnr = f->pnr;
	m.hide_other = f->hide_other;
	m.must_choose = f->must_choose;
	if (app_participant_fields_check(key, &m, &p, err) < 0)
		goto fail;
	p.id = old.id;
	if (!f->code)
		memcpy(p.code, old.code, sizeof(p.code));
	if (!(f->pnr && *f->pnr))
		memcpy(p.pnr_hash, remove_pnr ? "" : old.pnr_hash, remove_pnr ? 1 : sizeof(p.pnr_hash));
	if (app_participant_unique(st, &p, f->hide_other, f->pnr && *f->pnr, err) < 0)
		return app_participant_refused(st);
	facts = strcmp(p.sex, old.sex) || p.birth_year != old.birth_year || strcmp(p.education, old.education);
	if (!facts && strcmp(p.code, old.code) == 0 && strcmp(p.pnr_hash, old.pnr_hash) == 0) {
		err_set(err, "deltagaren %s har redan de uppgifterna: inget att ändra", old.code);
		goto fail;
	}
	if (store_enrolment_list(st, p.id, &list, &n, err) < 0)
		goto fail;
	/* The age rule of every intervention they are enrolled in. */
	for (i = 0; i < n && p.birth_year != old.birth_year && !(flags & ENROLMENT_FORCE); i++) {
		struct intervention iv;

		if (store_intervention_get(st, list[i].intervention_id, NULL, &iv, err) != 0 ||
		    enrolment_age_check(&p, &iv, list[i].enrolled.y, err) < 0)
			goto fail;
	}
	/* The statistics of every year of their enrolments change with the facts. */
	for (i = 0; i < n && facts; i++)
		if (app_enrolment_years_open(st, &list[i], err) < 0)
			goto fail;
	snprintf(record, sizeof(record), "participant %lld", (long long)p.id);
	if (store_participant_update(st, &p, err) != 0 ||
	    log_change(st, "ändra deltagare", record, old.code, participant_json(&old), participant_json(&p), err) < 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(list);
	return rc;
}

/* Removes enrolment e of participant p (code) with its log line;
 * within a transaction. */
static int enrolment_delete(struct store *st, const struct enrolment *e, const char *code, struct err *err)
{
	struct intervention iv;
	char record[48];

	if (app_enrolment_years_open(st, e, err) < 0)
		return -1;
	if (store_intervention_get(st, e->intervention_id, NULL, &iv, err) != 0)
		return err_set(err, "inskrivningen %lld saknar insats", (long long)e->id);
	snprintf(record, sizeof(record), "enrolment %lld", (long long)e->id);
	if (store_enrolment_delete(st, e->id, err) != 0)
		return -1;
	return log_change(st, "ta bort inskrivning", record, code, enrolment_json(e, code, iv.name), NULL, err);
}

int app_participant_remove(struct store *st, const char *code, struct err *err)
{
	struct participant p;
	struct enrolment *list = NULL;
	char record[48];
	size_t n = 0, i;
	int rc = -1;

	/* Its enrolments are read in the transaction that removes them, so
	 * that one added meanwhile goes too. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &p, err) < 0 || store_enrolment_list(st, p.id, &list, &n, err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (enrolment_delete(st, &list[i], p.code, err) < 0)
			goto fail;
	snprintf(record, sizeof(record), "participant %lld", (long long)p.id);
	if (store_participant_delete(st, p.id, err) != 0 ||
	    log_change(st, "ta bort deltagare", record, p.code, participant_json(&p), NULL, err) < 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(list);
	return rc;
}

/* The enrolment `id` ("12", as 'participant show' gives it) and its participant. */
static int find_enrolment(struct store *st, const char *id, struct enrolment *e, struct participant *p,
			  struct err *err)
{
	char *end;
	long long v;
	int rc;

	errno = 0;
	v = id ? strtoll(id, &end, 10) : 0;
	if (!id || errno || end == id || *end || v < 1) {
		err_set(err, "kan inte tolka inskrivningens id '%s' (ett tal)", id ? id : "");
		return err_see(err, "finsam participant show KOD");
	}
	rc = store_enrolment_get(st, v, e, err);
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen inskrivning %lld", v);
		return err_see(err, "finsam participant show KOD");
	}
	if (rc < 0)
		return -1;
	if (store_participant_get(st, e->participant_id, p, err) != 0)
		return err_set(err, "inskrivningen %lld saknar deltagare", v);
	return 0;
}

int app_enrolment_edit(struct store *st, const char *id, const struct app_enrolment_fields *f, unsigned flags,
		       struct err *err)
{
	struct enrolment old, e;
	struct participant p;
	struct intervention old_iv, iv;
	char record[48];

	/* Read, changed and written back in one transaction, so that two
	 * changes of different fields at once both stay. */
	if (store_begin(st, err) < 0)
		return -1;
	if (find_enrolment(st, id, &old, &p, err) < 0)
		goto fail;
	if (store_intervention_get(st, old.intervention_id, NULL, &old_iv, err) != 0) {
		err_set(err, "inskrivningen %s saknar insats", id);
		goto fail;
	}
	e = old;
	snprintf(record, sizeof(record), "enrolment %lld", (long long)e.id);
	if (app_enrolment_apply(st, f, &e, &iv, err) < 0 || app_enrolment_check(st, &p, &e, &iv, flags, err) < 0 ||
	    app_enrolment_years_open(st, &old, err) < 0 || app_enrolment_years_open(st, &e, err) < 0 ||
	    store_enrolment_update(st, &e, err) != 0 ||
	    log_change(st, "ändra inskrivning", record, p.code, enrolment_json(&old, p.code, old_iv.name),
		       enrolment_json(&e, p.code, iv.name), err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_enrolment_remove(struct store *st, const char *id, struct err *err)
{
	struct enrolment e;
	struct participant p;

	if (store_begin(st, err) < 0)
		return -1;
	if (find_enrolment(st, id, &e, &p, err) < 0 || enrolment_delete(st, &e, p.code, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_participant_exit_undo(struct store *st, const char *code, const char *insats, struct err *err)
{
	struct participant p;
	struct intervention iv;
	struct enrolment *list = NULL, *last = NULL, e;
	char record[48];
	size_t n = 0, i;
	int rc = -1;

	/* The exit is found in the transaction that undoes it. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &p, err) < 0 || app_find_insats(st, insats, &iv, err) < 0 ||
	    store_enrolment_list(st, p.id, &list, &n, err) < 0)
		goto fail;
	for (i = 0; i < n; i++) {
		if (list[i].intervention_id != iv.id)
			continue;
		if (!date_is_set(list[i].exited)) {
			err_set(err, "%s är inskriven i %s och inte avslutad; det finns inget avslut att ångra", code,
				iv.name);
			goto fail;
		}
		if (!last || date_cmp(list[i].exited, last->exited) >= 0)
			last = &list[i];
	}
	if (!last) {
		err_set(err, "%s har aldrig varit inskriven i %s", code, iv.name);
		goto fail;
	}
	e = *last;
	memset(&e.exited, 0, sizeof(e.exited));
	e.exit_reason[0] = e.support_after[0] = '\0';
	snprintf(record, sizeof(record), "enrolment %lld", (long long)e.id);
	/* Open again, it counts in every year up to today's. */
	if (app_enrolment_years_open(st, last, err) < 0 || app_enrolment_years_open(st, &e, err) < 0 ||
	    store_enrolment_update(st, &e, err) != 0 ||
	    log_change(st, "ångra avslut", record, p.code, enrolment_json(last, p.code, iv.name),
		       enrolment_json(&e, p.code, iv.name), err) < 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(list);
	return rc;
}
