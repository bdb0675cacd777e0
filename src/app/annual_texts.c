/*
 * annual_texts.c: the texts the published documents show where the users
 * have written none: each states the figures of its section from the
 * records (next year's budget, the staff, the result against the equity
 * rule, the board's decisions after the balance date, the interim
 * period's costs and forecast), or the wording the documents usually have
 * (the accounting principles, the board's attestation). A user's own text
 * of the section always replaces it (finsam text set).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "app/app_int.h"
#include "base/buf.h"
#include "base/err.h"
#include "base/money.h"
#include "base/xmalloc.h"
#include "model/notes.h"
#include "store/store.h"

static const char *kr(char *buf, size_t n, int64_t ore)
{
	return money_format(buf, n, ore, MONEY_STYLE_KR);
}

/* "12,5 %" of num / den, one decimal. */
static const char *percent(char *buf, size_t n, int64_t num, int64_t den)
{
	int64_t tenths = den ? (num * 1000 + (num >= 0 ? den / 2 : -den / 2)) / den : 0;

	/* a no-break space keeps the sign with its figure when lines wrap */
	snprintf(buf, n, "%lld,%lld\u00a0%%", (long long)(tenths / 10), (long long)llabs(tenths % 10));
	return buf;
}

/* Förväntad utveckling: next year's budget and the interventions that go
 * on into it. */
static int expected_development(struct store *st, int year, struct buf *b, struct err *err)
{
	struct budget bud;
	struct budget_totals t;
	struct intervention *iv = NULL;
	size_t n = 0, i, going = 0;
	char a[32], c[32], e[32];
	int rc = store_budget_get(st, year + 1, 0, &bud, err);

	if (rc < 0)
		return -1;
	if (rc == 0) {
		rc = budget_totals(&bud, &t, err);
		budget_release(&bud);
		if (rc < 0)
			return -1;
		buf_addf(b, "För %d har förbundet en budget med driftbidrag från medlemmarna på %s kr och kostnader på "
			 "%s kr. Det egna kapitalet beräknas till %s kr vid årets slut.",
			 year + 1, kr(a, sizeof(a), t.grant), kr(c, sizeof(c), -t.cost_total),
			 kr(e, sizeof(e), t.forecast_equity));
	} else {
		buf_addf(b, "Förbundsstyrelsen har ännu inte beslutat om en budget för %d.", year + 1);
	}
	if (store_intervention_list(st, &iv, &n, err) < 0)
		return -1;
	for (i = 0; i < n; i++) {
		/* begun by the year's end, and going on after it */
		if ((date_is_set(iv[i].start) && iv[i].start.y > year) || (date_is_set(iv[i].end) && iv[i].end.y <= year))
			continue;
		buf_addf(b, "%s%s", going++ ? ", " : " Insatser som fortsätter under året: ", iv[i].name);
	}
	if (going)
		buf_adds(b, ".");
	free(iv);
	return 0;
}

/* Väsentliga personalförhållanden: the staff of the year and the
 * personnel costs. */
static int staff(struct store *st, int year, struct buf *b, struct err *err)
{
	struct staff_year s;
	char p[32], f[32], sl[32];
	int rc = app_staff_get(st, year, &s, err);

	if (rc < 0)
		return -1;
	if (rc == 0 && s.employees > 0) {
		buf_addf(b, "Förbundet har %lld %s på sammanlagt %s %s.", (long long)s.employees,
			 s.employees == 1 ? "anställd" : "anställda", hundredths_format(p, sizeof(p), s.own_posts),
			 s.own_posts == 100 ? "tjänst" : "tjänster");
		if (s.has_sick_leave)
			buf_addf(b, " Sjukfrånvaron var %s %% av arbetstiden.",
				 hundredths_format(sl, sizeof(sl), s.sick_leave));
		else
			buf_adds(b, " Sjukfrånvaron redovisas inte för så få anställda.");
	} else {
		buf_adds(b, "Förbundet har ingen egen personal.");
	}
	if (rc == 0 && s.funded_posts > 0)
		buf_addf(b, " I insatserna finansierar förbundet %s %s hos medlemmarna.",
			 hundredths_format(f, sizeof(f), s.funded_posts), s.funded_posts == 100 ? "tjänst" : "tjänster");
	if (rc == 0 && *s.note)
		buf_addf(b, " %s", s.note);
	return 0;
}

