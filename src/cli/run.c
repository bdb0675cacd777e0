/*
 * run.c: finsam's command line. Reads the global options, finds the
 * command in the tables of the command files and runs it. Every command has
 * --help; errors go to stderr; the exit status is 0 on success, 1 when a
 * check failed, 2 for bad usage or bad input and 3 when the database was
 * busy past --wait.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "base/text.h"
#include "cli/cli.h"
#include "render/render.h"

/* The command groups of the program, in the order the help lists them. */
static const struct cmd *const *groups;
static size_t n_groups;

static const char intro[] =
	"finsam håller ett samordningsförbunds bokföring, budget, insatser och mål\n"
	"och tar fram rapporterna ur dem.\n";

/* One command of the list: the usage, then the summary in a column (on
 * the next line when the usage is long). Widths count characters. */
static void print_entry(FILE *out, const char *usage, const char *summary)
{
	size_t len = utf8_len(usage, strlen(usage));

	if (len <= 34)
		fprintf(out, "  %s%*s %s\n", usage, (int)(34 - len), "", summary);
	else
		fprintf(out, "  %s\n  %34s %s\n", usage, "", summary);
}

static void print_commands(FILE *out)
{
	size_t g;

	fprintf(out, "%s\nAnvändning: finsam [--db FIL] KOMMANDO [ARGUMENT]\n\n", intro);
	fprintf(out, "Globala val:\n"
		"  --db FIL     databasen (standard: miljövariabeln FINSAM_DB): en fil, eller en\n"
		"               PostgreSQL-databas som postgresql://server/databas\n"
		"  --forbund NAMN\n"
		"               förbundet på en värd med flera förbund i en PostgreSQL-databas\n"
		"               (standard: miljövariabeln FINSAM_FORBUND)\n"
		"  --wait SEK   vänta högst så många sekunder när en annan skrivning (till\n"
		"               exempel en inläsning) håller databasen (standard: miljövariabeln\n"
		"               FINSAM_WAIT, annars %ld; 0 väntar inte)\n"
		"  --help       den här hjälpen; 'finsam KOMMANDO --help' för ett kommando\n"
		"  --version    visa versionen\n\nKommandon:\n", CLI_WAIT_DEFAULT_S);
	for (g = 0; g < n_groups; g++) {
		const struct cmd *c;

		for (c = groups[g]; c->name; c++)
			print_entry(out, c->usage, c->summary);
	}
	fprintf(out, "\nSlutstatus: 0 klart, 1 en kontroll visade fel, 2 felaktig användning eller indata,\n"
		"3 databasen var upptagen av en annan skrivning längre än --wait.\n");
}

/* 1 when sub, a command's sub-words ("decision list"), are argv[1..]. */
static int sub_matches(const char *sub, int argc, char **argv, int *words)
{
	const char *space = strchr(sub, ' ');
	size_t len = space ? (size_t)(space - sub) : strlen(sub);

	if (argc < 2 || strlen(argv[1]) != len || strncmp(sub, argv[1], len) != 0)
		return 0;
	if (!space) {
		*words = 2;
		return 1;
	}
	if (argc < 3 || strcmp(space + 1, argv[2]) != 0)
		return 0;
	*words = 3;
	return 1;
}

/* The command argv names: the longest match ("insats decision list"
 * before "insats decision"), else the group's one-word command. */
static const struct cmd *find_cmd(int argc, char **argv, int *words)
{
	const struct cmd *one_word = NULL, *two_words = NULL;
	size_t g;
	int w;

	for (g = 0; g < n_groups; g++) {
		const struct cmd *c;

		for (c = groups[g]; c->name; c++) {
			if (strcmp(c->name, argv[0]) != 0)
				continue;
			if (!c->sub) {
				one_word = c;
			} else if (sub_matches(c->sub, argc, argv, &w)) {
				if (w == 3) {
					*words = 3;
					return c;
				}
				two_words = c;
			}
		}
	}
	*words = two_words ? 2 : 1;
	return two_words ? two_words : one_word;
}

/* Lists the subcommands of a group word such as "import", or with sub
 * those of a second word such as "insats decision" (sub NULL: all). */
