/*
 * cmd_budget.c: the commands for the budget and the members: budget
 * import, budget show, report budget, member add and member list.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app/app.h"
#include "base/date.h"
#include "base/err.h"
#include "base/money.h"
#include "base/range.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { B_IMPORT, B_SHOW, B_SET, B_EXPORT, B_REVISE, B_REPORT, B_FORECAST, R_INTERIM, R_OPERATING,
       R_FOLLOWUP, R_MULTIYEAR, M_ADD, M_LIST };

static int parse_version(const struct cmd *c, const char *s, int *version)
{
	char *end;
	long v;

	*version = 0;
	if (!s)
		return 0;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 1 || v > 1000) {
		char msg[96];

		snprintf(msg, sizeof(msg), "ogiltig version '%s' (1 är den beslutade budgeten)", s);
		cli_usage(c, msg);
		return -1;
	}
	*version = (int)v;
	return 0;
}

static int cmd_budget_import(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[B_IMPORT];
	const char *label = NULL, *pos[1];
	int revise = 0;
	const struct opt opts[] = { { "revise", 0, NULL, &revise }, { "label", 1, &label, NULL }, { 0 } };
	struct app_budget_result res;
	struct store *st = NULL;
	struct err err;
	size_t n, i;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1)
		return cli_usage(c, "ange CSV-filen med budgetraderna");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_budget_import(st, pos[0], revise, label, &res, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	for (i = 0; i < res.n; i++)
		printf("Budget %d version %d: %ld rader%s.\n", res.years[i], res.versions[i], res.lines[i],
		       res.versions[i] > 1 && revise ? " (ny revidering)" : "");
	if (res.cp1252)
		printf("Filen lästes som Windows-1252.\n");
	return EXIT_OK;
}

/* budget show and report budget: the same arguments, two documents;
 * report budget also shows several years side by side (--years). */
