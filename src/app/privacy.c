/*
 * privacy.c: a person's rights in the participant register: the register
 * extract (registerutdrag) of the person a personal identity number
 * belongs to, found by the number's keyed hash, since the number itself
 * is never stored. The number is checked, hashed and forgotten: it is in
 * no message, no document and no line of the audit log; the log says that
 * an extract of the participant's code was made, and by whom. And the
 * erasure of what identifies one person who has left every intervention,
 * keeping the statistics (as the purge of all who left before a date).
 */
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/date.h"
#include "base/err.h"
#include "doc/doc.h"
#include "store/store.h"

struct doc *app_participant_extract(struct store *st, const struct app_key *key, const char *pnr, char *code,
				    size_t code_n, struct err *err)
{
	struct participant p;
	char hash[65];
	int birth_year, rc;
	struct doc *d;

	if (!pnr || !*pnr) {
		err_set(err, "skriv personnumret, tolv eller tio siffror");
		err_field(err, "pnr");
		return NULL;
	}
	if (app_pnr_hash(key, pnr, &birth_year, hash, sizeof(hash), err) < 0) {
		err_field(err, "pnr");
		return NULL;
	}
	rc = store_participant_find(st, NULL, hash, &p, err);
	sodium_memzero(hash, sizeof(hash));
	if (rc == STORE_NOT_FOUND) {
		err_set(err, "det finns ingen deltagare med det personnumret i registret (personnummer är "
			     "frivilliga: en deltagare som registrerats utan det går inte att hitta så)");
		err_field(err, "pnr");
		return NULL;
	}
	if (rc < 0)
		return NULL;
	d = app_report_participant(st, p.code, err);
	if (!d)
		return NULL;
	if (store_audit_add(st, app_actor(st), "registerutdrag", p.code, "registerutdrag ur deltagarregistret",
			    err) < 0) {
		doc_free(d);
		return NULL;
	}
	if (code)
		snprintf(code, code_n, "%s", p.code);
	return d;
}

int app_participant_anonymise(struct store *st, const char *code, char *new_code, size_t n, struct err *err)
{
	struct participant p;
	struct enrolment *e = NULL;
	size_t n_e = 0, i;
	char anon[64];

	if (!code || !*code)
		return err_set(err, "ingen deltagare angiven");
	/* No enrolment may open between the check and the erasure. */
	if (store_begin(st, err) < 0)
		return -1;
	if (app_find_participant(st, code, &p, err) < 0)
		goto fail;
	if (strncmp(p.code, "anonym-", 7) == 0) {
		err_set(err, "deltagaren är redan avidentifierad");
		goto fail;
	}
	if (store_enrolment_list(st, p.id, &e, &n_e, err) < 0)
		goto fail;
	for (i = 0; i < n_e; i++)
		if (!date_is_set(e[i].exited)) {
			free(e);
			err_set(err, "deltagaren är fortfarande inskriven i en insats; avsluta inskrivningen "
				"först, så att statistiken räknas rätt");
			goto fail;
		}
	free(e);
	snprintf(anon, sizeof(anon), "anonym-%lld", (long long)p.id);
	/* The log names the new code only: the old one is what is erased. */
	if (store_participant_anonymise(st, p.id, err) < 0 ||
	    store_audit_add(st, app_actor(st), "avidentifiera", anon, "en deltagare avidentifierad på begäran", err) < 0)
		goto fail;
	if (store_commit(st, err) < 0)
		return -1;
	if (new_code)
		snprintf(new_code, n, "%s", anon);
	return 0;
fail:
	store_rollback(st);
	return -1;
}
