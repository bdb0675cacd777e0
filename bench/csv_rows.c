/*
 * csv_rows.c: the CSV reader's time per byte over rows of growing length,
 * for shapes a hostile or careless file may have (a letter followed by
 * quotation marks, a quoted field of doubled quotes, many empty fields, a
 * plain long field). Reading must be linear: the time per byte the same,
 * within a factor of two, from 10 kB to the reader's limit of 1 MiB.
 * Prints a Markdown table (shape, then ns per byte at each length, then
 * the largest over the smallest), for bench/run.
 *
 * Usage: csv_rows
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/err.h"
#include "import/csv.h"

static const size_t lengths[] = { 10000, 30000, 100000, 300000, 1000000 };
#define N_LENGTHS (sizeof(lengths) / sizeof(lengths[0]))

/* A file's text: a header, then one row of about len bytes of the shape. */
static char *make(int shape, size_t len, size_t *n)
{
	char *s = malloc(len + 64);
	size_t k = 0, i;

	k += (size_t)sprintf(s, "kod;namn\n");
	switch (shape) {
	case 0:    /* a letter, then quotation marks: never a quoted field */
		s[k++] = 'a';
		for (i = 1; i < len; i++)
			s[k++] = '"';
		break;
	case 1:    /* a quoted field of doubled quotation marks */
		s[k++] = '"';
		for (i = 2; i + 1 < len; i += 2) {
			s[k++] = '"';
			s[k++] = '"';
		}
		s[k++] = '"';
		break;
	case 2:    /* separators only: many empty fields */
		for (i = 0; i < len; i++)
			s[k++] = ';';
		break;
	default:   /* one long plain field */
		for (i = 0; i < len; i++)
			s[k++] = (char)('a' + i % 26);
		break;
	}
	s[k++] = '\n';
	*n = k;
	return s;
}

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

/* Nanoseconds per byte to read text (n bytes), the best of enough runs
 * to take a tenth of a second. */
static double per_byte(const char *text, size_t n)
{
	double best = 1e30, spent = 0;
	int runs = 0;

	while (runs < 3 || spent < 0.1) {
		FILE *f = fmemopen((void *)text, n, "r");
		struct csv_reader *r;
		struct csv_row row;
		struct err err;
		double t0 = now(), t;

		r = csv_open(f, "rad.csv", &err);
		if (!r) {
			fprintf(stderr, "csv_rows: %s\n", err.msg);
			exit(1);
		}
		while (csv_next(r, &row, &err) > 0)
			;
		csv_close(r);
		fclose(f);
		t = now() - t0;
		spent += t;
		if (t < best)
			best = t;
		runs++;
	}
	return best * 1e9 / (double)n;
}

int main(void)
{
	static const char *const names[] = { "a letter, then quotation marks", "a quoted field of \"\" pairs",
					     "separators only", "plain letters" };
	size_t i;
	int shape;

	printf("| row |");
	for (i = 0; i < N_LENGTHS; i++)
		printf(" %zu kB |", lengths[i] / 1000);
	printf(" largest / smallest |\n|---|");
	for (i = 0; i < N_LENGTHS; i++)
		printf("---|");
	printf("---|\n");
	for (shape = 0; shape < 4; shape++) {
		double lo = 1e30, hi = 0;

		printf("| %s |", names[shape]);
		for (i = 0; i < N_LENGTHS; i++) {
			size_t n;
			char *text = make(shape, lengths[i], &n);
			double ns = per_byte(text, n);

			free(text);
			if (ns < lo)
				lo = ns;
			if (ns > hi)
				hi = ns;
			printf(" %.1f ns |", ns);
			fflush(stdout);
		}
		printf(" %.2f |\n", hi / lo);
	}
	return 0;
}
