/*
 * governance.c: the board's governance over a period, read from the
 * records for the documents: the meetings of each body, the decisions
 * taken (the meetings' own and the funding decisions of the
 * interventions), the governing documents as they stood at the period's
 * end with their revisions within it, and the internal control plan's
 * follow-up. The annual report states it for its year, the interim
 * report for its period, and 'report governance' on its own.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/err.h"
#include "base/xmalloc.h"
#include "doc/reports.h"
#include "store/store.h"

struct governance_data {
	struct governance_doc g;
	struct control_plan_doc control;
	struct meeting *meetings;
	struct governance_decision *decisions;
	struct governance_policy *policies;
};

static void data_release(struct governance_data *x)
{
	app_control_plan_release(&x->control);
	free(x->meetings);
	free(x->decisions);
	free(x->policies);
}

/* The recorded board meeting held on day, or NULL. */
static const struct meeting *board_meeting_on(const struct meeting *m, size_t n, struct date day)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (m[i].body == BODY_BOARD && date_cmp(m[i].date, day) == 0)
			return &m[i];
	return NULL;
}

/* The meetings' own decisions and the funding decisions of the period,
 * by date (stable: a meeting's own in their order, then the funding
 * decisions of its day). */
static int read_decisions(struct store *st, struct governance_data *x, struct err *err)
{
	struct meeting_decision *fd = NULL;
	struct date *days = NULL;
	size_t n = 0, cap = 0, n_fd = 0, i, j;

	for (i = 0; i < x->g.n_meetings; i++) {
		struct meeting_decision *own = NULL;
		size_t n_own = 0;

		if (store_meeting_decisions(st, x->meetings[i].id, &own, &n_own, err) < 0)
			goto fail;
		for (j = 0; j < n_own; j++) {
			x->decisions = xgrow(x->decisions, sizeof(*x->decisions), n + 1, &cap);
			x->decisions[n++] = (struct governance_decision){ x->meetings[i].date, x->meetings[i].id,
									  x->meetings[i].body, own[j] };
		}
		free(own);
	}
	if (app_funding_decisions_in(st, x->g.period, &fd, &days, &n_fd, err) < 0)
		goto fail;
	for (j = 0; j < n_fd; j++) {
		const struct meeting *m = board_meeting_on(x->meetings, x->g.n_meetings, days[j]);
		struct governance_decision g = { days[j], m ? m->id : 0, BODY_BOARD, fd[j] };
		size_t k;

		/* After every decision of its day and before the later days'. */
		x->decisions = xgrow(x->decisions, sizeof(*x->decisions), n + 1, &cap);
		for (k = n; k > 0 && date_cmp(x->decisions[k - 1].date, g.date) > 0; k--)
			x->decisions[k] = x->decisions[k - 1];
		x->decisions[k] = g;
		n++;
	}
	free(fd);
	free(days);
	x->g.decisions = x->decisions;
	x->g.n_decisions = n;
	return 0;
fail:
	free(fd);
	free(days);
	return -1;
}

/* The governing documents adopted by the period's end, as they stood then,
 * each with its revisions within the period, in the order of 'policy
 * list'. */
static int read_policies(struct store *st, struct governance_data *x, struct err *err)
{
	struct policy *p = NULL;
	struct policy_revision *r = NULL;
	size_t n = 0, n_r = 0, i, j, k = 0;

	if (app_policy_list(st, &p, &n, err) < 0)
		return -1;
	if (store_policy_revision_list(st, 0, &r, &n_r, err) < 0) {
		free(p);
		return -1;
	}
	x->policies = xcalloc(n ? n : 1, sizeof(*x->policies));
	for (i = 0; i < n; i++) {
		struct governance_policy *gp = &x->policies[k];

		if (!policy_at(&p[i], r, n_r, x->g.period.end, &gp->p))
			continue;
		for (j = 0; j < n_r; j++) {
			if (r[j].policy_id != p[i].id || date_cmp(r[j].date, x->g.period.start) < 0 ||
			    date_cmp(r[j].date, x->g.period.end) > 0)
				continue;
			if (gp->n_revised < GOVERNANCE_REVISIONS) {
				size_t at = gp->n_revised;

				/* By date. */
				while (at > 0 && date_cmp(gp->revised[at - 1], r[j].date) > 0) {
					gp->revised[at] = gp->revised[at - 1];
					at--;
				}
				gp->revised[at] = r[j].date;
			}
			gp->n_revised++;
		}
		k++;
	}
	free(p);
	free(r);
	x->g.policies = x->policies;
	x->g.n_policies = k;
	return 0;
}

/* Reads the governance of the period from the first day of until's year to
 * until into x; whole_year: the period is the fiscal year, and the plan's
 * follow-ups at meetings after it count too. */
static int governance_read(struct store *st, struct date until, int whole_year, struct governance_data *x,
			   struct err *err)
{
	struct date today = date_today(), as_of;
	size_t i, k = 0;

	memset(x, 0, sizeof(*x));
	x->g.period = (struct period){ { until.y, 1, 1 }, until };
	x->g.whole_year = whole_year;
	if (store_meeting_list(st, until.y, &x->meetings, &x->g.n_meetings, err) < 0)
		return -1;
	for (i = 0; i < x->g.n_meetings; i++)
		if (date_cmp(x->meetings[i].date, until) <= 0)
			x->meetings[k++] = x->meetings[i];
	x->g.n_meetings = k;
	x->g.meetings = x->meetings;
	/* The periods without a follow-up are those ended by the period's end,
	 * or by today while it lasts. */
	as_of = date_cmp(today, until) < 0 ? today : until;
	if (read_decisions(st, x, err) < 0 || read_policies(st, x, err) < 0 ||
	    app_control_plan_read(st, until.y, 0, as_of, whole_year ? (struct date){ 0 } : until, &x->control,
				  err) < 0) {
		data_release(x);
		return -1;
	}
	/* A plan adopted after the period was not adopted within it. */
	if (!whole_year && x->control.meeting_id && date_cmp(x->control.adopted, until) > 0)
		x->control.meeting_id = 0;
	x->g.control = &x->control;
	return 0;
}

static struct doc *governance_doc(struct store *st, struct date until, int whole_year, struct err *err)
{
	struct governance_data x;
	struct association a;
	struct doc *d;
	char title[80], day[11];

	if (app_load_association(st, &a, err) < 0 || governance_read(st, until, whole_year, &x, err) < 0)
		return NULL;
	if (whole_year)
		snprintf(title, sizeof(title), "Styrning och uppföljning %d", until.y);
	else
		snprintf(title, sizeof(title), "Styrning och uppföljning %d-01-01 – %s", until.y,
			 date_format(day, until));
	d = doc_governance(&a, title, &x.g);
	data_release(&x);
	return d;
}

struct doc *app_report_governance(struct store *st, int year, struct err *err)
{
	return governance_doc(st, (struct date){ year, 12, 31 }, 1, err);
}

struct doc *app_report_governance_until(struct store *st, struct date until, struct err *err)
{
	return governance_doc(st, until, until.m == 12 && until.d == 31, err);
}