static int group_help(const char *name, const char *sub, FILE *out)
{
	size_t len = sub ? strlen(sub) : 0;
	int found = 0;
	size_t g;

	for (g = 0; g < n_groups; g++) {
		const struct cmd *c;

		for (c = groups[g]; c->name; c++) {
			if (strcmp(c->name, name) == 0 && c->sub &&
			    (!sub || (strncmp(c->sub, sub, len) == 0 && c->sub[len] == ' '))) {
				if (!found)
					fprintf(out, "Användning:\n");
				print_entry(out, c->usage, c->summary);
				found = 1;
			}
		}
	}
	return found;
}

/* Said once, when a change has waited a second for another writer. */
static void waiting(long limit_ms)
{
	static int said;

	if (said)
		return;
	said = 1;
	fprintf(stderr, "finsam: väntar på databasen, som en annan skrivning håller (till exempel en inläsning); "
		"väntar högst %ld s …\n", limit_ms / 1000);
}

/* Seconds to wait, from --wait or FINSAM_WAIT (what): 0–86400. */
static int wait_seconds(const char *s, const char *what, long *out)
{
	char *end;
	long v;

	errno = 0;
	v = s && *s ? strtol(s, &end, 10) : -1;
	if (!s || !*s || errno || *end || v < 0 || v > 86400) {
		fprintf(stderr, "finsam: %s ska vara ett antal sekunder, 0–86400 (fick '%s')\n", what, s ? s : "");
		return -1;
	}
	*out = v;
	return 0;
}

/* The database and the förbund in it: cli->db with the förbund after
 * '#' (as a host's URI names one), cli->host without it. A förbund needs
 * a PostgreSQL database; a file holds one förbund. */
static int name_forbund(struct cli *cli)
{
	static char db[4096], host[4096];
	const char *hash = strchr(cli->db, '#');
	int is_pg = strncmp(cli->db, "postgresql://", 13) == 0 || strncmp(cli->db, "postgres://", 11) == 0;
	struct err err;

	if (cli->forbund && !*cli->forbund)
		cli->forbund = NULL;
	if (!is_pg || (!hash && !cli->forbund)) {
		if (cli->forbund && !is_pg) {
			cli_error("--forbund (eller FINSAM_FORBUND) gäller en PostgreSQL-databas med flera förbund; "
				  "en SQLite-fil rymmer bara ett");
			return -1;
		}
		cli->host = cli->db;
		return 0;
	}
	if (hash && cli->forbund && strcmp(hash + 1, cli->forbund) != 0) {
		cli_error("--db och --forbund (eller FINSAM_FORBUND) namnger olika förbund");
		return -1;
	}
	if (!cli->forbund)
		cli->forbund = hash + 1;
	if (forbund_name_check(cli->forbund, &err) < 0) {
		cli_fail(&err);
		return -1;
	}
	snprintf(host, sizeof(host), "%.*s", hash ? (int)(hash - cli->db) : (int)strlen(cli->db), cli->db);
	if ((size_t)snprintf(db, sizeof(db), "%s#%s", host, cli->forbund) >= sizeof(db)) {
		cli_error("databasens adress är för lång");
		return -1;
	}
	cli->host = host;
	cli->db = db;
	return 0;
}

