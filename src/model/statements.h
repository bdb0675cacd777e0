/*
 * statements.h: the financial statements of one fiscal year computed from
 * its balances through the account map: resultaträkning, balansräkning,
 * kassaflödesanalys (indirect method) and the ratios. Pure computation.
 *
 * Signs are as the annual reports print them: revenue and financial income
 * positive, expenses and financial expenses negative, result positive for a
 * surplus; balance-sheet lines positive when they are what their name says.
 */
#ifndef FINSAM_MODEL_STATEMENTS_H
#define FINSAM_MODEL_STATEMENTS_H

#include <stdint.h>

#include "model/books.h"

struct err;

struct income_statement {
	int64_t revenue;             /* verksamhetens intäkter (+) */
	int64_t expenses;            /* verksamhetens kostnader incl. depreciation (−) */
	int64_t net_cost;            /* verksamhetens nettokostnad = revenue + expenses */
	int64_t financial_income;    /* (+) */
	int64_t financial_expenses;  /* (−) */
	int64_t appropriations;      /* bokslutsdispositioner och skatt (±), usually 0 */
	int64_t result;              /* årets resultat */
};

struct balance_sheet {
	int64_t fixed_assets;
	int64_t inventories;
	int64_t receivables;
	int64_t cash_and_bank;
	int64_t total_assets;
	int64_t equity;              /* summa eget kapital, incl. the year's result */
	int64_t other_equity;        /* övrigt eget kapital = equity − result_of_year */
	int64_t result_of_year;
	int64_t provisions;
	int64_t long_term_liabilities;
	int64_t current_liabilities;
	int64_t total_equity_and_liabilities;
	int result_booked;           /* 1 when the file had the result booked to equity */
	int64_t imbalance;           /* total_assets − total_equity_and_liabilities */
};

struct cash_flow {
	int64_t result;
	int64_t non_cash_adjustments;      /* change in provisions + depreciation */
	int64_t change_receivables;        /* decrease positive (incl. inventories) */
	int64_t change_current_liabilities;/* increase positive */
	int64_t operating;
	int64_t investing;
	int64_t financing;
	int64_t net_cash_flow;
	int64_t cash_start;
	int64_t cash_end;
};

/* A ratio kept as integers until it is written; den == 0 means undefined. */
struct ratio {
	int64_t num, den;
};

struct statements {
	int year;                     /* fiscal_year_label */
	struct period period;
	struct income_statement is;
	struct balance_sheet bs;
	struct cash_flow cf;
	int64_t opening_equity;       /* equity at the start of the year */
	int64_t grant;                /* the year's grant: revenue for now */
	struct ratio solidity;        /* equity / total assets */
	struct ratio equity_to_grant; /* equity / grant, against the 20 % goal */
};

/* Computes the statements of b through map. Returns 0, or -1 with a message
 * when a sum overflows. */
int statements_compute(const struct year_books *b, const struct account_map *map,
		       struct statements *out, struct err *err);

/* The goal for equity / grant: at most 20 %. */
#define EQUITY_TO_GRANT_GOAL_PERCENT 20

/* One account's closing balance on a balance-sheet line, signed as the
 * balance sheet shows it (liabilities and provisions positive). */
struct line_account {
	char number[ACCOUNT_MAX];
	int64_t closing;
};

/* The accounts of b on `line` with a closing balance, by number, for a
 * note that specifies the line; they add up to the balance sheet's figure.
 * The caller frees *out. */
int statements_line_accounts(const struct year_books *b, const struct account_map *map, enum stmt_line line,
			     struct line_account **out, size_t *n, struct err *err);

/* A line of a note: an account with its balance this year and last. */
struct note_line {
	char number[ACCOUNT_MAX];
	char name[128];           /* filled by the caller, "" when unknown */
	int64_t current, previous;
};

/* Merges this year's and last year's accounts (each by number) into one
 * list by number; the caller frees *out. */
int statements_note_merge(const struct line_account *cur, size_t n_cur, const struct line_account *prev,
			  size_t n_prev, struct note_line **out, size_t *n);

#endif
