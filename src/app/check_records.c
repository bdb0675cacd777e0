/*
 * check_records.c: the checks of finsam's own records that `finsam check`
 * runs after the books' (model/check_records.h): participants who exit
 * against those enrolled, the interim report's opening equity against the
 * books', accounts with an amount that no statement shows, governing
 * documents past the day by which they were to be revised, the board's
 * decisions dated on a day with no recorded board meeting, and board
 * meetings that decided without a quorum. Each is added to the year's
 * check report under a stable id.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/check_records.h"
#include "model/meeting.h"
#include "model/policy.h"
#include "store/store.h"

/* Adds a check of the status with the detail in d (emptied here). */
static void add_as(struct check_report *r, const char *id, const char *title, enum check_status status,
		   struct buf *d)
{
	if (d->len && d->s[d->len - 1] == '\n')
		d->s[--d->len] = '\0';
	check_add(r, id, title, status, d->s);
	buf_reset(d);
}

/* Adds a check whose findings are in d (emptied here). */
static void add(struct check_report *r, const char *id, const char *title, long found, struct buf *d)
{
	add_as(r, id, title, found > 0 ? CHECK_FAILED : CHECK_OK, d);
}

/* ---- participants_exits ---- */

struct names {
	const struct participant *p;
	size_t n_p;
	const struct intervention *iv;
	size_t n_iv;
};

static const char *participant_code(void *ctx, int64_t id)
{
	const struct names *nm = ctx;
	size_t i;

	for (i = 0; i < nm->n_p; i++)
		if (nm->p[i].id == id)
			return nm->p[i].code;
	return NULL;
}

static const char *insats_name(void *ctx, int64_t id)
{
	const struct names *nm = ctx;
	size_t i;

	for (i = 0; i < nm->n_iv; i++)
		if (nm->iv[i].id == id)
			return nm->iv[i].name;
	return NULL;
}

static int check_exits(struct store *st, int year, struct check_report *r, struct buf *d, struct err *err)
{
	static const char title[] = "Inte fler avslutade än inskrivna deltagare";
	struct participant *p = NULL;
	struct enrolment *e = NULL;
	struct intervention *iv = NULL;
	struct names nm;
	struct app_pstats_years ys;
	int64_t *ids = NULL;
	size_t n_p = 0, n_e = 0, n_iv = 0, i;
	long found = 0, listed = 0;
	int rc = -1;

	memset(&ys, 0, sizeof(ys));
	/* The participants' codes are read only when an exit is out of order. */
	if (store_enrolment_list_misordered(st, &e, &n_e, err) < 0 ||
	    (n_e && store_participant_list(st, &p, &n_p, err) < 0) ||
	    store_intervention_list(st, &iv, &n_iv, err) < 0)
		goto out;
	nm = (struct names){ p, n_p, iv, n_iv };
	ids = xcalloc(n_iv ? n_iv : 1, sizeof(*ids));
	for (i = 0; i < n_iv; i++)
		ids[i] = iv[i].id;
	if (app_pstats_years_read(st, &ys, year, year, ids, n_iv, 0, err) < 0)
		goto out;
	if (ys.all[0].all.enrolled.total.n == 0 && ys.all[0].anonymous.total.n == 0) {
		check_add(r, "participants_exits", title, CHECK_SKIPPED, "inga deltagare under året");
		rc = 0;
		goto out;
	}
	found += check_pstats_exits(&ys.all[0], "alla insatser", d, &listed);
	for (i = 0; i < n_iv; i++)
		found += check_pstats_exits(&ys.per[i], iv[i].name, d, &listed);
	found += check_exit_order(e, n_e, year, participant_code, insats_name, &nm, d, &listed);
	if (found > listed)
		buf_addf(d, "%ld fel i allt\n", found);
	add(r, "participants_exits", title, found, d);
	rc = 0;
out:
	app_pstats_years_release(&ys);
	free(ids);
	free(p);
	free(e);
	free(iv);
	return rc;
}

/* ---- interim_opening_equity ---- */

static int check_interim(struct store *st, const struct check_input *in, struct check_report *r, struct buf *d,
			 struct err *err)
{
	static const char title[] = "Delårsrapportens eget kapital vid årets början är bokföringens";
	int year = fiscal_year_label(&in->cur->year);
	struct statements cur, prev;
	struct budget b;
	struct interim im;
	int rc, found;

