/*
 * cli.h: what the command files share: the command table entry, the
 * global options, a small option parser and the exit statuses.
 */
#ifndef FINSAM_CLI_CLI_H
#define FINSAM_CLI_CLI_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

/* The output formats, as the help texts list them after "--format F". */
#define CLI_FORMATS "text (standard), md, csv, json, html, pdf eller xlsx"
/* The help of the published documents on their check. */
#define DRAFT_HELP \
	"Dokumentet skrivs bara när varje kontroll av året håller ('finsam check\n" \
	"--year ÅR'; för ett år utan bokföring det senaste året före). Visar en\n" \
	"kontroll fel skrivs ingenting: kontrollerna som visar fel listas och\n" \
	"slutstatus är 1. Med --draft skrivs dokumentet ändå, som ett utkast med\n" \
	"\"UTKAST – kontrollen visar fel\" på varje sida och i titeln, och med\n" \
	"\"draft\": true i JSON (annars \"draft\": false).\n\n"

/* Exit statuses: a contract scripts rely on. */
#define EXIT_OK 0
#define EXIT_CHECK_FAILED 1
#define EXIT_BAD_INPUT 2
#define EXIT_BUSY 3              /* another writer held the database past --wait */

/* How long a change waits for another writer by default (seconds): longer
 * than a large import takes, not for ever. */
#define CLI_WAIT_DEFAULT_S 120L

struct cli {
	const char *db;          /* --db, or FINSAM_DB; on a host of many förbund
				    with the förbund after '#' (--forbund) */
	const char *prog;        /* argv[0] as shown in messages */
	const char *host;        /* the database without a förbund (a host's own) */
	const char *forbund;     /* --forbund, or FINSAM_FORBUND, or the one after
				    '#' in --db; NULL for none */
};

struct cmd {
	const char *name;        /* "import" */
	const char *sub;         /* "sie", "decision list" (two words), or NULL
				    for a one-word command */
	const char *usage;       /* "import sie FIL" */
	const char *summary;     /* one line for the command list */
	const char *help;        /* the whole help text, Swedish */
	int (*fn)(struct cli *cli, int argc, char **argv);
};

/* The commands of each command group, ended by an entry with name NULL. */
extern const struct cmd books_cmds[];
extern const struct cmd budget_cmds[];
extern const struct cmd plan_cmds[];
extern const struct cmd insats_cmds[];
extern const struct cmd participant_cmds[];
extern const struct cmd goal_cmds[];
extern const struct cmd docs_cmds[];
extern const struct cmd survey_cmds[];
extern const struct cmd user_cmds[];
/* The corrections (edit, remove) of the records the other groups add. */
extern const struct cmd correct_cmds[];
extern const struct cmd year_cmds[];
extern const struct cmd documents_cmds[];
extern const struct cmd backup_cmds[];
extern const struct cmd meeting_cmds[];
/* The governing documents (cmd_policy.c). */
extern const struct cmd policy_cmds[];
/* The förbund of a PostgreSQL host (cmd_forbund.c). */
extern const struct cmd forbund_cmds[];
/* The host's region users and region host names (cmd_region.c). */
extern const struct cmd region_cmds[];
/* The internal control plan (cmd_risk.c, cmd_control.c). */
extern const struct cmd risk_cmds[];
extern const struct cmd control_cmds[];

/* Runs the command line over the given command groups (the program adds
 * its own, such as the web server's 'serve', to the groups above): global
 * options, help, finding and running the command. Returns the exit
 * status. */
int cli_main(int argc, char **argv, const struct cmd *const *groups, size_t n_groups);

/* An option of a command. */
struct opt {
	const char *name;        /* "year" for --year; "o" for -o */
	int has_arg;
	const char **value;      /* set to the argument (has_arg) */
	int *flag;               /* set to 1 (!has_arg) */
};

/* Parses argv (argv[0] is the command's last word) against opts; the words
 * that are not options go to pos (at most max_pos, count in *n_pos).
 * Handles --help by printing the command's help and returning 1.
 * Returns 0, 1 (help shown), or -1 after printing a usage message. */
int cli_parse(const struct cmd *c, int argc, char **argv, const struct opt *opts,
	      const char **pos, size_t max_pos, size_t *n_pos);

/* An option given more than once keeps its last value in cli_parse;
 * cli_many then gives every value of the option name in out[0..max), in
 * order, counted in *n: 0, or -1 after a usage message when there are
 * more than max. argv is the one cli_parse accepted with opts. */
int cli_many(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *name,
	     const char **out, size_t max, size_t *n);

/* Prints "finsam: MESSAGE" on stderr. */
void cli_error(const char *msg);
/* Prints the usage line and a hint to use --help, on stderr; returns EXIT_BAD_INPUT. */
int cli_usage(const struct cmd *c, const char *problem);
/* Parses a year such as "2024"; prints a message and returns -1 when bad. */
int cli_year(const struct cmd *c, const char *s, int *year);
/* Parses a record's id as a list shows it; prints a message naming the
 * list and returns -1 when s is none. */
