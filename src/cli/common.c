/*
 * common.c: what the command files share: opening the output, printing a
 * document in the chosen format, opening the database for a year, and
 * reporting errors and progress.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"
#include "render/render.h"

/* The command line's words for what a refusal needs (enum err_need): the
 * option that confirms it. The web asks with a checkbox instead. */
static const struct {
	unsigned need;
	const char *text;
} needs[] = {
	{ ERR_NEED_PLANNED, "ange --planned om datumet är planerat och ännu inte har kommit" },
	{ ERR_NEED_AGAIN, "ange --again om styrelsen verkligen har fattat samma beslut två gånger" },
	{ ERR_NEED_FORCE, "ange --force för att ändå spara" },
};

int cli_fail(const struct err *err)
{
	size_t i;

	fprintf(stderr, "finsam: %s", err->msg);
	for (i = 0; i < sizeof(needs) / sizeof(needs[0]); i++)
		if (err->need & needs[i].need)
			fprintf(stderr, "; %s", needs[i].text);
	if (err->see[0])
		fprintf(stderr, " (se '%s')", err->see);
	if (err->busy)
		fprintf(stderr, " (vänta längre med --wait SEKUNDER eller FINSAM_WAIT)");
	fputc('\n', stderr);
	return err->busy ? EXIT_BUSY : EXIT_BAD_INPUT;
}

int cli_change(struct cli *cli, int (*fn)(struct store *st, void *ctx, struct err *err), void *ctx,
	       const char *done)
{
	struct store *st = NULL;
	struct err err;
	int rc;

	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = fn(st, ctx, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	if (done)
		printf("%s\n", done);
	return EXIT_OK;
}

/* Opens -o FILE, or stdout. */
FILE *cli_open_output(const char *path, struct err *err)
{
	FILE *f;

	if (!path || strcmp(path, "-") == 0)
		return stdout;
	f = fopen(path, "wb");
	if (!f)
		err_set(err, "kan inte skriva '%s': %s", path, strerror(errno));
	return f;
}

/* Opens -o FILE for personal data: a new file is created readable by its
 * owner only (mode 0600 from the start, so it is never readable by others
 * for a moment), and a regular file of ours that others could read is
 * made so too. Anything else (a device, another user's file) is written
 * as it is. */
FILE *cli_open_private_output(const char *path, struct err *err)
{
	struct stat sb;
	FILE *f;
	int fd;

	if (!path || strcmp(path, "-") == 0)
		return stdout;
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
	if (fd < 0) {
		err_set(err, "kan inte skriva '%s': %s", path, strerror(errno));
		return NULL;
	}
	if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_uid == geteuid() && (sb.st_mode & 077) &&
	    fchmod(fd, sb.st_mode & 0700) < 0) {
		err_set(err, "kan inte göra '%s' läsbar bara för ägaren: %s", path, strerror(errno));
		close(fd);
		return NULL;
	}
	f = fdopen(fd, "wb");
	if (!f) {
		err_set(err, "kan inte skriva '%s': %s", path, strerror(errno));
		close(fd);
	}
	return f;
}

int cli_close_output(FILE *f, const char *path, struct err *err)
{
	int bad = ferror(f);

	if (f == stdout)
		bad |= fflush(f) != 0;
	else
		bad |= fclose(f) != 0;
	if (bad)
		return err_set(err, "kunde inte skriva '%s'", path && strcmp(path, "-") ? path : "standard ut");
	return 0;
}

/* Checks --year and --format before anything is opened. */
int cli_early_checks(const struct cmd *c, const char *year_s, const char *format)
{
	enum render_format f;
	struct err err;
	int year;

	if (year_s && cli_year(c, year_s, &year) < 0)
		return -1;
	if (format && render_format_parse(format, &f, &err) < 0) {
		cli_usage(c, err.msg);
		return -1;
	}
	return 0;
}

/* Checks --year and --format, opens the database and settles the year:
 * --year, or the latest in the database. Returns 0, or the exit status
 * after saying what is wrong. */
int cli_open_year(struct cli *cli, const struct cmd *c, const char *year_s,
			 const char *format, struct store **st, int *year)
{
	struct err err;

	*st = NULL;
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	if (year_s) {
		cli_year(c, year_s, year);
	} else if (app_latest_year(*st, year, &err) < 0) {
		app_close(*st);
		*st = NULL;
		return cli_fail(&err);
	}
	return 0;
}

void cli_on_warn(void *ctx, const char *msg)
{
	(void)ctx;
	fprintf(stderr, "finsam: varning: %s\n", msg);
}

