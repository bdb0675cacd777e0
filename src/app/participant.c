/*
 * participant.c: the use cases of the participant register: adding a
 * participant (a personal identity number is turned into a keyed hash at
 * once and never kept), enrolling and exiting, showing one person's data,
 * and the audit log that records each change.
 * The HMAC key of the numbers is key.c's.
 */
#include <errno.h>
#include <fcntl.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "app/app.h"
#include "app/app_int.h"
#include "app/csv_import.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/pnr.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

const char *app_actor(struct store *st)
{
	const char *u = store_actor(st);

	if (*u)
		return u;
	u = getenv("USER");
	return u && *u ? u : "okänd";
}

void app_as(struct store *st, const char *user)
{
	store_actor_set(st, user);
}

int app_word(enum vocab v, const char *s, char *out, size_t n, struct err *err)
{
	const char *w = s ? vocab_match(v, s) : NULL;
	const char *const *all;
	struct buf b;

	if (w) {
		snprintf(out, n, "%s", w);
		return 0;
	}
	buf_init(&b);
	for (all = vocab_words(v); *all; all++)
		buf_addf(&b, "%s%s", all == vocab_words(v) ? "" : ", ", *all);
	err_set(err, "okänt värde för %s: '%s' (välj %s)", vocab_name(v), s ? s : "", b.s);
	buf_release(&b);
	return -1;
}

/* A word of vocabulary v for field: s, or def when s is empty (unless
 * must_choose, when an empty s is refused with ask). */
static int field_word(enum vocab v, const char *field, const char *s, const char *def, int must_choose,
		      const char *ask, char *out, size_t n, struct err *err)
{
	if ((!s || !*s) && must_choose) {
		err_set(err, "%s", ask);
		return err_field(err, field);
	}
	if (app_word(v, s && *s ? s : def, out, n, err) < 0)
		return err_field(err, field);
	return 0;
}

/* Kept equal to the web's fixed pages under /deltagare/ by test_web. */
const char *const app_participant_reserved_codes[] = { "ny", "import", ".", "..", NULL };

/* Refuses a code the web's addresses keep for themselves, naming them. */
static int code_free(const char *code, struct err *err)
{
	struct buf words;
	size_t i;

	for (i = 0; app_participant_reserved_codes[i]; i++)
		if (strcasecmp(code, app_participant_reserved_codes[i]) == 0)
			break;
	if (!app_participant_reserved_codes[i])
		return 0;
	buf_init(&words);
	for (i = 0; app_participant_reserved_codes[i]; i++)
		buf_addf(&words, "%s'%s'", i == 0 ? "" : app_participant_reserved_codes[i + 1] ? ", " : " och ",
			 app_participant_reserved_codes[i]);
	err_set(err, "deltagarkoden '%s' går inte att använda, eftersom den krockar med webbsidornas adresser: "
		"välj en annan kod (upptagna är %s, med stora eller små bokstäver)", code, words.s);
	buf_release(&words);
	return -1;
}

int app_participant_fields_check(const struct app_key *key, const struct app_participant_fields *f,
				 struct participant *p, struct err *err)
{
	char *end;
	long born;

	memset(p, 0, sizeof(*p));
	if (participant_code_check(f->code, err) < 0 || code_free(f->code, err) < 0)
		return err_field(err, "code");
	memcpy(p->code, f->code, strlen(f->code) + 1);
	/* In the order a form asks for them. */
	if (field_word(VOCAB_SEX, "sex", f->sex, NULL, 1, "välj kön", p->sex, sizeof(p->sex), err) < 0)
		return -1;
	errno = 0;
	born = f->born ? strtol(f->born, &end, 10) : 0;
	if (!f->born || !*f->born || errno || *end || born < 1900 || born > date_today().y) {
		err_set(err, "ogiltigt födelseår '%s' (skriv året med fyra siffror, 1900–%d)", f->born ? f->born : "",
			date_today().y);
		return err_field(err, "born");
	}
	p->birth_year = (int)born;
	if (field_word(VOCAB_EDUCATION, "education", f->education, "okänd", f->must_choose, "välj utbildningsnivå",
		       p->education, sizeof(p->education), err) < 0)
		return -1;
	if (f->pnr && *f->pnr) {
		int birth_year;

		if (app_pnr_hash(key, f->pnr, &birth_year, p->pnr_hash, sizeof(p->pnr_hash), err) < 0)
			return err_field(err, "pnr");
		if (birth_year != p->birth_year) {
			p->pnr_hash[0] = '\0';
			err_set(err, "födelseåret %d stämmer inte med personnumret", p->birth_year);
			return err_field(err, "pnr");
		}
	}
	return 0;
}

int app_pnr_hash(const struct app_key *key, const char *pnr, int *birth_year, char *out, size_t n,
		 struct err *err)
{
	struct pnr num;
	unsigned char mac[crypto_auth_hmacsha256_BYTES];

