/*
 * gen_sie.c: writes one synthetic fiscal year as an SIE 4E file for the
 * benchmarks: N verifications (default 1 000 000) of two or four
 * transactions each (three on average), with opening balances, closing
 * balances and results that agree with the transactions, so `finsam check`
 * passes on it. Deterministic: the same N gives the same file.
 *
 * Usage: gen_sie [N] [--year Y] [--from F] [--orgnr NNNNNN-NNNN] > year.se
 *
 * --year makes the fiscal year Y (default 2024); --from F (default Y) makes
 * its opening balances the closing ones of the year before, as if the books
 * had begun in F with the same opening balances and every year from F on
 * had been made by gen_sie with the same N, so a series of years passes the
 * check of last year's closing balances against this year's opening ones.
 * --orgnr gives the organisation number (default 222000-3129). Without
 * options the output is that of the first version, byte for byte.
 */
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const accounts[] = {
	"1510", "1930", "2440", "2710", "2990", "3010", "3020", "3030",
	"4010", "5800", "5810", "6110", "6420", "6550", "6990", "7240",
	"7510", "8310",
};
enum { A1510, A1930, A2440, A2710, A2990, A3010, A3020, A3030, A4010, A5800,
       A5810, A6110, A6420, A6550, A6990, A7240, A7510, A8310, NACC };

static int64_t sums[NACC];
static uint64_t rng;

static uint64_t next(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void amount(char *buf, size_t n, int64_t ore)
{
	int64_t a = ore < 0 ? -ore : ore;

	snprintf(buf, n, "%s%" PRId64 ".%02" PRId64, ore < 0 ? "-" : "", a / 100, a % 100);
}

/* One transaction: accumulated in pass 1, written in pass 2. */
static void trans(FILE *out, int acc, int64_t ore, int object)
{
	char a[32];

	if (!out) {
		sums[acc] += ore;
		return;
	}
	amount(a, sizeof(a), ore);
	if (object)
		fprintf(out, "   #TRANS %s {6 \"%d\"} %s\r\n", accounts[acc], object, a);
	else
		fprintf(out, "   #TRANS %s {} %s\r\n", accounts[acc], a);
}

static void verifications(FILE *out, long n, int year)
{
	static const int costs[] = { A4010, A5800, A5810, A6110, A6420, A6550, A6990, A7240 };
	long i;

	/* Each year its own sequence; 2024's is that of the first version. */
	rng = 0x9E3779B97F4A7C15ULL ^ ((uint64_t)(year - 2024) * 0xD1B54A32D192ED03ULL);
	for (i = 1; i <= n; i++) {
		int month = (int)(i * 12 / (n + 1)) + 1, day = (int)(next() % 28) + 1;
		int64_t x = (int64_t)(next() % 5000000) + 100;
		int kind = (int)(next() % 4);

		if (out)
			fprintf(out, "#VER A %ld %d%02d%02d \"Verifikation %ld\"\r\n{\r\n", i, year, month, day,
				i);
		switch (kind) {
		case 0:   /* a grant comes in */
			trans(out, A1930, x, 0);
			trans(out, A3010 + (int)(i % 3), -x, 0);
			break;
		case 1: { /* an invoice with VAT-free cost split on two lines */
			int64_t part = x / 3;
			int c1 = costs[next() % 8], c2 = costs[next() % 8];

			trans(out, c1, part, c1 == A4010 ? (int)(i % 50) + 1 : 0);
			trans(out, c2, x - part, c2 == A4010 ? (int)(i % 50) + 1 : 0);
			trans(out, A2440, -x, 0);
			trans(out, A2990, 0, 0);
			break;
		}
		case 2:   /* an invoice is paid */
			trans(out, A2440, x, 0);
			trans(out, A1930, -x, 0);
			break;
		default: { /* board fees with tax withheld */
			int64_t tax = x * 3 / 10;

			trans(out, A7240, x, 0);
			trans(out, A1930, -(x - tax), 0);
			trans(out, A2710, -tax, 0);
			trans(out, A7510, 0, 0);
			break;
		}
		}
		if (out)
			fputs("}\r\n", out);
	}
}

static int usage(void)
{
	fprintf(stderr, "usage: gen_sie [N] [--year Y] [--from F] [--orgnr NNNNNN-NNNN]\n");
	return 2;
}

int main(int argc, char **argv)
{
	long n = 1000000;
	int year = 2024, from = 0, y, i;
	const char *orgnr = "222000-3129";
	int64_t ib[NACC] = { [A1930] = 500000000, [A2440] = -200000000, [A2990] = -50000000 };
	int64_t equity_ib = 0;
	char a[32];
	int k;

	for (i = 1; i < argc; i++) {
		if (strcmp(argv[i], "--year") == 0 && i + 1 < argc)
			year = (int)strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--from") == 0 && i + 1 < argc)
			from = (int)strtol(argv[++i], NULL, 10);
		else if (strcmp(argv[i], "--orgnr") == 0 && i + 1 < argc)
			orgnr = argv[++i];
		else if (argv[i][0] != '-')
			n = strtol(argv[i], NULL, 10);
		else
			return usage();
	}
	if (!from)
		from = year;
	if (n <= 0) {
		fprintf(stderr, "gen_sie: N must be a positive number\n");
		return 2;
	}
	if (year < 1900 || year > 9998 || from < 1900 || from > year) {
		fprintf(stderr, "gen_sie: the year must be 1900-9998 and --from no later than it\n");
		return 2;
	}
	/* The years before this one carry their balances into it. */
	for (y = from; y < year; y++) {
		memset(sums, 0, sizeof(sums));
		verifications(NULL, n, y);
		for (k = 0; k < A3010; k++)
			ib[k] += sums[k];
	}
	memset(sums, 0, sizeof(sums));
	verifications(NULL, n, year);
	for (k = 0; k < NACC; k++)
		equity_ib -= ib[k];

	printf("#FLAGGA 0\r\n#FORMAT PC8\r\n#SIETYP 4\r\n#PROGRAM \"gen_sie\" 1\r\n"
	       "#GEN %d0210\r\n#ORGNR %s\r\n#FNAMN \"Samordningsf\x94rbundet Prestanda\"\r\n"
	       "#RAR 0 %d0101 %d1231\r\n#KPTYP BAS2014\r\n", year + 1, orgnr, year, year);
	for (k = 0; k < NACC; k++)
		printf("#KONTO %s \"Konto %s\"\r\n", accounts[k], accounts[k]);
	printf("#KONTO 2010 \"Eget kapital\"\r\n#DIM 6 \"Projekt\"\r\n");
	for (k = 1; k <= 50; k++)
		printf("#OBJEKT 6 \"%d\" \"Insats %d\"\r\n", k, k);
	for (k = 0; k < A3010; k++) {
		if (ib[k]) {
			amount(a, sizeof(a), ib[k]);
			printf("#IB 0 %s %s\r\n", accounts[k], a);
		}
	}
	amount(a, sizeof(a), equity_ib);
	printf("#IB 0 2010 %s\r\n", a);
	for (k = 0; k < A3010; k++) {
		amount(a, sizeof(a), ib[k] + sums[k]);
		printf("#UB 0 %s %s\r\n", accounts[k], a);
	}
	/* The result is not booked: equity's closing balance is its opening one. */
	amount(a, sizeof(a), equity_ib);
	printf("#UB 0 2010 %s\r\n", a);
	for (k = A3010; k < NACC; k++) {
		amount(a, sizeof(a), sums[k]);
		printf("#RES 0 %s %s\r\n", accounts[k], a);
	}
	verifications(stdout, n, year);
	return ferror(stdout) ? 1 : 0;
}
