/*
 * cmd_docs.c: the published documents: report annual (årsredovisning) and
 * report plan (verksamhetsplan och budget). The interim report is
 * report interim (cmd_budget.c).
 */
#include <stdio.h>

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { D_ANNUAL, D_PLAN };

static int year_document(struct cli *cli, const struct cmd *c, int argc, char **argv,
			 struct doc *(*build)(struct store *st, int year, struct err *err))
{
	const char *year_s = NULL, *format = NULL, *out_path = NULL, *pos[1];
	const struct opt opts[] = { { "year", 1, &year_s, NULL }, { "format", 1, &format, NULL },
				    { "o", 1, &out_path, NULL }, { "output", 1, &out_path, NULL }, { 0 } };
	struct store *st = NULL;
	struct err err;
	size_t n;
	int year, rc = cli_parse(c, argc, argv, opts, pos, 0, &n);

	if (rc)
		return rc > 0 ? EXIT_OK : EXIT_BAD_INPUT;
	rc = cli_open_year(cli, c, year_s, format, &st, &year);
	if (rc)
		return rc;
	return cli_finish_doc(st, build(st, year, &err), format, out_path, &err);
}

static int cmd_report_annual(struct cli *cli, int argc, char **argv)
{
	return year_document(cli, &docs_cmds[D_ANNUAL], argc, argv, app_report_annual);
}

static int cmd_report_plan(struct cli *cli, int argc, char **argv)
{
	return year_document(cli, &docs_cmds[D_PLAN], argc, argv, app_report_plan);
}

const struct cmd docs_cmds[] = {
	[D_ANNUAL] = { "report", "annual", "report annual [--year ÅR] [--format F] [-o FIL]",
		       "årsredovisningen, färdig att skriva under",
		       "Gör årsredovisningen för ÅR ur bokföringen, budgeten, insatserna,\n"
		       "deltagarna, målen och de texter som skrivits in med 'finsam text set':\n"
		       "ordförande har ordet, förvaltningsberättelsen med femårsöversikt,\n"
		       "styrelsen, måluppfyllelse, insatsernas uppföljning, deltagarstatistik\n"
		       "med diagram (skyddad mot små grupper), aktiviteter, resultaträkning,\n"
		       "balansräkning, kassaflödesanalys, driftredovisning, noter och\n"
		       "underskrifter.\n\n"
		       "Val:\n  --year ÅR     räkenskapsåret (standard: det senaste)\n"
		       "  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n",
		       cmd_report_annual },
	[D_PLAN] = { "report", "plan", "report plan --year ÅR [--format F] [-o FIL]",
		     "verksamhetsplan och budget för ett år",
		     "Gör verksamhetsplanen med budget för planåret ÅR: organisation, vision,\n"
		     "inriktning, målgrupper, övergripande mål, målen med resultatmål och\n"
		     "uppföljning, årshjulet, budgeten och prognosen för eget kapital.\n\n"
		     "Val:\n  --year ÅR     planåret\n  --format F    " CLI_FORMATS "\n"
		     "  -o FIL        skriv till FIL\n",
		     cmd_report_plan },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