	if (!key)
		return err_set(err, "%s", APP_KEY_REFUSED);
	if (pnr_parse(pnr, date_today(), &num, err) < 0)
		return -1;
	crypto_auth_hmacsha256(mac, (const unsigned char *)num.digits, 12, key->bytes);
	sodium_bin2hex(out, n, mac, sizeof(mac));
	*birth_year = num.birth.y;
	sodium_memzero(&num, sizeof(num));
	sodium_memzero(mac, sizeof(mac));
	return 0;
}

/* Whether a personal identity number is already registered is itself
 * something to protect: each refusal for that reason is logged (with the
 * participant it matched, never the number), and a user refused
 * PNR_REFUSALS_MAX times within PNR_REFUSALS_WINDOW seconds may give no
 * more numbers until the oldest of them is that old. */
#define PNR_REFUSALS_MAX 5
#define PNR_REFUSALS_WINDOW (10 * 60)
#define PNR_REFUSED_ACTION "personnummer fanns redan"

/* The user's refusals within the window, into *n. */
static int pnr_refusals_count(struct store *st, int64_t *n, struct err *err)
{
	return store_audit_count_since(st, app_actor(st), PNR_REFUSED_ACTION,
				       (int64_t)time(NULL) - PNR_REFUSALS_WINDOW, n, err);
}

/* The message of a user who may give no more numbers for now. */
static int pnr_refusals_refuse(struct err *err)
{
	err_set(err, "Du har fått svaret att personen redan finns %d gånger de senaste %d minuterna. Av "
		     "integritetsskäl kan du inte ange fler personnummer just nu; försök igen om en stund, "
		     "eller be en administratör om hjälp.",
		PNR_REFUSALS_MAX, PNR_REFUSALS_WINDOW / 60);
	return err_field(err, "pnr");
}

static int pnr_refusals_check(struct store *st, struct err *err)
{
	int64_t n;

	if (pnr_refusals_count(st, &n, err) < 0)
		return -1;
	return n >= PNR_REFUSALS_MAX ? pnr_refusals_refuse(err) : 0;
}

int app_participant_unique(struct store *st, const struct participant *p, int hide_other, int pnr_new,
			   struct err *err)
{
	struct participant other;
	int rc;

	if (pnr_new && p->pnr_hash[0] && pnr_refusals_check(st, err) < 0)
		return -1;
	rc = store_participant_find(st, p->code, NULL, &other, err);

	if (rc == 0 && other.id != p->id) {
		err_set(err, "deltagarkoden %s används redan", p->code);
		return err_field(err, "code");
	}
	if (rc < 0)
		return -1;
	if (!p->pnr_hash[0])
		return 0;
	rc = store_participant_find(st, NULL, p->pnr_hash, &other, err);
	if (rc == 0 && other.id != p->id) {
		struct err le;

		if (store_audit_add(st, app_actor(st), PNR_REFUSED_ACTION, other.code,
				    hide_other ? "vägrades utan att deltagarens kod visades" : "vägrades med deltagarens kod",
				    &le) < 0) {
			*err = le;
			return -1;
		}
		if (hide_other)
			err_set(err, "personen finns redan i registret; be en administratör skriva in hen i fler "
				     "insatser");
		else
			err_set(err, "personen finns redan som deltagare %s; skriv in hen i fler insatser med den "
				     "koden", other.code);
		return err_field(err, "pnr");
	}
	return rc < 0 ? -1 : 0;
}

int app_participant_refused(struct store *st)
{
	struct err ce;

	if (store_commit(st, &ce) < 0)
		store_rollback(st);
	return -1;
}

/* Checks a new participant into p (the number hashed with key and
 * forgotten), and refuses a code or person already registered; inside the
 * caller's transaction, which app_participant_refused ends on failure. */
static int participant_check(struct store *st, const struct app_key *key, const struct app_participant_fields *f,
			     struct participant *p, struct err *err)
{
	if (app_participant_fields_check(key, f, p, err) < 0)
		return -1;
	return app_participant_unique(st, p, f->hide_other, f->pnr && *f->pnr, err);
}

/* Stores a checked participant and logs it; within a transaction. */
static int participant_write(struct store *st, struct participant *p, struct err *err)
{
	char detail[200];

	if (store_participant_add(st, p, err) < 0)
		return err_prefix(err, "kunde inte lägga till deltagaren %s", p->code);
	snprintf(detail, sizeof(detail), "kön=%s, födelseår=%d, utbildning=%s%s", p->sex, p->birth_year,
		 p->education, p->pnr_hash[0] ? ", personnummer angivet" : "");
	return store_audit_add(st, app_actor(st), "lägg till", p->code, detail, err);
}

