/*
 * fuzz_parse.c: libFuzzer target for the parsers of base/: amounts (as
 * users and as SIE write them), dates, personnummer and organisation
 * numbers. Any text gives a value or a clean error; a value read is
 * written again and must read back the same.
 */
#include <stdio.h>

#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/orgnr.h"
#include "base/pnr.h"
#include "fuzz_util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct err err;
	char *buf, *s[1];
	char out[64], org[12];
	int64_t ore, again;
	struct date d, d2;
	struct pnr p;
	const struct date today = { 2026, 6, 15 };

	if (fuzz_split(data, size, '\0', s, 1, &buf) == 0)
		return 0;
	if (money_parse(s[0], &ore, &err) == 0) {
		money_format(out, sizeof(out), ore, MONEY_STYLE_KR_ORE);
		money_format(out, sizeof(out), ore, MONEY_STYLE_KR);
		money_format(out, sizeof(out), ore, MONEY_STYLE_TKR);
		money_round(ore, MONEY_TKR);
		percent_format(out, sizeof(out), ore, 1000);
	}
	if (money_parse_sie(s[0], &ore, &err) == 0) {
		money_format(out, sizeof(out), ore, MONEY_STYLE_SIE);
		if (money_parse_sie(out, &again, &err) != 0 || again != ore)
			abort();
	}
	if (date_parse(s[0], &d, &err) == 0) {
		date_format(out, d);
		if (date_parse(out, &d2, &err) != 0 || date_cmp(d, d2) != 0)
			abort();
		if (date_cmp(date_from_days(date_to_days(d)), d) != 0)
			abort();
	}
	if (pnr_parse(s[0], today, &p, &err) == 0 && !date_valid(p.birth.y, p.birth.m, p.birth.d))
		abort();
	pnr_mask(out, sizeof(out), s[0]);
	if (orgnr_parse(s[0], org, &err) == 0) {
		char org2[12];

		if (orgnr_parse(org, org2, &err) != 0 || strcmp(org, org2) != 0)
			abort();
	}
	free(buf);
	return 0;
}
