/*
 * history.c: earlier years' key figures and the staff, declared and read
 * from text.
 */
#include <ctype.h>
#include <stdio.h>
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