int app_participant_add(struct store *st, const struct app_key *key, const struct app_participant_fields *f,
			struct err *err)
{
	struct participant p;

	/* Checked unique in the transaction that adds it, so that two
	 * writers cannot both add the same code or person. */
	if (store_begin(st, err) < 0)
		return -1;
	if (participant_check(st, key, f, &p, err) < 0)
		return app_participant_refused(st);
	if (participant_write(st, &p, err) < 0) {
		store_rollback(st);
		return -1;
	}
	return store_commit(st, err);
}

int app_find_participant(struct store *st, const char *code, struct participant *p, struct err *err)
{
	int rc = store_participant_find(st, code ? code : "", NULL, p, err);

	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen deltagare '%s'", code ? code : "");
		return err_see(err, "finsam participant list");
	}
	return rc;
}

int app_enrolment_apply(struct store *st, const struct app_enrolment_fields *f, struct enrolment *e,
			struct intervention *iv, struct err *err)
{
	if (f->insats) {
		if (!*f->insats && f->must_choose) {
			err_set(err, "välj en insats");
			return err_field(err, "insats");
		}
		if (app_find_insats(st, f->insats, iv, err) < 0)
			return err_field(err, "insats");
		e->intervention_id = iv->id;
	} else if (store_intervention_get(st, e->intervention_id, NULL, iv, err) != 0) {
		return err_set(err, "inskrivningen saknar insats");
	}
	if (f->date) {
		if (!*f->date) {
			err_set(err, "inskrivningsdatum saknas");
			return err_field(err, "date");
		}
		if (date_parse(f->date, &e->enrolled, err) < 0)
			return err_field(err, "date");
	}
	if (!date_is_set(e->enrolled)) {
		err_set(err, "inskrivningsdatum saknas");
		return err_field(err, "date");
	}
	if (f->support_before || !e->support_before[0])
		if (field_word(VOCAB_SUPPORT, "support_before", f->support_before, "okänd", f->must_choose,
			       "välj försörjningen före inskrivningen", e->support_before, sizeof(e->support_before),
			       err) < 0)
			return -1;
	if (f->time_in_support || !e->time_in_support[0])
		if (field_word(VOCAB_TIME_IN_SUPPORT, "time_in_support", f->time_in_support, "ingen", f->must_choose,
			       "välj tiden i offentlig försörjning", e->time_in_support, sizeof(e->time_in_support),
			       err) < 0)
			return -1;
	if (f->exited) {
		if (*f->exited && date_parse(f->exited, &e->exited, err) < 0)
			return err_field(err, "exited");
		if (!*f->exited && f->must_choose)
			memset(&e->exited, 0, sizeof(e->exited));
	}
	if (!date_is_set(e->exited)) {
		if (f->reason && *f->reason) {
			err_set(err, "avslutsorsak utan avslutsdatum");
			return err_field(err, "exited");
		}
		e->exit_reason[0] = e->support_after[0] = '\0';
		return 0;
	}
	if (f->reason || !e->exit_reason[0])
		if (field_word(VOCAB_EXIT_REASON, "reason", f->reason, NULL, 1, "välj orsaken till avslutet",
			       e->exit_reason, sizeof(e->exit_reason), err) < 0)
			return -1;
	if (f->support_after || !e->support_after[0])
		if (field_word(VOCAB_SUPPORT, "support_after", f->support_after, "okänd", f->must_choose,
			       "välj försörjningen efter avslutet", e->support_after, sizeof(e->support_after), err) < 0)
			return -1;
	return 0;
}

