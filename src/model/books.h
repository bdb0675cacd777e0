/*
 * books.h: the förbund's books as the rest of finsam sees them: the
 * association and its members, fiscal years, the chart of accounts, balances,
 * verifications and transactions, and the account map that places each
 * account on a line of the financial statements.
 *
 * Rows that stream (balances, verifications, transactions) carry borrowed
 * strings: valid only during the call that hands them over, NULL or "" when
 * absent. Rows that are loaded to be kept (struct year_books, the account
 * map) own their memory and have a _release function.
 */
#ifndef FINSAM_MODEL_BOOKS_H
#define FINSAM_MODEL_BOOKS_H

#include <stddef.h>
#include <stdint.h>

#include "base/date.h"

#define ACCOUNT_MAX 24   /* bytes of an account number, with the NUL */

struct err;

struct association {
	char name[256];
	char orgnr[12];        /* "222000-1990", or "" when unknown */
	char contact[128];     /* #ADRESS: contact person */
	char street[128];
	char postal[128];      /* postcode and town */
	char phone[64];
	char fnr[64];          /* the accounting program's own company id */
	char kptyp[32];        /* chart type, e.g. "BAS2014" */
	char currency[8];      /* "SEK" */
};

enum member_kind {
	MEMBER_STATE,          /* Försäkringskassan, Arbetsförmedlingen: 50 % together */
	MEMBER_REGION,         /* 25 % */
	MEMBER_MUNICIPALITY    /* 25 % together, split by key */
};

struct member {
	int64_t id;
	char name[128];
	enum member_kind kind;
	int64_t key;           /* share key within its kind (e.g. population); 1 when equal */
};

enum year_origin {
	YEAR_BOOKS = 0,        /* imported as the current year of an SIE file */
	YEAR_PRIOR = 1         /* known only from a later year's file (#RAR -1) */
};

struct fiscal_year {
	int64_t id;
	struct period period;
	enum year_origin origin;
	char source[256];      /* file it came from */
};

/* A fiscal year is named by the calendar year in which it ends. */
int fiscal_year_label(const struct fiscal_year *fy);

struct account {
	const char *number;
	const char *name;
	const char *type;      /* #KTYP: "T", "S", "I", "K" or NULL */
	const char *unit;      /* #ENHET or NULL */
	const char *sru;       /* #SRU or NULL */
};

struct dimension {
	int number;
	const char *name;
	int parent;            /* #UNDERDIM: the parent dimension; 0 for #DIM */
};

struct object {
	int dim;
	const char *code;
	const char *name;
};

enum balance_kind {
	BAL_IB, BAL_UB, BAL_RES,     /* per account */
	BAL_OIB, BAL_OUB,            /* per account and object */
	BAL_PSALDO, BAL_PBUDGET,     /* per period, account and optionally object */
	BAL__MAX
};

/* "ib", "ub", "res", "oib", "oub", "psaldo", "pbudget". */
const char *balance_kind_name(enum balance_kind k);
int balance_kind_parse(const char *s, enum balance_kind *out);

/* Object lists are kept in one canonical text form, the inside of SIE's
 * braces with every code quoted: 1 "10" 6 "P 20". "" when there is none. */
struct balance {
	enum balance_kind kind;
	const char *account;
	int period;                /* yyyymm for PSALDO/PBUDGET, otherwise 0 */
	const char *objects;
	int64_t amount;            /* öre, debit positive as in SIE */
	const char *quantity;      /* as written, or NULL */
};

struct verification {
	int64_t id;
	const char *series;
	const char *number;
	struct date date;
	const char *text;
	struct date regdate;       /* unset when absent */
	const char *sign;
};

enum trans_kind {
	TRANS_NORMAL = 0,          /* #TRANS */
	TRANS_ADDED = 1,           /* #RTRANS: added afterwards */
	TRANS_REMOVED = 2          /* #BTRANS: removed afterwards; not counted */
};

