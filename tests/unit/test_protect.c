/*
 * test_protect.c: small-cell protection of a grid whose rows and columns
 * add up (the national follow-up's participants, or many förbund), and
 * the follow-up's sums and budget per intervention.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <cmocka.h>

#include "base/err.h"
#include "model/followup.h"
#include "model/protect.h"

static void test_fix_sum(void **state)
{
	struct pcell total = { 20, CELL_SHOWN }, a = { 3, CELL_SMALL }, b = { 9, CELL_SHOWN }, c = { 8, CELL_SHOWN };
	struct pcell *parts[3] = { &a, &b, &c };

	(void)state;
	/* a alone is hidden: the smallest other part goes with it. */
	assert_int_equal(pcell_fix_sum(&total, parts, 3), 1);
	assert_int_equal(c.mark, CELL_SECONDARY);
	assert_int_equal(b.mark, CELL_SHOWN);
	assert_int_equal(total.mark, CELL_SHOWN);
	/* Two hidden: nothing more to do. */
	assert_int_equal(pcell_fix_sum(&total, parts, 3), 0);
}

static void test_fix_sum_zero_parts(void **state)
{
	struct pcell total = { 2, CELL_SMALL }, a = { 2, CELL_SMALL }, b = { 0, CELL_SHOWN };
	struct pcell *parts[2] = { &a, &b };

	(void)state;
	/* Two hidden (total and a): nothing to add. */
	assert_int_equal(pcell_fix_sum(&total, parts, 2), 0);
	total.mark = CELL_SHOWN;
	/* a alone: no shown part above zero, so the total is hidden. */
	assert_int_equal(pcell_fix_sum(&total, parts, 2), 1);
	assert_int_equal(total.mark, CELL_SECONDARY);
	assert_int_equal(b.mark, CELL_SHOWN);
}

/* No relation of the grid has exactly one hidden cell, and every count of
 * 1..threshold−1 is hidden. */
static void check_grid(const struct pcell *g, size_t rows, size_t cols, const struct protect_sum *sums,
		       size_t n_sums, int threshold)
{
	size_t r, c, s, i, hidden;

	for (i = 0; i < rows * cols; i++)
		if (g[i].n >= 1 && g[i].n < threshold)
			assert_int_equal(g[i].mark, CELL_SMALL);
	for (r = 0; r < rows; r++)
		for (s = 0; s < n_sums; s++) {
			hidden = pcell_hidden(&g[r * cols + sums[s].total]);
			for (i = 0; i < sums[s].n; i++)
				hidden += pcell_hidden(&g[r * cols + sums[s].parts[i]]);
			assert_int_not_equal(hidden, 1);
		}
	for (c = 0; c < cols; c++) {
		hidden = 0;
		for (r = 0; r < rows; r++)
			hidden += pcell_hidden(&g[r * cols + c]);
		assert_int_not_equal(hidden, 1);
	}
}

/* Rows are förbund (women, men, total), the last row the nation. */
static void test_grid_many(void **state)
{
	static const struct protect_sum sums[] = { { 2, { 0, 1 }, 2 } };
	struct pcell g[4 * 3] = {
		{ 2, 0 }, { 6, 0 }, { 8, 0 },     /* förbund A: 2 women */
		{ 7, 0 }, { 9, 0 }, { 16, 0 },    /* förbund B */
		{ 12, 0 }, { 10, 0 }, { 22, 0 },  /* förbund C */
		{ 21, 0 }, { 25, 0 }, { 46, 0 },  /* the sum */
	};

	(void)state;
	protect_grid(g, 4, 3, 1, sums, 1, 5);
	check_grid(g, 4, 3, sums, 1, 5);
	assert_int_equal(g[0].mark, CELL_SMALL);
	/* A's men would give the 2 away through A's total: hidden. */
	assert_int_equal(g[1].mark, CELL_SECONDARY);
	/* The women's column: the smallest other förbund (B, 7) hides too. */
	assert_int_equal(g[3].mark, CELL_SECONDARY);
	assert_int_equal(g[6].mark, CELL_SHOWN);
	/* The men's column then has A hidden alone: B's 9 goes, and B's row
	 * has two hidden already. */
	assert_int_equal(g[4].mark, CELL_SECONDARY);
	assert_int_equal(g[5].mark, CELL_SHOWN);
	/* The totals stay. */
	assert_int_equal(g[2].mark, CELL_SHOWN);
	assert_int_equal(g[9].mark, CELL_SHOWN);
	assert_int_equal(g[11].mark, CELL_SHOWN);
}

