/*
 * gen_participants.c: writes a synthetic participant list (the CSV of
 * `finsam import participants`) for the benchmarks: N participants
 * (default 1 000 000) with 1 500 000 enrolments in ten interventions named
 * "Insats 1" ... "Insats 10", over 2021–2025. Deterministic.
 *
 * Usage: gen_participants [N] > list.csv
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static uint64_t rng = 0x2545F4914F6CDD1DULL;

static unsigned next(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

int main(int argc, char **argv)
{
	static const char *const edu[] = { "förgymnasial", "gymnasial", "eftergymnasial", "okänd" };
	static const char *const sup[] = { "försörjningsstöd", "sjukpenning", "aktivitetsersättning",
					   "ingen offentlig försörjning", "lön", "okänd" };
	static const char *const tim[] = { "ingen", "under 1 år", "1-2 år", "2-5 år", "över 5 år" };
	static const char *const why[] = { "arbete", "studier", "arbete och studier", "annan insats",
					   "avbrutit", "övrigt" };
	long n = argc > 1 ? strtol(argv[1], NULL, 10) : 1000000, i;

	if (n <= 0) {
		fprintf(stderr, "gen_participants: N must be a positive number\n");
		return 2;
	}
	printf("deltagare;insats;kön;födelseår;utbildning;inskriven;försörjning före;tid i försörjning;"
	       "avslutad;avslutsorsak;försörjning efter\n");
	for (i = 0; i < n; i++) {
		int times = 1 + (i % 2 == 0), k;   /* every other person twice: 1,5 per person */
		const char *sex = next(2) ? "kvinna" : "man";
		int born = 1960 + (int)next(45);
		const char *e = edu[next(4)];

		for (k = 0; k < times; k++) {
			int y = 2021 + (int)next(5), m = 1 + (int)next(12), d = 1 + (int)next(28);

			printf("P%07ld;Insats %u;%s;%d;%s;%d-%02d-%02d;%s;%s;", i, 1 + next(10), sex, born, e, y, m,
			       d, sup[next(6)], tim[next(5)]);
			if (next(2) && y < 2025)
				printf("%d-%02d-%02d;%s;%s\n", y + 1, m, d, why[next(6)], sup[next(6)]);
			else
				printf(";;\n");
		}
	}
	return ferror(stdout) ? 1 : 0;
}
