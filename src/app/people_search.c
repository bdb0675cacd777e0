/*
 * people_search.c: the participant list as the web pages page through
 * it: a part of the code, an intervention, a year, ongoing or ended
 * enrolments, sorted, searched in the store; the same rule of who sees
 * whom as the register (a registrar sees the participants and the
 * enrolments of their own interventions, the board none).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "store/store.h"

static const struct {
	const char *key;
	enum participant_sort sort;
} sorts[] = {
	{ "kod", PSORT_CODE },
	{ "kod-omvand", PSORT_CODE_DESC },
	{ "fodelsear", PSORT_BORN },
	{ "senaste", PSORT_LATEST },
};

int app_participant_search(struct store *st, const struct user *u, const struct app_participant_query *q,
			   struct app_participant_page *out, struct err *err)
{
	struct participant_filter f;
	struct intervention *iv = NULL;
	size_t per = q->per_page ? q->per_page : APP_PARTICIPANT_PAGE, n_iv = 0, i;
	long page = q->page > 0 && q->page < 100000000 ? q->page : 1;
	struct buf only;
	int rc = -1;

	memset(out, 0, sizeof(*out));
	memset(&f, 0, sizeof(f));
	buf_init(&only);
	if (u->role == ROLE_BOARD)
		return err_set(err, "styrelsen ser inga personuppgifter");
	f.code = q->code;
	if (q->year && *q->year) {
		char *end;
		long y = strtol(q->year, &end, 10);

		if (*end || y < 1900 || y > 2200) {
			err_set(err, "året skrivs med fyra siffror, till exempel 2025");
			err_field(err, "year");
			goto done;
		}
		f.year = (int)y;
	}
	if (!q->state || !*q->state)
		f.state = 0;
	else if (strcmp(q->state, "pagaende") == 0)
		f.state = 1;
	else if (strcmp(q->state, "avslutade") == 0)
		f.state = 2;
	else {
		err_set(err, "välj pågående eller avslutade inskrivningar");
		err_field(err, "state");
		goto done;
	}
	f.sort = PSORT_CODE;
	for (i = 0; q->sort && i < sizeof(sorts) / sizeof(sorts[0]); i++)
		if (strcmp(q->sort, sorts[i].key) == 0)
			f.sort = sorts[i].sort;
	if (store_intervention_list(st, &iv, &n_iv, err) < 0)
		goto done;
	/* The interventions to choose among: a registrar's own. */
	out->iv = xcalloc(n_iv ? n_iv : 1, sizeof(*out->iv));
	for (i = 0; i < n_iv; i++)
		if (u->role != ROLE_REGISTRAR || user_owns_insats(u, iv[i].id))
			out->iv[out->n_iv++] = iv[i];
	if (q->insats && *q->insats) {
		for (i = 0; i < out->n_iv; i++)
			if (strtoll(q->insats, NULL, 10) == out->iv[i].id)
				f.intervention_id = out->iv[i].id;
		if (!f.intervention_id) {
			err_set(err, "välj en av insatserna i listan");
			err_field(err, "insats");
			goto done;
		}
	}
	if (u->role == ROLE_REGISTRAR) {
		buf_adds(&only, ",");
		for (i = 0; i < u->n_insatser; i++)
			buf_addf(&only, "%lld,", (long long)u->insatser[i]);
		f.only = only.s;
	}
	if (store_participant_search(st, &f, per, (size_t)(page - 1) * per, &out->p, &out->n, &out->count, err) < 0)
		goto done;
	/* Each participant's enrolments that the user may see. */
	for (i = 0; i < out->n; i++) {
		struct enrolment *e = NULL;
		size_t n_e = 0, j;

		if (store_enrolment_list(st, out->p[i].id, &e, &n_e, err) < 0)
			goto done;
		for (j = 0; j < n_e; j++) {
			if (u->role == ROLE_REGISTRAR && !user_owns_insats(u, e[j].intervention_id))
				continue;
			out->e = xrealloc(out->e, (out->n_e + 1) * sizeof(*out->e));
			out->e[out->n_e++] = e[j];
		}
		free(e);
	}
	out->page = page;
	out->pages = out->count ? (long)((out->count + (int64_t)per - 1) / (int64_t)per) : 1;
	rc = 0;
done:
	free(iv);
	buf_release(&only);
	if (rc < 0)
		app_participant_page_release(out);
	return rc;
}

void app_participant_page_release(struct app_participant_page *p)
{
	free(p->p);
	free(p->e);
	free(p->iv);
	memset(p, 0, sizeof(*p));
}