static void test_grid_random(void **state)
{
	static const struct protect_sum sums[] = { { 2, { 0, 1 }, 2 }, { 5, { 3, 4 }, 2 } };
	enum { ROWS = 30, COLS = 6 };
	struct pcell g[(ROWS + 1) * COLS];
	unsigned seed = 7;
	int round;
	size_t r, c, n_hidden = 0;

	(void)state;
	for (round = 0; round < 200; round++) {
		memset(g, 0, sizeof(g));
		for (r = 0; r < ROWS; r++) {
			for (c = 0; c < COLS; c++) {
				if (c == 2 || c == 5)
					continue;
				seed = seed * 1103515245u + 12345u;
				g[r * COLS + c].n = (seed >> 16) % (round % 2 ? 9 : 30);
			}
			g[r * COLS + 2].n = g[r * COLS].n + g[r * COLS + 1].n;
			g[r * COLS + 5].n = g[r * COLS + 3].n + g[r * COLS + 4].n;
			for (c = 0; c < COLS; c++)
				g[ROWS * COLS + c].n += g[r * COLS + c].n;
		}
		protect_grid(g, ROWS + 1, COLS, 1, sums, 2, 5);
		check_grid(g, ROWS + 1, COLS, sums, 2, 5);
		for (r = 0; r < (ROWS + 1) * COLS; r++)
			n_hidden += g[r].mark == CELL_SECONDARY;
	}
	assert_true(n_hidden > 0);
}

static void test_people(void **state)
{
	struct followup_people rows[3];
	size_t k;

	(void)state;
	memset(rows, 0, sizeof(rows));
	for (k = 0; k < FU_COLS; k++) {
		rows[0].c[k].n = 10 + (int64_t)k;
		rows[1].c[k].n = 20 + (int64_t)k;
	}
	rows[0].c[FU_EXITED_WOMEN].n = 3;
	rows[0].c[FU_EXITED].n = rows[0].c[FU_EXITED_WOMEN].n + rows[0].c[FU_EXITED_MEN].n;
	followup_people_total(rows, 2);
	assert_string_equal(rows[2].name, "Summa");
	assert_int_equal(rows[2].c[FU_ENROLLED_WOMEN].n, 30);
	assert_int_equal(rows[2].c[FU_EXITED_WOMEN].n, 3 + 26);
	followup_people_protect(rows, 2, 5);
	assert_int_equal(rows[0].c[FU_EXITED_WOMEN].mark, CELL_SMALL);
	/* Its row's men (17 < the total 20) and its column's other row go. */
	assert_int_equal(rows[0].c[FU_EXITED_MEN].mark, CELL_SECONDARY);
	assert_int_equal(rows[1].c[FU_EXITED_WOMEN].mark, CELL_SECONDARY);
	assert_int_equal(rows[1].c[FU_EXITED_MEN].mark, CELL_SECONDARY);
	assert_int_equal(rows[0].c[FU_EXITED].mark, CELL_SHOWN);
	assert_int_equal(rows[2].c[FU_EXITED_WOMEN].mark, CELL_SHOWN);
	assert_int_equal(rows[0].c[FU_ENROLLED_WOMEN].mark, CELL_SHOWN);
}

static void test_money(void **state)
{
	struct budget b;
	struct intervention a, c;
	struct followup_money m[3];
	struct err err;
	int64_t v;
	int found;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&c, 0, sizeof(c));
	snprintf(a.name, sizeof(a.name), "Steget vidare");
	snprintf(c.name, sizeof(c.name), "Vägen in");
	snprintf(c.objects, sizeof(c.objects), "6:4");
	budget_init(&b, 2025);
	budget_add(&b, BUDGET_GRANT, "", "Driftbidrag", 150000000, "");
	budget_add(&b, BUDGET_COST, "Insatser", "Steget vidare", 68000000, "4010");
	budget_add(&b, BUDGET_COST, "Insatser", "Region: Vägen", 21000000, "4010");
	budget_line_objects(&b.lines[2], "6:4");
	assert_int_equal(followup_budget_of(&b, &a, &v, &found, &err), 0);
	assert_true(found);
	assert_int_equal(v, 68000000);
	assert_int_equal(followup_budget_of(&b, &c, &v, &found, &err), 0);
	assert_true(found);
	assert_int_equal(v, 21000000);
	snprintf(a.name, sizeof(a.name), "Driftbidrag");
	assert_int_equal(followup_budget_of(&b, &a, &v, &found, &err), 0);
	assert_false(found);
	assert_int_equal(v, 0);
	budget_release(&b);

	memset(m, 0, sizeof(m));
	m[0].budget = 100;
	m[0].has_budget = 1;
	m[0].outcome = 90;
	m[1].outcome = 7;
	assert_int_equal(followup_money_total(m, 2, &err), 0);
	assert_int_equal(m[2].budget, 100);
	assert_int_equal(m[2].outcome, 97);
	assert_true(m[2].has_budget);
	assert_int_equal(m[2].intervention_id, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fix_sum),
		cmocka_unit_test(test_fix_sum_zero_parts),
		cmocka_unit_test(test_grid_many),
		cmocka_unit_test(test_grid_random),
		cmocka_unit_test(test_people),
		cmocka_unit_test(test_money),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