void cli_on_step(void *ctx, long lines, long vers)
{
	(void)ctx;
	fprintf(stderr, "\r  %ld rader, %ld verifikationer ...", lines, vers);
	fflush(stderr);
}

static int print_doc(struct doc *d, const char *format, const char *out_path, int personal, struct err *err)
{
	enum render_format f;
	FILE *out;
	int rc;

	if (render_format_parse(format ? format : "text", &f, err) < 0)
		return -1;
	out = personal ? cli_open_private_output(out_path, err) : cli_open_output(out_path, err);
	if (!out)
		return -1;
	/* A PDF on the screen is a page of binary noise and can upset the
	 * terminal; a pipe or a redirection is fine. */
	if (render_format_binary(f) && isatty(fileno(out))) {
		err_set(err, "formatet %s skrivs inte till terminalen: skriv det till en fil "
			     "med -o rapport.%s (eller > rapport.%s)", format, format, format);
		cli_close_output(out, out_path, NULL);
		return -1;
	}
	rc = render_doc(d, f, out, err);
	if (cli_close_output(out, out_path, rc < 0 ? NULL : err) < 0)
		rc = -1;
	return rc;
}

int cli_print_doc(struct doc *d, const char *format, const char *out_path, struct err *err)
{
	return print_doc(d, format, out_path, 0, err);
}

static int finish_doc(struct store *st, struct doc *d, const char *format, const char *out_path, int personal,
		      struct err *err)
{
	int rc = d ? print_doc(d, format, out_path, personal, err) : -1;

	doc_free(d);
	app_close(st);
	return rc < 0 ? cli_fail(err) : EXIT_OK;
}

int cli_finish_doc(struct store *st, struct doc *d, const char *format, const char *out_path,
		   struct err *err)
{
	return finish_doc(st, d, format, out_path, 0, err);
}

int cli_finish_personal_doc(struct store *st, struct doc *d, const char *format, const char *out_path,
			    struct err *err)
{
	return finish_doc(st, d, format, out_path, 1, err);
}

/* A command printing one document with --format F and -o FILE, built by
 * named from the word after the command (max_pos 1; missing: the usage
 * message when it is required and not given) or by plain (max_pos 0). */
static int doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, size_t max_pos,
		       const char *missing, struct doc *(*named)(struct store *st, const char *which, struct err *err),
		       struct doc *(*plain)(struct store *st, struct err *err))
{
	const char *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, max_pos, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (missing && n != 1)
		return cli_usage(c, missing);
	if (cli_early_checks(c, NULL, format) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	return cli_finish_doc(st, named ? named(st, n ? pos[0] : NULL, &err) : plain(st, &err), format, out_path,
			      &err);
}

int cli_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv,
		    struct doc *(*build)(struct store *st, struct err *err))
{
	return doc_command(cli, c, argc, argv, 0, NULL, NULL, build);
}

int cli_named_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, const char *missing,
			  struct doc *(*build)(struct store *st, const char *which, struct err *err))
{
	return doc_command(cli, c, argc, argv, 1, missing, build, NULL);
}

int cli_year_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int year_required,
			 struct doc *(*build)(struct store *st, int year, struct err *err))
{
	char this_year[16];
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (year_required == CLI_YEAR_THIS && !year_s) {
		snprintf(this_year, sizeof(this_year), "%d", date_today().y);
		year_s = this_year;
	}
	if (year_required == CLI_YEAR_REQUIRED && !year_s)
		return cli_usage(c, "ange året med --year");
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	return cli_finish_doc(st, build(st, year, &err), format, out_path, &err);
}

/* Says on stderr why a document is not written: the failing checks with
 * their figures, and the two ways on. */
static void refused(const struct doc *d, const struct check_report *r, int checked_year)
{
	size_t i;

	fprintf(stderr, "finsam: %s skrivs inte: kontrollen av %d visar fel\n", d->title ? d->title : "rapporten",
		checked_year);
	for (i = 0; i < r->n; i++) {
		const struct check_item *it = &r->items[i];
		const char *p;

		if (it->status != CHECK_FAILED)
			continue;
		fprintf(stderr, "  [FEL] %s (%s)\n", it->title, it->id);
		for (p = it->detail; p && *p;) {
			const char *nl = strchr(p, '\n');
			int len = nl ? (int)(nl - p) : (int)strlen(p);

			fprintf(stderr, "        %.*s\n", len, p);
			p += len + (nl != NULL);
		}
	}
	fprintf(stderr, "Rätta felen (se 'finsam check --year %d'), eller skriv ett utkast med --draft:\n"
			"utkastet bär texten \"" DOC_DRAFT_MARK "\" på varje sida.\n", checked_year);
}