	rc = store_budget_get(st, year, 0, &b, err);
	if (rc < 0)
		return -1;
	if (rc == STORE_NOT_FOUND) {
		check_add(r, "interim_opening_equity", title, CHECK_SKIPPED,
			  "ingen budget för året, så ingen delårsrapport");
		return 0;
	}
	budget_release(&b);
	if (statements_compute(in->cur, in->map, &cur, err) < 0 ||
	    (in->prev && statements_compute(in->prev, in->map, &prev, err) < 0))
		return -1;
	/* The figures as the interim report at the year's end shows them. */
	if (app_interim_figures(st, in->cur->year.period.end, &im, NULL, err) < 0)
		return -1;
	found = check_interim_equity(year, im.equity, in->prev != NULL, in->prev ? prev.bs.equity : 0, 1,
				     cur.opening_equity, d);
	interim_release(&im);
	add(r, "interim_opening_equity", title, found, d);
	return 0;
}

/* ---- accounts_mapped ---- */

struct chart {
	char (*number)[ACCOUNT_MAX];
	char (*name)[128];
	size_t n, cap, cap2;
};

static int on_account(void *ctx, const struct account *a, struct err *err)
{
	struct chart *c = ctx;

	(void)err;
	c->number = xgrow(c->number, sizeof(*c->number), c->n + 1, &c->cap);
	c->name = xgrow(c->name, sizeof(*c->name), c->n + 1, &c->cap2);
	snprintf(c->number[c->n], sizeof(c->number[c->n]), "%s", a->number);
	snprintf(c->name[c->n], sizeof(c->name[c->n]), "%s", a->name ? a->name : "");
	c->n++;
	return 0;
}

static const char *account_name(void *ctx, const char *number)
{
	const struct chart *c = ctx;
	size_t i;

	for (i = 0; i < c->n; i++)
		if (strcmp(c->number[i], number) == 0)
			return c->name[i];
	return NULL;
}

static int check_mapped(struct store *st, const struct check_input *in, struct check_report *r, struct buf *d,
			struct err *err)
{
	struct unmapped_account *u = NULL;
	struct chart chart = { 0 };
	size_t n = 0, cap = 0;
	int rc = -1;

	/* The statements of the year show the year before beside it. */
	if (check_unmapped_accounts(in->cur, in->map, &u, &n, &cap, err) < 0 ||
	    (in->prev && check_unmapped_accounts(in->prev, in->map, &u, &n, &cap, err) < 0))
		goto out;
	if (n > 0 && store_account_each(st, on_account, &chart, err) < 0)
		goto out;
	check_unmapped_describe(u, n, account_name, &chart, d);
	add(r, "accounts_mapped", "Varje konto med belopp finns i resultat- eller balansräkningen", (long)n, d);
	rc = 0;
out:
	free(u);
	free(chart.number);
	free(chart.name);
	return rc;
}

/* ---- policies_revised ---- */

/* The governing documents as they stood at the end of the checked year,
 * or today while the year lasts: one past its revise-by date is a warning
 * (the documents of the year are not wrong for it). */
static int check_policies(struct store *st, int year, struct check_report *r, struct buf *d, struct err *err)
{
	static const char title[] = "Styrdokumenten är reviderade i tid";
	struct policy *p = NULL;
	struct policy_revision *rev = NULL;
	size_t n = 0, n_rev = 0;
	struct date day = { year, 12, 31 }, today = date_today();
	long found;

	if (store_policy_list(st, &p, &n, err) < 0 || store_policy_revision_list(st, 0, &rev, &n_rev, err) < 0) {
		free(p);
		return -1;
	}
	if (date_cmp(today, day) < 0)
		day = today;
	found = policy_findings(p, n, rev, n_rev, day, d);
	if (n == 0)
		check_add(r, "policies_revised", title, CHECK_SKIPPED, "inga styrdokument är registrerade");
	else
		add_as(r, "policies_revised", title, found ? CHECK_WARNING : CHECK_OK, d);
	free(p);
	free(rev);
	return 0;
}

/* ---- decisions_at_meetings, meetings_quorate ---- */

struct dated {
	struct meeting_dated *d;
	size_t n, cap;
};

static void dated_add(struct dated *l, struct date day, const char *fmt, ...)
{
	va_list ap;

	l->d = xgrow(l->d, sizeof(*l->d), l->n + 1, &l->cap);
	l->d[l->n].day = day;
	va_start(ap, fmt);
	vsnprintf(l->d[l->n].what, sizeof(l->d[l->n].what), fmt, ap);
	va_end(ap);
	l->n++;
}

/* The board's decisions of `year` that a board meeting takes: the funding
 * decisions of the interventions, the adoption of an annual report (the
 * year's close), the decisions on a plan and an interim report, and the
 * adoption and revisions of the governing documents. */
