/*
 * cmd_docs.c: the published documents: report annual (årsredovisning) and
 * report plan (verksamhetsplan och budget). The interim report is
 * report interim (cmd_budget.c).
 */
#include <stdio.h>

#include "base/money.h"

#include "app/app.h"
#include "base/err.h"
#include "cli/cli.h"
#include "doc/doc.h"

enum { D_ANNUAL, D_PLAN };

static int cmd_report_annual(struct cli *cli, int argc, char **argv)
{
	return cli_checked_year_doc_command(cli, &docs_cmds[D_ANNUAL], argc, argv, 0, app_report_annual_unit);
}

static int cmd_report_plan(struct cli *cli, int argc, char **argv)
{
	return cli_checked_year_doc_command(cli, &docs_cmds[D_PLAN], argc, argv, 1, app_report_plan_unit);
}

const struct cmd docs_cmds[] = {
	[D_ANNUAL] = { "report", "annual", "report annual [--year ÅR] [--unit kr|tkr] [--format F] [-o FIL] [--draft]",
		       "årsredovisningen, färdig att skriva under",
		       "Gör årsredovisningen för ÅR ur bokföringen, budgeten, insatserna,\n"
		       "deltagarna, målen och de texter som skrivits in med 'finsam text set':\n"
		       "ordförande har ordet, förvaltningsberättelsen med femårsöversikt,\n"
		       "styrelsen, måluppfyllelse, insatsernas uppföljning, deltagarstatistik\n"
		       "med diagram (skyddad mot små grupper), aktiviteter, resultaträkning,\n"
		       "balansräkning, kassaflödesanalys, driftredovisning, noter och\n"
		       "underskrifter.\n\n"
		       DRAFT_HELP
		       "Val:\n  --year ÅR     räkenskapsåret (standard: det senaste)\n"
		       "  --unit E      kr (standard) eller tkr; i tkr är resultaträkningen,\n"
		       "                balansräkningen, driftredovisningen och noterna avrundade\n"
		       "                så att varje summa stämmer (json har alltid exakta belopp)\n"
		       "  --format F    " CLI_FORMATS "\n  -o FIL        skriv till FIL\n"
		       "  --draft       skriv ett utkast trots att kontrollen visar fel\n",
		       cmd_report_annual },
	[D_PLAN] = { "report", "plan", "report plan --year ÅR [--unit kr|tkr] [--format F] [-o FIL] [--draft]",
		     "verksamhetsplan och budget för ett år",
		     "Gör verksamhetsplanen med budget för planåret ÅR: organisation, vision,\n"
		     "inriktning, målgrupper, övergripande mål, målen med resultatmål och\n"
		     "uppföljning, årshjulet, budgeten och prognosen för eget kapital.\n"
		     "Årshjulet visas som det står planårets första dag, hur sent planen än\n"
		     "skrivs ut: ingen händelse är klar, den första är nästa.\n\n"
		     DRAFT_HELP
		     "Val:\n  --year ÅR     planåret\n"
		     "  --unit E      kr (standard) eller tkr; i tkr är budgeten, medlemmarnas\n"
		     "                andelar och prognosen för eget kapital avrundade så att\n"
		     "                varje summa stämmer (json har alltid exakta belopp)\n"
		     "  --format F    " CLI_FORMATS "\n"
		     "  -o FIL        skriv till FIL\n"
		     "  --draft       skriv ett utkast trots att kontrollen visar fel\n",
		     cmd_report_plan },
	{ NULL, NULL, NULL, NULL, NULL, NULL }
};