int app_enrolment_check(struct store *st, const struct participant *p, const struct enrolment *e,
			const struct intervention *iv, unsigned flags, struct err *err)
{
	struct enrolment *list = NULL;
	size_t n = 0, i;
	int open_already = 0;

	if (enrolment_plausible(e, p, iv, date_today(), flags, err) < 0)
		return -1;
	if (!p->id || date_is_set(e->exited))
		return 0;
	if (store_enrolment_list(st, p->id, &list, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (list[i].id != e->id && list[i].intervention_id == iv->id && !date_is_set(list[i].exited))
			open_already = 1;
	free(list);
	if (open_already)
		return err_set(err, "%s är redan inskriven i %s och har inte avslutats", p->code, iv->name);
	return 0;
}

int app_enrolment_years_open(struct store *st, const struct enrolment *e, struct err *err)
{
	int y, from, to;

	enrolment_years(e, date_today(), &from, &to);
	for (y = from; y <= to; y++)
		if (app_year_check_open(st, y, "inskrivningen", err) < 0)
			return -1;
	return 0;
}

/* Checks an enrolment of participant p (found, or new with id 0) in
 * insats into e, with the audit line in detail. */
static int enrol_check(struct store *st, const struct participant *p, const char *insats, const char *date,
		       const char *before, const char *time_in, unsigned flags, struct enrolment *e, char *detail,
		       size_t detail_n, struct err *err)
{
	const struct app_enrolment_fields f = { insats ? insats : "", date ? date : "", before, time_in, NULL, NULL,
						NULL, (flags & ENROLMENT_CHOOSE) != 0 };
	struct intervention iv;

	memset(e, 0, sizeof(*e));
	e->participant_id = p->id;
	if (app_enrolment_apply(st, &f, e, &iv, err) < 0 || app_enrolment_check(st, p, e, &iv, flags, err) < 0)
		return -1;
	snprintf(detail, detail_n, "insats=%s, inskriven=%s, försörjning före=%s, tid i försörjning=%s", iv.name,
		 date, e->support_before, e->time_in_support);
	return 0;
}

int app_participant_enrol(struct store *st, const char *code, const char *insats, const char *date,
			  const char *before, const char *time_in, unsigned flags, struct err *err)
{
	struct participant p;
	struct enrolment e;
	char detail[400];

	/* Checked in the transaction that stores it, so that two writers
	 * cannot both enrol the participant in the same intervention. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &p, err) < 0)
		goto fail;
	if (!date) {
		err_set(err, "inskrivningsdatum saknas");
		err_field(err, "date");
		goto fail;
	}
	if (enrol_check(st, &p, insats, date, before, time_in, flags, &e, detail, sizeof(detail), err) < 0 ||
	    app_enrolment_years_open(st, &e, err) < 0 || store_enrolment_add(st, &e, err) < 0 ||
	    store_audit_add(st, app_actor(st), "skriv in", code, detail, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_participant_register(struct store *st, const struct app_key *key, const struct app_participant_fields *f,
			     const char *insats, const char *date, const char *before, const char *time_in,
			     unsigned flags, struct err *err)
{
	struct participant p;
	struct enrolment e;
	char detail[400];

	if (store_begin(st, err) < 0)
		return -1;
	if (participant_check(st, key, f, &p, err) < 0)
		return app_participant_refused(st);
	if (enrol_check(st, &p, insats, date, before, time_in, flags, &e, detail, sizeof(detail), err) < 0 ||
	    app_enrolment_years_open(st, &e, err) < 0 || participant_write(st, &p, err) < 0)
		goto fail;
	e.participant_id = p.id;
	if (store_enrolment_add(st, &e, err) < 0 || store_audit_add(st, app_actor(st), "skriv in", p.code, detail, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}

int app_participant_exit(struct store *st, const char *code, const char *insats, const char *date,
			 const char *reason, const char *after, unsigned flags, struct err *err)
{
	const struct app_enrolment_fields f = { NULL, NULL, NULL, NULL, date ? date : "", reason ? reason : "",
						after ? after : "", (flags & ENROLMENT_CHOOSE) != 0 };
	struct participant p;
	struct intervention iv;
	struct enrolment *list = NULL, *e = NULL, open_e;
	char detail[400];
	size_t n = 0, i;
	int rc = -1;

	/* The open enrolment is found in the transaction that ends it, so
	 * that two exits at once end it once. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &p, err) < 0 || app_find_insats(st, insats, &iv, err) < 0)
		goto fail;
	if (!date || !*date) {
		err_set(err, "avslutsdatum saknas");
		err_field(err, "exited");
		goto fail;
	}
	if (store_enrolment_list(st, p.id, &list, &n, err) < 0)
		goto fail;
	for (i = 0; i < n; i++)
		if (list[i].intervention_id == iv.id && !date_is_set(list[i].exited))
			e = &list[i];
	if (!e) {
		err_set(err, "%s är inte inskriven i %s (eller redan avslutad)", code, iv.name);
		goto fail;
	}
	open_e = *e;
	/* The exit's dates; the enrolment's own rules (period, age) were
	 * settled when it was made. */
	if (app_enrolment_apply(st, &f, e, &iv, err) < 0 || enrolment_plausible(e, &p, NULL, date_today(), flags, err) < 0)
		goto fail;
	snprintf(detail, sizeof(detail), "insats=%s, avslutad=%s, orsak=%s, försörjning efter=%s", iv.name, date,
		 e->exit_reason, e->support_after);
	/* Open, it counted up to today's year; exited, up to the exit's. */
	if (app_enrolment_years_open(st, &open_e, err) < 0 || app_enrolment_years_open(st, e, err) < 0 ||
	    store_enrolment_exit(st, e, err) < 0 ||
	    store_audit_add(st, app_actor(st), "avsluta", code, detail, err) < 0)
		goto fail;
	rc = store_commit(st, err);
	goto out;
fail:
	store_rollback(st);
out:
	free(list);
	return rc;
}

struct doc *app_report_participant(struct store *st, const char *code, struct err *err)
{
	struct association a;
	struct participant p;
	struct enrolment *e = NULL;
	struct intervention *iv = NULL;
	size_t n = 0, n_iv = 0;
	struct doc *d = NULL;

	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (code) {
		if (app_find_participant(st, code, &p, err) < 0 || store_enrolment_list(st, p.id, &e, &n, err) < 0)
			return NULL;
	}
	if (store_intervention_list(st, &iv, &n_iv, err) == 0) {
		if (code) {
			d = doc_participant(&a, &p, e, n, iv, n_iv);
		} else {
			struct participant *all = NULL;
			size_t n_all = 0;

			if (store_participant_list(st, &all, &n_all, err) == 0 &&
			    store_enrolment_list(st, 0, &e, &n, err) == 0)
				d = doc_participants_list(&a, all, n_all, e, n);
			free(all);
		}
	}
	free(e);
	free(iv);
	return d;
}

struct doc *app_report_audit(struct store *st, struct err *err)
{
	struct association a;
	struct audit_entry *log = NULL;
	char **changes;
	size_t n = 0, i;
	struct doc *d;

	if (app_load_association(st, &a, err) < 0 || store_audit_list(st, &log, &n, err) < 0)
		return NULL;
	changes = xcalloc(n ? n : 1, sizeof(*changes));
	for (i = 0; i < n; i++)
		changes[i] = app_audit_change_text(log[i].old_values, log[i].new_values);
	d = doc_audit(&a, log, (const char *const *)changes, n);
	for (i = 0; i < n; i++)
		free(changes[i]);
	free(changes);
	audit_release(log, n);
	return d;
}

/* ---- import of participant lists ---- */

enum pcol { PC_CODE, PC_PNR, PC_INSATS, PC_SEX, PC_BORN, PC_EDU, PC_IN, PC_BEFORE, PC_TIME, PC_OUT,
	    PC_REASON, PC_AFTER, PC__MAX };

static const struct app_csv_col pcols[PC__MAX] = {
	{ "deltagare", NULL, 1, NULL },        { "personnummer", NULL, 0, NULL },
	{ "insats", NULL, 1, NULL },           { "kön", NULL, 1, NULL },
	{ "födelseår", NULL, 1, NULL },        { "utbildning", NULL, 1, NULL },
	{ "inskriven", NULL, 1, NULL },        { "försörjning före", NULL, 1, NULL },
	{ "tid i försörjning", NULL, 1, NULL }, { "avslutad", NULL, 0, NULL },
	{ "avslutsorsak", NULL, 0, NULL },     { "försörjning efter", NULL, 0, NULL },
};

/* Checks one row into p and e with the same rules as the commands (the
 * participant's fields, then the enrolment's and its plausibility); -1
 * with the reason in err. */
static int check_row(struct store *st, const struct app_key *key, const char *const *v, unsigned flags,
		     struct participant *p, struct enrolment *e, char *insats_name, size_t name_n,
		     struct err *err)
{
	const struct app_participant_fields pf = { v[PC_CODE], v[PC_PNR], v[PC_SEX], v[PC_BORN], v[PC_EDU], 0, 0 };
	const struct app_enrolment_fields ef = { v[PC_INSATS], v[PC_IN], v[PC_BEFORE], v[PC_TIME], v[PC_OUT],
						 v[PC_REASON], v[PC_AFTER], 0 };
	struct intervention iv;

	memset(e, 0, sizeof(*e));
	if (*v[PC_PNR] && !key)
		return err_set(err, "%s", APP_KEY_REFUSED);
	if (app_participant_fields_check(key, &pf, p, err) < 0 || app_enrolment_apply(st, &ef, e, &iv, err) < 0)
		return -1;
	/* Planned dates have no place in a list of what happened. */
	if (enrolment_plausible(e, p, &iv, date_today(), flags & ~(unsigned)ENROLMENT_PLANNED, err) < 0)
		return -1;
	snprintf(insats_name, name_n, "%s", iv.name);
	return 0;
}

struct participant_import {
	struct store *st;
	const struct app_key *key;
	unsigned flags;
	struct app_participant_import *res;
	int64_t refused_before;      /* the user's refusals of late, before the file */
	int64_t first_new;           /* the id of the first participant the file adds (0: none yet) */
	size_t n_refused;            /* rows whose number was a registered participant's */
	char refused[PNR_REFUSALS_MAX][64]; /* and those participants' codes */
};

/* A row whose personal number is a participant's already registered: the
 * same protection as adding one. Each such row counts against the user's
 * refusals of late and is logged after the import (which stores nothing);
 * once they reach the limit, no row says whom a number belongs to. */
static int import_refused(struct participant_import *c, const struct participant *p, const char *other,
			  struct err *err)
{
	if (c->refused_before + (int64_t)c->n_refused >= PNR_REFUSALS_MAX)
		return pnr_refusals_refuse(err);
	snprintf(c->refused[c->n_refused++], sizeof(c->refused[0]), "%s", other);
	return err_set(err, "deltagaren %s är samma person som %s", p->code, other);
}

/* Stores a checked row: the participant when new, the enrolment, the log. */
static int store_row(struct participant_import *c, struct participant *p, struct enrolment *e, const char *insats,
		     struct err *err)
{
	struct store *st = c->st;
	struct participant found;
	char detail[400];
	int k = store_participant_find(st, p->code, NULL, &found, err);

	if (k < 0)
		return -1;
	if (k == STORE_NOT_FOUND && p->pnr_hash[0]) {
		if (c->refused_before >= PNR_REFUSALS_MAX)
			return pnr_refusals_refuse(err);
		k = store_participant_find(st, NULL, p->pnr_hash, &found, err);
		/* Another row of the same file tells nothing of the register. */
		if (k == 0 && c->first_new && found.id >= c->first_new)
			return err_set(err, "deltagaren %s är samma person som %s längre upp i filen", p->code,
				       found.code);
		if (k == 0)
			return import_refused(c, p, found.code, err);
		if (k < 0)
			return -1;
	}
	if (k == STORE_NOT_FOUND) {
		if (store_participant_add(st, p, err) < 0)
			return -1;
		if (!c->first_new)
			c->first_new = p->id;
		found = *p;
		snprintf(detail, sizeof(detail), "import: kön=%s, födelseår=%d, utbildning=%s%s", p->sex,
			 p->birth_year, p->education, p->pnr_hash[0] ? ", personnummer angivet" : "");
		if (store_audit_add(st, app_actor(st), "lägg till", p->code, detail, err) < 0)
			return -1;
		c->res->participants++;
	} else if (strcmp(found.sex, p->sex) || found.birth_year != p->birth_year) {
		return err_set(err, "kön eller födelseår skiljer sig från det som redan finns för %s", p->code);
	}
	e->participant_id = found.id;
	if (app_enrolment_years_open(st, e, err) < 0 || store_enrolment_add(st, e, err) < 0)
		return -1;
	if (date_is_set(e->exited) && store_enrolment_exit(st, e, err) < 0)
		return -1;
	snprintf(detail, sizeof(detail), "import: insats=%s, försörjning före=%s%s%s", insats, e->support_before,
		 date_is_set(e->exited) ? ", avslutsorsak=" : "", e->exit_reason);
	if (store_audit_add(st, app_actor(st), "skriv in", p->code, detail, err) < 0)
		return -1;
	c->res->enrolments++;
	return 0;
}

/* A row of the list: checked, then stored; the person's data is wiped
 * from the stack either way. */
static int participant_row(void *ctx, const char *const *v, long line, struct err *err)
{
	struct participant_import *c = ctx;
	struct participant p;
	struct enrolment e;
	char insats[200];
	int rc;

	(void)line;
	rc = check_row(c->st, c->key, v, c->flags, &p, &e, insats, sizeof(insats), err);
	if (rc == 0)
		rc = store_row(c, &p, &e, insats, err);
	sodium_memzero(&p, sizeof(p));
	return rc;
}

int app_import_participants(struct store *st, const struct app_key *key, const char *file, unsigned flags,
			    struct app_participant_import *res, struct err *err)
{
	return app_import_participants_rows(st, key, file, flags, res, NULL, err);
}

int app_import_participants_rows(struct store *st, const struct app_key *key, const char *file, unsigned flags,
				 struct app_participant_import *res, struct app_import_errors *rows,
				 struct err *err)
{
	struct participant_import c = { st, key, flags, res, 0, 0, 0, { { 0 } } };
	struct app_csv_import im = { file, pcols, PC__MAX, participant_row, NULL, &c, 0 };
	size_t i;

	memset(res, 0, sizeof(*res));
	if (pnr_refusals_count(st, &c.refused_before, err) < 0)
		return -1;
	if (app_csv_import(st, &im, rows, err) == 0)
		return 0;
	memset(res, 0, sizeof(*res));
	/* The file stored nothing, but the answers it got are logged. */
	for (i = 0; i < c.n_refused; i++) {
		struct err le;

		if (store_audit_add(st, app_actor(st), PNR_REFUSED_ACTION, c.refused[i],
				    "vägrades vid inläsning av en deltagarlista", &le) < 0) {
			*err = le;
			break;
		}
	}
	sodium_memzero(c.refused, sizeof(c.refused));
	return -1;
}

struct as_of {
	struct pstats *s;
	struct date until;
};

static void add_as_of(void *ctx, const struct participant *p, const struct enrolment *e)
{
	struct as_of *a = ctx;
	struct enrolment x;

	if (date_cmp(e->enrolled, a->until) > 0)
		return;
	if (date_is_set(e->exited) && date_cmp(e->exited, a->until) > 0) {
		x = *e;
		memset(&x.exited, 0, sizeof(x.exited));
		x.exit_reason[0] = x.support_after[0] = '\0';
		e = &x;
	}
	pstats_add(a->s, p, e);
}

int app_year_pstats(struct store *st, int year, int64_t intervention_id, const struct date *until,
		    struct pstats *s, struct err *err)
{
	struct as_of a = { s, until ? *until : (struct date){ year, 12, 31 } };
	struct anonymous_count *anon = NULL;
	size_t n = 0, i;
	int young_from;

	pstats_init(year, s);
	if (app_setting_int(st, "young-from", &young_from, err) < 0)
		return -1;
	pstats_young_from(s, young_from);
	if (store_enrolment_each(st, year, year, intervention_id, add_as_of, &a, err) < 0 ||
	    store_anonymous_list(st, year, intervention_id, &anon, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (date_cmp(anon[i].from, a.until) <= 0)
			pstats_add_anonymous(s, &anon[i]);
	free(anon);
	return 0;
}

/* Whether enrolment e was in its intervention some day of `year`. */
static int in_year(const struct enrolment *e, int year)
{
	return e->enrolled.y <= year && (!date_is_set(e->exited) || e->exited.y >= year);
}

static void register_add(void *ctx, const struct participant *p, const struct enrolment *e)
{
	struct app_pstats_years *r = ctx;
	struct as_of a;
	size_t k;
	int y;

	for (y = r->first; y <= r->last; y++) {
		struct app_people *pp = &r->people[y - r->first];

		if (!in_year(e, y))
			continue;
		a = (struct as_of){ &r->all[y - r->first], { y, 12, 31 } };
		add_as_of(&a, p, e);
		if (r->want_people) {
			if (pp->n == pp->cap) {
				pp->cap = pp->cap ? pp->cap * 2 : 64;
				pp->p = xrealloc(pp->p, pp->cap * sizeof(*pp->p));
			}
			pp->p[pp->n].id = e->participant_id;
			pp->p[pp->n++].woman = strcmp(p->sex, "kvinna") == 0;
		}
	}
	if (!in_year(e, r->last))
		return;
	for (k = 0; k < r->n_ids; k++)
		if (r->ids[k] == e->intervention_id) {
			a = (struct as_of){ &r->per[k], { r->last, 12, 31 } };
			add_as_of(&a, p, e);
		}
}

int app_pstats_years_read(struct store *st, struct app_pstats_years *r, int first, int last, const int64_t *ids,
		      size_t n_ids, int want_people, struct err *err)
{
	struct anonymous_count *anon = NULL;
	size_t n = 0, i, k;
	int young_from, y, rc = -1;

	memset(r, 0, sizeof(*r));
	if (last < first || last - first >= APP_PSTATS_YEARS) {
		err_set(err, "statistiken läses för högst %d år åt gången, inte %d–%d", APP_PSTATS_YEARS, first,
			last);
		return -1;
	}
	if (app_setting_int(st, "young-from", &young_from, err) < 0)
		return -1;
	r->first = first;
	r->last = last;
	r->ids = ids;
	r->n_ids = n_ids;
	r->want_people = want_people;
	r->per = xcalloc(n_ids ? n_ids : 1, sizeof(*r->per));
	for (y = first; y <= last; y++) {
		pstats_init(y, &r->all[y - first]);
		pstats_young_from(&r->all[y - first], young_from);
	}
	for (k = 0; k < n_ids; k++) {
		pstats_init(last, &r->per[k]);
		pstats_young_from(&r->per[k], young_from);
	}
	if (store_enrolment_each(st, first, last, 0, register_add, r, err) < 0)
		goto out;
	for (y = first; y <= last; y++) {
		if (store_anonymous_list(st, y, 0, &anon, &n, err) < 0)
			goto out;
		for (i = 0; i < n; i++) {
			pstats_add_anonymous(&r->all[y - first], &anon[i]);
			for (k = 0; y == last && k < n_ids; k++)
				if (r->ids[k] == anon[i].intervention_id)
					pstats_add_anonymous(&r->per[k], &anon[i]);
		}
		free(anon);
		anon = NULL;
	}
	rc = 0;
out:
	free(anon);
	if (rc < 0)
		app_pstats_years_release(r);
	return rc;
}

void app_pstats_years_release(struct app_pstats_years *r)
{
	int i;

	for (i = 0; i < APP_PSTATS_YEARS; i++)
		free(r->people[i].p);
	free(r->per);
	memset(r, 0, sizeof(*r));
}

struct doc *app_report_participants(struct store *st, int year, const char *insats, int protected_,
				    int threshold, struct err *err)
{
	struct association a;
	struct intervention iv;
	struct pstats s;
	int setting;

	if (app_setting_int(st, "min-cell", &setting, err) < 0)
		return NULL;
	if (threshold == 0)
		threshold = setting;
	if (threshold < 1 || threshold > 100) {
		err_set(err, "gränsen för små grupper ska vara 1–100, inte %d", threshold);
		return NULL;
	}
	if (protected_ && threshold < setting) {
		err_set(err, "gränsen för små grupper kan inte vara lägre än inställningen min-cell (%d)", setting);
		return NULL;
	}
	if (app_load_association(st, &a, err) < 0)
		return NULL;
	if (insats && app_find_insats(st, insats, &iv, err) < 0)
		return NULL;
	if (app_year_pstats(st, year, insats ? iv.id : 0, NULL, &s, err) < 0)
		return NULL;
	if (protected_)
		pstats_protect(&s, threshold);
	return doc_pstats(&a, &s, insats ? iv.name : NULL, protected_, threshold);
}

int app_participant_stats(struct store *st, int year, struct pstats *out, int *threshold, struct err *err)
{
	if (app_setting_int(st, "min-cell", threshold, err) < 0 ||
	    app_year_pstats(st, year, 0, NULL, out, err) < 0)
		return -1;
	pstats_protect(out, *threshold);
	return 0;
}

/* Whether u may see participant p, given everyone's enrolments e: an
 * administrator and an auditor anyone, a registrar those enrolled in one
 * of their interventions. */
static int may_see(const struct user *u, const struct participant *p, const struct enrolment *e, size_t n)
{
	size_t i;

	if (u->role == ROLE_ADMIN || u->role == ROLE_AUDITOR)
		return 1;
	for (i = 0; i < n; i++)
		if (e[i].participant_id == p->id && user_owns_insats(u, e[i].intervention_id))
			return 1;
	return 0;
}

int app_register_load(struct store *st, const struct user *u, struct app_register *out, struct err *err)
{
	struct participant *all = NULL;
	struct enrolment *e = NULL;
	size_t n_all = 0, n_e = 0, i;

	memset(out, 0, sizeof(*out));
	if (u->role == ROLE_BOARD)
		return err_set(err, "styrelsen ser inga personuppgifter");
	if (store_participant_list(st, &all, &n_all, err) < 0)
		return -1;
	if (store_enrolment_list(st, 0, &e, &n_e, err) < 0 ||
	    store_intervention_list(st, &out->iv, &out->n_iv, err) < 0) {
		free(all);
		free(e);
		return -1;
	}
	out->p = xcalloc(n_all ? n_all : 1, sizeof(*out->p));
	out->e = xcalloc(n_e ? n_e : 1, sizeof(*out->e));
	for (i = 0; i < n_all; i++)
		if (may_see(u, &all[i], e, n_e))
			out->p[out->n_p++] = all[i];
	/* A registrar sees only the enrolments in their own interventions. */
	for (i = 0; i < n_e; i++)
		if (u->role != ROLE_REGISTRAR || user_owns_insats(u, e[i].intervention_id))
			out->e[out->n_e++] = e[i];
	free(all);
	free(e);
	return 0;
}

void app_register_release(struct app_register *r)
{
	free(r->p);
	free(r->e);
	free(r->iv);
	memset(r, 0, sizeof(*r));
}

int app_participant_visible(struct store *st, const struct user *u, const char *code, struct err *err)
{
	struct participant p;
	struct enrolment *e = NULL;
	size_t n = 0;
	int rc, seen;

	if (u->role == ROLE_BOARD)
		return 0;
	rc = store_participant_find(st, code, NULL, &p, err);
	if (rc == STORE_NOT_FOUND)
		return 0;
	if (rc < 0 || store_enrolment_list(st, p.id, &e, &n, err) < 0)
		return -1;
	seen = may_see(u, &p, e, n);
	free(e);
	return seen;
}

int app_participant_purge(struct store *st, const char *before, int64_t *count, struct err *err)
{
	struct date d;
	char detail[128];

	if (!before || date_parse(before, &d, err) < 0)
		return before ? err_field(err, "before") : err_set(err, "ange datumet med --exited-before");
	if (date_cmp(d, date_today()) > 0)
		return err_set(err, "datumet %s ligger i framtiden", before), err_field(err, "before");
	if (store_begin(st, err) < 0)
		return -1;
	if (store_participant_purge(st, d, count, err) < 0)
		goto fail;
	snprintf(detail, sizeof(detail), "%lld deltagare avslutade före %s avidentifierade",
		 (long long)*count, before);
	if (store_audit_add(st, app_actor(st), "rensa", "", detail, err) < 0)
		goto fail;
	return store_commit(st, err);
fail:
	store_rollback(st);
	return -1;
}