/* Balanskravet: the result, and the equity against the members' rule. */
static int balance(struct store *st, int year, struct buf *b, struct err *err)
{
	struct statements cur, prev;
	char r[32], e[32], pc[32];
	int has_prev;

	if (app_statements(st, year, &cur, &prev, &has_prev, err) < 0)
		return -1;
	buf_addf(b, "Årets resultat är %s kr. Kommunallagens balanskrav gäller kommuner och regioner; förbundet, som "
		 "finansieras av medlemmarnas driftbidrag, följer i stället riktlinjen att det egna kapitalet vid "
		 "årets slut ska vara högst %d\u00a0%% av driftbidraget.", kr(r, sizeof(r), cur.is.result),
		 EQUITY_TO_GRANT_GOAL_PERCENT);
	if (cur.equity_rule.defined)
		buf_addf(b, " Det egna kapitalet är %s kr, %s av driftbidraget, vilket är %s riktlinjen.",
			 kr(e, sizeof(e), cur.bs.equity), percent(pc, sizeof(pc), cur.bs.equity, cur.equity_rule.grant),
			 cur.equity_rule.within ? "inom" : "över");
	else
		buf_addf(b, " Det egna kapitalet är %s kr.", kr(e, sizeof(e), cur.bs.equity));
	return 0;
}

/* Händelser efter balansdagen: the board's funding decisions after it. */
static int events_after(struct store *st, int year, struct buf *b, struct err *err)
{
	struct decision *d = NULL;
	struct intervention *iv = NULL;
	size_t n = 0, n_iv = 0, i, j, said = 0;
	struct date end = { year, 12, 31 }, today = date_today();
	char a[32], ds[11];

	if (store_decision_list(st, &d, &n, err) < 0)
		return -1;
	if (store_intervention_list(st, &iv, &n_iv, err) < 0) {
		free(d);
		return -1;
	}
	for (i = 0; i < n; i++) {
		const char *name = "";

		if (date_cmp(d[i].meeting, end) <= 0 || date_cmp(d[i].meeting, today) > 0)
			continue;
		for (j = 0; j < n_iv; j++)
			if (iv[j].id == d[i].intervention_id)
				name = iv[j].name;
		buf_addf(b, "%s%s beslutade förbundsstyrelsen att finansiera %s med %s kr.",
			 said++ ? " " : "", date_format(ds, d[i].meeting), name, kr(a, sizeof(a), d[i].amount));
	}
	if (!said)
		buf_adds(b, "Inga händelser av väsentlig betydelse har inträffat efter balansdagen.");
	free(d);
	free(iv);
	return 0;
}

static int accounting_principles(struct store *st, int year, struct buf *b, struct err *err)
{
	(void)st;
	(void)year;
	(void)err;
	buf_adds(b, "Årsredovisningen är upprättad enligt lagen (2018:597) om kommunal bokföring och redovisning "
		    "och i tillämpliga delar enligt rekommendationerna från Rådet för kommunal redovisning (RKR), "
		    "bland andra R2 Intäkter, R10 Avsättningar och ansvarsförbindelser, R13 Kassaflödesanalys, "
		    "R14 Drift- och investeringsredovisning och R15 Förvaltningsberättelse. Vissa anpassningar har "
		    "gjorts till förbundets verksamhet.\n\n"
		    "Medlemmarnas driftbidrag redovisas som intäkt det år de avser. Bidrag till insatser redovisas "
		    "som kostnad när insatsen har utfört det som finansieras. Belopp anges i kronor om inget annat "
		    "sägs.");
	return 0;
}