static int board_decisions(struct store *st, int year, const struct decision *fd, size_t n_fd, struct dated *l,
			   struct err *err)
{
	static const struct {
		const char *key, *what;
	} adopted[] = { { "plan", "beslutet om verksamhetsplanen för %d" },
			{ "interim", "beslutet om delårsrapporten för %d" } };
	struct intervention *iv = NULL;
	struct closed_year *cy = NULL;
	struct policy *p = NULL;
	struct policy_revision *rev = NULL;
	size_t n_iv = 0, n_cy = 0, n_p = 0, n_rev = 0, i, k;
	int y, rc = -1;

	if (store_intervention_list(st, &iv, &n_iv, err) < 0 || store_year_closed_list(st, &cy, &n_cy, err) < 0 ||
	    store_policy_list(st, &p, &n_p, err) < 0 || store_policy_revision_list(st, 0, &rev, &n_rev, err) < 0)
		goto out;
	for (i = 0; i < n_fd; i++) {
		char amount[32];

		if (fd[i].meeting.y != year)
			continue;
		money_format(amount, sizeof(amount), fd[i].amount, MONEY_STYLE_KR);
		dated_add(l, fd[i].meeting, "finansieringen av %s, %s kr (beslut %lld)",
			  intervention_name(iv, n_iv, fd[i].intervention_id), amount, (long long)fd[i].id);
	}
	for (i = 0; i < n_cy; i++)
		if (cy[i].adopted.y == year)
			dated_add(l, cy[i].adopted, "fastställelsen av årsredovisningen för %d", cy[i].year);
	/* A plan is decided the year before it, an interim report in its year. */
	for (k = 0; k < sizeof(adopted) / sizeof(adopted[0]); k++)
		for (y = year - 1; y <= year + 1; y++) {
			struct date day;
			int got = store_adoption_get(st, adopted[k].key, y, &day, err);

			if (got < 0)
				goto out;
			if (got == 0 && day.y == year)
				dated_add(l, day, adopted[k].what, y);
		}
	for (i = 0; i < n_p; i++)
		if (p[i].adopted.y == year)
			dated_add(l, p[i].adopted, "antagandet av styrdokumentet %s", p[i].name);
	for (i = 0; i < n_rev; i++) {
		for (k = 0; k < n_p && p[k].id != rev[i].policy_id; k++)
			;
		if (rev[i].date.y == year && k < n_p)
			dated_add(l, rev[i].date, "revideringen av styrdokumentet %s", p[k].name);
	}
	rc = 0;
out:
	free(iv);
	free(cy);
	free(p);
	free(rev);
	return rc;
}

/* Whether the board meetings of `year` that took decisions (their own, or
 * funding decisions dated their day) had a quorum. */
static int quorum_findings(struct store *st, int year, const struct meeting *m, size_t n, const struct decision *fd,
			   size_t n_fd, long *found, struct buf *d, struct err *err)
{
	struct board_member *b = NULL;
	size_t n_b = 0, i, j;
	int rc = -1;

	if (store_board_list(st, year, &b, &n_b, err) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		struct meeting_attendee *att = NULL;
		struct meeting_decision *own = NULL;
		struct meeting_quorum q;
		size_t n_att = 0, n_dec = 0;

		if (m[i].body != BODY_BOARD || m[i].date.y != year)
			continue;
		if (store_meeting_decisions(st, m[i].id, &own, &n_dec, err) < 0 ||
		    store_meeting_attendees(st, m[i].id, &att, &n_att, err) < 0) {
			free(own);
			goto out;
		}
		free(own);
		for (j = 0; j < n_fd; j++)
			if (date_cmp(fd[j].meeting, m[i].date) == 0)
				n_dec++;
		meeting_quorum(b, n_b, att, n_att, &q);
		*found += meeting_quorum_finding(&m[i], n_dec, &q, d);
		free(att);
	}
	rc = 0;
out:
	free(b);
	return rc;
}

/* The findings start with the first year a board meeting is recorded: a
 * database kept before meetings were recorded has none for its earlier
 * years. Both are warnings: the records may only lack the meeting. */
