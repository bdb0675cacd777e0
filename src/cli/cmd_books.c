/*
 * cmd_books.c: the commands for the books: init, import sie, export sie,
 * accounts, report statements, check and demo. Each translates its
 * arguments into one use case of app/ and prints what it gives.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "app/app.h"
#include "base/buf.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"
#include "render/render.h"

#ifndef FINSAM_EXAMPLES_DIR
#define FINSAM_EXAMPLES_DIR "examples"
#endif

/* ---- init ---- */

static int cmd_init(struct cli *cli, int argc, char **argv)
{
	const char *name = NULL, *orgnr = NULL, *pos[1];
	const struct opt opts[] = { { "name", 1, &name, NULL }, { "orgnr", 1, &orgnr, NULL }, { 0 } };
	size_t n;
	struct err err;
	int rc = cli_parse(&books_cmds[0], argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!name || !orgnr)
		return cli_usage(&books_cmds[0], "--name och --orgnr behövs");
	if (!cli->db)
		return cli_usage(&books_cmds[0], "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_init(cli->db, name, orgnr, &err) < 0)
		return cli_fail(&err);
	printf("Skapade %s för %s.\n", cli->db, name);
	return EXIT_OK;
}

/* ---- import sie ---- */

#define IMPORT_ERRORS_LISTED 25

/* The first errors of the file, listed under the summary. */
/* The summary (the first line of the message) and the first errors, each
 * with the file, line and column where it lies. */
static int import_failed(const struct app_import_errors *e, const char *file, const struct err *err)
{
	const char *nl = strchr(err->msg, '\n');
	char where[ERR_MSG_MAX];
	size_t i;

	if (e->count < 2 || !nl)
		return cli_fail(err);
	fprintf(stderr, "finsam: %.*s\n", (int)(nl - err->msg), err->msg);
	for (i = 0; i < e->n && i < IMPORT_ERRORS_LISTED; i++) {
		err_where(where, sizeof(where), file, e->v[i].line, e->v[i].col);
		fprintf(stderr, "  %s%s\n", where, e->v[i].msg);
	}
	if (e->count > IMPORT_ERRORS_LISTED)
		fputs("  ...\n", stderr);
	return EXIT_BAD_INPUT;
}

static int cmd_import_sie(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[1];
	const char *pos[1];
	int quiet = 0;
	const struct opt opts[] = { { "quiet", 0, NULL, &quiet }, { 0 } };
	struct app_import_errors errors;
	struct app_progress progress = { .ctx = &errors, .warn = cli_on_warn, .error = app_import_errors_on_error };
	struct app_import_result res;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange SIE-filen som ska läsas in");
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (!quiet && isatty(STDERR_FILENO))
		progress.step = cli_on_step;
	app_import_errors_init(&errors);
	rc = app_import_sie(cli->db, pos[0], &progress, &res, &err);
	if (progress.step)
		fprintf(stderr, "\r\033[K");
	if (rc < 0) {
		rc = import_failed(&errors, pos[0], &err);
		app_import_errors_release(&errors);
		return rc;
	}
	app_import_errors_release(&errors);
	if (!quiet) {
		printf("Läste in %s: räkenskapsår %d, %ld konton, %ld saldon, %ld verifikationer, %ld transaktioner",
		       pos[0], res.year, res.accounts, res.balances, res.verifications, res.transactions);
		printf("%s%s.\n", res.utf8 ? " (UTF-8)" : " (PC8)", res.ksumma ? ", kontrollsumman stämmer" : "");
		if (res.created)
			printf("Skapade databasen %s.\n", cli->db);
		if (res.replaced)
			printf("Bokföringen för %d ersattes med filens.\n", res.year);
		if (res.warnings)
			printf("%ld varningar (se ovan).\n", res.warnings);
	}
	return EXIT_OK;
}

/* ---- export sie ---- */

static int cmd_export_sie(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[2];
	const char *year_s = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	FILE *out;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	rc = cli_open_year(cli, c, year_s, NULL, &st, &year);
	if (rc)
		return rc;
	out = cli_open_output(out_path, &err);
	if (!out) {
		app_close(st);
		return cli_fail(&err);
	}
	rc = app_export_sie(st, year, out, &err);
	if (cli_close_output(out, out_path, rc < 0 ? NULL : &err) < 0)
		rc = -1;
	app_close(st);
	if (rc < 0) {
		if (out_path && strcmp(out_path, "-") != 0)
			remove(out_path);
		return cli_fail(&err);
	}
	return EXIT_OK;
}

/* ---- accounts ---- */

static int cmd_accounts(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[3];
	const char *format = NULL, *out_path = NULL, *pos[3];
	const struct opt opts[] = { { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d = NULL;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 3, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n > 0 && strcmp(pos[0], "map") != 0 && strcmp(pos[0], "reset") != 0)
		return cli_usage(c, "okänt underkommando (map eller reset)");
	if (n > 0 && strcmp(pos[0], "map") == 0 && n != 3)
		return cli_usage(c, "skriv: finsam accounts map FRÅN-TILL RAD");
	if (n > 0 && strcmp(pos[0], "reset") == 0 && n != 1)
		return cli_usage(c, "reset tar inga argument");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = -1;
	if (n > 0 && strcmp(pos[0], "map") == 0) {
		if (app_map_add(st, pos[1], pos[2], &err) < 0)
			goto out;
		{
			enum stmt_line l = LINE_NONE;

			stmt_line_parse(pos[2], &l);
			if (l == LINE_NONE)
				printf("Konton %s redovisas nu inte i resultat- eller balansräkningen.\n", pos[1]);
			else
				printf("Konton %s redovisas nu på raden %s (%s).\n", pos[1], stmt_line_label(l),
				       stmt_line_key(l));
		}
	} else if (n > 0) {
		if (app_map_reset(st, &err) < 0)
			goto out;
		printf("Kontomappningen är återställd till standard (BAS).\n");
	} else {
		d = app_report_accounts(st, &err);
		if (!d || cli_print_doc(d, format, out_path, &err) < 0)
			goto out;
	}
	rc = 0;
out:
	doc_free(d);
	app_close(st);
	return rc < 0 ? cli_fail(&err) : EXIT_OK;
}

/* ---- report statements ---- */

static int cmd_report_statements(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[4];
	const char *year_s = NULL, *until_s = NULL, *unit_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "until", 1, &until_s, NULL },
				    { "unit", 1, &unit_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d = NULL;
	struct date until;
	struct err err;
	int64_t unit;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (cli_unit(c, unit_s, format, &unit) < 0)
		return EXIT_BAD_INPUT;
	if (until_s && date_parse(until_s, &until, &err) < 0)
		return cli_usage(c, err.msg);
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	/* Without --year the period's year is the date's. */
	if (until_s && !year_s)
		year = until.y;
	d = app_report_statements_as(st, year, until_s ? &until : NULL, unit, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

/* ---- check ---- */

static int cmd_check(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[5];
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct check_report report = { 0 };
	struct doc *d = NULL;
	struct err err;
	size_t n;
	int year, failures = 0, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	rc = app_check(st, year, &report, &err);
	if (rc == 0) {
		failures = report.failures;
		d = app_report_check(st, &report, &err);
		rc = d ? cli_print_doc(d, format, out_path, &err) : -1;
	}
	doc_free(d);
	check_report_release(&report);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	return failures ? EXIT_CHECK_FAILED : EXIT_OK;
}

/* ---- demo ---- */

static int cmd_demo(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &books_cmds[6];
	const char *dir = NULL, *pos[1];
	const struct opt opts[] = { { "dir", 1, &dir, NULL }, { 0 } };
	struct app_progress progress = { .warn = cli_on_warn };
	struct store *st = NULL;
	struct doc *d = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (!dir)
		dir = getenv("FINSAM_EXAMPLES") ? getenv("FINSAM_EXAMPLES") : FINSAM_EXAMPLES_DIR;
	if (app_demo(cli->db, dir, &progress, &year, &err) < 0)
		return cli_fail(&err);
	printf("Demoförbundet finns nu i %s. Finansiella rapporter för %d:\n\n", cli->db, year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = -1;
	d = app_report_statements(st, year, &err);
	if (d && cli_print_doc(d, "text", NULL, &err) == 0)
		rc = 0;
	app_close(st);
	doc_free(d);
	if (rc < 0)
		return cli_fail(&err);
	printf("\nPröva också:\n"
	       "  build/finsam --db %s check\n"
	       "  build/finsam --db %s report statements --year %d --format json\n"
	       "  build/finsam --db %s report budget --year %d\n"
	       "  build/finsam --db %s report interim --until %d-08-31\n"
	       "  build/finsam --db %s report operating --year %d --unit tkr\n"
	       "  build/finsam --db %s calendar --year %d\n"
	       "  build/finsam --db %s export sie --year %d\n"
	       "  build/finsam --db %s report annual --year %d --format pdf -o arsredovisning.pdf\n"
	       "  build/finsam --db %s report plan --year %d --format html -o plan.html\n",
	       cli->db, cli->db, year, cli->db, year, cli->db, year, cli->db, year, cli->db, year,
	       cli->db, year, cli->db, year, cli->db, year);
	return EXIT_OK;
}

const struct cmd books_cmds[] = {
	{ "init", NULL, "init --name NAMN --orgnr NNNNNN-NNNN",
	  "skapa en ny databas för ett förbund",
	  "Skapar en ny, tom databas (--db) för förbundet med namnet NAMN och\n"
	  "organisationsnumret NNNNNN-NNNN (kontrollsiffran prövas). En databas som\n"
	  "redan finns ändras inte.\n\n"
	  "Val:\n  --name NAMN      förbundets namn\n  --orgnr NUMMER   organisationsnummer, t.ex. 222000-1990\n",
	  cmd_init },
	{ "import", "sie", "import sie FIL",
	  "läs in bokföringen från en SIE 4-fil",
	  "Läser in en SIE 4-fil (typ 4E eller 4I, PC8 eller UTF-8) från\n"
	  "bokföringsprogrammet: kontoplan, ingående och utgående balanser, resultat,\n"
	  "periodsaldon, verifikationer och transaktioner. Filens räkenskapsår\n"
	  "(#RAR 0) ersätter det som databasen hade för samma år; föregående års\n"
	  "saldon (#RAR -1) sparas när databasen inte redan har det årets egen\n"
	  "bokföring.\n\n"
	  "Allt eller inget: vid minsta fel i filen sparas ingenting. Hela filen\n"
	  "prövas ändå, och varje fel anges med fil, rad och kolumn; har filen flera\n"
	  "fel står först hur många de är och under det de första 25. Finns\n"
	  "databasen inte skapas den, med förbundets namn och organisationsnummer\n"
	  "från #FNAMN och #ORGNR.\n\n"
	  "Efter inläsningen kontrolleras att filens ingående balanser är\n"
	  "föregående års utgående i databasen (och att nästa års ingående följer av\n"
	  "filens utgående, när databasen har nästa år), att de utgående balanserna\n"
	  "följer av de ingående och årets transaktioner, och att varje konto med\n"
	  "belopp finns i rapporterna. Det som inte stämmer blir en varning med\n"
	  "kontona och beloppen; 'finsam check' visar fel tills det är rättat.\n\n"
	  "Val:\n  --quiet   skriv ingen sammanfattning och inga förloppsrader\n",
	  cmd_import_sie },
	{ "export", "sie", "export sie [--year ÅR] [-o FIL]",
	  "skriv ett räkenskapsår som SIE 4E-fil",
	  "Skriver räkenskapsåret ÅR (standard: det senaste) som en SIE 4E-fil i PC8:\n"
	  "kontoplan, balanser, föregående års balanser när databasen har dem, och\n"
	  "alla verifikationer. Filen kan läsas in igen och ger då samma bokföring.\n\n"
	  "Val:\n  --year ÅR    räkenskapsåret (det år det slutar)\n  -o FIL       skriv till FIL i stället för standard ut\n",
	  cmd_export_sie },
	{ "accounts", NULL, "accounts [map FRÅN-TILL RAD | reset] [--format F]",
	  "visa kontoplanen och vilken rad varje konto hamnar på",
	  "Utan argument: visar kontoplanen, vilken rad i resultat- eller\n"
	  "balansräkningen varje konto redovisas på, och kontointervallen.\n\n"
	  "  accounts map 3000-3099 revenue   redovisa kontona 3000–3099 på raden revenue\n"
	  "  accounts reset                   gå tillbaka till standardmappningen (BAS)\n\n"
	  "Ett konto placeras efter sina fyra första siffror; det smalaste intervall\n"
	  "som rymmer kontot gäller. Rader: none, revenue, expenses, depreciation,\n"
	  "financial_income, financial_expenses, appropriations, result_transfer,\n"
	  "fixed_assets, inventories, receivables, cash_and_bank, equity, provisions,\n"
	  "long_term_liabilities, current_liabilities, grant (medlemmarnas\n"
	  "driftbidrag: en del av verksamhetens intäkter som eget kapital / driftbidrag\n"
	  "räknas på när året saknar budget; inget konto som standard).\n\n"
	  "  accounts map 3010-3039 grant     medlemmarnas bidrag bokförs på 3010–3039\n\n"
	  "Val:\n  --format F   " CLI_FORMATS "\n  -o FIL       skriv till FIL\n",
	  cmd_accounts },
	{ "report", "statements", "report statements [--year ÅR] [--until DATUM] [--unit kr|tkr] [--format F] [-o FIL]",
	  "resultaträkning, balansräkning, kassaflödesanalys och nyckeltal",
	  "Visar resultaträkning, balansräkning, kassaflödesanalys (indirekt metod)\n"
	  "och nyckeltalen soliditet och eget kapital / driftbidrag för ÅR (standard:\n"
	  "det senaste året), med föregående år bredvid när databasen har det.\n"
	  "Med --until visas perioden från årets början till och med DATUM, som i\n"
	  "delårsrapporten: resultaträkningen och kassaflödesanalysen bredvid samma\n"
	  "period året före, balansräkningen bredvid samma dag året före.\n\n"
	  "Val:\n  --year ÅR     räkenskapsåret\n"
	  "  --until DATUM periodens sista dag, inom räkenskapsåret\n"
	  "  --unit E      kr (standard) eller tkr; i tkr är beloppen avrundade så att\n"
	  "                varje summa stämmer (json har alltid exakta belopp)\n"
	  "  --format F    " CLI_FORMATS "\n"
	  "                (json-nycklarna beskrivs i docs/formats.md)\n  -o FIL        skriv till FIL\n",
	  cmd_report_statements },
	{ "check", NULL, "check [--year ÅR] [--format F]",
	  "kontrollera att siffrorna hänger ihop",
	  "Kontrollerar räkenskapsåret ÅR (standard: det senaste): att\n"
	  "balansräkningen balanserar, att årets resultat är lika med förändringen av\n"
	  "eget kapital, att kassaflödet är lika med förändringen av kassa och bank,\n"
	  "att föregående års utgående balanser är årets ingående, att varje\n"
	  "verifikation balanserar och att transaktionerna summerar till de utgående\n"
	  "balanserna; sedan finsams egna siffror: att varje konto med belopp finns\n"
	  "i resultat- eller balansräkningen (annars: 'finsam accounts map'), att\n"
	  "delårsrapportens eget kapital vid årets början är bokföringens, och att\n"
	  "inte fler deltagare har avslutats än skrivits in (och inget avslut ligger\n"
	  "före sin inskrivning). Varje fel visas med beloppen.\n\n"
	  "Årsredovisningen, delårsrapporten och verksamhetsplanen skrivs bara när\n"
	  "årets kontroller håller (annars som utkast med --draft).\n\n"
	  "Slutstatus 0 när allt stämmer, 1 när någon kontroll visar fel.\n\n"
	  "Val:\n  --year ÅR     räkenskapsåret\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
	  cmd_check },
	{ "demo", NULL, "demo [--dir MAPP]",
	  "skapa demoförbundet och visa dess rapporter",
	  "Skapar en ny databas (--db) med det påhittade Samordningsförbundet\n"
	  "Norrdalen: två års bokföring som SIE-filer, medlemmarna och budgeten, från\n"
	  "examples/ (eller MAPP), och visar de finansiella rapporterna för det\n"
	  "senaste året.\n",
	  cmd_demo },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
