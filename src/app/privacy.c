/*
 * privacy.c: a person's rights in the participant register: the register
 * extract (registerutdrag) of the person a personal identity number
 * belongs to, found by the number's keyed hash, since the number itself
 * is never stored. The number is checked, hashed and forgotten: it is in
 * no message, no document and no line of the audit log; the log says that
 * an extract of the participant's code was made, and by whom.
 */
#include <sodium.h>
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
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