static int check_meetings(struct store *st, int year, struct check_report *r, struct buf *d, struct err *err)
{
	static const char t_held[] = "Styrelsens beslut är fattade på sammanträden";
	static const char t_quorum[] = "Styrelsen var beslutsför när den fattade beslut";
	struct meeting *m = NULL;
	struct decision *fd = NULL;
	struct dated l = { 0 };
	size_t n = 0, n_fd = 0, i;
	int first = 0, rc = -1;
	long found = 0;

	if (store_meeting_list(st, 0, &m, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (m[i].body == BODY_BOARD && (!first || m[i].date.y < first))
			first = m[i].date.y;
	if (!first || year < first) {
		char why[160];

		if (first)
			snprintf(why, sizeof(why), "styrelsens sammanträden är registrerade först från %d", first);
		else
			snprintf(why, sizeof(why), "inga styrelsesammanträden är registrerade");
		check_add(r, "decisions_at_meetings", t_held, CHECK_SKIPPED, why);
		check_add(r, "meetings_quorate", t_quorum, CHECK_SKIPPED, why);
		free(m);
		return 0;
	}
	if (store_decision_list(st, &fd, &n_fd, err) < 0 || board_decisions(st, year, fd, n_fd, &l, err) < 0)
		goto out;
	found = meeting_unheld_findings(l.d, l.n, m, n, d);
	add_as(r, "decisions_at_meetings", t_held, found ? CHECK_WARNING : CHECK_OK, d);
	found = 0;
	if (quorum_findings(st, year, m, n, fd, n_fd, &found, d, err) < 0)
		goto out;
	add_as(r, "meetings_quorate", t_quorum, found ? CHECK_WARNING : CHECK_OK, d);
	rc = 0;
out:
	free(m);
	free(fd);
	free(l.d);
	return rc;
}

/* ---- control_followed_up, control_plan_adopted ---- */

/* The internal control plan of the checked year, as of its end or today
 * while it lasts: each period of an action ended without a follow-up is
 * a warning, and so is a plan not adopted at a meeting. Skipped when the
 * year has no plan (no risks, no adoption). */
static int check_control(struct store *st, int year, struct check_report *r, struct buf *d, struct err *err)
{
	static const char followed[] = "Kontrollmomenten i internkontrollplanen är uppföljda";
	static const char adopted[] = "Internkontrollplanen är antagen";
	struct risk *risks = NULL;
	struct control_action *a = NULL;
	struct control_followup *f = NULL;
	size_t n_r = 0, n_a = 0, n_f = 0;
	struct date day = { year, 12, 31 }, today = date_today();
	int64_t meeting = 0;
	long found;
	int rc = -1, plan;

	if (store_risk_list(st, year, &risks, &n_r, err) < 0 ||
	    store_control_action_list(st, year, 0, &a, &n_a, err) < 0 ||
	    store_control_followup_list(st, year, 0, &f, &n_f, err) < 0)
		goto out;
	plan = store_control_plan_get(st, year, &meeting, err);
	if (plan < 0)
		goto out;
	if (n_r == 0 && plan == STORE_NOT_FOUND) {
		check_add(r, "control_plan_adopted", adopted, CHECK_SKIPPED, "ingen internkontrollplan är registrerad "
										 "för året");
		check_add(r, "control_followed_up", followed, CHECK_SKIPPED, "ingen internkontrollplan är registrerad "
									       "för året");
		rc = 0;
		goto out;
	}
	if (meeting)
		check_add(r, "control_plan_adopted", adopted, CHECK_OK, "");
	else
		check_add(r, "control_plan_adopted", adopted, CHECK_WARNING,
			  "internkontrollplanen för året är inte antagen vid något sammanträde; registrera "
			  "antagandet med 'finsam control adopt --year ÅR --meeting ID'");
	/* A period ending on the day checked has not ended: the day after. */
	if (date_cmp(today, day) < 0)
		day = today;
	else
		day = date_add_days(day, 1);
	found = control_findings(year, a, n_a, f, n_f, day, d);
	add_as(r, "control_followed_up", followed, found ? CHECK_WARNING : CHECK_OK, d);
	rc = 0;
out:
	free(risks);
	free(a);
	free(f);
	return rc;
}

int app_check_records(struct store *st, const struct check_input *in, struct check_report *r, struct err *err)
{
	struct buf d;
	int rc = -1;

	buf_init(&d);
	if (check_mapped(st, in, r, &d, err) < 0 || check_interim(st, in, r, &d, err) < 0 ||
	    check_exits(st, fiscal_year_label(&in->cur->year), r, &d, err) < 0 ||
	    check_policies(st, fiscal_year_label(&in->cur->year), r, &d, err) < 0 ||
	    check_meetings(st, fiscal_year_label(&in->cur->year), r, &d, err) < 0 ||
	    check_control(st, fiscal_year_label(&in->cur->year), r, &d, err) < 0)
		goto out;
	rc = 0;
out:
	buf_release(&d);
	return rc;
}
