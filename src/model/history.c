/*
 * history.c: earlier years' key figures and the staff, declared and read
 * from text.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/err.h"
#include "base/money.h"
#include "model/history.h"

const struct history_field_decl history_fields[HIST__MAX] = {
	[HIST_REVENUE] = { "revenue", "Verksamhetens intäkter", 1 },
	[HIST_COSTS] = { "costs", "Verksamhetens kostnader", 1 },
	[HIST_RESULT] = { "result", "Årets resultat", 1 },
	[HIST_EQUITY] = { "equity", "Eget kapital", 1 },
	[HIST_WOMEN] = { "women", "Deltagare, kvinnor", 0 },
	[HIST_MEN] = { "men", "Deltagare, män", 0 },
	[HIST_EMPLOYEES] = { "employees", "Anställda", 0 },
};

enum history_field history_field_by_key(const char *key)
{
	int f;

	for (f = 0; f < HIST__MAX; f++)
		if (strcmp(history_fields[f].key, key) == 0)
			return (enum history_field)f;
	return HIST__MAX;
}

/* A count: digits only, at most a million. */
static int count_parse(const char *s, int64_t *out)
{
	int64_t v = 0;

	if (!*s)
		return -1;
	for (; *s; s++) {
		if (!isdigit((unsigned char)*s))
			return -1;
		v = v * 10 + (*s - '0');
		if (v > 1000000)
			return -1;
	}
	*out = v;
	return 0;
}

int history_field_parse(struct history_year *h, enum history_field f, const char *text, struct err *err)
{
	int64_t v;

	if (f >= HIST__MAX)
		return err_set(err, "okänt nyckeltal");
	if (!*text) {
		h->known &= ~(1u << f);
		h->v[f] = 0;
		return 0;
	}
	if (history_fields[f].money) {
		if (money_parse(text, &v, err) < 0)
			return err_prefix(err, "%s", history_fields[f].label);
	} else if (count_parse(text, &v) < 0) {
		return err_set(err, "%s: '%s' är inte ett antal (skriv siffror, t.ex. 42)", history_fields[f].label, text);
	}
	h->v[f] = v;
	h->known |= 1u << f;
	return 0;
}

int hundredths_parse(const char *s, int64_t max_hundredths, const char *what, int64_t *out, struct err *err)
{
	int64_t whole = 0, frac = 0;
	int digits = 0, decimals = 0;
	const char *p = s;

	for (; isdigit((unsigned char)*p); p++, digits++) {
		whole = whole * 10 + (*p - '0');
		if (whole > max_hundredths)
			break;
	}
	if (*p == ',' || *p == '.') {
		for (p++; isdigit((unsigned char)*p) && decimals < 3; p++, decimals++)
			frac = frac * 10 + (*p - '0');
	}
	if (!digits || *p || decimals > 2 || whole * 100 > max_hundredths)
		return err_set(err, "%s: kan inte tolka '%s' (skriv ett tal med högst två decimaler, t.ex. 1,5)",
			       what, s);
	if (decimals == 1)
		frac *= 10;
	*out = whole * 100 + frac;
	if (*out > max_hundredths)
		return err_set(err, "%s: '%s' är för stort", what, s);
	return 0;
}

const char *hundredths_format(char *buf, size_t n, int64_t v)
{
	int64_t whole = v / 100, frac = v % 100;

	if (v < 0)
		whole = -whole, frac = -frac;
	if (frac == 0)
		snprintf(buf, n, "%s%lld", v < 0 ? "-" : "", (long long)whole);
	else if (frac % 10 == 0)
		snprintf(buf, n, "%s%lld,%lld", v < 0 ? "-" : "", (long long)whole, (long long)(frac / 10));
	else
		snprintf(buf, n, "%s%lld,%02lld", v < 0 ? "-" : "", (long long)whole, (long long)frac);
	return buf;
}

void overview_empty(int year, struct overview_entry *out)
{
	memset(out, 0, sizeof(*out));
	out->f.year = year;
	out->source = OVERVIEW_NONE;
}