int cli_id(const struct cmd *c, const char *s, int64_t *id);
/* Parses a command on one thing named by the word after the command into
 * *word: 0, or -1 with the exit status in *status after --help or a usage
 * message (missing: what to say when there is none). cli_parse_id the
 * same for a record's id, into *id (a bad id also fails). */
int cli_parse_one(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *missing,
		  const char **word, int *status);
int cli_parse_id(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *missing, int64_t *id,
		 int *status);
/* The command currently running (for messages from helpers). */
const struct cmd *cli_current(void);

struct err;
struct doc;
struct store;

/* A new password (never an argument: shell histories and process lists
 * would keep it): asked twice on a terminal without echo, read as one
 * line from standard input when that is not a terminal (for scripts).
 * 0, or -1 after saying why. */
int cli_read_password(char *pw, size_t n);
/* Prints the message in err; returns EXIT_BAD_INPUT. */
int cli_fail(const struct err *err);
/* Opens the database, runs the change fn(st, ctx, err) and closes it;
 * prints done on success (NULL: nothing, the caller says what was
 * done). Returns the exit status. */
int cli_change(struct cli *cli, int (*fn)(struct store *st, void *ctx, struct err *err), void *ctx,
	       const char *done);
/* -o FILE ("-" or NULL: standard output). */
FILE *cli_open_output(const char *path, struct err *err);
/* The same for a file holding personal data: created with mode 0600 (and
 * an existing regular file of ours made 0600). */
FILE *cli_open_private_output(const char *path, struct err *err);
int cli_close_output(FILE *f, const char *path, struct err *err);
/* Renders d in format (NULL: text) to out_path (NULL: standard output);
 * refuses a binary format (XLSX) when that is a terminal. */
int cli_print_doc(struct doc *d, const char *format, const char *out_path, struct err *err);
/* Prints d, the document a use case built from st (NULL when building
 * failed with err), frees it, closes st and gives the exit status. */
int cli_finish_doc(struct store *st, struct doc *d, const char *format, const char *out_path,
		   struct err *err);
/* The same for a document about participants (personal data): -o FILE is
 * opened with cli_open_private_output. */
int cli_finish_personal_doc(struct store *st, struct doc *d, const char *format, const char *out_path,
			    struct err *err);
/* A command without arguments that prints one document, built by build
 * from the open database, with --format F and -o FILE. */
int cli_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv,
		    struct doc *(*build)(struct store *st, struct err *err));
/* The same for a document of one thing named by the word after the
 * command (an id or a name), which build receives (NULL when none was given);
 * missing: the usage message when it is required and not given (NULL: it
 * is optional). */
int cli_named_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, const char *missing,
			  struct doc *(*build)(struct store *st, const char *which, struct err *err));
/* A command that prints one document of a year, built by build, with
 * --year, --format F and -o FILE. year_required: CLI_YEAR_REQUIRED, or
 * without --year the latest year of the books (CLI_YEAR_BOOKS) or this
 * year (CLI_YEAR_THIS, for the records of a year that need no books). */
enum { CLI_YEAR_BOOKS = 0, CLI_YEAR_REQUIRED = 1, CLI_YEAR_THIS = 2 };
int cli_year_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int year_required,
			 struct doc *(*build)(struct store *st, int year, struct err *err));
/* As cli_finish_doc for a published document of `year` (the annual
 * report, the interim report, the plan): written only when every check of
 * the year holds, or with draft set as a draft marked on every page; else
 * the failing checks are listed on stderr, nothing is written and the exit
 * status is EXIT_CHECK_FAILED. */
int cli_finish_checked_doc(struct store *st, struct doc *d, int year, int draft, const char *format,
			   const char *out_path, struct err *err);
/* As cli_year_doc_command for a published document, with --draft and
 * --unit kr|tkr (cli_unit). */
int cli_checked_year_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int year_required,
				 struct doc *(*build)(struct store *st, int year, int64_t unit, struct err *err));
/* Checks --year and --format before anything is opened; -1 after a message. */
int cli_early_checks(const struct cmd *c, const char *year_s, const char *format);
/* Checks --year and --format, opens the database and settles the year
 * (--year, or the latest year of the books). Returns 0, or the exit status
 * after saying what is wrong. */
int cli_open_year(struct cli *cli, const struct cmd *c, const char *year_s,
		  const char *format, struct store **st, int *year);
/* Progress and warnings of long work, on standard error. */
void cli_on_warn(void *ctx, const char *msg);
void cli_on_step(void *ctx, long lines, long verifications);

/* The unit of --unit (NULL: kr): MONEY_KR or MONEY_TKR; MONEY_KR for json,
 * which always has exact öre. -1 after the usage message when it is
 * neither kr nor tkr. */
int cli_unit(const struct cmd *c, const char *unit_s, const char *format, int64_t *unit);

#endif
