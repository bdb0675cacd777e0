/*
 * cmd_survey.c: the commands of the NNS indicator surveys: survey import
 * reads the results the survey tool gives, report survey shows them per
 * respondent group, protected against small groups.
 */
#include <stdio.h>
#include <string.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { S_IMPORT, S_REPORT, S_REMOVE };

static int cmd_survey_import(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &survey_cmds[S_IMPORT];
	const char *year_s = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { 0 } };
	struct app_survey_import res;
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year = 0, rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange CSV-filen med enkätsvaren");
	if (year_s && cli_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (!cli->db)
		return cli_usage(c, "ingen databas angiven (--db FIL eller FINSAM_DB)");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_import_survey(st, pos[0], year, &res, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Läste in %ld rader med enkätsvar från %s%s.\n", res.lines, pos[0],
	       res.cp1252 ? " (Windows-1252)" : "");
	if (res.replaced)
		printf("De ersatte %ld tidigare inlästa rader för samma år, grupp och insats.\n", res.replaced);
	return EXIT_OK;
}

static int cmd_report_survey(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &survey_cmds[S_REPORT];
	const char *year_s = NULL, *group = NULL, *insats = NULL, *format = NULL, *out_path = NULL, *pos[1];
	int unprotected = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "group", 1, &group, NULL },
				    { "insats", 1, &insats, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "unprotected", 0, NULL, &unprotected },
				    { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (cli_early_checks(c, year_s, format) < 0)
		return EXIT_BAD_INPUT;
	cli_year(c, year_s, &year);
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	d = app_report_survey(st, year, group, insats, !unprotected, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

static int cmd_survey_remove(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &survey_cmds[S_REMOVE];
	const char *year_s = NULL, *group = NULL, *insats = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "group", 1, &group, NULL },
				    { "insats", 1, &insats, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	int64_t removed = 0;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s || !group)
		return cli_usage(c, "ange --year och --group");
	if (cli_year(c, year_s, &year) < 0)
		return EXIT_BAD_INPUT;
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_survey_remove(st, year, group, insats, &removed, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Tog bort %lld rader med enkätsvar.\n", (long long)removed);
	return EXIT_OK;
}

const struct cmd survey_cmds[] = {
	[S_IMPORT] = { "survey", "import", "survey import FIL [--year ÅR]",
		       "läs in enkätsvar (NNS-indikatorer, CSV)",
		       "Läser in svaren på NNS indikatorenkäter som enkätverktyget ger dem: CSV i\n"
		       "UTF-8 eller Windows-1252, semikolon eller komma, en rubrikrad och en rad\n"
		       "per fråga, grupp och kön. Kolumnerna, i valfri ordning och med stora\n"
		       "eller små bokstäver:\n\n"
		       "  år          svarens år (kan utelämnas med --year)\n"
		       "  grupp       deltagare start, deltagare pågående, deltagare avslut,\n"
		       "              personal, chefer eller styrelse\n"
		       "  fråga       frågans kod, t.ex. A3\n"
		       "  frågetext   frågan som den ställdes\n"
		       "  kön         kvinna, man eller okänt\n"
		       "  insats      insatsens id eller namn (frivillig; tom: förbundets egen enkät)\n"
		       "  1 ... 6     antal svar på varje steg, från 1 inte alls till 6 helt och\n"
		       "              hållet (tom ruta räknas som 0)\n\n"
		       "Varje rad prövas; alla fel listas med radnummer och orsak, och då sparas\n"
		       "ingenting. För varje år, grupp och insats som filen tar upp ersätts det\n"
		       "som lästs in tidigare, så en ny export av samma enkät kan läsas in igen.\n\n"
		       "Val:\n  --year ÅR     året för rader utan år; en rad med annat år är fel\n",
		       cmd_survey_import },
	[S_REPORT] = { "report", "survey",
		       "report survey --year ÅR [--group G] [--insats INSATS] [--format F] [--unprotected]",
		       "enkätresultat per svarsgrupp, skyddade mot små grupper",
		       "Visar årets enkätsvar (NNS-indikatorer), en tabell per svarsgrupp och en\n"
		       "rad per fråga: antal svarande (totalt, kvinnor, män), andel positiva\n"
		       "(svar 4–6 av alla svar; totalt, kvinnor, män) och antal svar per steg.\n\n"
		       "Antal färre än 5 visas som <5, och fler uppgifter döljs (x) så att de\n"
		       "inte kan räknas fram ur summorna; en andel döljs när antalet svarande\n"
		       "gör det. Gränsen är inställningen min-cell (se 'finsam setting list').\n"
		       "--unprotected visar allt, bara för förbundets administratörer.\n\n"
		       "Val:\n  --year ÅR        året\n"
		       "  --group G        bara en svarsgrupp, t.ex. \"deltagare avslut\" eller personal\n"
		       "  --insats INSATS  bara en insats (id eller namn)\n"
		       "  --format F       " CLI_FORMATS "\n  -o FIL           skriv till FIL\n"
		       "  --unprotected    visa små grupper (bara för administratörer)\n",
		       cmd_report_survey },
	[S_REMOVE] = { "survey", "remove", "survey remove --year ÅR --group GRUPP [--insats INSATS]",
		       "ta bort inlästa enkätsvar",
		       "Tar bort enkätsvaren från GRUPP för ÅR, för en insats (--insats) eller de\n"
		       "som inte hör till någon insats: det som en ny 'survey import' av dem\n"
		       "skulle ersätta, t.ex. en fil som lästes in för fel år. Loggen får vad som\n"
		       "togs bort. Vägras när året är stängt (årsredovisningen fastställd).\n\n"
		       "Val:\n  --year ÅR          året\n"
		       "  --group GRUPP      deltagare start, deltagare pågående, deltagare avslut,\n"
		       "                     personal, chefer eller styrelse\n"
		       "  --insats INSATS    insatsens id eller namn\n",
		       cmd_survey_remove },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