int cli_main(int argc, char **argv, const struct cmd *const *cmd_groups, size_t n_cmd_groups)
{
	struct cli cli = { getenv("FINSAM_DB"), "finsam", NULL, getenv("FINSAM_FORBUND") };
	const char *wait_env = getenv("FINSAM_WAIT");
	const struct cmd *c;
	int i = 1, words, rc;
	long wait = CLI_WAIT_DEFAULT_S;

	groups = cmd_groups;
	n_groups = n_cmd_groups;

	if (wait_env && wait_seconds(wait_env, "FINSAM_WAIT", &wait) < 0)
		return EXIT_BAD_INPUT;

	while (i < argc && argv[i][0] == '-') {
		if (strcmp(argv[i], "--db") == 0) {
			if (i + 1 >= argc) {
				cli_error("--db behöver ett filnamn");
				return EXIT_BAD_INPUT;
			}
			cli.db = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--db=", 5) == 0) {
			cli.db = argv[i] + 5;
			i++;
		} else if (strcmp(argv[i], "--forbund") == 0) {
			if (i + 1 >= argc) {
				cli_error("--forbund behöver förbundets namn på värden");
				return EXIT_BAD_INPUT;
			}
			cli.forbund = argv[i + 1];
			i += 2;
		} else if (strncmp(argv[i], "--forbund=", 10) == 0) {
			cli.forbund = argv[i] + 10;
			i++;
		} else if (strcmp(argv[i], "--wait") == 0 || strncmp(argv[i], "--wait=", 7) == 0) {
			const char *v = argv[i][6] == '=' ? argv[i] + 7 : i + 1 < argc ? argv[i + 1] : NULL;

			if (wait_seconds(v, "--wait", &wait) < 0)
				return EXIT_BAD_INPUT;
			i += argv[i][6] == '=' ? 1 : 2;
		} else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
			print_commands(stdout);
			return EXIT_OK;
		} else if (strcmp(argv[i], "--version") == 0) {
			printf("finsam %s\n", FINSAM_VERSION);
			return EXIT_OK;
		} else {
			fprintf(stderr, "finsam: okänt val '%s'\n\n", argv[i]);
			print_commands(stderr);
			return EXIT_BAD_INPUT;
		}
	}
	if (cli.db && name_forbund(&cli) < 0)
		return EXIT_BAD_INPUT;
	app_wait_set(wait * 1000, waiting);
	{
		struct err err;

		if (date_today_check(&err) < 0)
			return cli_fail(&err);
	}
	if (i >= argc) {
		print_commands(stderr);
		return EXIT_BAD_INPUT;
	}
	if (strcmp(argv[i], "help") == 0) {
		if (i + 1 < argc) {
			c = find_cmd(argc - i - 1, argv + i + 1, &words);
			if (c) {
				printf("Användning: finsam %s\n\n%s", c->usage, c->help);
				return EXIT_OK;
			}
			if ((i + 2 < argc && group_help(argv[i + 1], argv[i + 2], stdout)) ||
			    group_help(argv[i + 1], NULL, stdout))
				return EXIT_OK;
		}
		print_commands(stdout);
		return EXIT_OK;
	}
	c = find_cmd(argc - i, argv + i, &words);
	if (!c && i + 1 < argc && (strcmp(argv[i + 1], "--help") == 0 || strcmp(argv[i + 1], "-h") == 0) &&
	    group_help(argv[i], NULL, stdout))
		return EXIT_OK;
	/* A second group word ("insats decision"): its own subcommands. */
	if (!c && i + 1 < argc && argv[i + 1][0] != '-') {
		int asked = i + 2 < argc && (strcmp(argv[i + 2], "--help") == 0 || strcmp(argv[i + 2], "-h") == 0);

		if (group_help(argv[i], argv[i + 1], asked ? stdout : stderr)) {
			if (asked)
				return EXIT_OK;
			if (i + 2 < argc)
				fprintf(stderr, "finsam: okänt kommando '%s %s %s'\n", argv[i], argv[i + 1], argv[i + 2]);
			else
				fprintf(stderr, "finsam: '%s %s' behöver ett underkommando\n", argv[i], argv[i + 1]);
			return EXIT_BAD_INPUT;
		}
	}
	if (!c) {
		if (group_help(argv[i], NULL, stderr)) {
			if (i + 1 < argc)
				fprintf(stderr, "finsam: okänt kommando '%s %s'\n", argv[i], argv[i + 1]);
			else
				fprintf(stderr, "finsam: '%s' behöver ett underkommando\n", argv[i]);
			return EXIT_BAD_INPUT;
		}
		fprintf(stderr, "finsam: okänt kommando '%s' (se 'finsam --help')\n", argv[i]);
		return EXIT_BAD_INPUT;
	}
	rc = c->fn(&cli, argc - i - (words - 1), argv + i + (words - 1));
	render_release();
	return rc;
}
