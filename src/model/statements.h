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

#include "base/money.h"
#include "model/books.h"
#include "model/budget.h"

struct err;

struct income_statement {
	int64_t revenue;             /* verksamhetens intäkter (+) */
	int64_t expenses;            /* verksamhetens kostnader incl. depreciation (−) */
	int64_t net_cost;            /* verksamhetens nettokostnad = revenue + expenses */
	int64_t financial_income;    /* (+) */
	int64_t financial_expenses;  /* (−) */
	int64_t appropriations;      /* bokslutsdispositioner och skatt (±), usually 0 */
	int64_t result;              /* årets resultat */
	int64_t financial_net;       /* financial_income + financial_expenses */
	int64_t result_after_financial; /* resultat efter finansiella poster:
					   net_cost + financial_net */
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

/* The goal for equity / grant: at most 20 %. */
#define EQUITY_TO_GRANT_GOAL_PERCENT 20

/* Where the members' grant (driftbidrag) of a year comes from, in the
 * order it is chosen: the budget's grant lines, else the accounts mapped to
 * the line `grant`, else all of verksamhetens intäkter. */
enum grant_basis {
	GRANT_BASIS_REVENUE,     /* no budget grant, no grant account: all revenue */
	GRANT_BASIS_ACCOUNTS,    /* the accounts mapped to LINE_GRANT */
	GRANT_BASIS_BUDGET       /* the year's budget lines of the members' grant */
};

/* "revenue", "accounts", "budget". */
const char *grant_basis_key(enum grant_basis b);

/* The equity rule: equity at the year's end at most
 * EQUITY_TO_GRANT_GOAL_PERCENT % of the members' grant. The one place the
 * rule is computed: the statements, the documents, the forecast, the web
 * pages and `check` all read it from here. */
struct equity_rule {
	int64_t equity;
	int64_t grant;
	enum grant_basis basis;
	int defined;             /* the grant is positive */
	int within;              /* defined and equity ≤ limit */
	int64_t limit;           /* the most equity within the goal: the goal's
				    share of the grant, rounded down to the öre */
	struct ratio ratio;      /* equity / grant; den 0 when undefined */
};

/* Evaluates the rule exactly, without overflow for any int64 figures. */
void equity_rule_eval(int64_t equity, int64_t grant, enum grant_basis basis, struct equity_rule *out);

struct statements {
	int year;                     /* fiscal_year_label */
	struct period period;
	struct income_statement is;
	struct balance_sheet bs;
	struct cash_flow cf;
	int64_t opening_equity;       /* equity at the start of the year */
	int64_t grant;                /* the members' grant: see grant_basis */
	struct ratio solidity;        /* equity / total assets */
	struct ratio equity_to_grant; /* equity / grant, against the 20 % goal */
	enum grant_basis grant_basis;
	int64_t grant_accounts;       /* revenue on the accounts mapped to grant */
	int has_grant_accounts;       /* an account mapped to grant has an amount */
	struct equity_rule equity_rule; /* the rule on bs.equity and grant */
};

/* Computes the statements of b through map. Returns 0, or -1 with a message
 * when a sum overflows. */
int statements_compute(const struct year_books *b, const struct account_map *map,
		       struct statements *out, struct err *err);

/* Rounds the figures of s in place to multiples of unit (öre: 100 for
 * whole kronor, 100 000 for tkr) as the statements show them, so that
 * every sum they print adds up and they agree with each other: the
 * result is the same on all three, the cash flow ends at the balance
 * sheet's cash and bank, and the balance sheet's two sides have one
 * total (unless they differed before). A line moves by at most what its
 * group lacks; the ratios are left as computed from the exact figures.
 * unit 1 leaves s as it is. */
void statements_round(struct statements *s, int64_t unit);

/* Makes the budget's grant lines (kind BUDGET_GRANT) the grant of s when
 * b (the year's budget; may be NULL) has a positive grant; otherwise s keeps
 * the grant statements_compute chose. Returns 0, or -1 with a message when
 * the budget's sums overflow. */
int statements_grant_from_budget(struct statements *s, const struct budget *b, struct err *err);

/* One year of the five-year overview ("Översikt över verksamhetens
 * utveckling"): the income statement's own lines, equity and the ratios.
 * The one source of the overview's figures, so that they cannot differ
 * from the statements they come from. */
struct overview_year {
	int year;
	int64_t revenue;                /* is.revenue */
	int64_t expenses;               /* is.expenses */
	int64_t financial_net;          /* is.financial_net */
	int64_t result_after_financial; /* is.result_after_financial */
	int64_t appropriations;         /* is.appropriations */
	int64_t result;                 /* is.result */
	int64_t equity;                 /* bs.equity */
	struct ratio solidity;
	struct equity_rule rule;        /* equity / grant */
};

void statements_overview(const struct statements *s, struct overview_year *out);

/* 1 when o shows exactly the figures of s and its rows add up (revenue +
 * expenses + financial items = result after financial items; + the
 * appropriations = the year's result). Otherwise 0, and why (a Swedish
 * text with the figures) in buf of size n. */
int overview_agrees(const struct statements *s, const struct overview_year *o, char *why, size_t n);

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

/* The sums of the note's lines l (n of them): this year's in *cur, last
 * year's in *prev. The lines are a balance-sheet line's accounts, whose
 * sums fit as the line's does. */
void note_lines_total(const struct note_line *l, size_t n, int64_t *cur, int64_t *prev);

#endif