static int budget_doc(struct cli *cli, const struct cmd *c, int argc, char **argv, int lines)
{
	const char *year_s = NULL, *years_s = NULL, *version_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "version", 1, &version_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { "years", 1, &years_s, NULL },
				    { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	long lo = 0, hi = 0;
	char lo_s[16];
	size_t n;
	int year, version, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (years_s && lines)
		return cli_usage(c, "budgetraderna visas för ett år i taget: ange --year");
	if (years_s && (year_s || version_s))
		return cli_usage(c, "ange antingen --year (och --version) eller --years");
	if (years_s && range_parse(years_s, 1900, 2999, &lo, &hi) < 0)
		return cli_usage(c, "--years ska vara ett år eller år-år, till exempel 2026-2028");
	if (!year_s && !years_s)
		return cli_usage(c, "ange året med --year");
	if (parse_version(c, version_s, &version) < 0)
		return EXIT_BAD_INPUT;
	if (years_s) {
		snprintf(lo_s, sizeof(lo_s), "%ld", lo);
		year_s = lo_s;
	}
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	if (years_s)
		d = app_report_budget_years(st, (int)lo, (int)hi, 0, &err);
	else
		d = lines ? app_budget_lines(st, year, version, &err) : app_report_budget(st, year, version, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

static int cmd_budget_show(struct cli *cli, int argc, char **argv)
{
	return budget_doc(cli, &budget_cmds[B_SHOW], argc, argv, 1);
}

static int cmd_report_budget(struct cli *cli, int argc, char **argv)
{
	return budget_doc(cli, &budget_cmds[B_REPORT], argc, argv, 0);
}

static int cmd_budget_forecast(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[B_FORECAST];
	const char *year_s = NULL, *comment = NULL, *pos[2];
	int clear = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "comment", 1, &comment, NULL },
				    { "clear", 0, NULL, &clear }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (clear ? n != 1 : n != 2)
		return cli_usage(c, clear ? "ange kostnadsområdet" : "ange kostnadsområdet och beloppet");
	if (!clear && (!comment || !*comment))
		return cli_usage(c, "en prognos som avviker från budgeten behöver en --comment");
	rc = cli_open_year(cli, c, year_s, NULL, &st, &year);
	if (rc)
		return rc;
	rc = app_forecast_set(st, year, pos[0], clear ? NULL : pos[1], comment, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	if (clear)
		printf("Prognosen för %s %d följer nu budgeten.\n", pos[0], year);
	else
		printf("Prognosen för %s %d är nu %s.\n", pos[0], year, pos[1]);
	return EXIT_OK;
}

static int cmd_report_interim(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[R_INTERIM];
	const char *until_s = NULL, *year_s = NULL, *unit_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	int draft = 0;
	const struct opt opts[] = { { "until", 1, &until_s, NULL }, { "year", 1, &year_s, NULL },
				    { "unit", 1, &unit_s, NULL }, { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { "draft", 0, NULL, &draft }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
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
	if (until_s && year_s)
		return cli_usage(c, "ange antingen --until eller --year");
	rc = cli_open_year(cli, c, until_s ? NULL : year_s, format, &st, &year);
	if (rc)
		return rc;
	if (!until_s) {
		/* The interim report's usual cut-off: 31 August. */
		until.y = year;
		until.m = 8;
		until.d = 31;
	}
	d = app_report_interim_doc(st, until, unit, &err);
	return cli_finish_checked_doc(st, d, until.y, draft, format, out_path, &err);
}

static int cmd_report_operating(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[R_OPERATING];
	const char *year_s = NULL, *unit_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "unit", 1, &unit_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	int64_t unit = MONEY_KR;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (unit_s && strcmp(unit_s, "tkr") == 0)
		unit = MONEY_TKR;
	else if (unit_s && strcmp(unit_s, "kr") != 0)
		return cli_usage(c, "--unit ska vara kr eller tkr");
	/* Programs get exact öre. */
	if (format && strcmp(format, "json") == 0)
		unit = 1;
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	d = app_report_operating(st, year, unit, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

static int cmd_report_followup(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[R_FOLLOWUP];
	const char *year_s = NULL, *unit_s = NULL, *format = NULL, *out_path = NULL, *region = NULL, *pos[1];
	int all = 0;
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "unit", 1, &unit_s, NULL },
				    { "format", 1, &format, NULL }, { "o", 1, &out_path, NULL },
				    { "output", 1, &out_path, NULL }, { "all", 0, NULL, &all },
				    { "region", 1, &region, NULL }, { 0 } };
	struct store *st = NULL;
	struct doc *d;
	struct err err;
	int64_t unit;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "--year saknas");
	if (cli_unit(c, unit_s, NULL, &unit) < 0)
		return EXIT_BAD_INPUT;
	/* Programs and the national system's spreadsheet get exact öre. */
	if (format && (strcmp(format, "json") == 0 || strcmp(format, "csv") == 0))
		unit = 1;
	if (region && !all)
		return cli_usage(c, "--region gäller --all");
	if (all) {
		/* Over the host's förbund: its register, not one förbund's
		 * records. */
		if (!cli->host)
			return cli_usage(c, "ingen databas angiven (--db postgresql://… eller FINSAM_DB)");
		if (cli->forbund)
			return cli_usage(c, "--all gäller hela värden: ange inget förbund");
		if (cli_year(c, year_s, &year) < 0 || cli_early_checks(c, year_s, format) < 0)
			return EXIT_BAD_INPUT;
		return cli_finish_doc(NULL, app_report_followup_all(cli->host, region, year, unit, &err), format,
				      out_path, &err);
	}
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	d = app_report_followup(st, year, unit, &err);
	return cli_finish_doc(st, d, format, out_path, &err);
}

static int cmd_budget_export(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[B_EXPORT];
	const char *year_s = NULL, *version_s = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "version", 1, &version_s, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	FILE *out;
	size_t n;
	int year, version, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (parse_version(c, version_s, &version) < 0)
		return EXIT_BAD_INPUT;
	rc = cli_open_year(cli, c, year_s, NULL, &st, &year);
	if (rc)
		return rc;
	out = cli_open_output(out_path, &err);
	if (!out) {
		app_close(st);
		return cli_fail(&err);
	}
	rc = app_budget_export(st, year, version, out, &err);
	if (cli_close_output(out, out_path, rc < 0 ? NULL : &err) < 0)
		rc = -1;
	app_close(st);
	if (rc < 0 && out_path && strcmp(out_path, "-") != 0)
		remove(out_path);
	return rc < 0 ? cli_fail(&err) : EXIT_OK;
}

static int cmd_budget_revise(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[B_REVISE];
	const char *year_s = NULL, *label = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "label", 1, &label, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, version = 0, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	rc = cli_open_year(cli, c, year_s, NULL, &st, &year);
	if (rc)
		return rc;
	rc = app_budget_revise(st, year, label, &version, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Budget %d version %d är nu den aktuella budgeten.\n", year, version);
	return EXIT_OK;
}

static int cmd_budget_set(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[B_SET];
	const char *year_s = NULL, *type = NULL, *group = NULL, *accounts = NULL, *pos[2];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "type", 1, &type, NULL },
				    { "group", 1, &group, NULL }, { "accounts", 1, &accounts, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, added = 0, rc = cli_parse(c, argc, argv, opts, pos, 2, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (!year_s)
		return cli_usage(c, "ange året med --year");
	if (n != 2)
		return cli_usage(c, "ange raden och beloppet");
	rc = cli_open_year(cli, c, year_s, NULL, &st, &year);
	if (rc)
		return rc;
	rc = app_budget_set(st, year, type, group, pos[0], pos[1], accounts, &added, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("%s %s i budget %d.\n", added ? "Lade till" : "Ändrade", pos[0], year);
	return EXIT_OK;
}

static int cmd_report_multiyear(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &budget_cmds[R_MULTIYEAR], argc, argv, app_report_multiyear);
}

static int cmd_member_add(struct cli *cli, int argc, char **argv)
{
	const struct cmd *c = &budget_cmds[M_ADD];
	const char *kind = NULL, *key = NULL, *pos[1];
	const struct opt opts[] = { { "kind", 1, &kind, NULL }, { "key", 1, &key, NULL }, { 0 } };
	struct store *st = NULL;
	struct member m;
	struct err err;
	size_t n;
	int rc = cli_parse(c, argc, argv, opts, pos, 1, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	if (n != 1 || !kind)
		return cli_usage(c, "ange medlemmens namn och --kind");
	if (app_open(&st, cli->db, 0, NULL, &err) < 0)
		return cli_fail(&err);
	rc = app_member_add(st, pos[0], kind, key, &m, &err);
	app_close(st);
	if (rc < 0)
		return cli_fail(&err);
	printf("Lade till %s (id %lld).\n", m.name, (long long)m.id);
	return EXIT_OK;
}

static int cmd_member_list(struct cli *cli, int argc, char **argv)
{
	return cli_doc_command(cli, &budget_cmds[M_LIST], argc, argv, app_report_members);
}

const struct cmd budget_cmds[] = {
	[B_IMPORT] = { "budget", "import", "budget import FIL [--revise] [--label TEXT]",
		       "läs in budgetrader från en CSV-fil",
		       "Läser in budgetrader från en CSV-fil som Excel sparar den (UTF-8 eller\n"
		       "Windows-1252, semikolon eller komma, en rubrikrad). Kolumner: år, typ\n"
		       "(intäkt, eget kapital eller kostnad), grupp, rad, belopp och gärna\n"
		       "konton (t.ex. 4010-4019,4030). En intäkt i gruppen \"Parternas insats\"\n"
		       "är medlemmarnas driftbidrag, som fördelas 50/25/25 i budgettabellen.\n"
		       "Kostnader får skrivas negativa, som i verksamhetsplanen, eller positiva.\n\n"
		       "Varje år i filen ersätter årets senaste budgetversion, eller blir en ny\n"
		       "revidering med --revise. Ett stängt års budget kan inte läsas in. Alla\n"
		       "rader eller ingen: felaktiga rader listas med radnummer och orsak (de\n"
		       "första 25), och då sparas ingenting. Varje år som sparas står i loggen.\n\n"
		       "Val:\n  --revise       spara som en ny version (aktuell budget)\n"
		       "  --label TEXT   t.ex. \"Beslutad 2021-11-18\"\n",
		       cmd_budget_import },
	[B_SHOW] = { "budget", "show", "budget show --year ÅR [--version N] [--format F]",
		     "visa årets budgetrader",
		     "Visar budgetraderna för ÅR som de lästes in: typ, grupp, rad, belopp och\n"
		     "konton. Standard är den aktuella (senaste) versionen.\n\n"
		     "Val:\n  --year ÅR      budgetåret\n  --version N    en viss version (1 = beslutad)\n"
		     "  --format F     " CLI_FORMATS "\n  -o FIL         skriv till FIL\n",
		     cmd_budget_show },
	[B_SET] = { "budget", "set", "budget set --year ÅR RAD BELOPP [--type T] [--group G] [--accounts K]",
		    "ändra eller lägg till en rad i den aktuella budgeten",
		    "Ändrar beloppet på raden RAD i årets aktuella budget, eller lägger till\n"
		    "raden om den inte finns. Vill du behålla den beslutade budgeten\n"
		    "oförändrad, gör först 'finsam budget revise'. En ändring skrivs i loggen\n"
		    "med raden före och efter; en rad tas bort med 'budget remove-line'.\n"
		    "Vägras när året är fastställt (stängt).\n\n"
		    "Val:\n  --year ÅR        budgetåret\n"
		    "  --type T         intäkt, eget kapital eller kostnad (standard kostnad)\n"
		    "  --group G        gruppen, t.ex. Insatser\n"
		    "  --accounts K     konton, t.ex. 4010-4019\n",
		    cmd_budget_set },
	[B_EXPORT] = { "budget", "export", "budget export --year ÅR [--version N] [-o FIL]",
		       "skriv budgeten som CSV",
		       "Skriver årets budget (standard: den aktuella versionen) som CSV med\n"
		       "kolumnerna år, typ, grupp, rad, belopp och konton, i UTF-8 med semikolon,\n"
		       "så att den kan ändras i Excel och läsas in igen med 'budget import'.\n"
		       "En text som börjar med =, +, - eller @ får en apostrof först, så att Excel\n"
		       "inte räknar den som en formel; inläsningen tar bort apostrofen igen.\n\n"
		       "Val:\n  --year ÅR      budgetåret\n  --version N    en viss version\n  -o FIL         skriv till FIL\n",
		       cmd_budget_export },
	[B_REVISE] = { "budget", "revise", "budget revise --year ÅR [--label TEXT]",
		       "gör en ny version (revidering) av budgeten",
		       "Kopierar årets aktuella budget till en ny version, som blir den aktuella\n"
		       "budgeten. Den tidigare finns kvar och visas med --version.\n\n"
		       "Val:\n  --year ÅR      budgetåret\n  --label TEXT   t.ex. \"Reviderad av styrelsen 2025-06-12\"\n",
		       cmd_budget_revise },
	[B_REPORT] = { "report", "budget", "report budget --year ÅR [--version N] | --years ÅR-ÅR [--format F]",
		       "budgettabellen som i verksamhetsplanen",
		       "Visar budgeten för ÅR som verksamhetsplanen ställer upp den: intäkter med\n"
		       "varje medlems del av driftbidraget (staten 50 %, regionen 25 %, kommunerna\n"
		       "25 % efter fördelningsnyckel), parternas insats, eget kapital, summa\n"
		       "intäkter, kostnader per grupp med summor, summa totala kostnader och\n"
		       "prognos för eget kapital.\n\n"
		       "Med --years visas flera års aktuella budgetar bredvid varandra (högst fem\n"
		       "år), med raderna matchade på grupp och namn, och varje medlems andel av\n"
		       "driftbidraget per år. Ett år utan budget vägras med ett meddelande.\n\n"
		       "Val:\n  --year ÅR      budgetåret\n  --version N    en viss version (standard: aktuell)\n"
		       "  --years ÅR-ÅR  flera år bredvid varandra, t.ex. 2026-2028\n"
		       "  --format F     " CLI_FORMATS "\n"
			"                 (nycklarna i docs/formats.md)\n"
		       "  -o FIL         skriv till FIL\n",
		       cmd_report_budget },
	[B_FORECAST] = { "budget", "forecast", "budget forecast --year ÅR OMRÅDE BELOPP --comment TEXT",
			 "ändra helårsprognosen för ett kostnadsområde",
			 "Sätter delårsrapportens helårsprognos för ett kostnadsområde (en\n"
			 "budgetgrupp, t.ex. \"Insatser\") eller en intäktsrad, med en kommentar\n"
			 "som visas i rapporten. Utan ändring är prognosen budgeten, eller det som\n"
			 "redan är bokfört där det är mer. Kostnader får skrivas positiva.\n\n"
			 "  finsam budget forecast --year 2022 \"Insatser ej beslutade\" 496761 \\\n"
			 "        --comment \"Två nya insatser startar i oktober\"\n"
			 "  finsam budget forecast --year 2022 --clear \"Insatser ej beslutade\"\n\n"
			 "Varje ändring skrivs i loggen med prognosen före och efter. En prognos\n"
			 "för ett fastställt (stängt) år vägras. De ändrade prognoserna visas med\n"
			 "'finsam budget forecast list --year ÅR'.\n\n"
			 "Val:\n  --year ÅR        budgetåret\n  --comment TEXT   varför prognosen avviker\n"
			 "  --clear          gå tillbaka till standardprognosen\n",
			 cmd_budget_forecast },
	[R_INTERIM] = { "report", "interim", "report interim [--until DATUM | --year ÅR] [--unit kr|tkr] [--format F] [--draft]",
			"delårsrapportens budgettabell med prognos",
			"Visar delårsrapportens tabell för brytdagen DATUM (standard: 31 augusti\n"
			"det senaste året): per kostnadsområde budget för helåret, bokfört till\n"
			"och med brytdagen, återstående medel, prognos för helåret och avvikelse\n"
			"(prognos − budget, positiv när det ser bättre ut än budgeten); intäkterna;\n"
			"eget kapital vid årets början, totala medel och prognos för eget kapital\n"
			"vid årets slut, mot målet högst 20 % av driftbidraget.\n\n"
			"Bokfört hämtas från de konton som budgetraderna anger (kolumnen konton).\n\n"
			DRAFT_HELP
			"Val:\n  --until DATUM   brytdagen, t.ex. 2022-08-31\n  --year ÅR       31 augusti ÅR\n"
			"  --unit E        kr (standard) eller tkr; i tkr är tabellen, periodens\n"
			"                  resultaträkning, balansräkning och kassaflödesanalys och\n"
			"                  texten om det ekonomiska utfallet avrundade så att varje\n"
			"                  summa stämmer (json har alltid exakta belopp)\n"
			"  --format F      " CLI_FORMATS "\n"
			"                  (nycklarna i docs/formats.md)\n"
			"  -o FIL          skriv till FIL\n"
			"  --draft         skriv ett utkast trots att kontrollen visar fel\n",
			cmd_report_interim },
	[R_OPERATING] = { "report", "operating", "report operating [--year ÅR] [--unit kr|tkr] [--format F]",
			  "driftredovisning: utfall mot budget",
			  "Visar årsredovisningens driftredovisning för ÅR (standard: det senaste\n"
			  "året): för varje intäktsrad och kostnadsområde i budgeten utfallet ur\n"
			  "bokföringen (på budgetradernas konton), den aktuella budgeten, avvikelsen\n"
			  "utfall − budget och föregående års utfall; det som bokförts utanför\n"
			  "budgetens konton; resultatet; eget kapital vid årets början och slut.\n\n"
			  "I kr eller tkr summerar tabellen: varje belopp avrundas för sig och\n"
			  "avrundningsdifferensen läggs på den största raden i varje summa. JSON ger\n"
			  "exakta belopp i öre.\n\n"
			  "Val:\n  --year ÅR      året\n  --unit E       kr (standard) eller tkr\n"
			  "  --format F     " CLI_FORMATS "\n  -o FIL         skriv till FIL\n",
			  cmd_report_operating },
	[R_FOLLOWUP] = { "report", "followup",
			 "report followup --year ÅR [--all [--region REGION]] [--unit kr|tkr] [--format F] [-o FIL]",
			 "nationell uppföljning av Finsam för året",
			 "Visar det förbundet lämnar till den nationella uppföljningen av Finsam för\n"
			 "ÅR: deltagare per individinriktad insats efter kön (inskrivna, nya och\n"
			 "avslutade under året, anonyma deltagare för sig) med en summarad; varje\n"
			 "insats budget och kostnad under året; medlemmarnas driftbidrag; eget\n"
			 "kapital vid årets slut mot årets driftbidrag.\n\n"
			 "Grupper med färre personer än inställningen min-cell visas som <5, och x\n"
			 "döljer de uppgifter ur vilka en sådan grupp kan räknas fram ur summorna.\n"
			 "I kr eller tkr summerar varje tabell; json och csv ger exakta belopp.\n\n"
			 "På en värd med flera förbund (--db utan förbund) ger --all samma uppgifter\n"
			 "för varje förbund på en rad, med summan över förbunden; deltagarna skyddas\n"
			 "över hela tabellen, så att ingen dold uppgift kan räknas fram ur summorna.\n\n"
			 "Val:\n  --year ÅR      året\n  --unit E       kr (standard) eller tkr\n"
			 "  --all          alla förbund på värden, ett per rad\n"
			 "  --region R     med --all: bara förbunden i regionen R ('forbund add --region')\n"
			 "  --format F     " CLI_FORMATS "\n"
			 "                 (nycklarna i docs/formats.md)\n  -o FIL         skriv till FIL\n",
			 cmd_report_followup },
	[R_MULTIYEAR] = { "report", "multiyear", "report multiyear [--format F]",
			  "flerårsprognos för eget kapital mot målet 20 %",
			  "Visar eget kapital från det senaste bokförda året och framåt genom de\n"
			  "kommande årens budgetar (intäkter − kostnader), och eget kapital /\n"
			  "driftbidrag för varje år mot målet högst 20 %, med det första år målet nås.\n\n"
			  "Val:\n  --format F   " CLI_FORMATS "\n  -o FIL       skriv till FIL\n",
			  cmd_report_multiyear },
	[M_ADD] = { "member", "add", "member add NAMN --kind stat|region|kommun [--key N]",
		    "lägg till en medlem",
		    "Lägger till en medlem i förbundet. Staten (Försäkringskassan och\n"
		    "Arbetsförmedlingen) står för 50 % av driftbidraget, regionen för 25 % och\n"
		    "kommunerna för 25 %, som delas mellan dem efter fördelningsnyckeln (t.ex.\n"
		    "invånarantal).\n\n"
		    "Val:\n  --kind TYP   stat, region eller kommun\n  --key N      fördelningsnyckel inom typen (standard 1)\n",
		    cmd_member_add },
	[M_LIST] = { "member", "list", "member list [--format F]", "visa medlemmarna",
		     "Visar förbundets medlemmar med typ och fördelningsnyckel.\n\n"
		     "Val:\n  --format F   " CLI_FORMATS "\n",
		     cmd_member_list },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