static int attestation(struct store *st, int year, struct buf *b, struct err *err)
{
	(void)st;
	(void)year;
	(void)err;
	buf_adds(b, "Vi intygar att årsredovisningen ger en rättvisande bild av verksamhetens resultat samt "
		    "kostnader, intäkter och förbundets ekonomiska ställning.");
	return 0;
}

/* Uppföljning och utvärdering (the plan): how the goals are followed. */
static int follow_up(struct store *st, int year, struct buf *b, struct err *err)
{
	struct goals_data g;
	size_t i, measured = 0;

	if (app_goals_load(st, year, NULL, &g, err) < 0)
		return -1;
	for (i = 0; i < g.n_results; i++)
		measured += g.results[i].indicator != IND_NONE;
	buf_addf(b, "Målen följs upp i delårsrapporten per den 31 augusti och i årsredovisningen för %d. ", year);
	if (g.n_results)
		buf_addf(b, "Av planens %zu resultatmål mäts %zu med en indikator som räknas ut ur förbundets "
			 "register och bokföring; de andra bedöms av styrelsen. ", g.n_results, measured);
	buf_adds(b, "Insatsernas deltagare följs upp när de skrivs in och när de avslutas, och insatserna "
		    "redovisar resultat och lärdomar till styrelsen.");
	app_goals_release(&g);
	return 0;
}

int app_default_text(struct store *st, const char *section, int year, char **out, struct err *err)
{
	static const struct {
		const char *section;
		int (*fn)(struct store *st, int year, struct buf *b, struct err *err);
	} defaults[] = {
		{ "expected_development", expected_development },
		{ "staff", staff },
		{ "balance_requirement", balance },
		{ "events_after", events_after },
		{ "accounting_principles", accounting_principles },
		{ "attestation", attestation },
		{ "follow_up", follow_up },
	};
	struct buf b;
	size_t i;

	*out = NULL;
	for (i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		if (strcmp(defaults[i].section, section) != 0)
			continue;
		buf_init(&b);
		if (defaults[i].fn(st, year, &b, err) < 0) {
			buf_release(&b);
			return -1;
		}
		*out = b.len ? b.s : xstrdup("");
		return 1;
	}
	return 0;
}

int app_interim_economy_text(struct store *st, struct date until, int64_t unit, char **out, struct err *err)
{
	struct interim in;
	struct buf b;
	char ds[11], booked[32], budget[32], forecast[32], equity[32], pc[32], pg[32];
	enum money_style style = unit == MONEY_TKR ? MONEY_STYLE_TKR : MONEY_STYLE_KR;
	const char *u = unit == MONEY_TKR ? "tkr" : "kr";
	int version;

	*out = NULL;
	if (app_interim_figures(st, until, &in, &version, err) < 0)
		return -1;
	/* The shares are the exact figures', the same in either unit; the
	 * amounts those of the table. */
	percent(pc, sizeof(pc), in.cost_total.booked, in.cost_total.budget);
	percent(pg, sizeof(pg), in.forecast_equity, in.grant);
	if (unit == MONEY_TKR)
		interim_round(&in, unit);
	buf_init(&b);
	/* the table shows costs negative; the sentence says how large they are */
	buf_addf(&b, "Till och med %s har förbundet bokfört kostnader på %s %s", date_format(ds, until),
		 money_format(booked, sizeof(booked), -in.cost_total.booked, style), u);
	if (in.cost_total.budget)
		buf_addf(&b, ", %s av årets budgeterade kostnader på %s %s", pc,
			 money_format(budget, sizeof(budget), -in.cost_total.budget, style), u);
	buf_addf(&b, ". Prognosen för helåret är kostnader på %s %s och ett eget kapital på %s %s vid årets slut",
		 money_format(forecast, sizeof(forecast), -in.cost_total.forecast, style), u,
		 money_format(equity, sizeof(equity), in.forecast_equity, style), u);
	if (in.grant > 0)
		buf_addf(&b, ", %s av driftbidraget (målet är högst %d\u00a0%%)", pg, EQUITY_TO_GRANT_GOAL_PERCENT);
	buf_adds(&b, ".");
	interim_release(&in);
	*out = b.s;
	return 0;
}