struct transaction {
	enum trans_kind kind;
	const char *account;
	const char *objects;
	int64_t amount;
	struct date date;          /* unset when absent */
	const char *text;
	const char *quantity;
	const char *sign;
};

/* One account's figures for one fiscal year, as the statements need them.
 * Closing = ub when has_ub, else ib + turnover; result = res when has_res,
 * else turnover. */
struct year_account {
	char number[ACCOUNT_MAX];
	int64_t ib, ub, res;
	int64_t turnover;          /* sum of counted transactions */
	int64_t debit, credit;     /* its positive and its negative amounts:
				      turnover = debit + credit */
	unsigned has_ib : 1, has_ub : 1, has_res : 1, has_turnover : 1;
};

struct year_books {
	struct fiscal_year year;
	struct year_account *accounts;   /* sorted by number */
	size_t n;
	int has_verifications;
};

void year_books_release(struct year_books *b);
/* Finds an account by number (binary search); NULL when absent. */
const struct year_account *year_books_find(const struct year_books *b,
					   const char *number);

/* The statement lines an account can be placed on. */
enum stmt_line {
	LINE_NONE = 0,             /* not on any statement */
	LINE_REVENUE,              /* verksamhetens intäkter */
	LINE_EXPENSES,             /* verksamhetens kostnader */
	LINE_DEPRECIATION,         /* avskrivningar: expenses that are not cash */
	LINE_FINANCIAL_INCOME,
	LINE_FINANCIAL_EXPENSES,
	LINE_APPROPRIATIONS,       /* bokslutsdispositioner och skatt */
	LINE_RESULT_TRANSFER,      /* 8999 Årets resultat: a closing entry, ignored */
	LINE_FIXED_ASSETS,
	LINE_INVENTORIES,
	LINE_RECEIVABLES,
	LINE_CASH_AND_BANK,
	LINE_EQUITY,
	LINE_PROVISIONS,
	LINE_LONG_TERM_LIABILITIES,
	LINE_CURRENT_LIABILITIES,
	LINE_GRANT,                /* the members' grant (driftbidrag): part of
				      verksamhetens intäkter, followed apart for
				      the equity rule; no account by default */
	LINE_EXPENSES_INTERVENTIONS, /* verksamhetens kostnader that are
				      contributions to interventions (the note
				      on costs by kind); no account by default */
	LINE_EXPENSES_STAFF,       /* verksamhetens kostnader that are the
				      förbund's staff; no account by default */
	LINE__MAX
};

/* English key ("revenue", "cash_and_bank", ...) and Swedish label. */
const char *stmt_line_key(enum stmt_line l);
const char *stmt_line_label(enum stmt_line l);
int stmt_line_parse(const char *key, enum stmt_line *out);
/* 1 for lines of the income statement (class 3–8 accounts, and grant). */
int stmt_line_is_result(enum stmt_line l);
/* 1 for the lines of verksamhetens kostnader before depreciation:
 * LINE_EXPENSES and the kinds followed apart. */
int stmt_line_is_expense(enum stmt_line l);

/* A range of accounts by their first four digits, both ends inclusive. */
struct map_range {
	int from, to;
	enum stmt_line line;
};

struct account_map {
	struct map_range *ranges;
	size_t n, cap;
};

void account_map_init(struct account_map *m);
void account_map_release(struct account_map *m);
void account_map_add(struct account_map *m, int from, int to, enum stmt_line line);
/* Fills m (emptied first) with the default map from the BAS classes. */
void account_map_default(struct account_map *m);
/* The line for an account: the narrowest range that holds its first four
 * digits wins (a later range wins a tie); LINE_NONE when none does. */
enum stmt_line account_map_line(const struct account_map *m, const char *account);
/* The four-digit key of an account ("40105" -> 4010, "30" -> 3000); -1 when
 * the account does not start with a digit. */
int account_key(const char *account);

#endif
