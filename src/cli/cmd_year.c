/*
 * cmd_year.c: the commands of the fiscal years: year list, year close
 * (the board has adopted the annual report) and year reopen. On the
 * command line the operator acts as an administrator, as for 'user add'.
 */
#include <stdio.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "cli/cli.h"

enum { Y_LIST, Y_CLOSE, Y_REOPEN };

static int cmd_year_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &year_cmds[Y_LIST], argc, argv, app_report_years);
}

static int cmd_year_close(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &year_cmds[Y_CLOSE];
	const char *adopted = NULL, *pos[1];
	const struct opt opts[] = { { "adopted", 1, &adopted, NULL }, { 0 } };
	struct store *st = NULL;
	struct user op;
	struct date day;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange året");
	if (!adopted)
		return cli_usage(c, "ange dagen då förbundsstyrelsen fastställde årsredovisningen med --adopted");
	if (cli_year(c, pos[0], &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	app_operator(st, &op);
	rc = app_year_close(st, &op, year, adopted, &err);
	if (rc < 0) {
		app_close(st);
		return cli_fail(&err);
	}
	printf("Året %d är stängt: årsredovisningen fastställdes av förbundsstyrelsen %s.\n", year, adopted);
	/* The adoption refers to a board meeting; a database from before the
	 * meetings were recorded has none, so it is a warning, no refusal. */
	if (date_parse(adopted, &day, &err) == 0 && app_meeting_held(st, BODY_BOARD, day, &err) == 0)
		fprintf(stderr, "finsam: varning: inget sammanträde med styrelsen är protokollfört %s; lägg in det "
			"med 'finsam meeting add %s --body styrelse' och anteckna beslutet om årsredovisningen med "
			"'finsam meeting decide'.\n", adopted, adopted);
	app_close(st);
	return EXIT_OK;
}

static int cmd_year_reopen(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &year_cmds[Y_REOPEN];
	const char *reason = NULL, *pos[1];
	const struct opt opts[] = { { "reason", 1, &reason, NULL }, { 0 } };
	struct store *st = NULL;
	struct user op;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange året");
	if (!reason)
		return cli_usage(c, "ange varför året öppnas igen med --reason");
	if (cli_year(c, pos[0], &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	app_operator(st, &op);
	rc = app_year_reopen(st, &op, year, reason, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Året %d är öppet igen; skälet är sparat i loggen.\n", year);
	return EXIT_OK;
}

const struct cmd year_cmds[] = {
	[Y_LIST] = { "year", "list", "year list [--format F]", "visa åren: bokföring, budget och om de är stängda",
		     "Visar varje år som har bokföring, budget eller är stängt: räkenskapsårets\n"
		     "period, om det finns bokföring och budget, om året är öppet eller stängt\n"
		     "och, för ett stängt år, dagen då förbundsstyrelsen fastställde\n"
		     "årsredovisningen.\n\n"
		     "Val:\n  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		     cmd_year_list },
	[Y_CLOSE] = { "year", "close", "year close ÅR --adopted DATUM",
		      "stäng ett år när styrelsen har fastställt årsredovisningen",
		      "Stänger räkenskapsåret ÅR: förbundsstyrelsen har fastställt årsredovisningen\n"
		      "dagen DATUM. Sedan kan inget som årets dokument bygger på läggas till,\n"
		      "ändras eller tas bort (bokföringen, budgeten, beslut, deltagare, mål,\n"
		      "texter och annat), och årsredovisningen bär raden \"Fastställd av\n"
		      "förbundsstyrelsen DATUM\". Kontoplanen kan inte ändras så att ett stängt\n"
		      "års siffror ändras, och inställningen min-cell inte ändras alls medan något\n"
		      "år är stängt.\n\n"
		      "Året måste ha bokföring, DATUM måste ligga efter räkenskapsårets slut och\n"
		      "får inte ligga efter i dag. Stängningen skrivs i loggen. Bara en\n"
		      "administratör stänger och öppnar år; på kommandoraden räknas den som kör\n"
		      "finsam som administratör.\n\n"
		      "Fastställelsen är ett beslut av styrelsen: finns inget sammanträde med\n"
		      "styrelsen protokollfört dagen DATUM ('finsam meeting add') stängs året\n"
		      "ändå, men med en varning.\n\n"
		      "Val:\n  --adopted DATUM   dagen då styrelsen fastställde årsredovisningen (ÅÅÅÅ-MM-DD)\n",
		      cmd_year_close },
	[Y_REOPEN] = { "year", "reopen", "year reopen ÅR --reason TEXT", "öppna ett stängt år igen (administratör)",
		       "Öppnar det stängda året ÅR igen, till exempel när revisorn har hittat ett fel\n"
		       "som måste rättas och styrelsen ska fastställa årsredovisningen på nytt.\n"
		       "Skälet krävs och sparas i loggen med vem som öppnade året och när. Stäng\n"
		       "året igen med 'finsam year close' när den nya årsredovisningen är\n"
		       "fastställd.\n\n"
		       "Val:\n  --reason TEXT   varför året öppnas (krävs)\n",
		       cmd_year_reopen },
	{ 0 }
};
