/*
 * intervention.c: interventions' kinds, and what has been decided and paid.
 */
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "model/intervention.h"

static const struct {
	const char *key, *label;
} kinds[INTERVENTION__MAX] = {
	[INTERVENTION_INDIVIDUAL] = { "individual", "individinriktad" },
	[INTERVENTION_STRUCTURAL] = { "structural", "strukturinriktad" },
	[INTERVENTION_COMPETENCE] = { "competence", "kompetenshöjande" },
};

const char *intervention_kind_key(enum intervention_kind k)
{
	return k < INTERVENTION__MAX ? kinds[k].key : "";
}

const char *intervention_kind_label(enum intervention_kind k)
{
	return k < INTERVENTION__MAX ? kinds[k].label : "";
}

int intervention_kind_parse(const char *s, enum intervention_kind *out)
{
	int k;

	for (k = 0; k < INTERVENTION__MAX; k++) {
		if (strcmp(s, kinds[k].key) == 0 || strcmp(s, kinds[k].label) == 0) {
			*out = (enum intervention_kind)k;
			return 0;
		}
	}
	if (strcmp(s, "strukturpåverkande") == 0) {
		*out = INTERVENTION_STRUCTURAL;
		return 0;
	}
	return -1;
}

static const struct {
	const char *key, *label;
} statuses[IV_STATUS__MAX] = {
	[IV_STATUS_AUTO] = { "", "" },
	[IV_STATUS_PLANNED] = { "planned", "planerad" },
	[IV_STATUS_RUNNING] = { "running", "pågående" },
	[IV_STATUS_ENDED] = { "ended", "avslutad" },
};

const char *intervention_status_key(enum intervention_status s)
{
	return s < IV_STATUS__MAX ? statuses[s].key : "";
}

const char *intervention_status_label(enum intervention_status s)
{
	return s < IV_STATUS__MAX ? statuses[s].label : "";
}

int intervention_status_parse(const char *s, enum intervention_status *out)
{
	int k;

	if (strcmp(s, "auto") == 0) {
		*out = IV_STATUS_AUTO;
		return 0;
	}
	for (k = 0; k < IV_STATUS__MAX; k++) {
		if (strcmp(s, statuses[k].key) == 0 || strcmp(s, statuses[k].label) == 0) {
			*out = (enum intervention_status)k;
			return 0;
		}
	}
	return -1;
}

void intervention_years_free(struct intervention_year *v, size_t n)
{
	size_t i;

	for (i = 0; i < n && v; i++)
		free(v[i].results);
	free(v);
}

enum intervention_status intervention_status_in(const struct intervention *iv, const struct intervention_year *y,
						int year)
{
	if (y && y->status != IV_STATUS_AUTO && y->status < IV_STATUS__MAX)
		return y->status;
	if (date_is_set(iv->start) && iv->start.y > year)
		return IV_STATUS_PLANNED;
	if (date_is_set(iv->end) && iv->end.y <= year)
		return IV_STATUS_ENDED;
	return IV_STATUS_RUNNING;
}

int intervention_paid(const struct intervention *iv, const struct account_sum *sums, size_t n,
		      int64_t *paid, struct err *err)
{
	struct budget_line l;
	size_t i;

	memset(&l, 0, sizeof(l));
	l.kind = BUDGET_COST;
	l.accounts = (char *)iv->accounts;
	l.objects = (char *)iv->objects;
	*paid = 0;
	if (!*iv->accounts && !*iv->objects)
		return 0;
	for (i = 0; i < n; i++)
		if (budget_line_matches(&l, &sums[i]) && money_add(*paid, sums[i].sum, paid) < 0)
			return err_set(err, "utbetalningarna till %s är för stora att summera", iv->name);
	return 0;
}

int intervention_decided(const struct intervention *iv, const struct decision *d, size_t n,
			 struct date until, int64_t *decided, struct err *err)
{
	size_t i;

	*decided = 0;
	for (i = 0; i < n; i++) {
		if (d[i].intervention_id != iv->id || date_cmp(d[i].meeting, until) > 0)
			continue;
		if (money_add(*decided, d[i].amount, decided) < 0)
			return err_set(err, "besluten om %s är för stora att summera", iv->name);
	}
	return 0;
}

const char *intervention_name(const struct intervention *iv, size_t n, int64_t id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (iv[i].id == id)
			return iv[i].name;
	return "";
}

int64_t commitments_remaining(const struct commitment *c, size_t n)
{
	int64_t sum = 0;
	size_t i;

	/* Each remaining is at most its decisions, whose sum fits. */
	for (i = 0; i < n; i++)
		sum += c[i].remaining;
	return sum;
}

const struct ready_mark *ready_mark_find(const struct ready_mark *m, size_t n, int64_t iv, enum goal_period p)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (m[i].intervention_id == iv && m[i].period == p)
			return &m[i];
	return NULL;
}

size_t ready_marks_count(const struct intervention *iv, size_t n_iv, const struct ready_mark *m, size_t n_m)
{
	size_t i, ready = 0;

	for (i = 0; i < n_iv; i++)
		ready += (ready_mark_find(m, n_m, iv[i].id, PERIOD_ANNUAL) != NULL) +
			 (ready_mark_find(m, n_m, iv[i].id, PERIOD_INTERIM) != NULL);
	return ready;
}