void overview_from_books(const struct statements *s, struct overview_entry *out)
{
	overview_empty(s->year, out);
	statements_overview(s, &out->f);
	out->source = OVERVIEW_BOOKS;
	out->known = OVK_STATEMENTS;
}

void overview_from_history(const struct history_year *h, struct overview_entry *out)
{
	static const struct {
		enum history_field field;
		size_t at;
		unsigned bit;
	} figures[] = {
		{ HIST_REVENUE, offsetof(struct overview_entry, f.revenue), OVK_REVENUE },
		{ HIST_COSTS, offsetof(struct overview_entry, f.expenses), OVK_EXPENSES },
		{ HIST_RESULT, offsetof(struct overview_entry, f.result), OVK_RESULT },
		{ HIST_EQUITY, offsetof(struct overview_entry, f.equity), OVK_EQUITY },
		{ HIST_EMPLOYEES, offsetof(struct overview_entry, employees), OVK_EMPLOYEES },
	};
	size_t i;

	overview_empty(h->year, out);
	out->source = OVERVIEW_HISTORY;
	for (i = 0; i < sizeof(figures) / sizeof(figures[0]); i++) {
		if (!(h->known & (1u << figures[i].field)))
			continue;
		memcpy((char *)out + figures[i].at, &h->v[figures[i].field], sizeof(int64_t));
		out->known |= figures[i].bit;
	}
	if ((h->known & (1u << HIST_WOMEN)) && (h->known & (1u << HIST_MEN))) {
		out->women.n = h->v[HIST_WOMEN];
		out->men.n = h->v[HIST_MEN];
		out->known |= OVK_PEOPLE;
	}
}

int overview_known(const struct overview_entry *e, size_t offset)
{
	static const struct {
		size_t at;
		unsigned bits;
	} needs[] = {
		{ offsetof(struct overview_entry, f.revenue), OVK_STATEMENTS | OVK_REVENUE },
		{ offsetof(struct overview_entry, f.expenses), OVK_STATEMENTS | OVK_EXPENSES },
		{ offsetof(struct overview_entry, f.result), OVK_STATEMENTS | OVK_RESULT },
		{ offsetof(struct overview_entry, f.equity), OVK_STATEMENTS | OVK_EQUITY },
		{ offsetof(struct overview_entry, f.financial_net), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.result_after_financial), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.appropriations), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.solidity), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.rule.grant), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.rule.ratio), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, f.rule.basis), OVK_STATEMENTS },
		{ offsetof(struct overview_entry, women), OVK_PEOPLE },
		{ offsetof(struct overview_entry, men), OVK_PEOPLE },
		{ offsetof(struct overview_entry, employees), OVK_EMPLOYEES },
	};
	size_t i;

	for (i = 0; i < sizeof(needs) / sizeof(needs[0]); i++)
		if (needs[i].at == offset)
			return (e->known & needs[i].bits) != 0;
	return 1;
}

static int by_id(const void *a, const void *b)
{
	const struct person_sex *x = a, *y = b;

	return x->id < y->id ? -1 : x->id > y->id;
}

void overview_people(struct overview_entry *e, struct person_sex *p, size_t n, const struct psex *anon)
{
	size_t i;

	e->women.n = e->men.n = 0;
	if (n)
		qsort(p, n, sizeof(*p), by_id);
	for (i = 0; i < n; i++) {
		if (i && p[i].id == p[i - 1].id)
			continue;
		if (p[i].woman)
			e->women.n++;
		else
			e->men.n++;
	}
	if (anon) {
		e->women.n += anon->women.n;
		e->men.n += anon->men.n;
	}
	e->known |= OVK_PEOPLE;
}

void overview_protect(struct overview_entry *e, int threshold)
{
	struct pcell *c[2] = { &e->women, &e->men };
	size_t i;

	for (i = 0; i < 2; i++)
		c[i]->mark = c[i]->n > 0 && c[i]->n < threshold ? CELL_SMALL : CELL_SHOWN;
}