int cli_finish_checked_doc(struct store *st, struct doc *d, int year, int draft, const char *format,
			   const char *out_path, struct err *err)
{
	struct check_report r = { 0 };
	int checked_year = 0, rc;

	if (!d) {
		app_close(st);
		return cli_fail(err);
	}
	rc = app_document_gate(st, year, draft, d, &r, &checked_year, err);
	if (rc == APP_REFUSED)
		refused(d, &r, checked_year);
	check_report_release(&r);
	if (rc == APP_REFUSED) {
		doc_free(d);
		app_close(st);
		return EXIT_CHECK_FAILED;
	}
	if (rc < 0) {
		doc_free(d);
		app_close(st);
		return cli_fail(err);
	}
	return cli_finish_doc(st, d, format, out_path, err);
}

int cli_checked_year_doc_command(struct cli *cli, const struct cmd *c, int argc, char **argv, int year_required,
				 struct doc *(*build)(struct store *st, int year, int64_t unit, struct err *err))
{
	const char *year_s = NULL, *unit_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	int draft = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "unit", 1, &unit_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { "draft", 0, NULL, &draft }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t unit;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (cli_unit(c, unit_s, format, &unit) < 0)
		return EXIT_BAD_INPUT;
	if (year_required && !year_s)
		return cli_usage(c, "ange året med --year");
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	return cli_finish_checked_doc(st, build(st, year, unit, &err), year, draft, format, out_path, &err);
}

int cli_unit(const struct cmd *c, const char *unit_s, const char *format, int64_t *unit)
{
	*unit = MONEY_KR;
	if (unit_s && strcmp(unit_s, "tkr") == 0)
		*unit = MONEY_TKR;
	else if (unit_s && strcmp(unit_s, "kr") != 0) {
		cli_usage(c, "--unit ska vara kr eller tkr");
		return -1;
	}
	/* Programs get exact öre. */
	if (format && strcmp(format, "json") == 0)
		*unit = MONEY_KR;
	return 0;
}

/* A record's id as list shows it; a message and -1 when it is not one. */
int cli_id(const struct cmd *c, const char *s, int64_t *id)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	if (errno || end == s || *end || v <= 0) {
		char msg[160];

		snprintf(msg, sizeof(msg), "'%s' är inget id (se listan: 'finsam %s %s')", s, c->name,
			 strchr(c->sub, ' ') ? "... list" : "list");
		cli_usage(c, msg);
		return -1;
	}
	*id = v;
	return 0;
}

int cli_parse_one(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *missing,
		  const char **word, int *status)
{
	const char *pos[1];
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc) {
		*status = rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
		return -1;
	}
	if (n != 1) {
		*status = cli_usage(c, missing);
		return -1;
	}
	*word = pos[0];
	return 0;
}

int cli_parse_id(const struct cmd *c, int argc, char **argv, const struct opt *opts, const char *missing, int64_t *id,
		 int *status)
{
	const char *word;

	if (cli_parse_one(c, argc, argv, opts, missing, &word, status) < 0)
		return -1;
	if (cli_id(c, word, id) < 0) {
		*status = EXIT_BAD_INPUT;
		return -1;
	}
	return 0;
}

/* Reads one line into buf without its line end; on a terminal with echo
 * off. Returns 0, or -1 at end of input. */
static int read_secret(const char *prompt, char *buf, size_t n)
{
	struct termios old, quiet;
	int tty = isatty(STDIN_FILENO), restored = 0, rc = 0;

	if (tty) {
		fputs(prompt, stderr);
		fflush(stderr);
		if (tcgetattr(STDIN_FILENO, &old) == 0) {
			quiet = old;
			quiet.c_lflag &= ~(tcflag_t)ECHO;
			quiet.c_lflag |= ECHONL;
			restored = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
		}
	}
	if (!fgets(buf, (int)n, stdin))
		rc = -1;
	else
		buf[strcspn(buf, "\r\n")] = '\0';
	if (restored)
		tcsetattr(STDIN_FILENO, TCSAFLUSH, &old);
	return rc;
}

/* The new password: asked twice on a terminal, once from a pipe. */
int cli_read_password(char *pw, size_t n)
{
	char again[PASSWORD_MAX + 2];

	if (read_secret("Lösenord: ", pw, n) < 0) {
		cli_error("inget lösenord på standard in");
		return -1;
	}
	if (isatty(STDIN_FILENO)) {
		if (read_secret("Upprepa lösenordet: ", again, sizeof(again)) < 0 || strcmp(pw, again) != 0) {
			memset(again, 0, sizeof(again));
			cli_error("lösenorden är inte lika");
			return -1;
		}
		memset(again, 0, sizeof(again));
	}
	return 0;
}
